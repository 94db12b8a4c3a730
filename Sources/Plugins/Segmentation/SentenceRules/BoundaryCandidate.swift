/// A place where a sentence may end: a run of terminators (`.`, `...`, `?!`, `؟`),
/// the closing quotes and brackets right after it, and what follows.
///
/// Offsets are UTF-16 offsets into the ``SentenceText``. Invisible format
/// characters may sit anywhere among these parts; they are passed over.
struct BoundaryCandidate {
    let text: SentenceText
    /// Where the sentence that the candidate would end starts.
    let sentenceStart: Int
    /// The run of terminators.
    let terminator: Range<Int>
    /// Where the sentence's text ends if it ends here: after the terminators, the
    /// closing quotes and brackets, and format characters attached to them.
    let contentEnd: Int
    /// The first visible character after the white space that follows, or the text's end.
    let next: Int
    /// Whether white space lies between ``contentEnd`` and ``next``.
    let isSpaced: Bool
    /// Whether that white space holds a line break (then the sentence always ends).
    let crossesLine: Bool
    /// Whether ICU put a boundary here.
    let icuSplits: Bool
    /// Whether the terminator is one full stop (not an ellipsis, not `?` or `!`).
    let isSinglePeriod: Bool
    /// Whether closing quotes or brackets follow the terminator.
    let hasClosers: Bool
    /// What kind of text follows.
    let following: Following
    /// The word right before the terminator; left empty when the candidate ends its
    /// line or the text, where the sentence ends whatever the rules would say.
    let wordBefore: Word

    /// The candidate whose terminator run starts at `start`.
    init(terminatorAt start: Int, in text: SentenceText, sentenceStart: Int, icuSplits: Bool) {
        self.text = text
        self.sentenceStart = sentenceStart
        self.icuSplits = icuSplits
        var offset = start
        var terminatorEnd = start
        var terminators = 0
        while let c = text.visible(from: offset), CharacterClass.isTerminator(c.value) {
            terminators += 1
            terminatorEnd = c.end
            offset = c.end
        }
        terminator = start..<terminatorEnd
        isSinglePeriod = terminators == 1 && text.units[start] == 0x2E
        var contentEnd = terminatorEnd
        while let c = text.visible(from: offset), CharacterClass.isClosing(c.value) {
            contentEnd = c.end
            offset = c.end
        }
        hasClosers = contentEnd > terminatorEnd
        // Format characters written right after the sentence belong to it; after white space, to the next one.
        while offset < text.count, CharacterClass.isInvisible(text.character(at: offset).value) {
            offset = text.character(at: offset).end
            contentEnd = offset
        }
        self.contentEnd = contentEnd
        var spaced = false
        var crossesLine = false
        while offset < text.count {
            let c = text.character(at: offset)
            if CharacterClass.isWhiteSpace(c.value) {
                spaced = true
                if CharacterClass.isLineEnd(c.value) { crossesLine = true }
            } else if !CharacterClass.isInvisible(c.value) {
                break
            }
            offset = c.end
        }
        next = offset
        isSpaced = spaced
        self.crossesLine = crossesLine
        following = offset < text.count ? Following(text.character(at: offset).value) : .end
        let endsForSure = crossesLine || offset == text.count
        wordBefore = endsForSure ? .empty(at: start) : Word(endingAt: start, in: text, from: sentenceStart)
    }

    /// The candidate behind an ICU boundary, or `nil` when no terminator precedes it (a line break, the text's end).
    init?(icuBoundary boundary: Int, in text: SentenceText, sentenceStart: Int) {
        var offset = boundary
        while offset > sentenceStart {
            let c = text.character(endingAt: offset)
            guard CharacterClass.isWhiteSpace(c.value) || CharacterClass.isInvisible(c.value)
                || CharacterClass.isClosing(c.value)
            else { break }
            offset = c.start
        }
        var start = offset
        while let c = text.visible(before: start), c.start >= sentenceStart, CharacterClass.isTerminator(c.value) {
            start = c.start
        }
        guard start < offset else { return nil }
        self.init(terminatorAt: start, in: text, sentenceStart: sentenceStart, icuSplits: true)
    }

    // MARK: The terminator

    /// Whether the terminator is an ellipsis: `…`, or two or more full stops.
    var isEllipsis: Bool {
        var periods = 0
        var offset = terminator.lowerBound
        while offset < terminator.upperBound {
            let c = text.character(at: offset)
            switch c.value {
            case 0x2026: periods += 3
            case 0x2E: periods += 1
            case _ where CharacterClass.isInvisible(c.value): break
            default: return false
            }
            offset = c.end
        }
        return periods >= 2
    }

    // MARK: Before the terminator

