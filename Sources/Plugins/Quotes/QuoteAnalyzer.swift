/// One token: its line and its index among that line's words.
struct TokenRef: Hashable, Sendable {
    var line: Int
    var index: Int
}

/// A quote with its kind, speaker and cue, in UTF-16 units.
struct AnalysedQuote: Sendable {
    var span: QuoteSpan
    var kind: QuoteKind
    var speaker: Range<Int>?
    var cue: Range<Int>?
}

/// Reads the words around each quote of one document: its kind (``QuoteAnalyzer/classify(_:)``),
/// then the reporting events of the text and the speaker of each direct quote.
///
/// Used inside one `process` call, over the document's UTF-16 buffer; words are
/// lexed line by line, only for lines near a quote, and kept for the call.
final class QuoteAnalyzer {
    let text: UnsafeBufferPointer<UInt16>
    let lines: [Range<Int>]
    let sentences: SentenceIndex
    let lexicon: ReportingLexicon
    /// The texts of the document's word keys that do not pack, over the lexicon's (see ``WordKey``).
    let keyTexts: KeyTexts
    private(set) var spans: [QuoteSpan]
    /// How many quotes enclose each quote.
    private(set) var depth: [Int] = []
    /// The quote each quote is nested in.
    private(set) var parent: [Int?] = []
    private let lineStarts: [Int]
    /// The quotes whose content is on each line.
    private var quotesByLine: [[Int]]
    /// The words of each line lexed and not yet forgotten.
    private var wordsByLine: [[Word]?]
    /// Quotes by the offset of their closing mark, to join `«…» و«…»`.
    private(set) var quoteByClosing: [Int: Int] = [:]
    var readings: [QuoteReading] = []
    var events: ReportingEvents

    /// How many lines back the head of a chain of reporting verbs is looked for (same or previous paragraph).
    static let chainReach = 2
    /// How many tokens back a reporting word is looked for before a quote.
    static let frameReach = 25

    init(
        text: UnsafeBufferPointer<UInt16>, lines: [Range<Int>], sentences: SentenceIndex, lexicon: ReportingLexicon,
        spans: [QuoteSpan]
    ) {
        self.text = text
        self.lines = lines
        self.sentences = sentences
        self.lexicon = lexicon
        keyTexts = KeyTexts(over: lexicon.spelledTexts)
        self.spans = spans
        lineStarts = lines.map(\.lowerBound)
        quotesByLine = Array(repeating: [], count: lines.count)
        wordsByLine = Array(repeating: nil, count: lines.count)
        events = ReportingEvents(lineCount: lines.count)
    }

    /// How many lines behind the one being analysed keep their words and events: a chain is followed two
    /// lines back, and the reporting words of the four lines before a quote are read.
    static let retainedLines = 6

    /// Kinds, then speakers and cues when `attribution` is on, line by line in text order; the words and
    /// events of lines left behind are dropped, so memory follows the longest line, not the document.
    func analyse(attribution: Bool) -> [AnalysedQuote] {
        for index in spans.indices where spans[index].opening == nil {
            startAfterFrame(index)
        }
        nest()
        readings = Array(repeating: QuoteReading(kind: .term), count: spans.count)
        var analysed = spans.map { AnalysedQuote(span: $0, kind: .term) }
        var eventsThrough = -1
        var start = 0
        while start < spans.count {
            let line = line(containing: spans[start].marks.lowerBound)
            var end = start + 1
            while end < spans.count && self.line(containing: spans[end].marks.lowerBound) == line { end += 1 }
            for index in start..<end {
                readings[index] = classify(index)
                analysed[index].kind = readings[index].kind
            }
            if attribution {
                for lead in max(eventsThrough + 1, line - Self.eventLeadLines)...line { findEvents(in: lead) }
                eventsThrough = line
                for index in start..<end where readings[index].kind == .direct {
                    (analysed[index].speaker, analysed[index].cue) = attribute(index, analysed)
                }
            }
            forget(linesBefore: line - Self.retainedLines)
            start = end
        }
        return analysed
    }

    private var forgottenThrough = -1

    /// Drops the words and events of the lines before `limit`.
    private func forget(linesBefore limit: Int) {
        guard limit > forgottenThrough + 1 else { return }
        for line in (forgottenThrough + 1)..<limit {
            wordsByLine[line] = nil
            events.forget(line)
        }
        forgottenThrough = limit - 1
    }

    // MARK: Lines and words

    /// The line that holds `offset`.
    func line(containing offset: Int) -> Int {
        max(0, lineStarts.lowerBound(of: offset + 1) - 1)
    }

