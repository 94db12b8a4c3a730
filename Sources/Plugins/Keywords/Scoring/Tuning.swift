import Foundation

// TEMPORARY: development knobs read from the environment; replaced by constants before commit.
enum Tuning {
    static func value(_ name: String, _ fallback: Double) -> Double {
        ProcessInfo.processInfo.environment["KW_" + name].flatMap(Double.init) ?? fallback
    }
    static let stopWordPenalty = value("STOP", 2)
    static let countExponent = value("COUNTEXP", 1)
    static let containment = value("CONTAIN", 1)
    static let window = Int(value("WINDOW", 3))
    static let lengthBonus = value("LENBONUS", 0)
    static let graphPhrase = Int(value("GRAPHPHRASE", 0))
}
