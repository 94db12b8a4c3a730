import Toolkit

/// Acronyms defined in parentheses right after their long form:
/// `principal components analysis (PCA)`, `digital elevation models (DEMs)`.
///
/// The long form is the run of words before `(` whose initials spell the acronym,
/// stop words inside it skipped. A defined acronym counts as an occurrence of its
/// long form, which is the keyphrase a reader expects.
enum AcronymDefinitions {
    struct Definition {
        /// The acronym's word.
        var acronym: Int
        /// The long form's words.
        var expansion: ClosedRange<Int>
    }

    /// Every definition in the document, whose tokens are `tokens`, in text order.
    static func find(in document: Document, tokens: [Token], words: DocumentWords) -> [Definition] {
        guard tokens.count >= 4 else { return [] }
        let view = document.view
        func isPunctuation(_ token: Token, _ unit: UInt16) -> Bool {
            token.kind == .punctuation && token.span.length == 1 && view.utf16[view.utf16Offset(scalar: token.span.start)] == unit
        }
        var definitions: [Definition] = []
        var word = 0
        for index in words.openingParentheses where index >= 1 && index < tokens.count - 2 {
            let acronymToken = tokens[index + 1]
            guard acronymToken.kind == .word, tokens[index - 1].kind == .word, isPunctuation(tokens[index + 2], 0x29)
            else { continue }
            while word < words.count && words.spans[word].start < acronymToken.span.start { word += 1 }
            guard word < words.count, word > 0, words.spans[word] == acronymToken.span,
                words.spans[word - 1].end == tokens[index - 1].span.end,
                let letters = acronymLetters(document[acronymToken.span]),
                let expansion = longForm(endingAt: word - 1, initials: letters, words: words, document: document)
            else { continue }
            definitions.append(Definition(acronym: word, expansion: expansion))
        }
        return definitions
    }

    /// The lower-cased capitals of an acronym (`DEMs` → `dem`), or `nil` when the word is not one.
    private static func acronymLetters(_ word: Substring) -> [Character]? {
        // Most words in parentheses are not acronyms: their first letter tells, before they are split into letters.
        guard let first = word.first, first.isUppercase || first.isNumber else { return nil }
        var letters = Array(word)
        if letters.count > 2 && letters.last == "s" { letters.removeLast() }
        guard (2...8).contains(letters.count), letters.allSatisfy({ $0.isUppercase || $0.isNumber }),
            letters.filter(\.isUppercase).count >= 2
        else { return nil }
        return letters.filter(\.isUppercase).map { Character($0.lowercased()) }
    }

    /// The words ending at `last`, in one run, whose initials spell `initials`; stop words inside are skipped.
    private static func longForm(endingAt last: Int, initials: [Character], words: DocumentWords, document: Document)
        -> ClosedRange<Int>?
    {
        let runStart = words.runStart(of: last)
        var letter = initials.count - 1
        var word = last
        while letter >= 0 && word >= runStart {
            if words.termIsStop[Int(words.terms[word])] {
                if word == last { return nil }
                word -= 1
                continue
            }
            guard let initial = document[words.spans[word]].first,
                Character(initial.lowercased()) == initials[letter]
            else { return nil }
            letter -= 1
            word -= 1
        }
        guard letter < 0, words.flags[word + 1].contains(.canBegin) else { return nil }
        return (word + 1)...last
    }
}
