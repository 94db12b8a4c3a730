/// Distinct UTF-16 strings, each stored once and found again by its units.
///
/// The keyword stage keeps its word forms, terms, stop words and Arabic stems
/// here rather than in `Set<String>`: lookups hash the units directly (FNV-1a,
/// then MurmurHash3's finalizer so that every bit of the slot depends on every unit)
/// without making a `String` or comparing under Unicode normalization, and
/// every string lives in one shared buffer.
struct InternTable: Sendable {
    /// Every string's units, back to back.
    private var units: [UInt16] = []
    /// String `i` is `units[starts[i]..<starts[i + 1]]`.
    private var starts: [Int] = [0]
    /// Open addressing: 0 for an empty slot, else a string's hash in the high 32 bits and its index + 1
    /// in the low ones, so that a probe compares hashes without reading another array.
    private var slots: [UInt64]

    /// An empty table with room for `capacity` strings (of a word's length on average) before it grows.
    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        starts.reserveCapacity(capacity + 1)
        units.reserveCapacity(capacity * 8)
    }

    /// A table of the given strings.
    init(_ strings: some Collection<[UInt16]>) {
        self.init(capacity: strings.count)
        for string in strings { _ = intern(string[...]) }
    }

    var count: Int { starts.count - 1 }
    /// The units of every string together.
    var unitCount: Int { units.count }

    /// The units of string `index`.
    subscript(index: Int) -> ArraySlice<UInt16> { units[starts[index]..<starts[index + 1]] }

    /// Calls `body` with the units of string `index`.
    func withUnits<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt16>) -> Result) -> Result {
        units.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[starts[index]..<starts[index + 1]])) }
    }

    /// The index of `text`, added if it is new.
    mutating func intern(_ text: UnsafeBufferPointer<UInt16>) -> Int {
        let hash = Self.hash(text)
        let (slot, found) = probe(text, hash: hash)
        if let found { return found }
        let index = count
        // (Unit by unit: `append(contentsOf:)` costs more than the copy for a word's few units.)
        for unit in text { units.append(unit) }
        starts.append(units.count)
        slots[slot] = UInt64(hash) << 32 | UInt64(index + 1)
        if count * 2 > slots.count { grow() }
        return index
    }

    mutating func intern(_ text: ArraySlice<UInt16>) -> Int {
        text.withUnsafeBufferPointer { intern($0) }
    }

    /// The index of `text`, or `nil` when the table does not hold it.
    func index(of text: UnsafeBufferPointer<UInt16>) -> Int? {
        guard count > 0 else { return nil }
        return probe(text, hash: Self.hash(text)).index
    }

    /// The slot that holds `text`, with its index, or the empty slot where it would go.
    @inline(__always)
    private func probe(_ text: UnsafeBufferPointer<UInt16>, hash: UInt32) -> (slot: Int, index: Int?) {
        slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                units.withUnsafeBufferPointer { units in
                    let mask = slots.count - 1
                    let tag = UInt64(hash) << 32
                    var slot = Int(hash) & mask
                    while slots[slot] != 0 {
                        let entry = slots[slot]
                        if entry & 0xFFFF_FFFF_0000_0000 == tag {
                            let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                            let start = starts[index]
                            if starts[index + 1] - start == text.count
                                && (0..<text.count).allSatisfy({ units[start + $0] == text[$0] })
                            {
                                return (slot, index)
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                    return (slot, nil)
                }
            }
        }
    }

    func contains(_ text: ArraySlice<UInt16>) -> Bool {
        text.withUnsafeBufferPointer { index(of: $0) != nil }
    }

    @inline(__always)
    private static func hash(_ text: UnsafeBufferPointer<UInt16>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for unit in text { hash = (hash ^ UInt32(unit)) &* 16_777_619 }
        hash ^= hash >> 16
        hash = hash &* 0x85EB_CA6B
        hash ^= hash >> 13
        hash = hash &* 0xC2B2_AE35
        return hash ^ (hash >> 16)
    }

    /// A `String` of UTF-16 units (an unpaired surrogate becomes U+FFFD), written as UTF-8 directly:
    /// `String(decoding:as: UTF16.self)` decodes scalar by scalar through a generic parser.
    static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
        String(unsafeUninitializedCapacity: units.count * 3) { bytes in
            var written = 0
            func put(_ scalar: UInt32) {
                switch scalar {
                case ..<0x80:
                    bytes[written] = UInt8(scalar)
                    written += 1
                case ..<0x800:
                    bytes[written] = UInt8(0xC0 | scalar >> 6)
                    bytes[written + 1] = UInt8(0x80 | scalar & 0x3F)
                    written += 2
                case ..<0x10000:
                    bytes[written] = UInt8(0xE0 | scalar >> 12)
                    bytes[written + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
                    bytes[written + 2] = UInt8(0x80 | scalar & 0x3F)
                    written += 3
                default:
                    bytes[written] = UInt8(0xF0 | scalar >> 18)
                    bytes[written + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
                    bytes[written + 2] = UInt8(0x80 | scalar >> 6 & 0x3F)
                    bytes[written + 3] = UInt8(0x80 | scalar & 0x3F)
                    written += 4
                }
            }
            var index = 0
            while index < units.count {
                let unit = UInt32(units[index])
                index += 1
                if unit & 0xFC00 == 0xD800, index < units.count, units[index] & 0xFC00 == 0xDC00 {
                    put(0x10000 + ((unit - 0xD800) << 10 | (UInt32(units[index]) - 0xDC00)))
                    index += 1
                } else {
                    put(unit & 0xF800 == 0xD800 ? 0xFFFD : unit)
                }
            }
            return written
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for entry in old where entry != 0 {
            var slot = Int(entry >> 32) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
