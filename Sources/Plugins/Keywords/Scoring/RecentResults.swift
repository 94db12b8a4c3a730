/// The last result of a costly function of a `Double` (`pow`, `log`) kept in each of 2^``slotBits`` slots,
/// picked by the argument's bits, and given again for an equal argument: a document's term weights, and its
/// phrases' mean weights, repeat (the terms of a sentence often weigh exactly the same).
struct RecentResults {
    /// 2^6 slots, more than most news articles' distinct weights: 1 KB, which stays on the stack (a larger
    /// temporary allocation takes the heap).
    static let slotBits: UInt64 = 6

    private let slots: UnsafeMutableBufferPointer<(argument: Double, result: Double)>

    /// Calls `body` with slots that all hold `known`, an argument with its result, until others take their place.
    static func withSlots<Result>(
        filledWith known: (argument: Double, result: Double), _ body: (RecentResults) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(of: (argument: Double, result: Double).self, capacity: 1 << slotBits) { slots in
            slots.initialize(repeating: known)
            return body(RecentResults(slots: slots))
        }
    }

    private init(slots: UnsafeMutableBufferPointer<(argument: Double, result: Double)>) {
        self.slots = slots
    }

    /// `function(argument)`, computed only when the argument's slot holds another argument.
    @inline(__always)
    func result(of argument: Double, _ function: (Double) -> Double) -> Double {
        // Fibonacci hashing: the top bits of the product depend on every bit of the argument.
        let slot = Int(truncatingIfNeeded: (argument.bitPattern &* 0x9E37_79B9_7F4A_7C15) >> (64 - Self.slotBits))
        if slots[slot].argument.bitPattern != argument.bitPattern { slots[slot] = (argument, function(argument)) }
        return slots[slot].result
    }
}
