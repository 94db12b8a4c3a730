import CICU
import Foundation
import Toolkit

/// What an ICU transliterator is opened from.
enum ICUTransformSpec: Sendable, Hashable {
    /// A transform ID: `Arabic-Latin`, `Any-Latin; Latin-ASCII`, `[:Arabic:] Any-Latin`.
    case id(String)
    /// Transform rules; `name` is the ID ICU gives the result, `origin` says where the rules came from, for errors.
    case rules(name: String, text: String, origin: String)
}

/// An open ICU transliterator and the buffers it transforms text in, owned by
/// one worker, reused for every document and closed when released.
///
/// Not thread-safe: keep one per worker in the ``Toolkit/StageContext``.
final class ICUTransliterator {
    private let handle: OpaquePointer
    /// A document's output in UTF-16: the text between units is copied in and ICU transforms each
    /// unit in place where it lands, growing the buffer when a result needs more room. It stays grown.
    /// (Behind a pointer: passing a class's stored property `inout` to C costs a run-time exclusivity check.)
    private let output: UnsafeMutablePointer<CICUTextBuffer>
    /// The output buffer's units; it holds at least 256 from the start.
    private var outputUnits: UnsafeMutablePointer<UInt16> { output.pointee.units! }
    /// The output as UTF-8, from which its string is made.
    private var utf8: UnsafeMutableBufferPointer<UInt8>

    init(_ spec: ICUTransformSpec, reverse: Bool) throws(TransliterationError) {
        let direction = Int32(reverse ? CICU_REVERSE : CICU_FORWARD)
        var status: Int32 = 0
        var opened: OpaquePointer?
        switch spec {
        case .id(let id):
            opened = Self.open(id: id, direction: direction, status: &status)
            if status > 0 || opened == nil { throw Self.openingError(id: id, reverse: reverse, status: status) }
        case .rules(let name, let text, let origin):
            let nameUnits = Array(name.utf16)
            let ruleUnits = Array(text.utf16)
            var errorLine: Int32 = 0
            var errorOffset: Int32 = 0
            opened = cicu_translitOpen(
                nameUnits, Int32(nameUnits.count), direction, ruleUnits, Int32(ruleUnits.count),
                &errorLine, &errorOffset, &status)
            if status > 0 || opened == nil {
                throw TransliterationError.rulesSyntax(
                    RulesSyntaxError(rules: text, origin: origin, utf16Offset: Int(errorOffset), status: status))
            }
        }
        handle = opened!
        utf8 = .allocate(capacity: 256)
        output = .allocate(capacity: 1)
        output.initialize(to: CICUTextBuffer())
        reserve(256)
    }

    deinit {
        cicu_translitClose(handle)
        cicu_textBufferFree(output)
        output.deallocate()
        utf8.deallocate()
    }

    /// A document's text with each unit transformed on its own and the text between units copied
    /// unchanged, aligned unit by unit. `units` are in text order; one that overlaps the previous is skipped.
    ///
    /// Everything happens in UTF-16 in the worker's buffer: the text between units and the next unit
    /// are copied in with one copy, and ICU transforms the unit where it lands. The output becomes
    /// UTF-8 and a string once, at the end; output that is the source unchanged shares the document's string.
    func transformUnits<Unit: SpanAnnotation>(
        of view: TextView, _ units: [Unit], scheme: String
    ) throws(TransliterationError) -> AlignedText {
        var segments: [AlignedSegment] = []
        segments.reserveCapacity(units.count)
        var length = 0
        try view.utf16.withUnsafeBufferPointer { source throws(TransliterationError) in
            let rangesAreSpans = view.utf16IsScalarAligned
            var copied = 0  // the source is in the output up to this UTF-16 offset
            var next = 0  // the code point where the next unit may start
            // `unit.span`, not `units.lazy.map(\.span)`: the key path cost about 14 instructions a token.
            for unit in units {
                let span = unit.span
                guard span.start >= next && !span.isEmpty else { continue }
                let range = rangesAreSpans ? span.start..<span.end : view.utf16Range(span)
                let unitStart = length + range.lowerBound - copied
                reserve(unitStart + range.count)
                (outputUnits + length).initialize(from: source.baseAddress! + copied, count: range.upperBound - copied)
                length = unitStart + (try transformInPlace(at: unitStart, count: range.count))
                // Output offsets in UTF-16 until the output is complete.
                segments.append(AlignedSegment(source: span, output: Span(start: unitStart, end: length)))
                copied = range.upperBound
                next = span.end
            }
            reserve(length + source.count - copied)
            if let rest = source.baseAddress { (outputUnits + length).initialize(from: rest + copied, count: source.count - copied) }
            length += source.count - copied
        }
        return aligned(length: length, segments: segments, source: view, scheme: scheme)
    }

