import Foundation
import Testing
@testable import Segmentation

/// The folding that boilerplate phrases are matched under, against the plain definition it
/// speeds up: lower-case the whole string, then fold each code point.
struct BoilerplateFoldingTests {
    /// The definition: `String.lowercased()`, then the rules, one code point at a time.
    private static func reference(_ text: String) -> [UInt32] {
        var scalars: [UInt32] = [0x20]
        for scalar in text.lowercased().unicodeScalars {
            switch scalar.value {
            case 0x064B...0x065F, 0x0670, 0x0640: continue
            case 0x0622, 0x0623, 0x0625, 0x0671: scalars.append(0x0627)
            case 0x0649: scalars.append(0x064A)
            case 0x0629: scalars.append(0x0647)
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    scalars.append(scalar.value)
                } else if scalars.last != 0x20 {
                    scalars.append(0x20)
                }
            }
        }
        return scalars
    }

    @Test func everyCodePointBelowU0700AndBeyondFoldsAsDefined() {
        let values = Array(0x20..<0x0700) + [0x1E9E, 0x2019, 0x201C, 0x2126, 0xFB50, 0xFEFB, 0xFF21, 0x1F44D]
        for value in values {
            let text = "a" + String(Unicode.Scalar(UInt32(value))!) + "Z"
            #expect(BoilerplatePhrases.fold(text) == Self.reference(text), "U+\(String(value, radix: 16))")
        }
    }

    @Test func mixedTextFoldsAsDefined() throws {
        let pool = Array("AbZ é İ ΣΟΦΙΑ Ωμέγα ЖУРНАЛ ß ẞ Ａｂ ١٢٣ 42 الجزائرُ أضفْ إعلان ـــ ى ة ٱ «»، ؛ 👍🏽 中文 - ".unicodeScalars)
        var state: UInt64 = 3
        for length in 0..<300 {
            var text = String.UnicodeScalarView()
            for _ in 0..<(length % 40) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(pool[Int(state >> 33) % pool.count])
            }
            #expect(BoilerplatePhrases.fold(String(text)) == Self.reference(String(text)), "\(String(text))")
        }
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds/000_ef7fff25dfa5f362.txt")
        for line in try String(contentsOf: seed, encoding: .utf8).split(separator: "\n") {
            #expect(BoilerplatePhrases.fold(String(line)) == Self.reference(String(line)))
        }
    }
}
