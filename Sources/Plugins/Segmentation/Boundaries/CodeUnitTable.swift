/// A value for every UTF-16 code unit, computed once and kept for the life of the process, so
/// that a hot loop reads it with one load and no reference counting.
func codeUnitTable<Value>(_ value: (UInt16) -> Value) -> UnsafeBufferPointer<Value> {
    let table = UnsafeMutableBufferPointer<Value>.allocate(capacity: 0x10000)
    for unit in 0...0xFFFF { (table.baseAddress! + unit).initialize(to: value(UInt16(unit))) }
    return UnsafeBufferPointer(table)
}

/// UTF-16 text whose units are read as classes through a table from ``codeUnitTable(_:)``.
struct ClassifiedUnits<Class: Equatable> {
    let units: UnsafeBufferPointer<UInt16>
    let table: UnsafeBufferPointer<Class>

    /// The class of the unit at `offset`.
    @inline(__always)
    subscript(offset: Int) -> Class { table[Int(units[offset])] }

    /// The first offset from `offset` on whose unit is not of class `skipped`, or the text's end.
    @inline(__always)
    func skipping(_ skipped: Class, from offset: Int) -> Int {
        var offset = offset
        while offset < units.count, self[offset] == skipped { offset += 1 }
        return offset
    }
}
