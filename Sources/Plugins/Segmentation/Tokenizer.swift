import CICU
import Toolkit

/// Splits text into tokens with ICU's word boundaries; white space is not a token, nor part of
/// one, and invisible format controls alone (a bidi mark, a zero-width joiner) are not a token.
///
/// When the document already has sentences, no token crosses a sentence boundary: where ICU
/// sees one word across a boundary (`مثمرا.وتابع`, a sentence glued to the next), each side
/// gets word boundaries of its own.
///
/// Each token's kind comes from ICU's rule status (letters, numbers) and, for
/// the rest, from the first character's general category.
public struct Tokenizer: ConfigurableStage {
    public static let name = "tokens"
    public static let summary = "Word, number, punctuation, symbol and emoji tokens from ICU's word boundaries."
    public static let options: [StageOption] = [
        StageOption("locale", .string, default: "auto",
                    help: "ICU locale for word boundaries; auto takes the document's language")
    ]

    public let locale: String

    public init(locale: String = "auto") {
        self.locale = locale
    }

    public init(options: StageOptions) {
        self.init(locale: options.string("locale")!)
    }

    public var produces: [any Layer.Type] { [Tokens.self] }
    public var configuration: [String: JSONValue] { ["locale": .string(locale)] }

    public func process(_ document: inout Document, context: StageContext) throws {
        let icuLocale = document.icuLocale(for: locale)
        let boundaries = try context.resource(named: icuLocale) { () throws(ICUError) in
            try WordBoundaries(locale: icuLocale)
        }
        var cuts = SentenceCuts(document)
        let pieceBoundaries = cuts.isEmpty ? nil : try context.resource(named: icuLocale + " pieces") {
            () throws(ICUError) in try WordBoundaries(locale: icuLocale)
        }
        let view = document.view
        var tokens = TokenCollector(view: view)
        try view.utf16.withUnsafeBufferPointer { text throws(ICUError) in
            var start = 0
            try boundaries.forEachBoundary(in: text) { boundary, status throws(ICUError) in
                defer { start = boundary }
                // Most segments are a word or the one space after it; a lone white space unit is no token, and
                // no sentence can start or end inside it.
                if boundary == start + 1 && isWhiteSpace(text[start]) { return }
                guard let pieceBoundaries, cuts.cutsInside(start..<boundary) else {
                    return tokens.add(start..<boundary, status: status, in: text)
                }
                for piece in cuts.pieces(of: start..<boundary) {
                    var pieceStart = piece.lowerBound
                    try pieceBoundaries.forEachBoundary(in: UnsafeBufferPointer(rebasing: text[piece])) { offset, status in
                        tokens.add(pieceStart..<piece.lowerBound + offset, status: status, in: text)
                        pieceStart = piece.lowerBound + offset
                    }
                }
            }
        }
        document[Tokens.self] = tokens.tokens
    }
}

/// Tokens made from the segments between word boundaries, in text order.
private struct TokenCollector {
    let view: TextView
    private(set) var tokens: [Token] = []

    init(view: TextView) {
        self.view = view
        tokens.reserveCapacity(view.utf16.count / 5)
    }

    /// Adds the segment as a token, without the white space around it; nothing when nothing is left.
    @inline(__always)
    mutating func add(_ segment: Range<Int>, status: Int32, in text: UnsafeBufferPointer<UInt16>) {
        let token = TokenClassifier.trimmed(segment, in: text)
        guard !token.isEmpty, let kind = TokenClassifier.kind(ruleStatus: status, text: text, range: token)
        else { return }
        tokens.append(Token(span: view.span(utf16: token), kind: kind))
    }
}

/// Decides a token's kind from ICU's word rule status and character properties.
enum TokenClassifier {
    /// The kind of the segment `range`, which does not start with white space, or nil when it
    /// holds only format controls.
    @inline(__always)
    static func kind(ruleStatus: Int32, text: UnsafeBufferPointer<UInt16>, range: Range<Int>) -> TokenKind? {
        switch ruleStatus {
        case 100..<200: return .number
        case 200..<500: return .word
        default: return kind(of: range, in: text)
        }
    }

    /// The kind of a segment ICU's rules gave no word or number status, from its first visible character.
    private static func kind(of range: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> TokenKind? {
        guard let first = firstVisible(in: range, of: text) else { return nil }
        if cicu_isEmojiStart(first) != 0 { return .emoji }
        if cicu_isPunctuation(first) != 0 { return .punctuation }
        if cicu_isSymbol(first) != 0 { return .symbol }
        if cicu_isLetter(first) != 0 || cicu_isMark(first) != 0 { return .word }
        if cicu_isNumber(first) != 0 { return .number }
        return .other
    }

    /// A segment without white space at either end. ICU attaches marks, joiners, bidi marks and
    /// emoji modifiers to a space before them, and counts U+202F (narrow no-break space) as part
    /// of a word; the joiners and bidi marks that followed leading white space go with it.
    @inline(__always)
    static func trimmed(_ segment: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Range<Int> {
        // Most segments are a word, with no white space at either end.
        if !segment.isEmpty && !isWhiteSpace(text[segment.lowerBound]) && !isWhiteSpace(text[segment.upperBound - 1]) {
            return segment
        }
        let range = trimmingWhiteSpace(segment, in: text)
        guard range.lowerBound > segment.lowerBound else { return range }
        var start = range.lowerBound
        while start < range.upperBound {
            let scalar = codePoint(at: start, in: text)
            if cicu_isFormat(scalar) == 0 { break }
            start += scalar > 0xFFFF ? 2 : 1
        }
        return start..<range.upperBound
    }

    /// The first code point of `range` that is not a format character (a joiner, a bidi mark),
    /// or nil when all are: `\u{200D}👩` is an emoji, a lone `\u{200E}` is no token.
    static func firstVisible(in range: Range<Int>, of text: UnsafeBufferPointer<UInt16>) -> Int32? {
        var offset = range.lowerBound
        while offset < range.upperBound {
            let scalar = codePoint(at: offset, in: text)
            if cicu_isFormat(scalar) == 0 { return scalar }
            offset += scalar > 0xFFFF ? 2 : 1
        }
        return nil
    }

    /// The code point starting at a UTF-16 offset (a lone surrogate stands for itself).
    @inline(__always)
    static func codePoint(at offset: Int, in text: UnsafeBufferPointer<UInt16>) -> Int32 {
        let unit = text[offset]
        if unit & 0xFC00 == 0xD800, offset + 1 < text.count, text[offset + 1] & 0xFC00 == 0xDC00 {
            return 0x10000 + ((Int32(unit) - 0xD800) << 10) + (Int32(text[offset + 1]) - 0xDC00)
        }
        return Int32(unit)
    }
}
