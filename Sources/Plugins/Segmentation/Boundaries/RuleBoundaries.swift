/// A breaker that follows one of ICU's root rule sets without ICU, for the characters it handles.
protocol SimpleBreaker {
    /// The ICU iterator whose rules the breaker follows.
    static var kind: BreakIterator.Kind { get }

    init(text: UnsafeBufferPointer<UInt16>)

    /// The end of the segment that starts at `start` (a boundary) and ICU's rule status there,
    /// or nil when deciding it needs a character the breaker does not handle.
    func segment(from start: Int) -> (end: Int, status: Int32)?

    /// The offset just after the first character from `offset` on that ICU's rules always
    /// break after (a line break), or the text's end.
    func endOfParagraph(from offset: Int) -> Int
}

/// Boundaries by ICU's rules for a locale, found by a ``SimpleBreaker`` wherever it handles the
/// text and by ICU's iterator elsewhere, with the same result as ICU alone.
///
/// A segment the simple breaker cannot decide goes to ICU with the rest of its paragraph. ICU
/// itself looks for each boundary from the one before without looking back, so it can start at
/// any boundary. Locales whose compiled rules differ from the root's (`en_US_POSIX`) or that
/// filter ICU's boundaries (`en@ss=standard`) use ICU throughout.
///
/// Not thread-safe: keep one per worker in the ``Toolkit/StageContext``.
final class RuleBoundaries<Breaker: SimpleBreaker> {
    private let iterator: BreakIterator
    /// Whether the locale's rules are the root's, which the simple breaker follows.
    let followsRootRules: Bool

    init(locale: String) throws(ICUError) {
        iterator = try BreakIterator(Breaker.kind, locale: locale)
        if locale.contains("@") {
            followsRootRules = false
        } else {
            let rootRules = try BreakIterator(Breaker.kind, locale: "").compiledRules
            followsRootRules = try iterator.compiledRules == rootRules
        }
    }

    /// Calls `body` with every boundary after the start of `text` and ICU's rule status there.
    /// (Inlined, so that the simple breaker's loop and `body` make one loop without a call per boundary.)
    @inline(__always)
    func forEachBoundary(
        in text: UnsafeBufferPointer<UInt16>, _ body: (_ offset: Int, _ status: Int32) throws(ICUError) -> Void
    ) throws(ICUError) {
        guard followsRootRules else {
            return try iterator.forEachBoundary(in: text) { offset, status throws(ICUError) in try body(offset, status.value) }
        }
        let breaker = Breaker(text: text)
        var offset = 0
        while offset < text.count {
            if let (end, status) = breaker.segment(from: offset) {
                try body(end, status)
                offset = end
                continue
            }
            let paragraphEnd = breaker.endOfParagraph(from: offset)
            try iterator.forEachBoundary(in: UnsafeBufferPointer(rebasing: text[offset..<paragraphEnd])) {
                [offset] boundary, status throws(ICUError) in try body(offset + boundary, status.value)
            }
            offset = paragraphEnd
        }
    }
}

/// Word boundaries by ICU's word rules.
typealias WordBoundaries = RuleBoundaries<SimpleWordBreaker>
/// Sentence boundaries by ICU's sentence rules.
typealias SentenceBoundaries = RuleBoundaries<SimpleSentenceBreaker>
