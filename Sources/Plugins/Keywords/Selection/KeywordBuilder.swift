import Toolkit

/// Turns chosen phrases into ``Keyword`` values: every occurrence's span, and the
/// most frequent display form.
enum KeywordBuilder {
    static func keywords(
        _ chosen: [(phrase: Int32, score: Double)], phrases: PhraseTable, words: DocumentWords, document: Document
    ) -> [Keyword] {
        guard let best = chosen.first?.score, best > 0 else { return [] }
        var slotOfPhrase: [Int32: Int] = [:]
        for (slot, choice) in chosen.enumerated() { slotOfPhrase[choice.phrase] = slot }
        let longest = chosen.map { Int(phrases.length[Int($0.phrase)]) }.max() ?? 1
        var occurrences = [[Span]](repeating: [], count: chosen.count)
        var forms = [[(text: String, count: Int)]](repeating: [], count: chosen.count)
        for run in 0..<(words.runStarts.count - 1) {
            let end = words.runStarts[run + 1]
            for start in words.runStarts[run]..<end where words.canBegin[start] {
                var phrase: Int32 = -1
                for last in start..<min(end, start + longest) {
                    guard words.continuesPhrase(at: last, from: start) else { break }
                    phrase = phrases.find(phrase, followedBy: words.terms[last])
                    if phrase < 0 { break }
                    if let longForm = phrases.longForms[phrase], let slot = slotOfPhrase[longForm] {
                        occurrences[slot].append(words.spans[start])
                        continue
                    }
                    guard let slot = slotOfPhrase[phrase] else { continue }
                    occurrences[slot].append(Span(start: words.spans[start].start, end: words.spans[last].end))
                    let text = displayText(from: start, to: last, words: words, document: document)
                    if let index = forms[slot].firstIndex(where: { $0.text == text }) {
                        forms[slot][index].count += 1
                    } else {
                        forms[slot].append((text, 1))
                    }
                }
            }
        }
        return chosen.enumerated().map { slot, choice in
            let key = phrases.terms(of: choice.phrase).map { words.keys[Int($0)] }.joined(separator: " ")
            let text = forms[slot].max { $0.count < $1.count }?.text ?? key  // ties: the first form seen
            let score = (choice.score / best * 10_000).rounded() / 10_000
            let spans = occurrences[slot].sorted()
            return Keyword(text: text, key: key, score: score, count: spans.count, occurrences: spans)
        }
    }

    /// The words `first...last` as written, white space collapsed, without the first word's leading
    /// clitic or the last word's possessive `'s` (`David Fincher` for `David Fincher's`).
    private static func displayText(from first: Int, to last: Int, words: DocumentWords, document: Document) -> String {
        let form = words.forms[Int(words.formOfWord[first])]
        var start = words.spans[first].start
        if form.displayDrop > 0 {
            let view = document.view
            start = view.scalarOffset(utf16: view.utf16Offset(scalar: start) + form.displayDrop)
        }
        let written = document[Span(start: start, end: words.spans[last].end)]
        var text = form.restoresAlef ? "\u{0627}" : ""
        var pendingSpace = false
        for character in written {
            if character.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace { text.append(" ") }
                pendingSpace = false
                text.append(character)
            }
        }
        for possessive in ["'s", "\u{2019}s"] where text.hasSuffix(possessive) && text.count > 3 {
            text.removeLast(2)
        }
        return text
    }
}
