/// Numbers the ids of a worker-wide table in the order one document first uses them.
///
/// Starting the next document forgets every number at once: a stamp per id says which
/// document numbered it, so nothing is cleared per id. Used as a set too (`contains`).
struct DocumentNumbering {
    private var stamps: [UInt32] = []
    private var numbers: [Int32] = []
    private var document: UInt32 = 1
    /// The ids this document numbered, by number.
    private(set) var ids: [Int32] = []

    /// Forgets the numbers of the previous document.
    mutating func startDocument() {
        ids.removeAll(keepingCapacity: true)
        document &+= 1
        if document == 0 {
            // The stamps wrapped around: old stamps could match again.
            stamps = [UInt32](repeating: 0, count: stamps.count)
            document = 1
        }
    }

    /// The number of `id` in this document, given on its first use.
    @inline(__always)
    mutating func number(_ id: Int) -> (number: Int32, isNew: Bool) {
        if id >= stamps.count { grow(to: id + 1) }
        if stamps[id] == document { return (numbers[id], false) }
        let number = Int32(ids.count)
        stamps[id] = document
        numbers[id] = number
        ids.append(Int32(id))
        return (number, true)
    }

    /// Numbers `id` if this document has not yet.
    @inline(__always)
    mutating func insert(_ id: Int) { _ = number(id) }

    /// Whether this document numbered `id`.
    @inline(__always)
    func contains(_ id: Int) -> Bool { id < stamps.count && stamps[id] == document }

    private mutating func grow(to count: Int) {
        let added = max(count, stamps.count * 2, 1024) - stamps.count
        stamps.append(contentsOf: repeatElement(0, count: added))
        numbers.append(contentsOf: repeatElement(0, count: added))
    }
}
