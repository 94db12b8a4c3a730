/// Distinct UTF-16 strings, each stored once and found again by its units.
///
/// The keyword stage keeps its word forms, terms, stop words and Arabic stems
/// here rather than in `Set<String>`: lookups hash the units directly (FNV-1a
/// over pairs of units, then MurmurHash3's finalizer so that every bit of the slot depends on every unit)
/// without making a `String` or comparing under Unicode normalization, and
/// every string lives in one shared buffer. The buffers are managed by hand
/// (copied on write, like an array's): adding a string checks uniqueness once
/// rather than once per array written, and reading one checks no bounds.
struct InternTable: Sendable {
    private var storage: Storage

    /// An empty table with room for `capacity` strings (of a word's length on average) before it grows.
    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        storage = Storage(stringCapacity: capacity, unitCapacity: capacity * 8, slotCount: size)
    }

    /// A table of the given strings.
    init(_ strings: some Collection<[UInt16]>) {
        self.init(capacity: strings.count)
        for string in strings { _ = intern(string[...]) }
    }

    var count: Int { storage.count }

    /// The units of string `index`.
    subscript(index: Int) -> ArraySlice<UInt16> { withUnits(index) { Array($0)[...] } }

    /// Calls `body` with the units of string `index`.
    func withUnits<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt16>) -> Result) -> Result {
        precondition(index >= 0 && index < count, "string index out of range")
        return withExtendedLifetime(storage) { body(storage.units(index)) }
    }

    /// The index of `text`, added if it is new.
    mutating func intern(_ text: UnsafeBufferPointer<UInt16>) -> Int {
        intern(text, hash: Self.hash(of: text))
    }

    /// The index of `text`, whose hash (``hash(of:)``) is `hash`, added if it is new.
    /// (Inlined: the reader of a document's words calls it once a word, and a call's saving and restoring
    /// of registers cost a fifth of the look-up.)
    @inline(__always)
    mutating func intern(_ text: UnsafeBufferPointer<UInt16>, hash: UInt32) -> Int {
        let (slot, found) = storage.probe(text, hash: hash)
        if let found { return found }
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage.add(text, hash: hash, slot: slot)
    }

    mutating func intern(_ text: ArraySlice<UInt16>) -> Int {
        text.withUnsafeBufferPointer { intern($0) }
    }

    /// The index of `text`, or `nil` when the table does not hold it.
    func index(of text: UnsafeBufferPointer<UInt16>) -> Int? {
        index(of: text, hash: Self.hash(of: text))
    }

    /// The index of `text`, whose hash is `hash`, or `nil` when the table does not hold it. Every table
    /// hashes alike, so the hash may come from ``hash(ofString:)`` of another table that holds `text`.
    func index(of text: UnsafeBufferPointer<UInt16>, hash: UInt32) -> Int? {
        guard count > 0 else { return nil }
        return storage.probe(text, hash: hash).index
    }

    /// The hash of string `index`, kept since it was added.
    func hash(ofString index: Int) -> UInt32 {
        precondition(index >= 0 && index < count, "string index out of range")
        return storage.hash(index)
    }

    func contains(_ text: ArraySlice<UInt16>) -> Bool {
        text.withUnsafeBufferPointer { index(of: $0) != nil }
    }

    /// The hash every table gives `text`.
    @inline(__always)
    static func hash(of text: UnsafeBufferPointer<UInt16>) -> UInt32 {
        // (Offsets stay within the text, so they are added without overflow checks.)
        var hasher = UnitHasher()
        var offset = 0
        let pairsEnd = text.count & ~1
        while offset < pairsEnd {
            hasher.combine(text[offset], text[offset &+ 1])
            offset &+= 2
        }
        if offset < text.count { hasher.combine(text[offset]) }
        return hasher.finalize()
    }

    /// Builds ``hash(of:)`` of a string fed to it in order, two units at a time and the odd last one alone,
    /// so that code that reads a string's units for its own reasons can hash them on the way. (FNV-1a over
    /// pairs of units: half the multiplications; the finalizer mixes the high half down.) Not Swift's
    /// `Hasher`, which is seeded afresh in every process: these hashes are the same in every run.
    struct UnitHasher {
        private var state: UInt32 = 2_166_136_261

        @inline(__always)
        mutating func combine(_ first: UInt16, _ second: UInt16) {
            state = (state ^ (UInt32(first) | UInt32(second) << 16)) &* 16_777_619
        }

        @inline(__always)
        mutating func combine(_ last: UInt16) {
            state = (state ^ UInt32(last)) &* 16_777_619
        }

        @inline(__always)
        func finalize() -> UInt32 {
            var hash = state
            hash ^= hash >> 16
            hash = hash &* 0x85EB_CA6B
            hash ^= hash >> 13
            hash = hash &* 0xC2B2_AE35
            return hash ^ (hash >> 16)
        }
    }

    /// The table's buffers, which a table changes only while no copy of it shares them.
    private final class Storage: @unchecked Sendable {
        /// Every string's units, back to back, with room for `unitCapacity`.
        private var unitBuffer: UnsafeMutablePointer<UInt16>
        private var unitCapacity: Int
        /// String `i` is `unitBuffer[starts[i]..<starts[i + 1]]`, with room for `stringCapacity` strings.
        private(set) var starts: UnsafeMutablePointer<Int>
        /// String `i`'s hash, so that a probe compares hashes before units and growing needs no rehashing.
        private var hashes: UnsafeMutablePointer<UInt32>
        private var stringCapacity: Int
        private(set) var count = 0
        /// Open addressing: 0 for an empty slot, else a string's index + 1. Four bytes a slot rather than
        /// eight (with the hash) halve the slots that a new table fills with zeros.
        private var slots: UnsafeMutablePointer<UInt32>
        private var slotCount: Int

        init(stringCapacity: Int, unitCapacity: Int, slotCount: Int) {
            self.stringCapacity = max(stringCapacity, 1)
            self.unitCapacity = max(unitCapacity, 8)
            self.slotCount = slotCount
            unitBuffer = .allocate(capacity: self.unitCapacity)
            starts = .allocate(capacity: self.stringCapacity + 1)
            starts[0] = 0
            hashes = .allocate(capacity: self.stringCapacity)
            slots = .allocate(capacity: slotCount)
            slots.initialize(repeating: 0, count: slotCount)
        }

        deinit {
            unitBuffer.deallocate()
            starts.deallocate()
            hashes.deallocate()
            slots.deallocate()
        }

        func copy() -> Storage {
            let copy = Storage(stringCapacity: stringCapacity, unitCapacity: unitCapacity, slotCount: slotCount)
            copy.unitBuffer.update(from: unitBuffer, count: starts[count])
            copy.starts.update(from: starts, count: count + 1)
            copy.hashes.update(from: hashes, count: count)
            copy.slots.update(from: slots, count: slotCount)
            copy.count = count
            return copy
        }

        @inline(__always)
        func hash(_ index: Int) -> UInt32 { hashes[index] }

        @inline(__always)
        func units(_ index: Int) -> UnsafeBufferPointer<UInt16> {
            UnsafeBufferPointer(start: unitBuffer + starts[index], count: starts[index + 1] - starts[index])
        }

        /// The slot that holds `text`, with its index, or the empty slot where it would go.
        @inline(__always)
        func probe(_ text: UnsafeBufferPointer<UInt16>, hash: UInt32) -> (slot: Int, index: Int?) {
            let mask = slotCount - 1
            var slot = Int(hash) & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { return (slot, nil) }
                let index = Int(entry) &- 1
                if hashes[index] == hash && Self.equal(units(index), text) { return (slot, index) }
                slot = (slot &+ 1) & mask
            }
        }

        /// (A word's few units compare faster unit by unit than through `elementsEqual` or `memcmp`.)
        @inline(__always)
        private static func equal(_ a: UnsafeBufferPointer<UInt16>, _ b: UnsafeBufferPointer<UInt16>) -> Bool {
            guard a.count == b.count else { return false }
            for offset in 0..<a.count where a[offset] != b[offset] { return false }
            return true
        }

        /// Adds `text`, not yet in the table, in the empty slot `slot`; returns its index.
        /// (Inlined into `intern`, with growing kept out of line: a call would cost more than the rest.)
        @inline(__always)
        func add(_ text: UnsafeBufferPointer<UInt16>, hash: UInt32, slot: Int) -> Int {
            let index = count
            let start = starts[index]
            if start + text.count > unitCapacity { growUnits(toHold: start + text.count) }
            if index == stringCapacity { growStrings() }
            if let source = text.baseAddress { (unitBuffer + start).initialize(from: source, count: text.count) }
            starts[index + 1] = start + text.count
            hashes[index] = hash
            slots[slot] = UInt32(index + 1)
            count += 1
            if count * 2 > slotCount { growSlots() }
            return index
        }

        @inline(never)
        private func growUnits(toHold units: Int) {
            let capacity = max(2 * unitCapacity, units)
            unitBuffer = Self.grown(unitBuffer, count: starts[count], to: capacity)
            unitCapacity = capacity
        }

        @inline(never)
        private func growStrings() {
            starts = Self.grown(starts, count: count + 1, to: 2 * stringCapacity + 1)
            hashes = Self.grown(hashes, count: count, to: 2 * stringCapacity)
            stringCapacity *= 2
        }

        private static func grown<Element>(_ buffer: UnsafeMutablePointer<Element>, count: Int, to capacity: Int)
            -> UnsafeMutablePointer<Element>
        {
            let grown = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
            grown.moveInitialize(from: buffer, count: count)
            buffer.deallocate()
            return grown
        }

        @inline(never)
        private func growSlots() {
            let old = slots
            let oldCount = slotCount
            slotCount *= 2
            slots = .allocate(capacity: slotCount)
            slots.initialize(repeating: 0, count: slotCount)
            let mask = slotCount - 1
            for entry in UnsafeBufferPointer(start: old, count: oldCount) where entry != 0 {
                var slot = Int(hashes[Int(entry) - 1]) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = entry
            }
            old.deallocate()
        }
    }
}
