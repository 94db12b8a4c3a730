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
    /// A document's output in UTF-16: the text between units is copied in and each unit is
    /// transformed in place where it lands. It grows when a result needs more room, and stays grown.
    private var buffer: UnsafeMutableBufferPointer<UInt16>
    /// The output as UTF-8, from which its string is made.
    private var utf8: UnsafeMutableBufferPointer<UInt8>
    /// Output units per input unit that the buffer is sized for, learned from results that did not fit.
    private var expansion = 2

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
        buffer = .allocate(capacity: 256)
        utf8 = .allocate(capacity: 256)
    }

    deinit {
        cicu_translitClose(handle)
        buffer.deallocate()
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
                reserve(unitStart + range.count * expansion + 16, keeping: length)
                (buffer.baseAddress! + length).initialize(from: source.baseAddress! + copied, count: range.upperBound - copied)
                length = unitStart + (try transformInPlace(at: unitStart, UnsafeBufferPointer(rebasing: source[range])))
                // Output offsets in UTF-16 until the output is complete.
                segments.append(AlignedSegment(source: span, output: Span(start: unitStart, end: length)))
                copied = range.upperBound
                next = span.end
            }
            reserve(length + source.count - copied, keeping: length)
            if let rest = source.baseAddress { (buffer.baseAddress! + length).initialize(from: rest + copied, count: source.count - copied) }
            length += source.count - copied
        }
        return aligned(length: length, segments: segments, source: view, scheme: scheme)
    }

    /// Transforms a whole string.
    func transform(_ text: String) throws(TransliterationError) -> String {
        let units = Array(text.utf16)
        return try units.withUnsafeBufferPointer { units throws(TransliterationError) in
            reserve(units.count * expansion + 16, keeping: 0)
            if let source = units.baseAddress { buffer.baseAddress!.initialize(from: source, count: units.count) }
            let length = try transformInPlace(at: 0, units)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<length]), as: UTF16.self)
        }
    }

    /// Transforms the text at `buffer[start...]`, a copy of `text`, in place; returns the output's length.
    /// When the output does not fit, the buffer grows and `text` is copied in again.
    @inline(__always)
    private func transformInPlace(at start: Int, _ text: UnsafeBufferPointer<UInt16>) throws(TransliterationError) -> Int {
        while true {
            var length = Int32(text.count)
            var status: Int32 = 0
            cicu_translitApply(handle, buffer.baseAddress! + start, &length, Int32(clamping: buffer.count - start), &status)
            if status == Self.bufferOverflow {
                expansion += 1
                reserve(start + max(Int(length), text.count * expansion + 16), keeping: start)
                if let source = text.baseAddress { (buffer.baseAddress! + start).initialize(from: source, count: text.count) }
                continue
            }
            try TransliterationError.check(status, "transliterating")
            return Int(length)
        }
    }

    /// The aligned text of a finished output of `length` units, whose segments have UTF-16 output offsets.
    private func aligned(length: Int, segments: [AlignedSegment], source: TextView, scheme: String) -> AlignedText {
        var segments = segments
        let output = UnsafeBufferPointer(rebasing: buffer[..<length])
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

    /// Makes room for `capacity` units, keeping the first `kept`.
    @inline(__always)
    private func reserve(_ capacity: Int, keeping kept: Int) {
        if capacity > buffer.count { grow(to: capacity, keeping: kept) }
    }

    private func grow(to capacity: Int, keeping kept: Int) {
        let grown = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: max(capacity, buffer.count * 2))
        grown.baseAddress!.initialize(from: buffer.baseAddress!, count: kept)
        buffer.deallocate()
        buffer = grown
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

    /// ICU's U_BUFFER_OVERFLOW_ERROR.
    private static let bufferOverflow: Int32 = 15
}
