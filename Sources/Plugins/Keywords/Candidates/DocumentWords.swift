import Toolkit

/// A document's words in text order, as terms, cut into runs that a keyphrase may span.
///
/// A run ends at a sentence end, a line break, punctuation (`، ؛ ؟ , ; : ( ) “ ” « »` …),
/// a symbol, and at text the `boilerplate` layer marks. Words joined by a hyphen or
/// apostrophe without spaces are one word (`average-case`, `Cohen-Grossberg`).
/// Numbers are words that may sit inside a keyphrase but never at either end.
/// An abbreviation (a cased word whose full stop the `sentences` stage kept inside
/// its sentence: `Gen.` in `Retired Gen. James Jones`) never ends a keyphrase.
struct DocumentWords {
    /// Per word: its term.
    var terms: [Int32] = []
    /// Per word: whether it is neither a stop word nor a number.
    var isContent: [Bool] = []
    /// Per word: whether it may begin a keyphrase (a content word, not an English adverb).
    var canBegin: [Bool] = []
    /// Per word: whether it may end a keyphrase (not a stop word, not a number, not an English adverb or past participle).
    var canEnd: [Bool] = []
    /// Per word: whether it opens a phrase (an Arabic word with a conjunction or preposition), so no
    /// keyphrase spans the word before it and this one.
    var opensPhrase: [Bool] = []
    /// Per word: whether it is an Arabic word with the article.
    var isDefinite: [Bool] = []
    /// Per word: its span in code points.
    var spans: [Span] = []
    /// Per word: its sentence.
    var sentences: [Int32] = []
    /// Per word: whether it is upper case where the position does not explain it
    /// (a capital not at a sentence start, or an acronym).
    var isCapitalized: [Bool] = []
    /// The first word of every run, then the word count.
    var runStarts: [Int] = []
    var sentenceCount = 0

    /// Per term: its key.
    var keys: TermKeys
    /// Per term: whether it is a stop word or a number.
    var termIsStop: [Bool] = []
    /// Per form: how its display text drops a leading clitic.
    var forms: [WordForm] = []
    /// Per word: its form.
    var formOfWord: [Int32] = []

    var count: Int { terms.count }
    var termCount: Int { keys.count }

    /// The words of a document that has `tokens` and `sentences`, skipping boilerplate.
    init(_ document: Document, analyzer: WordAnalyzer) {
        let tokens = document[Tokens.self] ?? []
        let sentenceSpans = document[Sentences.self]?.map(\.span) ?? []
        let boilerplate = (document[Boilerplate.self] ?? []).map(\.span).sorted()
        let view = document.view
        var reader = WordReader(capacity: tokens.count)
        view.utf16.withUnsafeBufferPointer { text in
            reader.read(tokens, sentences: sentenceSpans, boilerplate: boilerplate, text: text, view: view)
        }
        let read = reader.words
        formOfWord = [Int32](count: read.count) { read[$0].form }
        spans = [Span](count: read.count) { read[$0].span }
        sentences = [Int32](count: read.count) { read[$0].sentence }
        runStarts = reader.runStarts
        runStarts.append(read.count)
        sentenceCount = sentenceSpans.count
        // The reader consumed, so that the analysis adds to its table without copying it.
        (forms, keys) = analyzer.analyze((consume reader).forms)
        termIsStop = [Bool](repeating: true, count: keys.count)
        for form in forms where !form.isStop { termIsStop[Int(form.term)] = false }
        let count = read.count
        // Through buffers: the per-word arrays are written element by element from these two.
        (terms, opensPhrase, isDefinite, isContent, canBegin, canEnd, isCapitalized) = read.withUnsafeBufferPointer { read in
            forms.withUnsafeBufferPointer { analyses in
                (
                    [Int32](count: count) { analyses[Int(read[$0].form)].term },
                    [Bool](count: count) { analyses[Int(read[$0].form)].opensPhrase },
                    [Bool](count: count) { analyses[Int(read[$0].form)].isDefinite },
                    [Bool](count: count) { !analyses[Int(read[$0].form)].isStop },
                    [Bool](count: count) { analyses[Int(read[$0].form)].canBegin },
                    [Bool](count: count) { word in
                        let form = analyses[Int(read[word].form)]
                        return form.canEnd && !(read[word].isAbbreviated && form.casing != .acronym)
                    },
                    [Bool](count: count) { word in
                        switch analyses[Int(read[word].form)].casing {
                        case .acronym: true
                        case .capitalized: !read[word].startsSentence
                        case .lower, .uncased: false
                        }
                    }
                )
            }
        }
    }

    /// Whether a keyphrase that begins at `start` may take in the word at `position`: it is
    /// the first word, or a content word that does not open a phrase of its own and does not
    /// repeat the word before it.
    @inline(__always)
    func continuesPhrase(at position: Int, from start: Int) -> Bool {
        position == start || (isContent[position] && !opensPhrase[position] && terms[position] != terms[position - 1])
    }

    /// Whether the words `range` of a run form a whole chunk: on each side a run's end, a stop
    /// word, a number or a word that opens a phrase; or on the left, an Arabic definite word
    /// after an indefinite one (the annexed noun of an idafa: `الجماعات الإرهابية` in
    /// `تهديد الجماعات الإرهابية`).
    @inline(__always)
    func isWhole(_ range: ClosedRange<Int>, runStart: Int, runEnd: Int) -> Bool {
        let first = range.lowerBound
        let next = range.upperBound + 1
        let boundedLeft = first == runStart || !isContent[first - 1] || opensPhrase[first]
            || (isDefinite[first] && !isDefinite[first - 1])
        let boundedRight = next == runEnd || !isContent[next] || opensPhrase[next]
        return boundedLeft && boundedRight
    }

