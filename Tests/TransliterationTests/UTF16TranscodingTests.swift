import Testing
@testable import Transliteration

/// The UTF-16 to UTF-8 writer behind every ICU transform's output, against Swift's own transcoding.
struct UTF16TranscodingTests {
    /// Units of every width: ASCII, two-byte letters, three-byte characters, pairs and lone surrogates.
    static let pool: [UInt16] = [
        0x20, 0x41, 0x7F, 0x80, 0x627, 0x644, 0x7FF, 0x800, 0x20AC, 0xFFFF, 0xD83D, 0xDE00, 0xDBFF, 0xDC00,
    ]

    @Test func randomUnitsMatchSwiftsTranscoding() {
        var state: UInt64 = 11
        for length in 0..<600 {
            var units: [UInt16] = []
            for _ in 0..<(length % 70) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                units.append(Self.pool[Int(state >> 33) % Self.pool.count])
            }
            let expected = Array(String(decoding: units, as: UTF16.self).utf8)
            var output = [UInt8](repeating: 0, count: units.count * 3)
            let written = units.withUnsafeBufferPointer { units in
                output.withUnsafeMutableBufferPointer { transcodeUTF16(units, into: $0.baseAddress!) }
            }
            #expect(Array(output[..<written.bytes]) == expected, "\(units)")
            let scalars = String(decoding: units, as: UTF16.self).unicodeScalars.count
            #expect(units.count - written.pairs == scalars)
        }
    }
}