    /// Whether a number comes right before the word (`2015 م.`, `10 a.m.`), on the same line.
    var wordBeforeFollowsNumber: Bool {
        var offset = wordBefore.range.lowerBound
        while let c = text.visible(before: offset), c.start >= sentenceStart {
            if CharacterClass.isDigit(c.value) { return true }
            guard CharacterClass.isWhiteSpace(c.value), !CharacterClass.isLineEnd(c.value) else { return false }
            offset = c.start
        }
        return false
    }

    /// Whether the word before stands alone: no apostrophe or digit is attached
    /// to its start (`s` in `12's` and `t` in `don't` are not words).
    var wordBeforeStandsAlone: Bool {
        guard let c = text.visible(before: wordBefore.range.lowerBound), c.start >= sentenceStart else { return true }
        return c.value != 0x27 && c.value != 0x2019 && !CharacterClass.isDigit(c.value)
    }

    /// The visible character right before the terminator, in this sentence.
    var characterBefore: SentenceText.Character? {
        text.visible(before: terminator.lowerBound).flatMap { $0.start >= sentenceStart ? $0 : nil }
    }

    // MARK: After the candidate

    /// What kind of text follows a candidate.
    enum Following: Equatable {
        case end, lowercase, uppercase, uncased, digit, other

        /// The kind of text that starts with `c`: a lowercase or uppercase letter, a
        /// letter of a script without case (Arabic), a digit, or something else.
        init(_ c: Int32) {
            switch c {
            case 0x621...0x64A, 0x671...0x6D3: self = .uncased  // Arabic letters
            case _ where CharacterClass.isLetter(c):
                self = CharacterClass.isLowercase(c) ? .lowercase : CharacterClass.isUppercase(c) ? .uppercase : .uncased
            case _ where CharacterClass.isDigit(c): self = .digit
            default: self = .other
            }
        }
    }

    /// The word that follows: letters with their marks, up to the first other character.
    var nextWord: Range<Int> {
        var end = next
        while end < text.count {
            let c = text.character(at: end)
            guard CharacterClass.isWordPart(c.value) else { break }
            end = c.end
        }
        return next..<end
    }

    /// Whether a full stop ends the next word (`بي.` in `بي. بي. سي`).
    var nextWordHasPeriod: Bool {
        let end = nextWord.upperBound
        return end < text.count && text.units[end] == 0x2E
    }
}

extension BoundaryCandidate {
    /// The word before a terminator: letters with their marks, and the full stops
    /// inside a dotted abbreviation (`e.g`, `U.S`, `ق.م`). Empty when a digit or a
    /// symbol comes first, and when it is longer than ``maximumLength``: no rule
    /// asks about such a word, and reading it again at every full stop inside it
    /// (`a.b.c.d…`) would make the cost grow with the square of its length.
    struct Word {
        /// The longest word read, in code points.
        static let maximumLength = 24

        let range: Range<Int>
        /// Its letters, not counting marks, tatweel or format characters.
        let letters: Int
        /// The full stops inside it (`U.S` has one).
        let periods: Int
        /// The most letters between two of its full stops.
        let longestPart: Int
        /// The hash of its lookup key (``SentenceText/keyHash(_:)``), made once for every lookup.
        let hash: UInt64

        var isEmpty: Bool { range.isEmpty }
        /// Whether it is a dotted abbreviation: short parts joined by full stops (`e.g`, `U.S`, `Ph.D`, `ق.م`).
        var isDotted: Bool { periods > 0 && longestPart <= 3 }

        private init(range: Range<Int>, letters: Int, periods: Int, longestPart: Int, hash: UInt64) {
            self.range = range
            self.letters = letters
            self.periods = periods
            self.longestPart = longestPart
            self.hash = hash
        }

        /// No word, at `offset`.
        static func empty(at offset: Int) -> Word {
            Word(range: offset..<offset, letters: 0, periods: 0, longestPart: 0, hash: KeyHash().value)
        }

        /// The word that ends at `end`, no earlier than `start`.
        init(endingAt end: Int, in text: SentenceText, from start: Int) {
            var begin = end
            var letters = 0
            var periods = 0
            var part = 0
            var longestPart = 0
            var hash = KeyHash()
            var length = 0
            while begin > start {
                length += 1
                if length > Self.maximumLength {
                    self = .empty(at: end)
                    return
                }
                let c = text.character(endingAt: begin)
                if CharacterClass.isLetter(c.value) {
                    if c.value != 0x640 {  // tatweel only stretches a word
                        letters += 1
                        part += 1
                        longestPart = max(longestPart, part)
                        hash.add(c, in: text)
                    }
                } else if CharacterClass.isIgnoredInWords(c.value) {
                    // Marks and format characters belong to the word but not to its key.
                } else if c.value == 0x2E, c.start > start, CharacterClass.isLetter(text.character(endingAt: c.start).value) {
                    periods += 1
                    part = 0
                    hash.add(c, in: text)
                } else {
                    break
                }
                begin = c.start
            }
            self.init(range: begin..<end, letters: letters, periods: periods, longestPart: longestPart, hash: hash.value)
        }
    }
}
