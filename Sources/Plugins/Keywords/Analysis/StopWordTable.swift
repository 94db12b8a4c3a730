/// Stop words as folded UTF-16 units, also found with the Arabic proclitics a word of two letters or
/// more may carry: a conjunction, a preposition, or both (`وفي`, `بها`, `وبها`; see
/// ``ArabicClitics/isConjunction(_:)`` and ``ArabicClitics/isPreposition(_:)``). A word of one letter
/// takes none, as `وب` is no more a stop word than `بو`.
///
/// The table holds the words alone, about 1,000 for the built-in Arabic list (some 30 KB); a word
/// with proclitics is looked up without them. Holding every clitic form instead (9,000 forms, over
/// 300 KB) made one look-up, but a table that the rest of a document's analysis pushes out of the
/// caches, so that a look-up waited on memory for most of its time. A bit per hash value
/// (``mayHold(hash:)``, 16 KB) answers first for most words that are not stop words.
struct StopWordTable: Sendable {
    private var table: InternTable
    /// Bit `hash >> (32 - filterBits)` is set for the hash of every word in the table.
    private let filter: [UInt64]
    private static let filterBits = 17

    init(_ words: [[UInt16]] = []) {
        table = InternTable(words)
        var filter = [UInt64](repeating: 0, count: (1 << Self.filterBits) / 64)
        for index in 0..<table.count {
            let bit = Int(table.hash(ofString: index) >> (32 - Self.filterBits))
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.filter = filter
    }

    /// Whether the table may hold a word with this hash; false means it certainly does not.
    @inline(__always)
    private func mayHold(hash: UInt32) -> Bool {
        let bit = Int(hash >> (32 - Self.filterBits))
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    var isEmpty: Bool { table.count == 0 }

    /// The words of a built-in list, as UTF-16 units: the lists separate words by spaces and line
    /// breaks only, so the units split there without reading the text as characters.
    static func listedWords(_ list: String) -> [ArraySlice<UInt16>] {
        Array(list.utf16).split { $0 == 0x20 || $0 == 0x0A }
    }

    /// Whether the word is a stop word as written.
    @inline(__always)
    func contains(_ word: UnsafeBufferPointer<UInt16>) -> Bool {
        // An empty table (no stop words added, the usual case) answers without a look-up.
        !isEmpty && contains(word, hash: InternTable.hash(of: word))
    }

    /// Whether the word, whose hash in an ``InternTable`` is `hash`, is a stop word as written.
    @inline(__always)
    func contains(_ word: UnsafeBufferPointer<UInt16>, hash: UInt32) -> Bool {
        !isEmpty && mayHold(hash: hash) && table.index(of: word, hash: hash) != nil
    }

    func contains(_ word: ArraySlice<UInt16>) -> Bool {
        word.withUnsafeBufferPointer { contains($0) }
    }

    /// Whether the word, whose hash in an ``InternTable`` is `hash`, is a stop word, maybe with a leading
    /// Arabic conjunction and/or preposition.
    @inline(__always)
    func containsWithProclitics(_ word: UnsafeBufferPointer<UInt16>, hash: UInt32) -> Bool {
        guard !isEmpty else { return false }
        if contains(word, hash: hash) { return true }
        // The word without one proclitic, then without a conjunction and a preposition; two letters must remain.
        guard word.count >= 3 else { return false }
        let first = word[0]
        let isConjunction = ArabicClitics.isConjunction(first)
        guard isConjunction || ArabicClitics.isPreposition(first) else { return false }
        if containsRest(of: word, from: 1) { return true }
        return isConjunction && word.count >= 4 && ArabicClitics.isPreposition(word[1]) && containsRest(of: word, from: 2)
    }

    /// Whether `word[offset...]` is a stop word as written.
    @inline(__always)
    private func containsRest(of word: UnsafeBufferPointer<UInt16>, from offset: Int) -> Bool {
        let rest = UnsafeBufferPointer(rebasing: word[offset...])
        return contains(rest, hash: InternTable.hash(of: rest))
    }
}
