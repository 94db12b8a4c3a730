import CICU
import Foundation
import Toolkit

/// Opening transforms by ID: what ICU has, and why an ID does not open.
extension ICUTransliterator {
    /// Opens a transform by ID, leaving ICU's status in `status`.
    static func open(id: String, direction: Int32, status: inout Int32) -> OpaquePointer? {
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
    static func openingError(id: String, reverse: Bool, status: Int32) -> TransliterationError {
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
