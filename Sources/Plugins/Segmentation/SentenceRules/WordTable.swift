/// Words the rules look up (abbreviations, sentence starters, spelled-out
/// letters), found straight from the text.
///
/// Words compare by their lookup key: ASCII letters lowercased; marks (diacritics),
/// tatweel and invisible format characters left out. So `DR`, `dr` and `Dr`
/// match, and so do `هـ` and `ه`. A lookup hashes the text in place; it builds
/// the key only to confirm a hit, so most lookups allocate nothing.
struct WordTable<Value: Sendable>: Sendable {
    private struct Entry {
        let hash: UInt64
        let key: [UInt16]
        var value: Value
    }

    private var entries: [Entry] = []
    /// An open-addressing index over `entries`: entry index + 1 by hash, 0 for an empty slot.
    private var slots: [Int] = []

    init() {}

    /// A table of `words`, each with `value`.
    init(_ words: some Sequence<String>, value: Value) {
        for word in words { self[word] = value }
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The value of a word written as in a text (`Dr`, `ق.م`); setting `nil` is not supported.
    subscript(word: String) -> Value? {
        get {
            let units = Array(word.utf16)
            return units.withUnsafeBufferPointer { value(of: 0..<$0.count, in: SentenceText(units: $0)) }
        }
        set {
            guard let newValue else { preconditionFailure("a word table only grows") }
            let units = Array(word.utf16)
            let entry = units.withUnsafeBufferPointer { buffer in
                let text = SentenceText(units: buffer)
                return Entry(hash: text.keyHash(0..<buffer.count), key: text.key(0..<buffer.count), value: newValue)
            }
            add(entry)
        }
    }

    /// The value of the word in `range` of `text`.
    func value(of range: Range<Int>, in text: SentenceText) -> Value? {
        range.isEmpty ? nil : value(of: range, hash: text.keyHash(range), in: text)
    }

    /// The value of the word in `range` of `text`, whose key hashes to `hash` (``SentenceText/keyHash(_:)``).
    func value(of range: Range<Int>, hash: UInt64, in text: SentenceText) -> Value? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let index = slots[slot] - 1
            if entries[index].hash == hash && text.keyEquals(entries[index].key, range) { return entries[index].value }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Whether the word in `range` of `text` is in the table.
    func contains(_ range: Range<Int>, in text: SentenceText) -> Bool {
        value(of: range, in: text) != nil
    }

    /// This table with `other`'s words added; `other` wins where both have a word.
    func merging(_ other: WordTable) -> WordTable {
        var merged = self
        for entry in other.entries { merged.add(entry) }
        return merged
    }

    /// Adds or replaces an entry, and rebuilds the index (tables are small and made once).
    private mutating func add(_ entry: Entry) {
        if let index = entries.firstIndex(where: { $0.key == entry.key }) {
            entries[index].value = entry.value
            return
        }
        entries.append(entry)
        var size = 8
        while size < entries.count * 4 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = index + 1
        }
    }
}

extension SentenceText {
    /// Calls `body` with each UTF-16 unit of the lookup key of `range` (see ``WordTable``).
    @inline(__always)
    func forEachKeyUnit(_ range: Range<Int>, _ body: (UInt16) -> Void) {
        var offset = range.lowerBound
        while offset < range.upperBound {
            let c = character(at: offset)
            if !CharacterClass.isIgnoredInWords(c.value) {
                if c.end - c.start == 2 {
                    body(units[c.start])
                    body(units[c.start + 1])
                } else {
                    body((0x41...0x5A).contains(c.value) ? UInt16(c.value + 0x20) : units[c.start])
                }
            }
            offset = c.end
        }
    }

    /// The lookup key of `range`.
    func key(_ range: Range<Int>) -> [UInt16] {
        var key: [UInt16] = []
        forEachKeyUnit(range) { key.append($0) }
        return key
    }

    /// Whether the lookup key of `range` is `key`, compared without building it.
    func keyEquals(_ key: [UInt16], _ range: Range<Int>) -> Bool {
        var index = 0
        var equal = true
        forEachKeyUnit(range) { unit in
            equal = equal && index < key.count && key[index] == unit
            index += 1
        }
        return equal && index == key.count
    }

    /// A 64-bit FNV-1a hash of the lookup key of `range`, read from its end to its
    /// start, as ``BoundaryCandidate/Word`` reads the word before a terminator.
    func keyHash(_ range: Range<Int>) -> UInt64 {
        var hash = KeyHash()
        var offset = range.upperBound
        while offset > range.lowerBound {
            let c = character(endingAt: offset)
            if !CharacterClass.isIgnoredInWords(c.value) { hash.add(c, in: self) }
            offset = c.start
        }
        return hash.value
    }
}

/// A lookup key's hash, fed one character at a time from the key's end to its start.
struct KeyHash {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    /// Adds a character of the key; the caller leaves out those words ignore (marks, tatweel, format characters).
    @inline(__always)
    mutating func add(_ c: SentenceText.Character, in text: SentenceText) {
        if c.end - c.start == 2 {
            mix(text.units[c.start + 1])
            mix(text.units[c.start])
        } else {
            mix((0x41...0x5A).contains(c.value) ? UInt16(c.value + 0x20) : text.units[c.start])
        }
    }

    @inline(__always)
    private mutating func mix(_ unit: UInt16) {
        value = (value ^ UInt64(unit)) &* 0x0000_0100_0000_01B3
    }
}

/// A set of words, looked up as a ``WordTable`` looks them up.
typealias WordSet = WordTable<Void>

extension WordTable where Value == Void {
    init(_ words: some Sequence<String>) {
        self.init(words, value: ())
    }
}