    /// The words of a line, each with its nesting depth.
    ///
    /// Only what the rules read is lexed: a line up to a stretch past the last mark of its quotes, and of
    /// a line without quotes (read for the end of a chain of reporting verbs) its last stretch. A quote that
    /// runs over megabytes costs no more than a short one.
    func words(_ line: Int) -> [Word] {
        if let cached = wordsByLine[line] { return cached }
        var words = WordLexer.words(in: lexedRange(line), text: text, keyTexts: keyTexts, lexicon: lexicon)
        if lexicon.language == .english {
            for index in words.indices where words[index].cue != nil && isEnglishNoun(words, index) {
                words[index].cue = nil
            }
        }
        assignDepths(&words, line: line)
        wordsByLine[line] = words
        return words
    }

    /// How far past a quote's last mark, and how far back from the end of a line without quotes, words are read.
    static let lexingReach = 4096

    private func lexedRange(_ line: Int) -> Range<Int> {
        let range = lines[line]
        let quotes = quotesByLine[line]
        guard !quotes.isEmpty else {
            var start = max(range.lowerBound, range.upperBound - Self.lexingReach)
            while start > range.lowerBound && start < range.upperBound && CharacterKind(text[start - 1]) != .space {
                start += 1
            }
            return start..<range.upperBound
        }
        var end = range.lowerBound
        for index in quotes {
            let span = spans[index]
            let lastMark =
                span.closing.map { range.contains($0.lowerBound) ? $0.upperBound : range.lowerBound }
                ?? range.lowerBound
            end = max(end, lastMark, span.opening?.upperBound ?? span.content.lowerBound)
        }
        return range.lowerBound..<min(range.upperBound, end + Self.lexingReach)
    }

