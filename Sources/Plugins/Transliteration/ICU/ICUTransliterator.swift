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

/// An open ICU transliterator and the buffer it transforms text in, owned by
/// one worker, reused for every document and closed when released.
///
/// Not thread-safe: keep one per worker in the ``Toolkit/StageContext``.
final class ICUTransliterator {
    private let handle: OpaquePointer
    /// The text is copied here and transformed in place; it grows when a result needs more room.
    private var buffer: UnsafeMutableBufferPointer<UInt16>
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
    }

    deinit {
        cicu_translitClose(handle)
        buffer.deallocate()
    }

    /// Transforms `text` and hands the result to `body`; the result is valid only during the call.
    func transform<Result>(
        _ text: UnsafeBufferPointer<UInt16>, _ body: (UnsafeBufferPointer<UInt16>) -> Result
    ) throws(TransliterationError) -> Result {
        while true {
            if buffer.count < text.count * expansion + 16 { grow(to: text.count * expansion + 16) }
            if let source = text.baseAddress { buffer.baseAddress!.initialize(from: source, count: text.count) }
            var length = Int32(text.count)
            var status: Int32 = 0
            cicu_translitApply(handle, buffer.baseAddress, &length, Int32(buffer.count), &status)
            if status == Self.bufferOverflow {
                expansion += 1
                grow(to: max(Int(length), text.count * expansion + 16))
                continue
            }
            try TransliterationError.check(status, "transliterating")
            return body(UnsafeBufferPointer(rebasing: buffer[..<Int(length)]))
        }
    }

    /// Transforms a whole string.
    func transform(_ text: String) throws(TransliterationError) -> String {
        let units = Array(text.utf16)
        return try units.withUnsafeBufferPointer { units throws(TransliterationError) in
            try transform(units) { String(decoding: $0, as: UTF16.self) }
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

    private func grow(to capacity: Int) {
        buffer.deallocate()
        buffer = .allocate(capacity: capacity)
    }

    /// ICU's U_BUFFER_OVERFLOW_ERROR.
    private static let bufferOverflow: Int32 = 15

    private static func open(id: String, direction: Int32, status: inout Int32) -> OpaquePointer? {
        let units = Array(id.utf16)
        return cicu_translitOpen(units, Int32(units.count), direction, nil, 0, nil, nil, &status)
    }

    /// Whether ICU opens an ID in the forward direction.
    private static func opens(_ id: String) -> Bool {
        var status: Int32 = 0
        let opened = open(id: id, direction: Int32(CICU_FORWARD), status: &status)
        if let opened { cicu_translitClose(opened) }
        return status <= 0 && opened != nil
    }

    /// Why an ID did not open: unknown (with the closest IDs), or known but with no reverse direction.
    private static func openingError(id: String, reverse: Bool, status: Int32) -> TransliterationError {
        if reverse && opens(id) { return .noReverse(id) }
        let code = String(cString: cicu_errorName(status))
        guard code == "U_INVALID_ID" else { return .icu(operation: "opening the ICU transform '\(id)'", code: code) }
        let parts = id.split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        let unknown = parts.first { !opens($0) } ?? id
        let name = withoutFilter(unknown)
        let candidates = (try? availableIDs()) ?? []
        return .unknownID(id, part: unknown, closest: nearestNames(to: name, among: candidates, limit: 6))
    }

    /// An ID without a leading `[…]` filter.
    private static func withoutFilter(_ id: String) -> String {
        guard id.hasPrefix("["), let close = id.lastIndex(of: "]") else { return id }
        return id[id.index(after: close)...].trimmingCharacters(in: .whitespaces)
    }

    /// Every transform ID ICU has, sorted.
    static func availableIDs() throws(TransliterationError) -> [String] {
        var status: Int32 = 0
        guard let enumeration = cicu_translitAvailableIDs(&status), status <= 0 else {
            throw TransliterationError.icu(operation: "listing ICU transforms", code: String(cString: cicu_errorName(status)))
        }
        defer { cicu_enumClose(enumeration) }
        var ids: [String] = []
        var length: Int32 = 0
        while let units = cicu_enumNext(enumeration, &length, &status) {
            ids.append(String(decoding: UnsafeBufferPointer(start: units, count: Int(length)), as: UTF16.self))
        }
        try TransliterationError.check(status, "listing ICU transforms")
        return ids.sorted()
    }
}
