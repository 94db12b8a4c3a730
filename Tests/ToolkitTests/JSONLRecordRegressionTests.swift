import Foundation
import Testing
@testable import Toolkit

/// JSONL records that were lost with a misleading message ("Expected to decode Dictionary<String,
/// Any> but found a string instead"), even with `--lossy`; found while writing the `FuzzInput` target.
struct JSONLRecordRegressionTests {
    private func read(_ line: [UInt8], lossy: Bool) -> Result<Document, DocumentFailure> {
        Result { () throws(DocumentFailure) -> Document in
            try DocumentReader(lossy: lossy).record(line, origin: "in.jsonl:3", lineNumber: 3)
        }
    }

    private func failure(_ result: Result<Document, DocumentFailure>) -> String? {
        if case .failure(let failure) = result { failure.description } else { nil }
    }

    @Test func invalidUTF8InALineIsNamedAndLossyReplacesIt() throws {
        let line = Array(#"{"id": "a", "text": "x"#.utf8) + [0xFF, 0xC3] + Array(#"y"}"#.utf8)
        #expect(failure(read(line, lossy: false))
            == "in.jsonl:3: not valid UTF-8 at byte 22 of the line; use --lossy to replace it with U+FFFD")
        #expect(try read(line, lossy: true).get().text == "x\u{FFFD}\u{FFFD}y")
    }

    /// JSON allows `\ud800` alone; no Unicode string can hold it.
    @Test func unpairedSurrogateEscapesAreNamedAndLossyReplacesThem() throws {
        let line = Array(#"{"id": "a", "text": "\ud83d\ude00 \ud800 \\ud800 \udc00\ud83d", "lang": "\udfff"}"#.utf8)
        #expect(failure(read(line, lossy: false)) == #"in.jsonl:3: a string holds an unpaired surrogate escape (\ud800 to \udfff); use --lossy to replace it with U+FFFD"#)
        let document = try read(line, lossy: true).get()
        #expect(document.text == "😀 \u{FFFD} \\ud800 \u{FFFD}\u{FFFD}")
        #expect(document.language == "\u{FFFD}")
    }

    @Test func anUnreadableNumberNamesItsField() {
        let line = Array(#"{"id": "a", "text": "x", "source": {"rank": 1e400}}"#.utf8)
        #expect(failure(read(line, lossy: true))
            == "in.jsonl:3: not a JSON object: field 'source.rank': a number beyond the range of a Double")
    }

    /// The parser stops at 512 levels, so a deep record is refused, not a crash.
    @Test func aDeeplyNestedRecordIsRefused() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let line = Array(#"{"id": "a", "text": "x", "meta": \#(deep)}"#.utf8)
        #expect(failure(read(line, lossy: true))
            == "in.jsonl:3: not a JSON object: values are nested more than 512 deep (byte 544 of the line)")
    }
}
