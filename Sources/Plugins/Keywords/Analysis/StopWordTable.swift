import Toolkit

/// Stop words as folded UTF-16 units, also found with the Arabic proclitics a word of two letters or
/// more may carry: a conjunction, a preposition, or both (`وفي`, `بها`, `وبها`; see
/// ``ArabicClitics/isConjunction(_:)`` and ``ArabicClitics/isPreposition(_:)``). A word of one letter
/// takes none, as `وب` is no more a stop word than `بو`.
///
/// The table holds the words alone, about 1,000 for the built-in Arabic list (some 30 KB); a word
/// with proclitics is looked up without them. Holding every clitic form instead (9,000 forms, over
/// 300 KB) made one look-up, but a table that the rest of a document's analysis pushes out of the
/// caches, so that a look-up waited on memory for most of its time. A ``Toolkit/HashBitFilter``
/// answers first for most words that are not stop words.
struct StopWordTable: Sendable {
    private var table: InternTable
    /// The hashes of the table's words, checked first.
    private var filter = HashBitFilter()

    init(_ words: [[UInt16]] = []) {
        table = InternTable(words)
        for index in 0..<table.count { filter.insert(hash: Self.filterHash(table.hash(ofString: index))) }
    }

    /// An ``InternTable`` hash in the top bits, which the filter reads.
    @inline(__always)
    private static func filterHash(_ hash: UInt32) -> UInt64 { UInt64(hash) << 32 }

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
        !isEmpty && filter.mayContain(hash: Self.filterHash(hash)) && table.index(of: word, hash: hash) != nil
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
