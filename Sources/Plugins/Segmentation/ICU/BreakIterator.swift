import CICU

/// An ICU break iterator, owned by one worker and closed when released.
///
/// Not thread-safe: keep one per worker in the ``Toolkit/StageContext``.
final class BreakIterator {
    enum Kind: Int32 {
        case character = 0, word = 1, line = 2, sentence = 3
    }

    fileprivate let handle: OpaquePointer

    init(_ kind: Kind, locale: String) throws(ICUError) {
        var status: Int32 = 0
        let opened = cicu_breakOpen(kind.rawValue, locale, &status)
        try ICUError.check(status, "opening a \(kind) break iterator for locale '\(locale)'")
        guard let opened else { throw ICUError("opening a \(kind) break iterator", status: 5) }
        handle = opened
    }

    deinit { cicu_breakClose(handle) }

    /// The status of the rule that made the boundary the iterator stands on, read only when asked for.
    struct RuleStatus {
        fileprivate let handle: OpaquePointer
        var value: Int32 { cicu_breakRuleStatus(handle) }
    }

    /// Calls `body` with every boundary after the start of `text` and the status of the rule that made it.
    ///
    /// ICU reads the buffer in place, so the whole iteration happens inside this call.
    func forEachBoundary(
        in text: UnsafeBufferPointer<UInt16>, _ body: (_ offset: Int, _ status: RuleStatus) throws(ICUError) -> Void
    )
        throws(ICUError)
    {
        guard !text.isEmpty else { return }
        var status: Int32 = 0
        cicu_breakSetText(handle, text.baseAddress, Int32(text.count), &status)
        try ICUError.check(status, "setting the break iterator's text")
        // ICU must not keep a pointer to a buffer that is about to go away.
        defer { cicu_breakSetText(handle, nil, 0, &status) }
        _ = cicu_breakFirst(handle)
        var boundary = cicu_breakNext(handle)
        while boundary >= 0 {
            try body(Int(boundary), RuleStatus(handle: handle))
            boundary = cicu_breakNext(handle)
        }
    }
}

extension BreakIterator {
    /// ICU's compiled form of the iterator's rules: equal for two iterators that find the same boundaries.
    var compiledRules: [UInt8] {
        get throws(ICUError) {
            var status: Int32 = 0
            let length = cicu_breakBinaryRules(handle, nil, 0, &status)
            try ICUError.check(status, "reading the break iterator's rules")
            var rules = [UInt8](repeating: 0, count: Int(length))
            cicu_breakBinaryRules(handle, &rules, length, &status)
            try ICUError.check(status, "reading the break iterator's rules")
            return rules
        }
    }
}
