/// A hash map from pairs of 32-bit integers to indices, with open addressing.
///
/// Phrases are found by (prefix phrase, next term) and word pairs counted by
/// (left term, right term) millions of times per megabyte of text; this map
/// does that without `Dictionary`'s per-lookup hashing cost. Its buffers are
/// managed by hand (copied on write, like an array's), as ``InternTable``'s are:
/// an insertion checks uniqueness once rather than once per array written, a
/// look-up checks no bounds, and values are written only where a key is.
struct PairIndex {
    private var storage: Storage

    init(capacity: Int) {
        var size = 16
        var bits: UInt64 = 4
        while size < capacity * 2 {
            size <<= 1
            bits += 1
        }
        storage = Storage(size: size, shift: 64 - bits)
    }

    var count: Int { storage.count }

    @inline(__always)
    private static func key(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
    }

    /// The value stored for `(a, b)`, or `nil`.
    func value(_ a: Int32, _ b: Int32) -> Int32? {
        withExtendedLifetime(storage) {
            let slot = storage.slot(for: Self.key(a, b))
            return storage.keys[slot] == Storage.empty ? nil : storage.values[slot]
        }
    }

    /// The value stored for `(a, b)`, storing `make()` first when there is none.
    mutating func value(_ a: Int32, _ b: Int32, orInsert make: () -> Int32) -> Int32 {
        let key = Self.key(a, b)
        let slot = storage.slot(for: key)
        if storage.keys[slot] != Storage.empty { return storage.values[slot] }
        let value = make()
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        storage.insert(key, value, at: slot)
        return value
    }

    /// Every stored pair with its value.
    func forEach(_ body: (Int32, Int32, Int32) -> Void) {
        withExtendedLifetime(storage) {
            for slot in 0..<storage.size where storage.keys[slot] != Storage.empty {
                let key = storage.keys[slot]
                body(Int32(truncatingIfNeeded: key >> 32), Int32(truncatingIfNeeded: key), storage.values[slot])
            }
        }
    }

    /// The map's buffers, which a map changes only while no copy of it shares them.
    private final class Storage {
        /// A slot's key while it holds none: the pair (-1, -1), which no caller stores.
        static let empty = UInt64.max
        private(set) var keys: UnsafeMutablePointer<UInt64>
        /// Initialized only where `keys` holds a key.
        private(set) var values: UnsafeMutablePointer<Int32>
        private(set) var size: Int
        /// 64 minus the log2 of `size`: the product's top bits pick the slot.
        private var shift: UInt64
        private(set) var count = 0

        init(size: Int, shift: UInt64) {
            self.size = size
            self.shift = shift
            keys = .allocate(capacity: size)
            keys.initialize(repeating: Self.empty, count: size)
            values = .allocate(capacity: size)
        }

        deinit {
            keys.deallocate()
            values.deallocate()
        }

        func copy() -> Storage {
            let copy = Storage(size: size, shift: shift)
            for slot in 0..<size where keys[slot] != Self.empty {
                copy.keys[slot] = keys[slot]
                copy.values[slot] = values[slot]
            }
            copy.count = count
            return copy
        }

        /// The slot that holds `key`, or the empty slot where it would go.
        @inline(__always)
        func slot(for key: UInt64) -> Int {
            // Fibonacci hashing: the top bits of the product depend on every bit of the key.
            let mask = size - 1
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & mask }
            return slot
        }

        /// Stores `key`, not yet in the map, with `value` in the empty slot `slot`.
        @inline(__always)
        func insert(_ key: UInt64, _ value: Int32, at slot: Int) {
            keys[slot] = key
            values[slot] = value
            count += 1
            if count * 2 > size { grow() }
        }

        private func grow() {
            let oldKeys = keys
            let oldValues = values
            let oldSize = size
            size *= 2
            shift -= 1
            keys = .allocate(capacity: size)
            keys.initialize(repeating: Self.empty, count: size)
            values = .allocate(capacity: size)
            for index in 0..<oldSize where oldKeys[index] != Self.empty {
                let slot = slot(for: oldKeys[index])
                keys[slot] = oldKeys[index]
                values[slot] = oldValues[index]
            }
            oldKeys.deallocate()
            oldValues.deallocate()
        }
    }
}
