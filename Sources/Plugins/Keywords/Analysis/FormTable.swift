/// The distinct word forms of a document, each stored once and found again by its UTF-16 units.
///
/// Interning every token here means each distinct form is analysed once
/// (folded, stripped, looked up in the stop lists), however often it occurs.
struct FormTable {
    /// Every form's units, back to back.
    private var units: [UInt16] = []
    /// Form `i` is `units[starts[i]..<starts[i + 1]]`.
    private var starts: [Int] = [0]
    private var hashes: [UInt32] = []
    /// Open addressing: a form index + 1, or 0 for an empty slot.
    private var slots: [Int32]

    init(capacity: Int = 256) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
    }

    var count: Int { hashes.count }

    /// The units of form `index`.
    subscript(index: Int) -> ArraySlice<UInt16> { units[starts[index]..<starts[index + 1]] }

    /// The index of the form spelled by `text[range]`, added if it is new.
    mutating func intern(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int {
        var hash: UInt32 = 2_166_136_261
        for i in range {
            hash = (hash ^ UInt32(text[i])) &* 16_777_619
        }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if hashes[index] == hash && matches(index, text, range) { return index }
            slot = (slot + 1) & mask
        }
        let index = hashes.count
        units.append(contentsOf: UnsafeBufferPointer(rebasing: text[range]))
        starts.append(units.count)
        hashes.append(hash)
        slots[slot] = Int32(index + 1)
        if hashes.count * 2 > slots.count { grow() }
        return index
    }

    private func matches(_ index: Int, _ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        let start = starts[index]
        guard starts[index + 1] - start == range.count else { return false }
        var offset = start
        for i in range {
            if units[offset] != text[i] { return false }
            offset += 1
        }
        return true
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
