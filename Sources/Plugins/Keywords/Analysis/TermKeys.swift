/// The key of every term, kept in the analysis's table of folded words and stems (an Arabic key is
/// always one of them) rather than copied to a table of its own.
///
/// Terms are numbered in the order their keys are first asked for.
struct TermKeys {
    /// The strings that keys are taken from: the analysis's words and stems, then the keys of other words.
    private(set) var table: InternTable
    /// Per term: its key's index in `table`.
    private var entries: [Int32] = []
    /// Per string of `table`: its term, or -1 while it is no term's key.
    private var termOfEntry: [Int32]

    init(_ table: InternTable) {
        self.table = table
        termOfEntry = [Int32](repeating: -1, count: table.count)
        entries.reserveCapacity(table.count)
    }

    var count: Int { entries.count }

    /// The units of the key of `term`.
    subscript(term: Int) -> ArraySlice<UInt16> { table[Int(entries[term])] }

    /// Calls `body` with the units of the key of `term`.
    func withUnits<Result>(_ term: Int, _ body: (UnsafeBufferPointer<UInt16>) -> Result) -> Result {
        table.withUnits(Int(entries[term]), body)
    }

    /// The term whose key is string `entry` of the table.
    @inline(__always)
    mutating func term(ofEntry entry: Int) -> Int32 {
        if termOfEntry[entry] < 0 {
            termOfEntry[entry] = Int32(entries.count)
            entries.append(Int32(entry))
        }
        return termOfEntry[entry]
    }

    /// The term whose key is `key`, which joins the table when new.
    mutating func term(ofKey key: ArraySlice<UInt16>) -> Int32 {
        let entry = table.intern(key)
        if entry == termOfEntry.count { termOfEntry.append(-1) }
        return term(ofEntry: entry)
    }
}
