/// A value for every UTF-16 code unit, computed once and kept for the life of the process, so
/// that a hot loop reads it with one load and no reference counting.
func codeUnitTable<Value>(_ value: (UInt16) -> Value) -> UnsafeBufferPointer<Value> {
    let table = UnsafeMutableBufferPointer<Value>.allocate(capacity: 0x10000)
    for unit in 0...0xFFFF { (table.baseAddress! + unit).initialize(to: value(UInt16(unit))) }
    return UnsafeBufferPointer(table)
}
