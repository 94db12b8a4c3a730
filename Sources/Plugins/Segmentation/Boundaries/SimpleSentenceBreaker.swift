/// ICU's root sentence rules (UAX #29, SB1–SB998) computed without ICU: the same boundaries
/// and rule statuses as ICU's sentence iterator, for text without surrogates.
struct SimpleSentenceBreaker: SimpleBreaker {
    static let kind = BreakIterator.Kind.sentence
    /// ICU's rule status for a sentence ended by a line break or the end of the text (UBRK_SENTENCE_SEP).
    static let separatorStatus: Int32 = 100

    private let classes: ClassifiedUnits<SentenceBreakClass>
    private let text: UnsafeBufferPointer<UInt16>

    init(text: UnsafeBufferPointer<UInt16>) {
        self.text = text
        classes = ClassifiedUnits(units: text, table: SentenceBreakClass.table)
    }

    func segment(from start: Int) -> (end: Int, status: Int32)? {
        var offset = start
        while true {
            offset = nextStop(from: offset)
            guard offset < text.count else { return (text.count, Self.separatorStatus) }
            switch classes[offset] {
            case .carriageReturn, .lineFeed, .separator:  // SB3, SB4
                return (afterParagraphSeparator(at: offset), Self.separatorStatus)
            case .aTerm, .sTerm:
                switch afterTerminator(at: offset, previous: classBefore(offset, after: start)) {
                case .boundary(let end, let status): return (end, status)
                case .continues(let next): offset = next
                case .undecided: return nil
                }
            default:
                return nil
            }
        }
    }

    /// The first offset from `offset` on whose class stops a scan, or the text's end; eight units
    /// at a time, as most of a sentence's units do not stop it.
    @inline(__always)
    private func nextStop(from offset: Int) -> Int {
        let classes = classes  // a copy the loop keeps in registers
        var offset = offset
        // Below `text.count - 8`, offsets cannot overflow: the block's arithmetic goes unchecked.
        while offset <= text.count - 8 {
            let merged = classes[offset].rawValue | classes[offset &+ 1].rawValue | classes[offset &+ 2].rawValue
                | classes[offset &+ 3].rawValue | classes[offset &+ 4].rawValue | classes[offset &+ 5].rawValue
                | classes[offset &+ 6].rawValue | classes[offset &+ 7].rawValue
            if SentenceBreakClass.mayStopScan(merged: merged) {
                for stop in offset..<offset &+ 8 where classes[stop].stopsScan { return stop }
            }
            offset &+= 8
        }
        while offset < text.count, !classes[offset].stopsScan { offset += 1 }
        return offset
    }

    /// The class of the character before `offset`, marks and format controls aside, or `other`
    /// at the segment's start (for SB7).
    private func classBefore(_ offset: Int, after start: Int) -> SentenceBreakClass {
        var offset = offset - 1
        while offset >= start {
            let found = classes[offset]
            if found != .extend { return found }
            offset -= 1
        }
        return .other
    }

    /// What follows a terminator: a boundary after its closing punctuation and spaces, or the
    /// sentence going on where a rule says so.
    private enum AfterTerminator {
        case boundary(end: Int, status: Int32)
        /// The sentence goes on at `offset`.
        case continues(offset: Int)
        case undecided
    }

    private func afterTerminator(at terminator: Int, previous: SentenceBreakClass) -> AfterTerminator {
        let isFullStop = classes[terminator] == .aTerm
        var offset = classes.skipping(.extend, from: terminator + 1)
        guard offset < text.count else { return .boundary(end: offset, status: 0) }
        let next = classes[offset]
        if next == .unhandled { return .undecided }
        // SB6: `3.5`; SB7: `U.S`.
        if isFullStop, next == .numeric || (next == .upper && (previous == .upper || previous == .lower)) {
            return .continues(offset: offset)
        }
        while offset < text.count, classes[offset] == .close { offset = classes.skipping(.extend, from: offset + 1) }
        while offset < text.count, classes[offset] == .space { offset = classes.skipping(.extend, from: offset + 1) }
        guard offset < text.count else { return .boundary(end: offset, status: 0) }
        let following = classes[offset]
        switch following {
        case .unhandled:
            return .undecided
        case .sContinue, .aTerm, .sTerm:  // SB8a
            return .continues(offset: offset)
        case .carriageReturn, .lineFeed, .separator:  // SB9–SB11
            return .boundary(end: afterParagraphSeparator(at: offset), status: 0)
        default:
            guard isFullStop else { return .boundary(end: offset, status: 0) }
            // SB8: after a full stop, no boundary before a lower-case letter that comes before
            // any other letter, terminator or separator.
            var ahead = offset
            while ahead < text.count {
                switch classes[ahead] {
                case .lower: return .continues(offset: offset)
                case .unhandled: return .undecided
                case .oLetter, .upper, .separator, .carriageReturn, .lineFeed, .aTerm, .sTerm:
                    return .boundary(end: offset, status: 0)
                default: ahead = classes.skipping(.extend, from: ahead + 1)
                }
            }
            return .boundary(end: offset, status: 0)
        }
    }

    /// The offset after the separator at `offset`, a carriage return and line feed counting as one.
    private func afterParagraphSeparator(at offset: Int) -> Int {
        classes[offset] == .carriageReturn && offset + 1 < text.count && text[offset + 1] == 0x0A ? offset + 2 : offset + 1
    }

    func endOfParagraph(from offset: Int) -> Int {
        var offset = offset
        while offset < text.count, !classes[offset].isParagraphSeparator { offset += 1 }
        return offset < text.count ? afterParagraphSeparator(at: offset) : offset
    }
}
