/// A quotation mark found in a line, with what it would cost to read it as an opening or a closing mark.
struct MarkCandidate: Sendable {
    /// Where the mark is, in UTF-16 units (two units for ` `` `).
    var range: Range<Int>
    var shape: MarkShape
    /// Low when the mark looks like it opens a quote (`space"word`), high when it looks like it closes one.
    var openCost: Int
    /// Low when the mark looks like it closes a quote (`word"space`).
    var closeCost: Int

    var markClass: MarkClass { shape.markClass }
    /// Whether the mark, left unpaired, is more likely an opening mark than a closing one.
    var leansOpen: Bool { openCost <= closeCost }
}

/// Finds the quotation marks of one line and scores each as an opener or a closer
/// from its neighbours, the way a reader does: a mark after a space and before a
/// letter opens, a mark after a letter and before a space or punctuation closes.
/// Apostrophes (`it's`, `don’t`, `'90s`) and primes after digits (`5'11″`) are left out.
struct MarkScanner: Sendable {
    let alphabet: MarkAlphabet

    /// A cost too high for any pairing to choose: the role is impossible for this mark.
    static let impossible = 1_000
    /// What it costs to read a mark in the role its shape does not usually have (`”` opening).
    static let reversalCost = 4

    func candidates(in line: Range<Int>, text: UnsafeBufferPointer<UInt16>) -> [MarkCandidate] {
        var found: [MarkCandidate] = []
        var index = line.lowerBound
        while index < line.upperBound {
            let unit = text[index]
            // Letters of most scripts, Arabic among them, lie between the Latin-1 marks and `‘`: one test skips them.
            guard unit &- 0xBC >= 0x2018 - 0xBC,
                unit < 0x80 ? (unit == 0x22 || unit == 0x27 || unit == 0x60) : MarkAlphabet.isQuoteCharacter(unit),
                let shape = alphabet.shape(of: unit)
            else {
                index += 1
                continue
            }
            var length = 1
            if unit == 0x60 {
                guard index + 1 < line.upperBound, text[index + 1] == 0x60 else {
                    index += 1
                    continue
                }
                length = 2
            }
            let range = index..<(index + length)
            index += length
            if isApostropheOrPrime(unit, at: range, in: line, text: text) { continue }
            let before = neighbourKind(before: range.lowerBound, in: line, text: text)
            let after = neighbourKind(after: range.upperBound, in: line, text: text)
            var (openCost, closeCost) = Self.costs(before: before, after: after)
            switch shape.bias {
            case .opens: closeCost = shape.reversible ? closeCost + Self.reversalCost : Self.impossible
            case .closes: openCost = shape.reversible ? openCost + Self.reversalCost : Self.impossible
            case .either: break
            }
            found.append(MarkCandidate(range: range, shape: shape, openCost: openCost, closeCost: closeCost))
        }
        return found
    }

    /// Costs of reading a mark as opener and as closer, from the kinds of its neighbours. Reading a mark
    /// against a clear look (`space"word` as a closer) costs more than leaving two marks unpaired.
    static func costs(before: CharacterKind, after: CharacterKind) -> (open: Int, close: Int) {
        switch (before, after) {
        case (.space, .word), (.opening, .word): (0, 11)
        case (.space, .opening), (.opening, .opening), (.opening, .punctuation), (.punctuation, .word): (1, 5)
        case (.space, .punctuation): (2, 4)
        case (.word, .space), (.word, .closing), (.word, .punctuation): (11, 0)
        case (.closing, .space), (.closing, .closing), (.closing, .punctuation), (.punctuation, .closing): (6, 1)
        case (.punctuation, .space), (.punctuation, .punctuation), (.word, .opening): (5, 1)
        default: (3, 3)
        }
    }

    /// `it's`, `don’t`, `'90s`, `5'11`, `12″`: marks that are part of a word or a number, not quotation marks.
    private func isApostropheOrPrime(
        _ unit: UInt16, at range: Range<Int>, in line: Range<Int>, text: UnsafeBufferPointer<UInt16>
    ) -> Bool {
        let previous = range.lowerBound > line.lowerBound ? text[range.lowerBound - 1] : 0x20
        let next = range.upperBound < line.upperBound ? text[range.upperBound] : 0x20
        let previousIsWord = CharacterKind(previous) == .word
        let nextIsWord = CharacterKind(next) == .word
        let previousIsDigit = previous >= 0x30 && previous <= 0x39
        let nextIsDigit = next >= 0x30 && next <= 0x39
        switch unit {
        case 0x27, 0x2019, 0x2018:
            return (previousIsWord && nextIsWord) || (nextIsDigit && !previousIsWord)
                || (unit == 0x27 && previousIsDigit)
        case 0x2033:
            return previousIsDigit
        case 0x22:  // 5'11"
            return previousIsDigit && isFeetAndInches(before: range.lowerBound, in: line, text: text)
        default:
            return false
        }
    }

    /// How many quotation marks in a row a neighbour is looked for past (`"'word`); bounded so that a run of
    /// marks stays linear.
    private static let neighbourReach = 3

    /// Whether digits, an apostrophe and digits end at `offset` (`5'11`), so a `"` there means inches.
    private func isFeetAndInches(before offset: Int, in line: Range<Int>, text: UnsafeBufferPointer<UInt16>) -> Bool {
        var index = offset - 1
        while index > line.lowerBound && index > offset - 4 && (0x30...0x39).contains(text[index]) { index -= 1 }
        return index > line.lowerBound && text[index] == 0x27 && (0x30...0x39).contains(text[index - 1])
    }

    /// The kind of the nearest character before `offset` that is not a quotation mark; a line start reads as space.
    private func neighbourKind(before offset: Int, in line: Range<Int>, text: UnsafeBufferPointer<UInt16>)
        -> CharacterKind
    {
        var index = offset - 1
        while index >= line.lowerBound && index >= offset - Self.neighbourReach {
            if !MarkAlphabet.isQuoteCharacter(text[index]) { return CharacterKind(text[index]) }
            index -= 1
        }
        return index < line.lowerBound ? .space : .punctuation
    }

    /// The kind of the nearest character from `offset` on that is not a quotation mark; a line end reads as space.
    private func neighbourKind(after offset: Int, in line: Range<Int>, text: UnsafeBufferPointer<UInt16>)
        -> CharacterKind
    {
        var index = offset
        while index < line.upperBound && index < offset + Self.neighbourReach {
            if !MarkAlphabet.isQuoteCharacter(text[index]) { return CharacterKind(text[index]) }
            index += 1
        }
        return index >= line.upperBound ? .space : .punctuation
    }
}
