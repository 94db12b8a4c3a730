import CICU
import Toolkit

/// Marks page chrome that scraped articles carry: menu and header lines before the
/// text, related-article headings, comment forms and "back to top" links after it.
///
/// It looks at lines, not at known pages. A *paragraph line* has five or more words
/// ending in sentence punctuation and no interface phrase, ten or more words ending
/// so, or fifteen or more words. Before the first paragraph line, a line is chrome when it is
/// very short (three words or fewer; not the headline right before it), contains an interface
/// phrase (``BoilerplatePhrases``), repeats a word glued to itself (`أخبارأخبار`,
/// menu labels scraped together) or is a list of links split by `|`, `»`, `>` or
/// `•`. After the last paragraph line, a line is chrome when it is short (six words
/// or fewer) without final punctuation, or has an interface phrase or link
/// separators. Between them, only short lines with an interface phrase are marked.
public struct BoilerplateDetector: ConfigurableStage {
    public static let name = "boilerplate"
    public static let summary =
        "Page chrome (header and menu lines, related links, comment forms, footers) that content stages skip."

    public init() {}
    public init(options: StageOptions) {}

    public var produces: [any Layer.Type] { [Boilerplate.self] }

    public func process(_ document: inout Document, context: StageContext) {
        document[Boilerplate.self] = blocks(in: document)
    }

    /// The chrome lines of a document, in text order, each with the reason it was marked.
    public func blocks(in document: Document) -> [BoilerplateBlock] {
        let view = document.view
        let lines = view.utf16.withUnsafeBufferPointer { BoilerplateLine.lines(in: $0) }
        let paragraphLines = lines.indices.filter { lines[$0].isParagraph(document: document, view: view) }
        guard let first = paragraphLines.first, let last = paragraphLines.last else {
            return lines.compactMap { line in
                interfacePhrase(line, document: document, view: view, shortOnly: true).map {
                    BoilerplateBlock(span: view.span(utf16: line.range), reason: $0)
                }
            }
        }
        var blocks: [BoilerplateBlock] = []
        for (index, line) in lines.enumerated() {
            let reason: String?
            if index < first {
                reason = headerReason(line, isHeadline: index == first - 1, document: document, view: view)
            } else if index > last {
                reason = footerReason(line, document: document, view: view)
            } else {
                reason = interfacePhrase(line, document: document, view: view, shortOnly: true)
            }
            if let reason { blocks.append(BoilerplateBlock(span: view.span(utf16: line.range), reason: reason)) }
        }
        return blocks
    }

    /// Why a line before the first paragraph is chrome; `isHeadline` spares a short line right before it.
    private func headerReason(_ line: BoilerplateLine, isHeadline: Bool, document: Document, view: TextView)
        -> String?
    {
        if let phrase = interfacePhrase(line, document: document, view: view, shortOnly: false) { return phrase }
        if line.hasDoubledWord { return "header: a word glued to itself (scraped menu labels)" }
        if line.separators >= 2 { return "header: links separated by | » > •" }
        if line.words <= 3 && !isHeadline { return "header: a short line before the first paragraph" }
        return nil
    }

    private func footerReason(_ line: BoilerplateLine, document: Document, view: TextView) -> String? {
        if let phrase = interfacePhrase(line, document: document, view: view, shortOnly: false) { return phrase }
        if line.separators >= 2 { return "footer: links separated by | » > •" }
        if line.words <= 6 && !line.endsSentence { return "footer: a short line after the last paragraph" }
        return nil
    }

    /// "interface phrase: …" when the line has one (and, with `shortOnly`, six words or fewer).
    private func interfacePhrase(_ line: BoilerplateLine, document: Document, view: TextView, shortOnly: Bool)
        -> String?
    {
        guard !shortOnly || line.words <= 6 else { return nil }
        return BoilerplatePhrases.match(document[view.span(utf16: line.range)]).map { "interface phrase: \($0)" }
    }
}

/// One non-blank line of a document and the features the boilerplate detector reads.
///
/// A line is read only up to ``paragraphWords`` words. A line that has them is a paragraph line,
/// whatever else it holds, and of a paragraph line the rules read nothing but that it has more than
/// six words; so most of a document, its long paragraph lines, is read no further than its start.
struct BoilerplateLine {
    /// Lines with this many words or more are paragraph lines.
    static let paragraphWords = 15

    /// The line without surrounding white space, in UTF-16 units.
    var range: Range<Int>
    /// White-space separated chunks that contain a letter, counted up to ``paragraphWords``.
    var words = 0
    /// Whether the line ends with `. ! ? ؟ …` (closing quotes and brackets after it allowed).
    var endsSentence = false
    /// Link separators standing alone between spaces: `|`, `»`, `>`, `•`, `·`.
    var separators = 0
    /// Whether some word is two copies of the same letters (`أخبارأخبار`).
    var hasDoubledWord = false

    /// Five or more words ending in sentence punctuation without an interface phrase, ten or more
    /// ending so whatever their words, or fifteen or more.
    func isParagraph(document: Document, view: TextView) -> Bool {
        guard (words >= 5 && endsSentence) || words >= Self.paragraphWords else { return false }
        return words >= 10 || BoilerplatePhrases.match(document[view.span(utf16: range)]) == nil
    }

    /// The non-blank lines of a text, with their features.
    static func lines(in text: UnsafeBufferPointer<UInt16>) -> [BoilerplateLine] {
        var lines: [BoilerplateLine] = []
        forEachLine(in: 0..<text.count, of: text) { line in
            let trimmed = trimmingWhiteSpace(line, in: text)
            if !trimmed.isEmpty { lines.append(BoilerplateLine(text, trimmed)) }
        }
        return lines
    }

    private init(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) {
        self.range = range
        var chunkStart = range.lowerBound
        for index in range.lowerBound...range.upperBound where index == range.upperBound || isWhiteSpace(text[index]) {
            if index > chunkStart { readChunk(text, chunkStart..<index) }
            chunkStart = index + 1
            if words == Self.paragraphWords { break }
        }
        var last = range.upperBound - 1
        while last > range.lowerBound && Self.isClosing(text[last]) { last -= 1 }
        endsSentence = Self.isSentenceEnd(text[last])
    }

    private mutating func readChunk(_ text: UnsafeBufferPointer<UInt16>, _ chunk: Range<Int>) {
        if chunk.count == 1 && Self.isSeparator(text[chunk.lowerBound]) {
            separators += 1
            return
        }
        guard chunk.contains(where: { cicu_isLetter(Int32(text[$0])) != 0 }) else { return }
        words += 1
        let half = chunk.count / 2
        if chunk.count >= 6 && chunk.count % 2 == 0
            && (0..<half).allSatisfy({ text[chunk.lowerBound + $0] == text[chunk.lowerBound + half + $0] })
        {
            hasDoubledWord = true
        }
    }

    private static func isSentenceEnd(_ unit: UInt16) -> Bool {
        [0x2E, 0x21, 0x3F, 0x061F, 0x2026, 0x06D4, 0x3002].contains(unit)
    }

    private static func isClosing(_ unit: UInt16) -> Bool {
        [0x22, 0x27, 0x29, 0x5D, 0xBB, 0x2019, 0x201D, 0x203A].contains(unit)
    }

    private static func isSeparator(_ unit: UInt16) -> Bool {
        [0x7C, 0xBB, 0x3E, 0x2022, 0xB7].contains(unit)
    }
}