    /// The index of the first token that starts at or after `offset`.
    func tokenIndex(_ words: [Word], at offset: Int) -> Int {
        var low = 0
        var high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle].range.lowerBound < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The text of a range of UTF-16 units.
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF16.self)
    }

    /// The first token of the sentence that holds `offset`, reaching back over sentence breaks that
    /// ICU makes after abbreviations (`Mr.`, `U.S.`).
    func sentenceFloor(_ words: [Word], line: Int, offset: Int) -> Int {
        var start = max(sentences.start(containing: offset), lines[line].lowerBound)
        for _ in 0..<3 {
            let index = tokenIndex(words, at: start)
            guard index >= 1 else { break }
            if words[index - 1].isWord && words[index - 1].key.hasSuffix(.period, in: keyTexts) {  // U.S.
                start = max(sentences.start(containing: words[index - 1].range.lowerBound), lines[line].lowerBound)
                continue
            }
            guard index >= 2, words[index - 1].key == .period, isAbbreviation(words[index - 2]) else { break }
            start = max(sentences.start(containing: words[index - 2].range.lowerBound), lines[line].lowerBound)
        }
        return tokenIndex(words, at: start)
    }

    /// One past the last token of the sentence that holds `offset`.
    /// One past the last token of the sentence that holds `offset`, reaching on over sentence breaks after
    /// abbreviations (`وأضاف د. يوسف`).
    func sentenceLimit(_ words: [Word], line: Int, offset: Int) -> Int {
        var end = min(sentences.end(containing: offset), lines[line].upperBound)
        for _ in 0..<3 {
            let index = tokenIndex(words, at: end)
            guard index >= 2, index < words.count, words[index - 1].key == .period, isAbbreviation(words[index - 2]) else {
                break
            }
            end = min(sentences.end(containing: words[index].range.lowerBound), lines[line].upperBound)
        }
        return tokenIndex(words, at: end)
    }

    /// `Mr`, `Dr`, `U.S`, and single letters, Arabic ones included (`د.` for الدكتور).
    private func isAbbreviation(_ word: Word) -> Bool {
        guard word.isWord else { return false }
        if word.isArabic { return word.key.scalarCount(in: keyTexts) == 1 }
        guard word.isCapitalized else { return false }
        return word.range.count <= 2 || Self.abbreviations.contains(word.key)
    }

    private static let abbreviations: WordSet = [
        "mrs", "prof", "gen", "sen", "rep", "gov", "capt", "sgt", "col", "u.s", "st",
    ]

    /// `the report`, `his comments`, `the Arab states' oil`, `claims of`: an English reporting verb's form
    /// used as a noun, after a determiner (not `that`, which is as often a relative: `shirts that said`),
    /// or as a plural before a possessive mark or `of`.
    private func isEnglishNoun(_ words: [Word], _ index: Int) -> Bool {
        if index > 0 && words[index - 1].key != .that && lexicon.isListed(words[index - 1].key, in: .determiners) {
            return true
        }
        guard words[index].key.hasSuffix(.pluralEnding, in: keyTexts), index + 1 < words.count else { return false }
        return words[index + 1].key == .apostrophe || words[index + 1].key == .of
    }

    // MARK: Nesting

    /// Finds each quote's parent, depth and the quotes on each line.
    private func nest() {
        depth = Array(repeating: 0, count: spans.count)
        parent = Array(repeating: nil, count: spans.count)
        var open: [Int] = []
        for index in spans.indices {
            let marks = spans[index].marks
            while let last = open.last,
                !spans[last].content.contains(marks.lowerBound) || spans[last].content.upperBound < marks.upperBound
            {
                open.removeLast()
            }
            parent[index] = open.last
            depth[index] = open.count
            open.append(index)
            if let closing = spans[index].closing { quoteByClosing[closing.lowerBound] = index }
            let first = line(containing: spans[index].content.lowerBound)
            let last = line(containing: max(spans[index].content.upperBound - 1, spans[index].content.lowerBound))
            for line in first...last { quotesByLine[line].append(index) }
        }
    }

    /// How many quote contents enclose each token of a line.
    private func assignDepths(_ words: inout [Word], line: Int) {
        let quotes = quotesByLine[line]
        guard !quotes.isEmpty, !words.isEmpty else { return }
        var boundaries: [(offset: Int, step: Int)] = []
        boundaries.reserveCapacity(quotes.count * 2)
        for index in quotes {
            boundaries.append((spans[index].content.lowerBound, 1))
            boundaries.append((spans[index].content.upperBound, -1))
        }
        boundaries.sort { $0.offset != $1.offset ? $0.offset < $1.offset : $0.step < $1.step }
        var next = 0
        var depth = 0
        for index in words.indices {
            while next < boundaries.count && boundaries[next].offset <= words[index].range.lowerBound {
                depth += boundaries[next].step
                next += 1
            }
            words[index].depth = depth
        }
    }

    // MARK: Missing opening marks

    /// A quote with only a closing mark starts after the reporting frame before it, when there is one
    /// (`المصدر أشار إلى أن …”`, `وأن …”`), else where the finder put it.
    private func startAfterFrame(_ index: Int) {
        let span = spans[index]
        guard let closing = span.closing else { return }
        let line = span.line
        let words = WordLexer.words(in: span.content.lowerBound..<closing.lowerBound, text: text, keyTexts: keyTexts)
        if let first = words.firstIndex(where: { !$0.isPunctuation }), first > 0 {  // `». حاول …”`
            spans[index].content = words[first].range.lowerBound..<span.content.upperBound
        }
        for (i, word) in words.enumerated() where i + 1 < words.count {
            let opensClause =
                word.key == .colon
                || (isComplementizer(word) && (i == 0 || words[max(0, i - 4)..<i].contains { lexicon.cue($0) != nil }))
            if opensClause {
                let start = trimmed(words[i + 1].range.lowerBound..<span.content.upperBound, in: text)
                if !start.isEmpty && start.lowerBound >= lines[line].lowerBound { spans[index].content = start }
                return
            }
        }
    }

    // MARK: Word tests

    func isComplementizer(_ word: Word) -> Bool {
        word.isWord && lexicon.isListed(word.key, in: .complementizers, ignoringConjunction: keyTexts)
    }
    func isPreposition(_ word: Word) -> Bool {
        word.isWord && lexicon.isListed(word.key, in: .prepositions, ignoringConjunction: keyTexts)
    }
    func isConjunction(_ word: Word) -> Bool { Self.conjunctions.contains(word.key) }

    private static let conjunctions: WordSet = ["و", "او", "and", "or"]
    /// `,` and `،`.
    static let commas: WordSet = [",", "،"]
    /// Dashes that set off a name after a quote (`"…" - Matthew Ingram`).
    static let dashes: WordSet = ["-", "–", "—"]
    private static let clauseEnds: WordSet = [".", ";", "؛", "!", "?", "؟"]
    func isPronoun(_ word: Word) -> Bool { word.isWord && lexicon.isListed(word.key, in: .pronouns) }

    /// `الأميركية`, `الروسية`: an Arabic nisba adjective, which follows names (`«دلتا» الأميركية`).
    func isNisbaAdjective(_ word: Word) -> Bool {
        guard word.isArabic, word.key.hasPrefix(.article, in: keyTexts), word.key.scalarCount(in: keyTexts) >= 5 else {
            return false
        }
        return word.key.hasSuffix(.nisbaEnding, in: keyTexts) || word.key.hasSuffix(.feminineNisbaEnding, in: keyTexts)
    }

    /// Whether a token ends a clause: `.`, `;`, `؛`, `!`, `?`, `؟`.
    func endsClause(_ word: Word) -> Bool {
        word.kind == .punctuation && Self.clauseEnds.contains(word.key)
    }
}
