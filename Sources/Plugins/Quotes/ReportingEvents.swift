/// A reporting word found in the text outside quotes, with the speaker it was resolved to.
struct ReportingEvent: Sendable {
    var token: TokenRef
    /// The reporting word (or `according to`), without a glued conjunction.
    var cue: Range<Int>
    var kind: CueKind
    var speaker: Range<Int>?
}

/// The reporting events of the lines near the one being analysed, line by line in text order.
struct ReportingEvents: Sendable {
    /// Each line's events, and for each event the index of the latest one up to it that has a speaker;
    /// `nil` for a line not read or forgotten.
    private var byLine: [(events: [ReportingEvent], lastSpoken: [Int?])?]

    init(lineCount: Int) {
        byLine = Array(repeating: nil, count: lineCount)
    }

    mutating func set(_ events: [ReportingEvent], lastSpoken: [Int?], for line: Int) {
        byLine[line] = (events, lastSpoken)
    }

    func contains(line: Int) -> Bool { byLine[line] != nil }

    mutating func forget(_ line: Int) { byLine[line] = nil }

    /// The event of a reporting word.
    func event(at token: TokenRef) -> ReportingEvent? {
        guard let events = byLine[token.line]?.events else { return nil }
        var low = 0
        var high = events.count
        while low < high {
            let middle = (low + high) / 2
            if events[middle].token.index < token.index { low = middle + 1 } else { high = middle }
        }
        return low < events.count && events[low].token == token ? events[low] : nil
    }

    /// The latest event of `line` that ends by `offset` and has a speaker.
    func lastSpoken(in line: Int, before offset: Int) -> ReportingEvent? {
        guard let (events, lastSpoken) = byLine[line] else { return nil }
        var low = 0
        var high = events.count
        while low < high {
            let middle = (low + high) / 2
            if events[middle].cue.upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0, let spoken = lastSpoken[low - 1] else { return nil }
        return events[spoken]
    }
}

extension QuoteAnalyzer {
    /// Lines before a quote whose reporting words are read, so that a chain can be followed to its head.
    static let eventLeadLines = 4

    /// Finds the reporting events of a line, resolving each to a speaker:
    /// its subject when it names one; else, for a dropped subject (`وأضاف أن`) or a participle (`قائلا`),
    /// the speaker of an earlier event in the same sentence (a relay, `نقلت عن مصدر … أكد`), and in Arabic,
    /// which drops subjects, the sentence's subject or the head of the chain in the same or previous paragraphs.
    func findEvents(in line: Int) {
        guard line >= 0, !events.contains(line: line) else { return }
        let words = words(line)
        var list: [ReportingEvent] = []
        var lastSpoken: [Int?] = []
        for index in words.indices where words[index].depth == 0 && words[index].cue != nil {
            let latest = lastSpoken.last.flatMap { $0 }.map { list[$0] }
            guard let event = makeEvent(words, index, line: line, lastSpoken: latest) else { continue }
            lastSpoken.append(event.speaker != nil ? list.count : lastSpoken.last.flatMap { $0 })
            list.append(event)
        }
        events.set(list, lastSpoken: lastSpoken, for: line)
    }

    /// The event of the reporting word at `index`, or `nil` when the word is not one here; `lastSpoken` is
    /// the latest earlier event of the line that has a speaker.
    func makeEvent(_ words: [Word], _ index: Int, line: Int, lastSpoken: ReportingEvent?) -> ReportingEvent? {
        guard let (entry, conjunction) = words[index].cue else { return nil }
        var cue = words[index].range
        if conjunction { cue = skippingMarks(from: cue.lowerBound + 1)..<cue.upperBound }
        if entry.kind == .sourcePreposition && lexicon.language == .english {
            guard index + 1 < words.count, words[index + 1].key == .to else { return nil }
            cue = cue.lowerBound..<words[index + 1].range.upperBound
        }
        if entry.needsFrame && !frameFollows(words, index, line: line) { return nil }
        let offset = words[index].range.lowerBound
        let floor = sentenceFloor(words, line: line, offset: offset)
        let limit = sentenceLimit(words, line: line, offset: offset)
        var speaker = explicitSpeaker(entry.kind, words, index, floor: floor, limit: limit)
        if speaker == nil && (entry.kind == .verb || entry.kind == .participle || entry.kind == .verbalNoun) {
            let sentenceStart = floor < words.count ? words[floor].range.lowerBound : offset
            if let lastSpoken, lastSpoken.cue.lowerBound >= sentenceStart { speaker = lastSpoken.speaker }
            if speaker == nil && lexicon.language == .arabic {
                // A participle or a verb inside its sentence (`حيث قال`) takes the sentence's subject.
                if entry.kind == .participle || index > floor + 1 {
                    speaker = sentenceSubject(words, floor: floor, before: index)
                }
                if speaker == nil { speaker = lastSpoken?.speaker ?? chainSpeaker(before: offset, line: line - 1) }
            }
        }
        return ReportingEvent(token: TokenRef(line: line, index: index), cue: cue, kind: entry.kind, speaker: speaker)
    }

