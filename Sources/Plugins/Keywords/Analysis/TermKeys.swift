/// The keys of a document's terms, by term: their UTF-16 units back to back.
struct TermKeys {
    private var units: [UInt16] = []
    /// Key `i` is `units[starts[i]..<starts[i + 1]]`.
    private var starts: [Int] = [0]

    var count: Int { starts.count - 1 }

    subscript(term: Int) -> ArraySlice<UInt16> { units[starts[term]..<starts[term + 1]] }

    /// Adds the key of the next term.
    mutating func append(_ key: UnsafeBufferPointer<UInt16>) {
        units.append(contentsOf: key)
        starts.append(units.count)
    }
}
