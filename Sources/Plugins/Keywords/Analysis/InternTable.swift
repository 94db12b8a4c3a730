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
    private var hashes: [UInt32] = []
    /// Open addressing: a string's index + 1, or 0 for an empty slot.
    private var slots: [Int32]

    /// An empty table with room for `capacity` strings (of a word's length on average) before it grows.
    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        hashes.reserveCapacity(capacity)
        starts.reserveCapacity(capacity + 1)
        units.reserveCapacity(capacity * 8)
    }

    /// A table of the given strings.
    init(_ strings: some Collection<[UInt16]>) {
        self.init(capacity: strings.count)
        for string in strings { _ = intern(string[...]) }
    }

    var count: Int { hashes.count }
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
        let index = hashes.count
        units.append(contentsOf: text)
        starts.append(units.count)
        hashes.append(hash)
        slots[slot] = Int32(index + 1)
        if hashes.count * 2 > slots.count { grow() }
        return index
    }

    mutating func intern(_ text: ArraySlice<UInt16>) -> Int {
        text.withUnsafeBufferPointer { intern($0) }
    }

    /// The index of `text`, or `nil` when the table does not hold it.
    func index(of text: UnsafeBufferPointer<UInt16>) -> Int? {
        guard !hashes.isEmpty else { return nil }
        return probe(text, hash: Self.hash(text)).index
    }

    /// The slot that holds `text`, with its index, or the empty slot where it would go.
    @inline(__always)
    private func probe(_ text: UnsafeBufferPointer<UInt16>, hash: UInt32) -> (slot: Int, index: Int?) {
        var slot = Int(hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if hashes[index] == hash && matches(index, text) { return (slot, index) }
            slot = (slot + 1) & (slots.count - 1)
        }
        return (slot, nil)
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

    private func matches(_ index: Int, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        let start = starts[index]
        guard starts[index + 1] - start == text.count else { return false }
        return units.withUnsafeBufferPointer { stored in
            for offset in 0..<text.count where stored[start + offset] != text[offset] { return false }
            return true
        }
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
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}
