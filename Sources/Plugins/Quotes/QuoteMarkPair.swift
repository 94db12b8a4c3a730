/// The quotation mark pairs the detector knows, named as the `marks` option spells them.
///
/// Straight marks have no direction: whether a `"` opens or closes is read from
/// what stands beside it. With `"` come its typewriter stand-ins, ` `` ` as an
/// opening mark; with `“”`, `″` as a closing one.
public enum QuoteMarkPair: String, CaseIterable, Sendable {
    case curlyDouble = "“”"
    case curlySingle = "‘’"
    case guillemets = "«»"
    case singleGuillemets = "‹›"
    case lowDouble = "„“"
    case lowSingle = "‚‘"
    case cornerBrackets = "「」"
    case whiteCornerBrackets = "『』"
    case straightDouble = "\""
    case straightSingle = "'"
}

/// Marks that pair with one another: a closing mark closes the innermost open quote of its class.
enum MarkClass: Int, CaseIterable, Sendable {
    case curlyDouble, curlySingle, guillemet, singleGuillemet, corner, whiteCorner, straightDouble, straightSingle

    /// How deep quotes of this class may nest inside one another.
    var maximumDepth: Int {
        switch self {
        case .straightSingle: 1
        case .straightDouble: 2
        default: 16
        }
    }

    /// Single quotation marks double as apostrophes (`it’s`, `members'`), so one left unpaired is dropped,
    /// not reported.
    var unpairedMarksAreApostrophes: Bool { self == .curlySingle || self == .straightSingle }
}

/// What a mark character usually does, before its neighbours are looked at.
enum MarkBias: Sendable {
    case opens, closes, either
}

/// One kind of mark character: its class, its usual role, and whether it is ever used the other way round.
struct MarkShape: Sendable {
    var markClass: MarkClass
    var bias: MarkBias
    /// Whether the mark may take the opposite role (`” … ”` in some news styles).
    var reversible: Bool
}

/// Which mark characters count, given the pairs enabled.
struct MarkAlphabet: Sendable {
    let pairs: Set<QuoteMarkPair>

    init(_ pairs: Set<QuoteMarkPair>) {
        self.pairs = pairs
    }

    /// The shape of a UTF-16 unit, or `nil` when it is not an enabled quotation mark.
    /// A backtick counts only as the first of two (` `` `), which the scanner checks.
    func shape(of unit: UInt16) -> MarkShape? {
        switch unit {
        case 0x201C:  // “ opens English quotes and closes German ones („…“)
            if pairs.contains(.curlyDouble) {
                return MarkShape(
                    markClass: .curlyDouble, bias: pairs.contains(.lowDouble) ? .either : .opens, reversible: true)
            }
            if pairs.contains(.lowDouble) {
                return MarkShape(markClass: .curlyDouble, bias: .closes, reversible: false)
            }
        case 0x201D:  // ”
            if pairs.contains(.curlyDouble) || pairs.contains(.lowDouble) {
                return MarkShape(markClass: .curlyDouble, bias: .closes, reversible: pairs.contains(.curlyDouble))
            }
        case 0x201E:  // „
            if pairs.contains(.lowDouble) { return MarkShape(markClass: .curlyDouble, bias: .opens, reversible: false) }
        case 0x2033:  // ″ standing in for ”
            if pairs.contains(.curlyDouble) {
                return MarkShape(markClass: .curlyDouble, bias: .closes, reversible: false)
            }
        case 0x2018:  // ‘ opens English quotes and closes German ones (‚…‘)
            if pairs.contains(.curlySingle) {
                return MarkShape(
                    markClass: .curlySingle, bias: pairs.contains(.lowSingle) ? .either : .opens, reversible: true)
            }
            if pairs.contains(.lowSingle) {
                return MarkShape(markClass: .curlySingle, bias: .closes, reversible: false)
            }
        case 0x2019:  // ’
            if pairs.contains(.curlySingle) || pairs.contains(.lowSingle) {
                return MarkShape(markClass: .curlySingle, bias: .closes, reversible: pairs.contains(.curlySingle))
            }
        case 0x201A:  // ‚
            if pairs.contains(.lowSingle) { return MarkShape(markClass: .curlySingle, bias: .opens, reversible: false) }
        case 0x00AB, 0x00BB:  // « »
            if pairs.contains(.guillemets) {
                return MarkShape(markClass: .guillemet, bias: unit == 0x00AB ? .opens : .closes, reversible: true)
            }
        case 0x2039, 0x203A:  // ‹ ›
            if pairs.contains(.singleGuillemets) {
                return MarkShape(markClass: .singleGuillemet, bias: unit == 0x2039 ? .opens : .closes, reversible: true)
            }
        case 0x300C, 0x300D:  // 「 」
            if pairs.contains(.cornerBrackets) {
                return MarkShape(markClass: .corner, bias: unit == 0x300C ? .opens : .closes, reversible: false)
            }
        case 0x300E, 0x300F:  // 『 』
            if pairs.contains(.whiteCornerBrackets) {
                return MarkShape(markClass: .whiteCorner, bias: unit == 0x300E ? .opens : .closes, reversible: false)
            }
        case 0x0022:  // "
            if pairs.contains(.straightDouble) {
                return MarkShape(markClass: .straightDouble, bias: .either, reversible: true)
            }
        case 0x0060:  // ` (as ``)
            if pairs.contains(.straightDouble) {
                return MarkShape(markClass: .straightDouble, bias: .opens, reversible: false)
            }
        case 0x0027:  // '
            if pairs.contains(.straightSingle) {
                return MarkShape(markClass: .straightSingle, bias: .either, reversible: true)
            }
        default:
            break
        }
        return nil
    }

    /// Whether a unit is any quotation mark character at all, enabled or not (for reading neighbours past marks).
    static func isQuoteCharacter(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0x60, 0xAB, 0xBB, 0x2018...0x201F, 0x2033, 0x2039, 0x203A, 0x300C...0x300F: true
        default: false
        }
    }
}
