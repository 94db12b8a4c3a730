import Foundation
import Toolkit

/// Turns chosen phrases into ``Keyword`` values: every occurrence's span, and the
/// most frequent display form.
enum KeywordBuilder {
    static func keywords(
        _ chosen: [(phrase: Int32, score: Double)], phrases: PhraseTable, words: DocumentWords, document: Document
    ) -> [Keyword] {
        guard let best = chosen.first?.score else { return [] }
        var slotOfPhrase = [Int32](repeating: -1, count: phrases.count)
        // Only words that begin a chosen phrase, or are an acronym of one, start a search.
        var beginsChoice = [Bool](repeating: false, count: words.termCount)
        for (slot, choice) in chosen.enumerated() {
            slotOfPhrase[Int(choice.phrase)] = Int32(slot)
            beginsChoice[Int(phrases.firstTerm(of: choice.phrase))] = true
        }
        for (acronym, longForm) in phrases.longForms where slotOfPhrase[Int(longForm)] >= 0 {
            beginsChoice[Int(phrases[Int(acronym)].lastTerm)] = true
            slotOfPhrase[Int(acronym)] = slotOfPhrase[Int(longForm)]
        }
        let longest = chosen.map { Int(phrases[Int($0.phrase)].length) }.max() ?? 1
        // Per slot, its occurrences' spans in the order found, which is text order (by first word, then by last);
        // each reserved for the occurrences the phrase table counted, which are (nearly always) all of them.
        var spansOfSlot = chosen.map { choice in
            var spans: [Span] = []
            spans.reserveCapacity(Int(phrases[Int(choice.phrase)].count))
            return spans
        }
        // Every slot's display forms, each as two units of its slot then its text, in the order first seen,
        // with how often each occurs.
        var forms = InternTable(capacity: chosen.count * 2)
        var formCounts: [Int] = []
        formCounts.reserveCapacity(chosen.count * 2)
        // Each form's units, then each key's, are written here over the last: no array appends per unit.
        var units = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: 64)
        defer { units.deallocate() }
        let view = document.view
        view.utf16.withUnsafeBufferPointer { source in
            forEachStart(of: words, beginsChoice: beginsChoice) { start, end in
                var phrase: Int32 = -1
                for last in start..<min(end, start + longest) {
                    guard words.continuesPhrase(at: last, from: start) else { break }
                    phrase = phrases.find(phrase, followedBy: words.terms[last])
                    if phrase < 0 { break }
                    let slot = Int(slotOfPhrase[Int(phrase)])
                    guard slot >= 0 else { continue }
                    if phrases.isAcronym(phrase) {
                        spansOfSlot[slot].append(words.spans[start])
                        continue
                    }
                    spansOfSlot[slot].append(Span(start: words.spans[start].start, end: words.spans[last].end))
                    let count = writeForm(
                        slot: slot, from: start, to: last, words: words, view: view, source: source, into: &units)
                    let form = forms.intern(UnsafeBufferPointer(rebasing: units[..<count]))
                    if form == formCounts.count { formCounts.append(0) }
                    formCounts[form] += 1
                }
            }
        }
        // Per slot, its most frequent form; on a tie, the first seen.
        var mostFrequent = [Int](repeating: -1, count: chosen.count)
        for form in formCounts.indices {
            let slot = forms.withUnits(form) { Int($0[0]) << 16 | Int($0[1]) }
            if mostFrequent[slot] < 0 || formCounts[form] > formCounts[mostFrequent[slot]] { mostFrequent[slot] = form }
        }
        let terms = UnsafeMutableBufferPointer<Int32>.allocate(capacity: phrases.maximumWords)
        defer { terms.deallocate() }
        var keywords: [Keyword] = []
        keywords.reserveCapacity(chosen.count)
        for (slot, choice) in chosen.enumerated() {
            let count = writeKey(of: choice.phrase, phrases: phrases, keys: words.keys, terms: terms, into: &units)
            let key = String(utf16Units: UnsafeBufferPointer(rebasing: units[..<count]))
            let form = mostFrequent[slot]
            let text = form < 0 ? key : forms.withUnits(form) { String(utf16Units: UnsafeBufferPointer(rebasing: $0[2...])) }
            // Scores relative to the best keyphrase, which scores 1.
            let score = (exp(choice.score - best) * 10_000).rounded() / 10_000
            let spans = spansOfSlot[slot]
            keywords.append(Keyword(text: text, key: key, score: score, count: spans.count, occurrences: spans))
        }
        return keywords
    }

    /// Calls `body` with every word that may begin a phrase and whose term begins a chosen one
    /// (`beginsChoice`), and the end of its run: one pass over the words through their buffers.
    private static func forEachStart(
        of words: DocumentWords, beginsChoice: [Bool], _ body: (_ start: Int, _ runEnd: Int) -> Void
    ) {
        words.flags.withUnsafeBufferPointer { flags in
            words.terms.withUnsafeBufferPointer { terms in
                beginsChoice.withUnsafeBufferPointer { beginsChoice in
                    for run in 0..<(words.runStarts.count - 1) {
                        let end = words.runStarts[run + 1]
                        for start in words.runStarts[run]..<end
                        where flags[start].contains(.canBegin) && beginsChoice[Int(terms[start])] {
                            body(start, end)
                        }
                    }
                }
            }
        }
    }

    /// Writes to `text` (grown when too small) the key of `phrase`: its terms' keys, a space between each two
    /// (`terms` is room for its terms); returns how many units it wrote.
    private static func writeKey(
        of phrase: Int32, phrases: PhraseTable, keys: TermKeys, terms: UnsafeMutableBufferPointer<Int32>,
        into text: inout UnsafeMutableBufferPointer<UInt16>
    ) -> Int {
        let length = phrases.terms(of: phrase, into: terms)
        var count = 0
        for term in terms[..<length] {
            keys.withUnits(Int(term)) { key in
                reserve(count + 1 + key.count, in: &text)
                if count > 0 {
                    text[count] = 0x20
                    count += 1
                }
                for unit in key {
                    text[count] = unit
                    count += 1
                }
            }
        }
        return count
    }

    /// Grows `text`, keeping its units, to hold at least `count` units.
    private static func reserve(_ count: Int, in text: inout UnsafeMutableBufferPointer<UInt16>) {
        guard text.count < count else { return }
        let grown = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: 2 * count)
        _ = grown.initialize(fromContentsOf: text)
        text.deallocate()
        text = grown
    }

    /// Writes to `text` (grown when too small) two units of `slot`, then the words `first...last` as written
    /// (`source` is the document's UTF-16), white space collapsed, without the first word's leading clitic or
    /// the last word's possessive `'s` (`David Fincher` for `David Fincher's`); returns how many units it wrote.
    private static func writeForm(
        slot: Int, from first: Int, to last: Int, words: DocumentWords, view: TextView,
        source: UnsafeBufferPointer<UInt16>, into text: inout UnsafeMutableBufferPointer<UInt16>
    ) -> Int {
        let form = words.forms[Int(words.formOfWord[first])]
        var start = view.utf16Offset(scalar: words.spans[first].start)
        let end = view.utf16Offset(scalar: words.spans[last].end)
        if form.displayDrop > 0 {
            // The drop counts the folded form's units: as written, the word may have diacritics or tatweel.
            start += ArabicFolding.surfaceOffset(
                ofFolded: form.displayDrop, in: UnsafeBufferPointer(rebasing: source[start..<end]))
        }
        // The slot, the alef and every unit of the source at most.
        reserve(3 + end - start, in: &text)
        text[0] = UInt16(truncatingIfNeeded: slot >> 16)
        text[1] = UInt16(truncatingIfNeeded: slot)
        var count = 2
        if form.restoresAlef {
            text[count] = ArabicFolding.alef
            count += 1
        }
        var pendingSpace = false
        for (offset, unit) in zip(start..<end, source[start..<end]) {
            // An initialism's full stops are left out (`USA team` for `U.S.A team`), as its key leaves them out.
            if unit == 0x2E && isInDottedInitialism(offset, among: first...last, words: words, view: view) { continue }
            if isSpace(unit) {
                pendingSpace = true
            } else {
                if pendingSpace {
                    text[count] = 0x20
                    count += 1
                }
                pendingSpace = false
                text[count] = unit
                count += 1
            }
        }
        if count - 2 > 3 && text[count - 1] == 0x73 && (text[count - 2] == 0x27 || text[count - 2] == 0x2019) {
            count -= 2
        }
        return count
    }

    /// Whether the UTF-16 offset `offset` lies in one of the words `range` that is an initialism written with
    /// full stops. (Asked only at a full stop, of the few words of one phrase.)
    private static func isInDottedInitialism(
        _ offset: Int, among range: ClosedRange<Int>, words: DocumentWords, view: TextView
    ) -> Bool {
        range.contains { word in
            words.forms[Int(words.formOfWord[word])].isDottedInitialism
                && view.utf16Range(words.spans[word]).contains(offset)
        }
    }

    /// White space that may stand between two words of a run (runs never cross a line break): U+0020, U+0009,
    /// U+00A0, U+2000...U+200A, U+202F, U+205F and U+3000. Most units are letters below U+2000, where only the
    /// first three are spaces, so those are told apart with one comparison and three tests.
    static func isSpace(_ unit: UInt16) -> Bool {
        if unit < 0x2000 { return unit == 0x20 || unit == 0x09 || unit == 0xA0 }
        return unit <= 0x200A || unit == 0x202F || unit == 0x205F || unit == 0x3000
    }
}
