import Testing

@testable import KeywordExtraction

/// `InternTable.string` against the plain definition, `String(decoding:as:)`, byte for byte: short strings
/// (made in their exact size, to stay inline) and long ones, lone and paired surrogates among them.
struct UTF16StringTests {
    private static func check(_ units: [UInt16]) {
        let made = units.withUnsafeBufferPointer(InternTable.string)
        let plain = String(decoding: units, as: UTF16.self)
        #expect(Array(made.utf8) == Array(plain.utf8), "\(units.map { String($0, radix: 16) })")
        #expect(made == plain)
    }

    @Test func wordsOfEveryScriptAndLength() {
        for text in [
            "", "a", "الجزائر", "مكافحة الإرهاب", "مكافحة الإرهاب الدولي", "fifteen bytes!!", "sixteen bytes!!!",
            "ﻻ", "éèê", "Ωμέγα Ж", "中文字符串", "👍", "a👍b", "الجزائري👍",
        ] {
            Self.check(Array(text.utf16))
        }
    }

    /// Random units of every width around the inline capacity, lone and paired surrogates among them.
    @Test func randomUnitsAroundTheInlineCapacity() {
        let pool: [UInt16] = [0x20, 0x41, 0x7F, 0x80, 0x627, 0x64A, 0x7FF, 0x800, 0x2019, 0xD83D, 0xDC4D, 0xDBFF, 0xDC00, 0xFFFD, 0xFFFF]
        var state: UInt64 = 11
        for length in 0..<2_000 {
            var units: [UInt16] = []
            for _ in 0..<(length % 40) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                units.append(pool[Int(state >> 33) % pool.count])
            }
            Self.check(units)
        }
    }
}
