import Foundation
import Toolkit

/// Turns chosen phrases into ``Keyword`` values: every occurrence's span, and the
/// most frequent display form.
enum KeywordBuilder {
    static func keywords(
        _ chosen: [(phrase: Int32, score: Double)], phrases: PhraseTable, words: DocumentWords, document: Document
    ) -> [Keyword] {
        guard let best = chosen.first?.score else { return [] }
        var slotOfPhrase = [Int](repeating: -1, count: phrases.count)
        // Only words that begin a chosen phrase, or are an acronym of one, start a search.
        var beginsChoice = [Bool](repeating: false, count: words.termCount)
        for (slot, choice) in chosen.enumerated() {
            slotOfPhrase[Int(choice.phrase)] = slot
            beginsChoice[Int(phrases.firstTerm(of: choice.phrase))] = true
        }
        for (acronym, longForm) in phrases.longForms where slotOfPhrase[Int(longForm)] >= 0 {
            beginsChoice[Int(phrases[Int(acronym)].lastTerm)] = true
            slotOfPhrase[Int(acronym)] = slotOfPhrase[Int(longForm)]
        }
        let longest = chosen.map { Int(phrases[Int($0.phrase)].length) }.max() ?? 1
        // Every occurrence with its slot, in the order found.
        var occurrences: [(slot: Int, span: Span)] = []
        // Every slot's display forms, each as two units of its slot then its text, in the order first seen,
        // with how often each occurs.
        var forms = InternTable(capacity: chosen.count * 2)
        var formCounts: [Int] = []
        // Each form's units are written here, over the last: no array appends per unit.
        var text = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: 64)
        defer { text.deallocate() }
        let view = document.view
        view.utf16.withUnsafeBufferPointer { source in
            for run in 0..<(words.runStarts.count - 1) {
                let end = words.runStarts[run + 1]
                for start in words.runStarts[run]..<end where words.canBegin[start] && beginsChoice[Int(words.terms[start])] {
                    var phrase: Int32 = -1
                    for last in start..<min(end, start + longest) {
                        guard words.continuesPhrase(at: last, from: start) else { break }
                        phrase = phrases.find(phrase, followedBy: words.terms[last])
                        if phrase < 0 { break }
                        let slot = slotOfPhrase[Int(phrase)]
                        guard slot >= 0 else { continue }
                        if phrases.isAcronym(phrase) {
                            occurrences.append((slot, words.spans[start]))
                            continue
                        }
                        occurrences.append((slot, Span(start: words.spans[start].start, end: words.spans[last].end)))
                        let count = writeForm(
                            slot: slot, from: start, to: last, words: words, view: view, source: source, into: &text)
                        let form = forms.intern(UnsafeBufferPointer(rebasing: text[..<count]))
                        if form == formCounts.count { formCounts.append(0) }
                        formCounts[form] += 1
                    }
                }
            }
        }
        // Per slot, its most frequent form; on a tie, the first seen.
        var mostFrequent = [Int](repeating: -1, count: chosen.count)
        for form in formCounts.indices {
            let slot = forms.withUnits(form) { Int($0[0]) << 16 | Int($0[1]) }
            if mostFrequent[slot] < 0 || formCounts[form] > formCounts[mostFrequent[slot]] { mostFrequent[slot] = form }
        }
        // By slot, then in text order: each slot's spans are one stretch. Occurrences were found in text
        // order (by first word, then by last), so placing them by slot sorts them.
        var slotStarts = [Int](repeating: 0, count: chosen.count + 1)
        for occurrence in occurrences { slotStarts[occurrence.slot + 1] += 1 }
        for slot in chosen.indices { slotStarts[slot + 1] += slotStarts[slot] }
        var grouped = [Span](repeating: Span(start: 0, end: 0), count: occurrences.count)
        var nextOfSlot = slotStarts
        for occurrence in occurrences {
            grouped[nextOfSlot[occurrence.slot]] = occurrence.span
            nextOfSlot[occurrence.slot] += 1
        }
        var keyUnits: [UInt16] = []
        let terms = UnsafeMutableBufferPointer<Int32>.allocate(capacity: phrases.maximumWords)
        defer { terms.deallocate() }
        var keywords: [Keyword] = []
        keywords.reserveCapacity(chosen.count)
        for (slot, choice) in chosen.enumerated() {
            keyUnits.removeAll(keepingCapacity: true)
            let length = phrases.terms(of: choice.phrase, into: terms)
            for term in terms[..<length] {
                if !keyUnits.isEmpty { keyUnits.append(0x20) }
                words.keys.withUnits(Int(term)) { keyUnits.append(contentsOf: $0) }
            }
            let key = keyUnits.withUnsafeBufferPointer(InternTable.string)
            let form = mostFrequent[slot]
            let text = form < 0 ? key : forms.withUnits(form) { InternTable.string(UnsafeBufferPointer(rebasing: $0[2...])) }
            // Scores relative to the best keyphrase, which scores 1.
            let score = (exp(choice.score - best) * 10_000).rounded() / 10_000
            let spans = Array(grouped[slotStarts[slot]..<slotStarts[slot + 1]])
            keywords.append(Keyword(text: text, key: key, score: score, count: spans.count, occurrences: spans))
        }
        return keywords
    }

    /// Writes to `text` (grown when too small) two units of `slot`, then the words `first...last` as written
    /// (`source` is the document's UTF-16), white space collapsed, without the first word's leading clitic or
    /// the last word's possessive `'s` (`David Fincher` for `David Fincher's`); returns how many units it wrote.
    private static func writeForm(
        slot: Int, from first: Int, to last: Int, words: DocumentWords, view: TextView,
        source: UnsafeBufferPointer<UInt16>, into text: inout UnsafeMutableBufferPointer<UInt16>
    ) -> Int {
        let form = words.forms[Int(words.formOfWord[first])]
        let start = view.utf16Offset(scalar: words.spans[first].start) + form.displayDrop
        let end = view.utf16Offset(scalar: words.spans[last].end)
        // The slot, the alef and every unit of the source at most.
        if text.count < 3 + end - start {
            text.deallocate()
            text = .allocate(capacity: 2 * (3 + end - start))
        }
        text[0] = UInt16(truncatingIfNeeded: slot >> 16)
        text[1] = UInt16(truncatingIfNeeded: slot)
        var count = 2
        if form.restoresAlef {
            text[count] = ArabicFolding.alef
            count += 1
        }
        var pendingSpace = false
        for unit in source[start..<end] {
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

    /// White space that may stand between two words of a run (runs never cross a line break).
    private static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0xA0 || (0x2000...0x200A).contains(unit) || unit == 0x202F
            || unit == 0x205F || unit == 0x3000
    }
}
