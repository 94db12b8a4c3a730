import CICU
import Foundation

/// Why a transliteration cannot be set up or run.
public enum TransliterationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// ICU has no transform with this ID; `part` is the piece of a compound ID that failed.
    case unknownID(String, part: String, closest: [String])
    /// No shipped scheme has this name.
    case unknownScheme(String, closest: [String])
    /// The transform or scheme has no reverse direction.
    case noReverse(String)
    /// The rules do not compile.
    case rulesSyntax(RulesSyntaxError)
    /// A required layer is missing (the stage was run outside a validated chain).
    case missingLayer(String)
    /// Any other ICU failure, with ICU's name for it.
    case icu(operation: String, code: String)

    public var description: String {
        switch self {
        case .unknownID(let id, let part, let closest):
            var message = part == id ? "unknown ICU transform '\(id)'" : "unknown ICU transform '\(part)' in '\(id)'"
            if TransliterationScheme.named(part) != nil {
                message += "; '\(part)' is a shipped scheme: use the option 'scheme: \(part)'"
            } else if !closest.isEmpty {
                message += "; closest: \(closest.joined(separator: ", "))"
            }
            return message + " (all of them: toolkit transliterators)"
        case .unknownScheme(let name, let closest):
            return "unknown scheme '\(name)'; closest: \(closest.joined(separator: ", "))"
                + " (for an ICU transform ID, use the option 'id')"
        case .noReverse(let name):
            return "'\(name)' has no reverse direction"
        case .rulesSyntax(let error):
            return error.description
        case .missingLayer(let name):
            return "the '\(name)' layer is missing: run a stage that produces it first"
        case .icu(let operation, let code):
            return "\(operation) failed: \(code)"
        }
    }

    /// Throws when an ICU status is a failure (positive).
    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(TransliterationError) {
        if status > 0 { throw TransliterationError.icu(operation: operation(), code: String(cString: cicu_errorName(status))) }
    }
}

/// ICU rules that do not compile: where, and ICU's message.
public struct RulesSyntaxError: Sendable, Equatable, CustomStringConvertible {
    /// Where the rules came from: `rules`, `rules-file 'x.txt'`, `scheme 'buckwalter'`.
    public let origin: String
    /// 1-based line in the rules text.
    public let line: Int
    /// 1-based column, in code points.
    public let column: Int
    /// ICU's name for the error, e.g. `U_MISSING_OPERATOR`.
    public let icuMessage: String
    /// The text of the line at fault.
    public let lineText: String

    init(rules: String, origin: String, utf16Offset: Int, status: Int32) {
        self.origin = origin
        self.icuMessage = String(cString: cicu_errorName(status))
        let lines = rules.split(separator: "\n", omittingEmptySubsequences: false)
        var lineStart = 0
        var lineIndex = 0
        // ICU's offset is in UTF-16 units from the start of the rules; find its line.
        while lineIndex + 1 < lines.count, lineStart + lines[lineIndex].utf16.count + 1 <= utf16Offset {
            lineStart += lines[lineIndex].utf16.count + 1
            lineIndex += 1
        }
        let lineText = lines.isEmpty ? "" : lines[lineIndex]
        let unitsIn = min(max(0, utf16Offset - lineStart), lineText.utf16.count)
        let columnIndex = lineText.utf16.index(lineText.startIndex, offsetBy: unitsIn)
        self.line = lineIndex + 1
        self.column = lineText.unicodeScalars[..<columnIndex].count + 1
        self.lineText = String(lineText)
    }

    public var description: String {
        "\(origin), line \(line), column \(column): ICU says \(icuMessage) in the rule `\(lineText.trimmingCharacters(in: .whitespaces))`"
    }
}
