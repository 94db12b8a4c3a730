import Testing

@testable import KeywordExtraction

struct KeywordBuilderTests {
    /// `KeywordBuilder.isSpace` against its definition, over every UTF-16 unit.
    @Test func isSpaceHoldsForExactlyTheRunSpaces() {
        let spaces = Set<UInt16>([0x20, 0x09, 0xA0, 0x202F, 0x205F, 0x3000] + Array(0x2000...0x200A))
        for unit in UInt16.min...UInt16.max {
            #expect(KeywordBuilder.isSpace(unit) == spaces.contains(unit), "U+\(String(unit, radix: 16))")
        }
    }
}
