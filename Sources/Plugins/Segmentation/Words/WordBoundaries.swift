import CICU

/// Word boundaries by ICU's word rules for a locale, found by ``SimpleWordBreaker`` wherever it
/// handles the text and by ICU's iterator elsewhere, with the same result as ICU alone.
///
/// A segment holding or followed by a character the simple breaker does not handle goes to ICU,
/// with the rest of its line. ICU itself looks for each boundary from the one before without
/// looking back, so it can start at any boundary. Locales whose word rules differ from the
/// root's (`en_US_POSIX`) use ICU throughout.
///
/// Not thread-safe: keep one per worker in the ``Toolkit/StageContext``.
final class WordBoundaries {
    private let iterator: BreakIterator
    /// Whether the locale's word rules are the root's, which the simple breaker follows.
    let followsRootRules: Bool

    init(locale: String) throws(ICUError) {
        iterator = try BreakIterator(.word, locale: locale)
        followsRootRules = try iterator.compiledRules == BreakIterator(.word, locale: "").compiledRules
    }

    /// Calls `body` with every boundary after the start of `text` and ICU's rule status there.
    func forEachBoundary(
        in text: UnsafeBufferPointer<UInt16>, _ body: (_ offset: Int, _ status: Int32) throws(ICUError) -> Void
    ) throws(ICUError) {
        guard followsRootRules else {
            return try iterator.forEachBoundary(in: text) { offset, status throws(ICUError) in try body(offset, status.value) }
        }
        try WordBreakClass.table.withUnsafeBufferPointer { classes throws(ICUError) in
            let breaker = SimpleWordBreaker(text: text, classes: classes)
            var offset = 0
            while offset < text.count {
                if let (end, status) = breaker.segment(from: offset) {
                    try body(end, status)
                    offset = end
                    continue
                }
                let lineEnd = Self.endOfLine(from: offset, in: text, classes: classes)
                try iterator.forEachBoundary(in: UnsafeBufferPointer(rebasing: text[offset..<lineEnd])) {
                    [offset] boundary, status throws(ICUError) in try body(offset + boundary, status.value)
                }
                offset = lineEnd
            }
        }
    }

    /// The offset after the line break that ends the line holding `offset`, or the text's end.
    private static func endOfLine(
        from offset: Int, in text: UnsafeBufferPointer<UInt16>, classes: UnsafeBufferPointer<WordBreakClass>
    ) -> Int {
        var offset = offset
        while offset < text.count {
            switch classes[Int(text[offset])] {
            case .lineFeed, .newline:
                return offset + 1
            case .carriageReturn:
                return offset + 1 < text.count && text[offset + 1] == 0x0A ? offset + 2 : offset + 1
            default:
                offset += 1
            }
        }
        return offset
    }
}
