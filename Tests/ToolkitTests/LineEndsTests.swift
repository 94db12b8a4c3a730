import Testing

import Toolkit

/// The eight-units-at-a-time line end scan, checked against a plain unit-by-unit loop.
@Suite struct LineEndsTests {
    /// Line ends, and units next to them in value that are not line ends.
    static let lineEnds: [UInt16] = [0x0A, 0x0D, 0x85, 0x2028, 0x2029]
    static let nearMisses: [UInt16] = [0x09, 0x0E, 0x84, 0x86, 0x2027, 0x202A, 0x8085, 0x8000, 0xFFFF, 0x0629]

    /// Every line end and near miss in every position of two blocks and a tail, on a background of text.
    @Test func lineEndsAreFoundInEveryPosition() {
        for unit in Self.lineEnds + Self.nearMisses {
            for length in [0, 1, 7, 8, 9, 16, 19] {
                for position in 0..<max(length, 1) {
                    var units = [UInt16](repeating: 0x0627, count: length)
                    if position < length { units[position] = unit }
                    for start in 0...min(2, length) {
                        var found: [Int] = []
                        units.withUnsafeBufferPointer { text in
                            LineEnds.forEach(in: start..<length, of: text) { found.append($0) }
                        }
                        let expected = (start..<length).filter { LineEnds.contains(units[$0]) }
                        #expect(found == expected, "unit \(unit) at \(position) of \(length) from \(start)")
                    }
                }
            }
        }
    }

    /// Several line ends in one block, next to one another.
    @Test func lineEndsSideBySide() {
        let units: [UInt16] = [0x61, 0x0A, 0x0D, 0x62, 0x2028, 0x2029, 0x85, 0x63, 0x0A, 0x64, 0x65]
        var found: [Int] = []
        units.withUnsafeBufferPointer { text in LineEnds.forEach(in: 0..<units.count, of: text) { found.append($0) } }
        #expect(found == [1, 2, 4, 5, 6, 8])
    }
}
