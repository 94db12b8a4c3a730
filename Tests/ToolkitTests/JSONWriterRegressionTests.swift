import Foundation
import Testing
@testable import Toolkit

/// JSON output that once read back wrong; found by the property tests' `JSONOutputCheck`.
struct JSONWriterRegressionTests {
    /// Foundation's `JSONSerialization` on Linux drops a raw U+FEFF from the start of a string,
    /// so a text starting with one read back one code point short and every offset was off by one.
    @Test func byteOrderMarkInsideTextIsEscapedAndReadsBack() throws {
        for text in ["\u{FEFF}نص", "a\u{FEFF}b\u{FEFF}", "\u{FEFF}", "\u{EF}\u{FEFF}\u{FFEF}"] {
            var writer = JSONWriter()
            writer.value(text)
            let json = String(decoding: writer.bytes, as: UTF8.self)
            #expect(!json.unicodeScalars.contains("\u{FEFF}"))
            let back = try JSONSerialization.jsonObject(with: Data(writer.bytes), options: .fragmentsAllowed) as? String
            #expect(back.map { Array($0.unicodeScalars) } == Array(text.unicodeScalars))
        }
    }
}
