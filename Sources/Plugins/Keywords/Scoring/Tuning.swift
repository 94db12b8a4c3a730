import Foundation

// TEMPORARY: development knobs read from the environment; replaced by constants before commit.
enum Tuning {
    static func value(_ name: String, _ fallback: Double) -> Double {
        ProcessInfo.processInfo.environment["KW_" + name].flatMap(Double.init) ?? fallback
    }
    static let stopWordPenalty = value("STOP", 2)
    static let countExponent = value("COUNTEXP", 1.6)
    static let containment = value("CONTAIN", 0.2)
    static let window = Int(value("WINDOW", 3))
    static let lengthBonus = value("LENBONUS", 0.6)
    static let graphPhrase = Int(value("GRAPHPHRASE", 1))
    static let innerStop = Int(value("INNERSTOP", 0))
    static let morph = Int(value("MORPH", 1))
    static let wholeAlpha = value("WHOLEA", 1)
    static let wholeExp = value("WHOLEEXP", 3)
    static let shortN = value("SHORTN", 60)
    static let longN = value("LONGN", 150)
    static let countLong = value("BLONG", 2.4)
    static let lengthLong = value("GLONG", 0)
    static let wholeLong = value("WLONG", 2)
    static let acronyms = Int(value("ACRO", 1))
    static let overlap = Int(value("OVERLAP", 1))
    static let weightPower = value("WPOW", 0.25)
    static let geometric = Int(value("GEO", 0))
    static let positionPower = value("POS", 0)
    static let weightPowerLong = value("WPOWLONG", 0.25)
    static let covering = value("COVER", 0.75)
}