    /// The first word of the run that holds `word`.
    func runStart(of word: Int) -> Int {
        var low = 0
        var high = runStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runStarts[middle] <= word { low = middle } else { high = middle - 1 }
        }
        return runStarts[low]
    }

}

/// One word as read from the tokens.
private struct ReadWord {
    /// Its form in the reader's table.
    var form: Int32
    var sentence: Int32
    var span: Span
    /// Whether a full stop that does not end the sentence follows it.
    var isAbbreviated: Bool
    /// Whether it is the first word read in its sentence.
    var startsSentence: Bool
}

/// Reads a document's tokens into words and runs, collecting each word's form.
private struct WordReader {
    var forms: WordForms
    /// The words in text order, one append each.
    var words: [ReadWord] = []
    var runStarts: [Int] = []
    /// The word being read: a compound grows while hyphens join more words to it.
    private var pending: (units: Range<Int>, span: Span, isNumber: Bool, isAbbreviated: Bool, startsSentence: Bool)?

    init(capacity: Int) {
        forms = WordForms(capacity: max(64, capacity / 2))
        words.reserveCapacity(capacity)
    }

    mutating func read(
        _ tokens: [Token], sentences sentenceSpans: [Span], boilerplate: [Span], text: UnsafeBufferPointer<UInt16>,
        view: TextView
    ) {
        var sentence = 0
        var block = 0
        var previousEnd = -1  // end of the last word of the open run, in UTF-16 units
        var connectorEnd = -1  // end of a joining hyphen right after that word
        var lastSentence = -1
        // Text without supplementary characters (most text) has its code point offsets as UTF-16 offsets.
        let isAligned = view.utf16IsScalarAligned
        // Room for any word's folded form.
        let scratch = UnsafeMutablePointer<UInt16>.allocate(capacity: text.count)
        defer { scratch.deallocate() }
        for token in tokens {
            while sentence < sentenceSpans.count && sentenceSpans[sentence].end <= token.span.start {
                flush(text, sentence: sentence, scratch: scratch)
                sentence += 1
            }
            while block < boilerplate.count && boilerplate[block].end <= token.span.start { block += 1 }
            let inSentence = sentence < sentenceSpans.count && sentenceSpans[sentence].contains(token.span)
            let inBoilerplate = block < boilerplate.count && boilerplate[block].overlaps(token.span)
            let range = isAligned ? token.span.start..<token.span.end : view.utf16Range(token.span)
            guard inSentence, !inBoilerplate, token.kind == .word || token.kind == .number else {
                if inSentence, range.lowerBound == previousEnd, token.span.end < sentenceSpans[sentence].end,
                    Self.isFullStop(text, range)
                {
                    pending?.isAbbreviated = true
                }
                let joins = token.kind == .punctuation && range.lowerBound == previousEnd
                    && range.count == 1 && Self.isConnector(text[range.lowerBound])
                connectorEnd = joins ? range.upperBound : -1
                previousEnd = -1
                continue
            }
            if var word = pending, sentence == lastSentence, range.lowerBound == connectorEnd {
                word.units = word.units.lowerBound..<range.upperBound
                word.span.end = token.span.end
                word.isNumber = word.isNumber && token.kind == .number
                pending = word
            } else {
                flush(text, sentence: sentence, scratch: scratch)
                let continues = sentence == lastSentence && previousEnd >= 0
                    && !Self.hasLineBreak(text, previousEnd..<range.lowerBound)
                if !continues { runStarts.append(words.count) }
                pending = (range, token.span, token.kind == .number, false, sentence != lastSentence)
            }
            lastSentence = sentence
            previousEnd = range.upperBound
            connectorEnd = -1
        }
        flush(text, sentence: sentence, scratch: scratch)
    }

    private mutating func flush(
        _ text: UnsafeBufferPointer<UInt16>, sentence: Int, scratch: UnsafeMutablePointer<UInt16>
    ) {
        guard let word = pending else { return }
        let units = UnsafeBufferPointer(rebasing: text[word.units])
        let form = forms.add(units, isNumber: word.isNumber, scratch: scratch)
        words.append(
            ReadWord(
                form: Int32(form), sentence: Int32(sentence), span: word.span, isAbbreviated: word.isAbbreviated,
                startsSentence: word.startsSentence))
        pending = nil
    }

    /// Hyphens and apostrophes that join two words written without spaces.
    private static func isConnector(_ unit: UInt16) -> Bool {
        unit == 0x2D || unit == 0x2010 || unit == 0x2011 || unit == 0x27 || unit == 0x2019
    }

    /// Whether `range` is one full stop followed by white space.
    private static func isFullStop(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        range.count == 1 && text[range.lowerBound] == 0x2E && range.upperBound < text.count
            && (text[range.upperBound] == 0x20 || text[range.upperBound] == 0x0A || text[range.upperBound] == 0xA0)
    }

    private static func hasLineBreak(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        for i in range where text[i] == 0x0A || text[i] == 0x0D || text[i] == 0x85 || text[i] == 0x2028 || text[i] == 0x2029 {
            return true
        }
        return false
    }
}
