import Toolkit

/// A document's words in text order, as terms, cut into runs that a keyphrase may span.
///
/// A run ends at a sentence end, a line break, punctuation (`، ؛ ؟ , ; : ( ) “ ” « »` …),
/// a symbol, and at text the `boilerplate` layer marks. A hyphen or apostrophe with
/// letters on both sides and no space joins two words inside a run (`average-case`).
/// Numbers are words that may sit inside a keyphrase but never at either end.
struct DocumentWords {
    /// Per word: its term.
    var terms: [Int32] = []
    /// Per word: whether it may begin or end a keyphrase (not a stop word, not a number).
    var isEdge: [Bool] = []
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
    var keys: [String] = []
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
        var table = FormTable(capacity: max(256, tokens.count / 8))
        var numberForms: [Bool] = []
        var sentenceStarts: [Bool] = []
        terms.reserveCapacity(tokens.count)
        spans.reserveCapacity(tokens.count)
        view.utf16.withUnsafeBufferPointer { text in
            var sentence = 0
            var block = 0
            var previousEnd = -1  // end of the last word of the open run, in UTF-16 units
            var connectorEnd = -1  // end of a joining hyphen right after that word
            var lastSentence = -1
            for token in tokens {
                while sentence < sentenceSpans.count && sentenceSpans[sentence].end <= token.span.start { sentence += 1 }
                while block < boilerplate.count && boilerplate[block].end <= token.span.start { block += 1 }
                let inSentence = sentence < sentenceSpans.count && sentenceSpans[sentence].contains(token.span)
                let inBoilerplate = block < boilerplate.count && boilerplate[block].overlaps(token.span)
                let range = view.utf16Range(token.span)
                guard inSentence, !inBoilerplate, token.kind == .word || token.kind == .number else {
                    let joins = token.kind == .punctuation && range.lowerBound == previousEnd
                        && range.count == 1 && Self.isConnector(text[range.lowerBound])
                    connectorEnd = joins ? range.upperBound : -1
                    previousEnd = -1
                    continue
                }
                let continues = sentence == lastSentence
                    && (range.lowerBound == connectorEnd
                        || (previousEnd >= 0 && !Self.hasLineBreak(text, previousEnd..<range.lowerBound)))
                if !continues { runStarts.append(terms.count) }
                if sentence != lastSentence { sentenceStarts.append(true) } else { sentenceStarts.append(false) }
                lastSentence = sentence
                previousEnd = range.upperBound
                connectorEnd = -1
                let form = table.intern(text, range)
                if form == numberForms.count { numberForms.append(token.kind == .number) }
                formOfWord.append(Int32(form))
                spans.append(token.span)
                sentences.append(Int32(sentence))
            }
        }
        runStarts.append(formOfWord.count)
        sentenceCount = sentenceSpans.count
        forms = analyzer.analyze(table)
        var termOfForm = [Int32](repeating: 0, count: forms.count)
        var termOfKey: [String: Int32] = [:]
        for (index, form) in forms.enumerated() {
            let isStop = form.isStop || numberForms[index]
            if let term = termOfKey[form.key] {
                termOfForm[index] = term
                termIsStop[Int(term)] = termIsStop[Int(term)] && isStop
            } else {
                let term = Int32(keys.count)
                termOfKey[form.key] = term
                termOfForm[index] = term
                keys.append(form.key)
                termIsStop.append(isStop)
            }
        }
        terms = formOfWord.map { termOfForm[Int($0)] }
        isEdge = formOfWord.map { !(forms[Int($0)].isStop || numberForms[Int($0)]) }
        isCapitalized = zip(formOfWord, sentenceStarts).map { form, startsSentence in
            switch forms[Int(form)].casing {
            case .acronym: true
            case .capitalized: !startsSentence
            case .lower, .uncased: false
            }
        }
    }

    /// Hyphens and apostrophes that join two words written without spaces.
    private static func isConnector(_ unit: UInt16) -> Bool {
        unit == 0x2D || unit == 0x2010 || unit == 0x2011 || unit == 0x27 || unit == 0x2019
    }

    private static func hasLineBreak(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        for i in range where text[i] == 0x0A || text[i] == 0x0D || text[i] == 0x85 || text[i] == 0x2028 || text[i] == 0x2029 {
            return true
        }
        return false
    }
}
