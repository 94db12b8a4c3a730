import Testing

@testable import Segmentation

/// The line scan checks four units at a time; every line end must be found in every position,
/// and the characters around the ranges it tests (controls, U+2027, U+202A, U+0084) must not be.
struct LineScanTests {
    static let lineEnds: [UInt16] = [0x0A, 0x0D, 0x85, 0x2028, 0x2029]
    static let neighbours: [UInt16] = [0x09, 0x0B, 0x0C, 0x0E, 0x84, 0x86, 0x2027, 0x202A, 0x0627, 0x20, 0xFEFF, 0xD83D]

    func pieces(_ units: [UInt16]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        units.withUnsafeBufferPointer { text in forEachLine(in: 0..<text.count, of: text) { found.append($0) } }
        return found
    }

    @Test(arguments: lineEnds)
    func everyLineEndInEveryPositionIsFound(lineEnd: UInt16) {
        for length in 1...20 {
            for position in 0..<length {
                var units = [UInt16](repeating: 0x0627, count: length)
                units[position] = lineEnd
                #expect(pieces(units) == [0..<position, position + 1..<length], "U+\(lineEnd) at \(position) of \(length)")
            }
        }
    }

    @Test func emptyTextIsOneEmptyLine() {
        #expect(pieces([]) == [0..<0])
    }

    @Test func charactersNextToTheLineEndsAreNotLineEnds() {
        for length in 1...17 {
            for neighbour in Self.neighbours {
                let units = [UInt16](repeating: neighbour, count: length)
                #expect(pieces(units) == [0..<length], "U+\(neighbour) × \(length)")
            }
        }
    }
}
