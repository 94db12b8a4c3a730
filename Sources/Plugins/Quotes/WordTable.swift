/// Word keys mapped to values: an open-addressing table with linear probing, whose slot is a multiplicative
/// hash of the packed key (``WordKey``). A lookup costs a multiplication and a probe or two, where a
/// `Dictionary` would run `Hasher` over the key.
struct WordTable<Value: Sendable>: Sendable {
    /// The keys by slot; ``WordKey/unused`` marks an empty slot.
    private var keys: [WordKey]
    private var values: [Value?]
    /// log2 of the number of slots.
    private var bits: Int
    private(set) var count = 0

    init() {
        bits = 3
        (keys, values) = Self.emptySlots(1 << bits)
    }

    /// `count` empty slots.
    private static func emptySlots(_ count: Int) -> ([WordKey], [Value?]) {
        (Array(repeating: WordKey.unused, count: count), Array(repeating: nil, count: count))
    }

    /// A key's bits mixed, so that the top ones pick a slot (or a ``Toolkit/HashBitFilter`` bit) evenly.
    @inline(__always)
    static func mixed(_ key: WordKey) -> UInt64 {
        key.low &* 0x9E37_79B9_7F4A_7C15 ^ key.high &* 0xC2B2_AE3D_27D4_EB4F
    }

    /// The slot that holds `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(of key: WordKey) -> Int {
        var slot = Int(truncatingIfNeeded: Self.mixed(key) >> (64 - UInt64(bits)))
        let mask = (1 << bits) - 1
        let empty = WordKey.unused
        while true {
            // A key is two integers, equal exactly when the texts are (``KeyTexts``).
            let stored = keys[slot]
            if stored == key || stored == empty { return slot }
            slot = (slot + 1) & mask
        }
    }

    subscript(key: WordKey) -> Value? {
        // Inlined: a lookup is a few dozen instructions, and the rules make one for nearly every word they read.
        @inline(__always) get { values[slot(of: key)] }
        set {
            guard let newValue else { preconditionFailure("WordTable keeps every key it is given") }
            var slot = slot(of: key)
            if values[slot] == nil {
                if (count + 1) * 4 > keys.count {
                    grow()
                    slot = self.slot(of: key)
                }
                keys[slot] = key
                count += 1
            }
            values[slot] = newValue
        }
    }

    /// Doubles the slots, so that at most a quarter of them are in use: most words looked up are in no
    /// list, and a miss probes until an empty slot.
    private mutating func grow() {
        let entries = self.entries
        bits += 1
        (keys, values) = Self.emptySlots(1 << bits)
        count = 0
        for (key, value) in entries { self[key] = value }
    }

    /// The entries, in slot order.
    var entries: [(key: WordKey, value: Value)] {
        zip(keys, values).compactMap { key, value in value.map { (key: key, value: $0) } }
    }
}

/// A set of word keys, looked up as a ``WordTable`` is.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var table = WordTable<Bool>()

    init<S: Sequence<WordKey>>(_ keys: S) {
        for key in keys { table[key] = true }
    }

    init(arrayLiteral keys: WordKey...) {
        self.init(keys)
    }

    @inline(__always)
    func contains(_ key: WordKey) -> Bool { table[key] != nil }
}