    /// The speaker a reporting word names itself: its subject, the source after `وفقا لـ` / `according to`,
    /// the one relayed after `نقلت عن`, the document after `جاء في`.
    func explicitSpeaker(_ kind: CueKind, _ words: [Word], _ index: Int, floor: Int, limit: Int) -> Range<Int>? {
        switch (lexicon.language, kind) {
        case (.arabic, .verb):
            return arabicSubject(after: index, words, limit: limit) ?? arabicSubject(before: index, words, floor: floor)
        case (.arabic, .sourcePreposition):
            return arabicSource(after: index, words, limit: limit)
        case (.arabic, .relay):
            return relayedSource(index, words, floor: floor, limit: limit)
        case (.arabic, .document):
            guard index + 1 < limit, words[index + 1].key == .fii else { return nil }
            return arabicMention(words, from: index + 2, limit: limit)
        case (.english, .verb):
            // `" said KCNA`, `"…," said Ambassador Mohib`: after a quote the subject may follow the verb.
            let afterQuote =
                index >= 1
                && (words[index - 1].kind == .quoteMark
                    || (index >= 2 && words[index - 1].key == .comma && words[index - 2].kind == .quoteMark))
            if afterQuote, let inverted = englishPhrase(words, from: index + 1, limit: limit) { return inverted }
            return englishSubject(before: index, words, floor: floor)
        case (.english, .sourcePreposition):
            return englishPhrase(words, from: index + 2, limit: limit)
        default:
            return nil
        }
    }

    /// Whether a complementizer, a colon or a quotation mark follows a reporting word within its clause,
    /// before any other reporting word (in `وبين كريستيانو رونالدو، مؤكدا أن` the `أن` is the participle's),
    /// or the next sentence of the line opens with a quotation mark.
    private func frameFollows(_ words: [Word], _ index: Int, line: Int) -> Bool {
        var next = index + 1
        while next < words.count && next <= index + 12 {
            let word = words[next]
            if isComplementizer(word) || word.key == .colon || word.kind == .quoteMark { return true }
            if word.cue != nil { return false }
            if endsClause(word) {
                return next + 1 < words.count && words[next + 1].kind == .quoteMark
            }
            next += 1
        }
        return false
    }

    /// The speaker of the latest event before `offset` in `line` or, failing that, in the lines before it,
    /// back to `chainReach` lines before the line of `offset`.
    func chainSpeaker(before offset: Int, line: Int) -> Range<Int>? {
        let origin = self.line(containing: offset)
        var current = line
        while current >= 0 && current >= origin - Self.chainReach {
            if let event = events.lastSpoken(in: current, before: offset) { return event.speaker }
            current -= 1
        }
        return nil
    }

    /// The speaker and cue of a direct quote: those of the quote it is coordinated with; those of its
    /// reporting word; for a quote with none, the head of the chain before it. A quote inside another one
    /// gets a speaker only from a reporting word inside that one.
    func attribute(_ index: Int, _ analysed: [AnalysedQuote]) -> (speaker: Range<Int>?, cue: Range<Int>?) {
        let reading = readings[index]
        if let shared = reading.sharesWith { return (analysed[shared].speaker, analysed[shared].cue) }
        let line = line(containing: spans[index].marks.lowerBound)
        guard let cue = reading.cue else {
            guard depth[index] == 0 else { return (nil, nil) }
            return (chainSpeaker(before: spans[index].marks.lowerBound, line: line), nil)
        }
        let words = words(cue.line)
        if Self.dashes.contains(words[cue.index].key) {
            let limit = sentenceLimit(words, line: cue.line, offset: words[cue.index].range.lowerBound)
            let speaker =
                lexicon.language == .arabic
                ? arabicMention(words, from: cue.index + 1, limit: limit)
                : englishPhrase(words, from: cue.index + 1, limit: limit)
            return (speaker, nil)
        }
        if depth[index] == 0, let event = events.event(at: cue) { return (event.speaker, event.cue) }
        guard let (entry, conjunction) = words[cue.index].cue else { return (nil, nil) }
        let offset = words[cue.index].range.lowerBound
        let floor = sentenceFloor(words, line: cue.line, offset: offset)
        let limit = sentenceLimit(words, line: cue.line, offset: offset)
        var cueRange = words[cue.index].range
        if conjunction { cueRange = skippingMarks(from: cueRange.lowerBound + 1)..<cueRange.upperBound }
        var speaker = explicitSpeaker(entry.kind, words, cue.index, floor: floor, limit: limit)
        if speaker == nil && depth[index] == 0 && lexicon.language == .arabic {
            speaker = chainSpeaker(before: offset, line: cue.line)
        }
        return (speaker, cueRange)
    }

    /// `offset` moved past Arabic diacritics, so that a cue stripped of `وَ` starts at its first letter.
    private func skippingMarks(from offset: Int) -> Int {
        var offset = offset
        while offset < text.count, (0x064B...0x065F).contains(text[offset]) || text[offset] == 0x0670 { offset += 1 }
        return offset
    }
}
