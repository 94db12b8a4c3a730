/// A hash map from pairs of 32-bit integers to indices, with open addressing.
///
/// Phrases are found by (prefix phrase, next term) and word pairs counted by
/// (left term, right term) millions of times per megabyte of text; this map
/// does that without `Dictionary`'s per-lookup hashing cost.
struct PairIndex {
    private var keys: [UInt64]
    private var values: [Int32]
    /// 64 minus the log2 of the table size: the product's top bits pick the slot.
    private var shift: UInt64
    private(set) var count = 0
    private static let empty = UInt64.max

    init(capacity: Int) {
        var size = 16
        var bits: UInt64 = 4
        while size < capacity * 2 {
            size <<= 1
            bits += 1
        }
        keys = [UInt64](repeating: Self.empty, count: size)
        values = [Int32](repeating: 0, count: size)
        shift = 64 - bits
    }

    @inline(__always)
    private static func key(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
    }

    @inline(__always)
    private func slot(for key: UInt64) -> Int {
        // Fibonacci hashing: the top bits of the product depend on every bit of the key.
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    /// The value stored for `(a, b)`, or `nil`.
    func value(_ a: Int32, _ b: Int32) -> Int32? {
        let slot = slot(for: Self.key(a, b))
        return keys[slot] == Self.empty ? nil : values[slot]
    }

    /// The value stored for `(a, b)`, storing `make()` first when there is none.
    mutating func value(_ a: Int32, _ b: Int32, orInsert make: () -> Int32) -> Int32 {
        let key = Self.key(a, b)
        let slot = slot(for: key)
        if keys[slot] != Self.empty { return values[slot] }
        let value = make()
        keys[slot] = key
        values[slot] = value
        count += 1
        if count * 2 > keys.count { grow() }
        return value
    }

    /// Every stored pair with its value.
    func forEach(_ body: (Int32, Int32, Int32) -> Void) {
        for (slot, key) in keys.enumerated() where key != Self.empty {
            body(Int32(truncatingIfNeeded: key >> 32), Int32(truncatingIfNeeded: key), values[slot])
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        for (index, key) in oldKeys.enumerated() where key != Self.empty {
            let slot = slot(for: key)
            keys[slot] = key
            values[slot] = oldValues[index]
        }
    }
}
