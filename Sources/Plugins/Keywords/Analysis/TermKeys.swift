/// The key of every term, kept in the analysis's table of folded words and stems (an Arabic key is
/// always one of them) rather than copied to a table of its own.
///
/// Terms are numbered in the order their keys are first listed.
struct TermKeys {
    /// The strings that keys are taken from: the analysis's words and stems, then the keys of other words.
    let table: InternTable
    /// Per term: its key's index in `table`.
    private let entries: [Int32]

    /// The terms of `keyEntries` (strings of `table`, a form's key per form), numbered in the order first
    /// listed, with per entry listed its term: one pass through buffers, where an array would check at every
    /// write that it is unique.
    static func numbering(_ keyEntries: [Int32], in table: consuming InternTable) -> (keys: TermKeys, terms: [Int32]) {
        // Per string of the table: its term, or -1 while it is no term's key.
        let termOfEntry = UnsafeMutableBufferPointer<Int32>.allocate(capacity: table.count)
        defer { termOfEntry.deallocate() }
        termOfEntry.initialize(repeating: -1)
        var entries: [Int32] = []
        let terms = [Int32](unsafeUninitializedCapacity: keyEntries.count) { terms, termsWritten in
            entries = [Int32](unsafeUninitializedCapacity: keyEntries.count) { entries, termCount in
                for (index, entry) in keyEntries.enumerated() {
                    if termOfEntry[Int(entry)] < 0 {
                        termOfEntry[Int(entry)] = Int32(termCount)
                        entries.initializeElement(at: termCount, to: entry)
                        termCount += 1
                    }
                    terms.initializeElement(at: index, to: termOfEntry[Int(entry)])
                }
            }
            termsWritten = keyEntries.count
        }
        return (TermKeys(table: table, entries: entries), terms)
    }

    private init(table: consuming InternTable, entries: [Int32]) {
        self.table = table
        self.entries = entries
    }

    var count: Int { entries.count }

    /// The units of the key of `term`.
    subscript(term: Int) -> ArraySlice<UInt16> { table[Int(entries[term])] }

    /// Calls `body` with the units of the key of `term`.
    func withUnits<Result>(_ term: Int, _ body: (UnsafeBufferPointer<UInt16>) -> Result) -> Result {
        table.withUnits(Int(entries[term]), body)
    }
}
