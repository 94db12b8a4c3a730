/// A bit for each value of the top 17 bits of a hash (16 KB), set for every key of a large lookup table.
///
/// A stage asks it before the table: most words looked up in a long list are not in it, and the filter,
/// small enough to stay in the caches, says so without touching the table, which the rest of a
/// document's analysis pushes out of them (perf found such look-ups waiting on memory for most of
/// their time in the keyword and quote stages).
package struct HashBitFilter: Sendable {
    private var bits: [UInt64]
    private static let bitCount = 17

    /// An empty filter.
    package init() {
        bits = [UInt64](repeating: 0, count: (1 << Self.bitCount) / 64)
    }

    /// Sets the bit of a key whose hash is `hash` (its top bits are the ones read).
    package mutating func insert(hash: UInt64) {
        let bit = Self.bit(of: hash)
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// Whether the table may hold a key whose hash is `hash`; false means it certainly does not.
    @inline(__always)
    package func mayContain(hash: UInt64) -> Bool {
        let bit = Self.bit(of: hash)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    @inline(__always)
    private static func bit(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> (64 - UInt64(bitCount)))
    }
}