    /// Transforms a whole string.
    func transform(_ text: String) throws(TransliterationError) -> String {
        let units = Array(text.utf16)
        return try units.withUnsafeBufferPointer { units throws(TransliterationError) in
            reserve(units.count)
            if let source = units.baseAddress { outputUnits.initialize(from: source, count: units.count) }
            let length = try transformInPlace(at: 0, count: units.count)
            return String(decoding: UnsafeBufferPointer(start: outputUnits, count: length), as: UTF16.self)
        }
    }

    /// Transforms the `count` units at `output.units[start...]` in place; returns the result's length.
    @inline(__always)
    private func transformInPlace(at start: Int, count: Int) throws(TransliterationError) -> Int {
        var status: Int32 = 0
        let length = cicu_translitApplyInBuffer(handle, output, Int32(start), Int32(count), &status)
        try TransliterationError.check(status, "transliterating")
        return Int(length)
    }

    /// The aligned text of a finished output of `length` units, whose segments have UTF-16 output offsets.
    private func aligned(length: Int, segments: [AlignedSegment], source: TextView, scheme: String) -> AlignedText {
        var segments = segments
        let output = UnsafeBufferPointer(start: outputUnits, count: length)
        let unchanged =
            length == source.utf16.count
            && source.utf16.withUnsafeBufferPointer { length == 0 || memcmp($0.baseAddress!, output.baseAddress!, length * 2) == 0 }
        let text: String
        let hasPairs: Bool
        if unchanged {
            text = source.text
            hasPairs = !source.utf16IsScalarAligned
        } else {
            if utf8.count < length * 3 {
                utf8.deallocate()
                utf8 = .allocate(capacity: length * 3)
            }
            let written = transcodeUTF16(output, into: utf8.baseAddress!)
            text = String(unvalidatedUTF8: UnsafeBufferPointer(rebasing: utf8[..<written.bytes]))
            hasPairs = written.pairs > 0
        }
        if hasPairs { convertOutputOffsetsToCodePoints(&segments, in: output) }
        return AlignedText(scheme: scheme, text: text, segments: segments)
    }

    /// Makes room for `capacity` units of output, keeping those already there.
    @inline(__always)
    private func reserve(_ capacity: Int) {
        if capacity > output.pointee.capacity && cicu_textBufferReserve(output, Int32(clamping: capacity)) == 0 {
            fatalError("out of memory for a transliteration buffer of \(capacity) UTF-16 units")
        }
    }

    /// The code points this transform may change, as ranges.
    func sourceRanges() throws(TransliterationError) -> [ClosedRange<UInt32>] {
        var status: Int32 = 0
        var capacity: Int32 = 64
        while true {
            var ranges = [Int32](repeating: 0, count: Int(capacity) * 2)
            let count = cicu_translitSourceRanges(handle, &ranges, capacity, &status)
            try TransliterationError.check(status, "reading the transform's source set")
            if count > capacity {
                capacity = count
                continue
            }
            return (0..<Int(count)).map { UInt32(ranges[2 * $0])...UInt32(ranges[2 * $0 + 1]) }
        }
    }
}
