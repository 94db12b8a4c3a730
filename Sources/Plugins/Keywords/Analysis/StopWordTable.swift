/// Stop words as folded UTF-16 units, each also with the Arabic proclitics it may carry
/// (``ArabicClitics/stopWordProclitics``), so that either test is one look-up.
///
/// The words themselves come first in the table: a word found at an index below
/// `wordCount` is a stop word as written, one found further on carries a clitic.
///
/// The built-in Arabic table holds about 9,000 forms (over 300 KB), which the rest of a document's
/// analysis pushes out of the caches: a look-up there waited on memory for most of its time. A bit per
/// hash value (``mayHold``, 16 KB) answers most look-ups of words that are not stop words first.
struct StopWordTable: Sendable {
    private var table: InternTable
    private let wordCount: Int
    /// Bit `hash >> (32 - filterBits)` is set for the hash of every form in the table.
    private let filter: [UInt64]
    private static let filterBits = 17

    init(_ words: [[UInt16]] = []) {
        var table = InternTable(capacity: words.count * (1 + ArabicClitics.stopWordProclitics.count))
        for word in words { _ = table.intern(word[...]) }
        wordCount = table.count
        // Every form is written over the last in one buffer: no array per form.
        let proclitics = ArabicClitics.stopWordProclitics
        // (Closures rather than key paths, which are read through the runtime.)
        let longest = (words.map { $0.count }.max() ?? 0) + (proclitics.map { $0.count }.max() ?? 0)
        withUnsafeTemporaryAllocation(of: UInt16.self, capacity: longest) { form in
            for word in words where word.count >= 2 {
                for proclitic in proclitics {
                    _ = form.initialize(fromContentsOf: proclitic)
                    _ = form[proclitic.count...].initialize(fromContentsOf: word)
                    _ = table.intern(UnsafeBufferPointer(rebasing: form[..<(proclitic.count + word.count)]))
                }
            }
        }
        self.table = table
        var filter = [UInt64](repeating: 0, count: (1 << Self.filterBits) / 64)
        for index in 0..<table.count {
            let bit = Int(table.hash(ofString: index) >> (32 - Self.filterBits))
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.filter = filter
    }

    /// Whether the table may hold a form with this hash; false means it certainly does not.
    @inline(__always)
    private func mayHold(hash: UInt32) -> Bool {
        let bit = Int(hash >> (32 - Self.filterBits))
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    var isEmpty: Bool { wordCount == 0 }

    /// The words of a built-in list, as UTF-16 units: the lists separate words by spaces and line
    /// breaks only, so the units split there without reading the text as characters.
    static func listedWords(_ list: String) -> [ArraySlice<UInt16>] {
        Array(list.utf16).split { $0 == 0x20 || $0 == 0x0A }
    }

    /// Whether the word is a stop word as written.
    @inline(__always)
    func contains(_ word: UnsafeBufferPointer<UInt16>) -> Bool {
        // An empty table (no stop words added, the usual case) answers without a look-up.
        guard wordCount > 0, let index = table.index(of: word) else { return false }
        return index < wordCount
    }

    /// Whether the word, whose hash in an ``InternTable`` is `hash`, is a stop word as written.
    @inline(__always)
    func contains(_ word: UnsafeBufferPointer<UInt16>, hash: UInt32) -> Bool {
        guard wordCount > 0, mayHold(hash: hash), let index = table.index(of: word, hash: hash) else { return false }
        return index < wordCount
    }

    func contains(_ word: ArraySlice<UInt16>) -> Bool {
        word.withUnsafeBufferPointer { contains($0) }
    }

    /// Whether the word, whose hash in an ``InternTable`` is `hash`, is a stop word, maybe with a leading
    /// Arabic conjunction and/or preposition.
    @inline(__always)
    func containsWithProclitics(_ word: UnsafeBufferPointer<UInt16>, hash: UInt32) -> Bool {
        wordCount > 0 && mayHold(hash: hash) && table.index(of: word, hash: hash) != nil
    }
}
