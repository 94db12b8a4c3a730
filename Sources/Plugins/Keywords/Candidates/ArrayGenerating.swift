extension Array {
    /// An array of `count` elements, element `i` being `element(i)`, written straight into a new buffer:
    /// `map` and `append` check the capacity and the buffer's uniqueness for every element.
    @inline(__always)
    init(count: Int, generating element: (Int) -> Element) {
        self.init(unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count { (buffer.baseAddress! + index).initialize(to: element(index)) }
            initialized = count
        }
    }
}
