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
    /// Per word: what it is (``WordFlags``).
    var flags: [WordFlags] = []
    /// Per word: its span in code points.
    var spans: [Span] = []
    /// Per word: its sentence.
    var sentences: [Int32] = []
    /// The first word of every run, then the word count.
    var runStarts: [Int] = []
    var sentenceCount = 0
    /// The tokens that are an opening parenthesis, where an acronym may be defined (``AcronymDefinitions``):
    /// noted as the words are read, so that the acronyms' search reads no token again.
    var openingParentheses: [Int] = []

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

    /// The words of a document that has `sentences`, from its `tokens`, skipping boilerplate.
    init(_ document: Document, tokens: [Token], analyzer: WordAnalyzer) {
        let sentenceSpans = document[Sentences.self]?.map(\.span) ?? []
        let boilerplate = (document[Boilerplate.self] ?? []).map(\.span).sorted()
        let view = document.view
        // The reader writes the words straight into the arrays, with room for one per token (and never none,
        // so that every buffer has an address), without an array's checks at every word.
        let capacity = max(tokens.count, 1)
        let marks = UnsafeMutablePointer<ReadMarks>.allocate(capacity: capacity)
        defer { marks.deallocate() }
        let texts = UnsafeMutablePointer<WordText>.allocate(capacity: capacity)
        defer { texts.deallocate() }
        var reader = WordReader(tokenCount: tokens.count)
        var spans: [Span] = []
        var sentences: [Int32] = []
        formOfWord = [Int32](unsafeUninitializedCapacity: capacity) { forms, formCount in
            sentences = [Int32](unsafeUninitializedCapacity: capacity) { sentences, sentenceCount in
                spans = [Span](unsafeUninitializedCapacity: capacity) { spans, spanCount in
                    let columns = ReadColumns(
                        forms: forms.baseAddress!, sentences: sentences.baseAddress!, spans: spans.baseAddress!,
                        marks: marks, texts: texts)
                    view.utf16.withUnsafeBufferPointer { text in
                        reader.read(
                            tokens, sentences: sentenceSpans, boilerplate: boilerplate, text: text, view: view,
                            into: columns)
                    }
                    spanCount = reader.wordCount
                }
                sentenceCount = reader.wordCount
            }
            formCount = reader.wordCount
        }
        self.spans = spans
        self.sentences = sentences
        let count = reader.wordCount
        runStarts = reader.runStarts
        runStarts.append(count)
        openingParentheses = reader.openingParentheses
        sentenceCount = sentenceSpans.count
        // The reader consumed, so that the analysis adds to its table without copying it.
        (forms, keys) = analyzer.analyze((consume reader).forms)
        termIsStop = [Bool](repeating: true, count: keys.count)
        for form in forms where !form.isStop { termIsStop[Int(form.term)] = false }
        // Through buffers, both arrays written element by element in one pass.
        var flags = [WordFlags]()
        terms = forms.withUnsafeBufferPointer { analyses in
            formOfWord.withUnsafeBufferPointer { formOfWord in
                [Int32](unsafeUninitializedCapacity: count) { terms, termCount in
                    flags = [WordFlags](unsafeUninitializedCapacity: count) { flags, flagCount in
                        for word in 0..<count {
                            let form = analyses[Int(formOfWord[word])]
                            (terms.baseAddress! + word).initialize(to: form.term)
                            (flags.baseAddress! + word).initialize(
                                to: WordFlags(
                                    form, startsSentence: marks[word].startsSentence,
                                    isAbbreviated: marks[word].isAbbreviated))
                        }
                        flagCount = count
                    }
                    termCount = count
                }
            }
        }
        self.flags = flags
    }

    /// Whether a keyphrase that begins at `start` may take in the word at `position`: it is
    /// the first word, or it joins the phrase (``WordFlags/joinsPhrase``) and does not repeat the word before it.
    func continuesPhrase(at position: Int, from start: Int) -> Bool {
        position == start || (flags[position].joinsPhrase && terms[position] != terms[position - 1])
    }

    /// Whether a chunk of a run that begins at word `first` is whole on the left: the run begins there, or
    /// the word before it is a stop word or a number, or it opens a phrase, or it is an Arabic definite word
    /// after an indefinite one (the annexed noun of an idafa: `الجماعات الإرهابية` in `تهديد الجماعات الإرهابية`).
    /// A chunk is whole when it is whole on both sides; on the right, the word after it is the run's end or
    /// does not join a phrase (``WordFlags/joinsPhrase``).
    @inline(__always)
    static func isWholeOnLeft(_ first: Int, runStart: Int, flags: UnsafeBufferPointer<WordFlags>) -> Bool {
        guard first > runStart else { return true }
        let before = flags[first - 1]
        let word = flags[first]
        return !before.contains(.content) || word.contains(.opensPhrase)
            || (word.contains(.definite) && !before.contains(.definite))
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

/// What the reader sees of a word's place that its flags depend on.
private struct ReadMarks {
    /// Whether a full stop that does not end the sentence follows it.
    var isAbbreviated: Bool
    /// Whether it is the first word read in its sentence.
    var startsSentence: Bool
}

/// A word's text, kept from its tokens until its form is looked up.
private struct WordText {
    /// Its UTF-16 units in the document's text.
    var units: Range<Int>
    var isNumber: Bool
}

/// Where the reader writes each word, a column per fact, with room for a word per token.
private struct ReadColumns {
    /// Per word: its form in the reader's table.
    var forms: UnsafeMutablePointer<Int32>
    var sentences: UnsafeMutablePointer<Int32>
    var spans: UnsafeMutablePointer<Span>
    var marks: UnsafeMutablePointer<ReadMarks>
    var texts: UnsafeMutablePointer<WordText>
}

/// Reads a document's tokens into words and runs, collecting each word's form.
private struct WordReader {
    var forms: WordForms
    /// Words read so far.
    private(set) var wordCount = 0
    var runStarts: [Int] = []
    /// The tokens read that are an opening parenthesis.
    var openingParentheses: [Int] = []

    /// Room for a string per token up to ``tokensWithRoomEach``: the analysis adds its stems and keys to the
    /// forms' table, and a news article's forms and stems come to some 0.8 of its tokens. Growing rehashes
    /// every string, which cost more than the larger table's zeroing.
    ///
    /// Beyond that, room for one string per four tokens: a long text repeats its words, and room for each
    /// of its tokens held an eighth of the peak heap of a 5 MB document (13 of 103 MB), every page of it
    /// cleared by the kernel.
    init(tokenCount: Int) {
        let beyond = max(0, tokenCount - Self.tokensWithRoomEach)
        forms = WordForms(capacity: max(64, min(tokenCount, Self.tokensWithRoomEach) + beyond / 4))
    }

    /// The tokens that each get room for a string in the forms' table: more than any news article has.
    static let tokensWithRoomEach = 16_384

    /// Reads `tokens` into `words`, through buffers: the loop reads the token, its sentence and maybe a
    /// boilerplate block at every token, and an array would check its bounds at each.
    mutating func read(
        _ tokens: [Token], sentences: [Span], boilerplate: [Span], text: UnsafeBufferPointer<UInt16>,
        view: TextView, into words: ReadColumns
    ) {
        tokens.withUnsafeBufferPointer { tokens in
            sentences.withUnsafeBufferPointer { sentences in
                boilerplate.withUnsafeBufferPointer { boilerplate in
                    readTokens(
                        tokens, sentences: sentences, boilerplate: boilerplate, text: text, view: view, into: words)
                }
            }
        }
        addForms(text, into: words)
    }

    /// Writes each word as soon as its first token is read; a hyphen that joins another word to it, or a
    /// full stop that marks it as abbreviated, changes the word last written. (A word kept aside until the
    /// next one, as it once was, cost the loop registers and copies at every token.)
    private mutating func readTokens(
        _ tokens: UnsafeBufferPointer<Token>, sentences sentenceSpans: UnsafeBufferPointer<Span>,
        boilerplate: UnsafeBufferPointer<Span>, text: UnsafeBufferPointer<UInt16>, view: TextView,
        into words: ReadColumns
    ) {
        var sentence = 0
        var block = 0
        var previousEnd = -1  // end of the last word of the open run, in UTF-16 units
        var connectorEnd = -1  // end of a joining hyphen right after that word
        var lastSentence = -1  // the sentence of the last word written: while it is `sentence`, that word is open
        // A local, not the property, so that it stays in a register between tokens.
        var count = 0
        for index in tokens.indices {
            let token = tokens[index]
            while sentence < sentenceSpans.count && sentenceSpans[sentence].end <= token.span.start { sentence += 1 }
            while block < boilerplate.count && boilerplate[block].end <= token.span.start { block += 1 }
            let inSentence = sentence < sentenceSpans.count && sentenceSpans[sentence].contains(token.span)
            let inBoilerplate = block < boilerplate.count && boilerplate[block].overlaps(token.span)
            let range = view.utf16Range(token.span)
            guard inSentence, !inBoilerplate, token.kind == .word || token.kind == .number else {
                if inSentence, lastSentence == sentence, range.lowerBound == previousEnd,
                    token.span.end < sentenceSpans[sentence].end, Self.isFullStop(text, range)
                {
                    words.marks[count - 1].isAbbreviated = true
                }
                let joins = token.kind == .punctuation && range.lowerBound == previousEnd
                    && range.count == 1 && Self.isConnector(text[range.lowerBound])
                connectorEnd = joins ? range.upperBound : -1
                if token.kind == .punctuation && range.count == 1 && text[range.lowerBound] == 0x28 {
                    openingParentheses.append(index)
                }
                previousEnd = -1
                continue
            }
            if sentence == lastSentence && range.lowerBound == connectorEnd {
                let last = count - 1
                words.texts[last].units = words.texts[last].units.lowerBound..<range.upperBound
                words.texts[last].isNumber = words.texts[last].isNumber && token.kind == .number
                words.spans[last].end = token.span.end
            } else {
                let continues = sentence == lastSentence && previousEnd >= 0
                    && !Self.hasLineBreak(text, previousEnd..<range.lowerBound)
                if !continues { runStarts.append(count) }
                (words.texts + count).initialize(to: WordText(units: range, isNumber: token.kind == .number))
                (words.sentences + count).initialize(to: Int32(sentence))
                (words.spans + count).initialize(to: token.span)
                (words.marks + count).initialize(
                    to: ReadMarks(isAbbreviated: false, startsSentence: sentence != lastSentence))
                count += 1
            }
            lastSentence = sentence
            previousEnd = range.upperBound
            connectorEnd = -1
        }
        wordCount = count
    }

    /// Looks up the form of every word read, in a loop of its own: there the look-up has the registers to
    /// itself, where a call at every word of the token loop saved and restored that loop's state.
    private mutating func addForms(_ text: UnsafeBufferPointer<UInt16>, into words: ReadColumns) {
        // Room for any word's folded form.
        let scratch = UnsafeMutablePointer<UInt16>.allocate(capacity: text.count)
        defer { scratch.deallocate() }
        for word in 0..<wordCount {
            let wordText = words.texts[word]
            let form = forms.add(
                UnsafeBufferPointer(rebasing: text[wordText.units]), isNumber: wordText.isNumber, scratch: scratch)
            (words.forms + word).initialize(to: Int32(form))
        }
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

    /// Whether `range`, the gap between two words, breaks the line. (Inlined: it runs at every word, over a
    /// unit or two, and the call cost more than the check.)
    @inline(__always)
    private static func hasLineBreak(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        for i in range where LineEnds.contains(text[i]) { return true }
        return false
    }
}
