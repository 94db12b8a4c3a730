/// ICU's root sentence rules (UAX #29, SB1–SB998) computed without ICU: the same boundaries
/// and rule statuses as ICU's sentence iterator, for text without surrogates.
struct SimpleSentenceBreaker: SimpleBreaker {
    static let kind = BreakIterator.Kind.sentence
    /// ICU's rule status for a sentence ended by a line break or the end of the text (UBRK_SENTENCE_SEP).
    static let separatorStatus: Int32 = 100

    private let classes: UnsafeBufferPointer<SentenceBreakClass>
    private let text: UnsafeBufferPointer<UInt16>

    init(text: UnsafeBufferPointer<UInt16>) {
        self.text = text
        classes = SentenceBreakClass.table
    }

    func segment(from start: Int) -> (end: Int, status: Int32)? {
        var offset = start
        // The character before `offset`, marks and format controls aside (for SB7).
        var previous = SentenceBreakClass.other
        while offset < text.count {
            let current = classOf(offset)
            switch current {
            case .unhandled:
                return nil
            case .carriageReturn, .lineFeed, .separator:  // SB3, SB4
                return (afterParagraphSeparator(at: offset), Self.separatorStatus)
            case .aTerm, .sTerm:
                switch afterTerminator(at: offset, previous: previous) {
                case .boundary(let end, let status): return (end, status)
                case .continues(let next, let before): (offset, previous) = (next, before)
                case .undecided: return nil
                }
            default:
                previous = current
                offset = skippingExtend(from: offset + 1)
            }
        }
        return (text.count, Self.separatorStatus)
    }

    /// What follows a terminator: a boundary after its closing punctuation and spaces, or the
    /// sentence going on where a rule says so.
    private enum AfterTerminator {
        case boundary(end: Int, status: Int32)
        /// The sentence goes on at `offset`, after a character of class `previous`.
        case continues(offset: Int, previous: SentenceBreakClass)
        case undecided
    }

    private func afterTerminator(at terminator: Int, previous: SentenceBreakClass) -> AfterTerminator {
        let isFullStop = classOf(terminator) == .aTerm
        var offset = skippingExtend(from: terminator + 1)
        guard offset < text.count else { return .boundary(end: offset, status: 0) }
        var before = classOf(terminator)
        let next = classOf(offset)
        if next == .unhandled { return .undecided }
        // SB6: `3.5`; SB7: `U.S`.
        if isFullStop, next == .numeric || (next == .upper && (previous == .upper || previous == .lower)) {
            return .continues(offset: offset, previous: before)
        }
        while offset < text.count, classOf(offset) == .close {
            (before, offset) = (.close, skippingExtend(from: offset + 1))
        }
        while offset < text.count, classOf(offset) == .space {
            (before, offset) = (.space, skippingExtend(from: offset + 1))
        }
        guard offset < text.count else { return .boundary(end: offset, status: 0) }
        let following = classOf(offset)
        switch following {
        case .unhandled:
            return .undecided
        case .sContinue, .aTerm, .sTerm:  // SB8a
            return .continues(offset: offset, previous: before)
        case .carriageReturn, .lineFeed, .separator:  // SB9–SB11
            return .boundary(end: afterParagraphSeparator(at: offset), status: 0)
        default:
            guard isFullStop else { return .boundary(end: offset, status: 0) }
            // SB8: after a full stop, no boundary before a lower-case letter that comes before
            // any other letter, terminator or separator.
            var ahead = offset
            while ahead < text.count {
                switch classOf(ahead) {
                case .lower: return .continues(offset: offset, previous: before)
                case .unhandled: return .undecided
                case .oLetter, .upper, .separator, .carriageReturn, .lineFeed, .aTerm, .sTerm:
                    return .boundary(end: offset, status: 0)
                default: ahead = skippingExtend(from: ahead + 1)
                }
            }
            return .boundary(end: offset, status: 0)
        }
    }

    /// The offset after the separator at `offset`, a carriage return and line feed counting as one.
    private func afterParagraphSeparator(at offset: Int) -> Int {
        classOf(offset) == .carriageReturn && offset + 1 < text.count && text[offset + 1] == 0x0A ? offset + 2 : offset + 1
    }

    func endOfParagraph(from offset: Int) -> Int {
        var offset = offset
        while offset < text.count, !classOf(offset).isParagraphSeparator { offset += 1 }
        return offset < text.count ? afterParagraphSeparator(at: offset) : offset
    }

    /// The first offset from `offset` on that is not a mark or a format control.
    @inline(__always)
    private func skippingExtend(from offset: Int) -> Int {
        var offset = offset
        while offset < text.count, classOf(offset) == .extend { offset += 1 }
        return offset
    }

    @inline(__always)
    private func classOf(_ offset: Int) -> SentenceBreakClass { classes[Int(text[offset])] }
}
