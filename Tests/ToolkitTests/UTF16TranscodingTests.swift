import Testing
import Toolkit

/// The UTF-16 to UTF-8 writer behind ICU transforms' output and the keyword stage's strings, against
/// Swift's own transcoding.
struct UTF16TranscodingTests {
    /// Units of every width: ASCII, two-byte letters, three-byte characters, pairs and lone surrogates.
    static let pool: [UInt16] = [
        0x20, 0x41, 0x7F, 0x80, 0x627, 0x644, 0x7FF, 0x800, 0x20AC, 0xFFFD, 0xFFFF, 0xD83D, 0xDE00, 0xDBFF, 0xDC00,
    ]

    /// Random units from the pool, of every length up to 70: around and far past the 15 bytes a string holds inline.
    static func randomUnits() -> [[UInt16]] {
        var state: UInt64 = 11
        return (0..<600).map { length in
            (0..<(length % 70)).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return pool[Int(state >> 33) % pool.count]
            }
        }
    }

    @Test func randomUnitsMatchSwiftsTranscoding() {
        for units in Self.randomUnits() {
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

    @Test func stringsOfUnitsAreSwiftsStrings() {
        let words = ["", "a", "الجزائر", "مكافحة الإرهاب الدولي", "fifteen bytes!!", "sixteen bytes!!!", "👍", "a👍b"]
        for units in Self.randomUnits() + words.map({ Array($0.utf16) }) {
            let made = units.withUnsafeBufferPointer(String.init(utf16Units:))
            let plain = String(decoding: units, as: UTF16.self)
            #expect(Array(made.utf8) == Array(plain.utf8), "\(units)")
            #expect(made == plain)
        }
    }
}
