import Foundation
import Testing
@testable import Toolkit

struct JSONWriterTests {
    @Test func escapesWhatJSONRequires() throws {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("text")
        writer.value("quote \" backslash \\ newline \n tab \t bell \u{7} عربي 😀")
        writer.key("n")
        writer.value(-1234567)
        writer.key("x")
        writer.value(2.5)
        writer.key("list")
        writer.beginArray()
        writer.value(true)
        writer.null()
        writer.value(Span(start: 1, end: 3))
        writer.endArray()
        writer.endObject()
        let parsed = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as! [String: Any]
        #expect(parsed["text"] as? String == "quote \" backslash \\ newline \n tab \t bell \u{7} عربي 😀")
        #expect(parsed["n"] as? Int == -1234567)
        #expect(parsed["x"] as? Double == 2.5)
        let list = parsed["list"] as! [Any]
        #expect(list.count == 3)
        #expect((list[2] as! [String: Int]) == ["start": 1, "end": 3])
    }

    @Test func documentJSONHasTheDocumentedShape() throws {
        var document = Document(id: "d1", text: "hi 👋 there", language: "en", meta: ["source": "test"])
        document[Words.self] = [Span(start: 0, end: 2), Span(start: 3, end: 4), Span(start: 5, end: 10)]
        let object = try JSONSerialization.jsonObject(with: Data(document.jsonString().utf8)) as! [String: Any]
        #expect(object["id"] as? String == "d1")
        #expect(object["lang"] as? String == "en")
        #expect((object["meta"] as? [String: String]) == ["source": "test"])
        let words = (object["layers"] as! [String: Any])["words"] as! [[String: Int]]
        let scalars = Array("hi 👋 there".unicodeScalars)
        let slices = words.map { span in
            String(String.UnicodeScalarView(scalars[span["start"]!..<span["end"]!]))
        }
        #expect(slices == ["hi", "👋", "there"])
    }

    @Test func codableValuesWithoutTheFastPathStillWork() throws {
        struct Plain: Codable { let a: Int; let b: String }
        var writer = JSONWriter()
        writer.beginArray()
        try writer.value(Plain(a: 1, b: "x"))
        try writer.value(Plain(a: 2, b: "y"))
        writer.endArray()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"[{"a":1,"b":"x"},{"a":2,"b":"y"}]"#)
    }

    /// Integers are written on the stack, digit count first: every length, both signs, the extremes.
    @Test func writesEveryIntegerLength() {
        var numbers = [0, 9, 10, 99, 100, Int.max, Int.min, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            numbers += [power - 1, power, power + 1, -power, -(power - 1)]
        }
        var writer = JSONWriter()
        writer.beginArray()
        for number in numbers { writer.value(number) }
        writer.endArray()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "[" + numbers.map(String.init).joined(separator: ",") + "]")
    }

    /// A span, with or without a constant member, is written in one piece; the commas around it
    /// must be the same as when written member by member.
    @Test func spansWrittenAtOnceTakeTheirCommas() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("spans")
        writer.beginArray()
        writer.value(Span(start: 0, end: 12))
        writer.value(Span(start: 12, end: 1_234_567), encodedMember: #""kind":"word""#)
        writer.value(Span(start: 1, end: 2), encodedMember: #""note":"a constant member longer than forty bytes""#)
        writer.beginObject()
        writer.spanMembers(Span(start: -1, end: 0))
        writer.key("x")
        writer.value(1)
        writer.endObject()
        writer.endArray()
        writer.key("one")
        writer.value(Span(start: 5, end: 6))
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"spans":[{"start":0,"end":12},{"start":12,"end":1234567,"kind":"word"},{"start":1,"end":2,"note":"a constant member longer than forty bytes"},{"start":-1,"end":0,"x":1}],"one":{"start":5,"end":6}}"#)
    }

    /// The string scan skips eight bytes at a time: every character that must be escaped is found
    /// in every position of a block, and the parser reads back exactly what was written.
    @Test func escapesAreFoundInEveryPositionOfABlock() throws {
        let specials = ["\"", "\\", "\n", "\u{1}", "\u{1F}", "\u{FEFF}", "\u{FB50}", "\u{FFFD}"]
        for special in specials {
            for offset in 0..<17 {
                let text = String(repeating: "ب", count: offset / 2) + String(repeating: "x", count: offset % 2) + special + "z"
                var writer = JSONWriter()
                writer.value(text)
                let written = String(decoding: writer.bytes, as: UTF8.self)
                #expect(try JSONParser.parse(writer.bytes, lossy: false) == .string(text), "\(written)")
                #expect(!writer.bytes.contains(0x0A) && !written.unicodeScalars.contains("\u{FEFF}"), "\(written)")
            }
        }
    }

    /// The buffer starts at 16 bytes and grows as values are formatted straight into it: what was
    /// written before a growth is kept, and `takeBytes()` hands over the same bytes as `bytes`.
    @Test func aSmallBufferGrowsWithoutLosingBytes() throws {
        let text = String(repeating: "نص \"quoted\"\n", count: 300)
        var writer = JSONWriter(capacity: 0)
        var expected: [Any] = []
        writer.beginArray()
        for index in 0..<2_000 {
            writer.value(Span(start: index, end: Int.max - index), encodedMember: #""kind":"word""#)
            expected.append(["start": index, "end": Int.max - index, "kind": "word"])
            if index % 500 == 0 {
                writer.value(text)
                expected.append(text)
            }
        }
        writer.endArray()
        let bytes = writer.bytes
        let parsed = try JSONSerialization.jsonObject(with: Data(bytes)) as! NSArray
        #expect(parsed.isEqual(to: expected))
        #expect(writer.takeBytes() == bytes)
        #expect(writer.bytes.isEmpty)
        writer.value(7)
        #expect(writer.bytes == Array("7".utf8))
    }

    /// A copy of a writer goes on with its own bytes: writing to one does not change the other.
    @Test func aCopiedWriterKeepsItsOwnBytes() {
        var first = JSONWriter(capacity: 16)
        first.beginArray()
        first.value(1)
        var second = first
        first.value(2)
        second.value(3)
        first.endArray()
        second.endArray()
        #expect(String(decoding: first.bytes, as: UTF8.self) == "[1,2]")
        #expect(String(decoding: second.bytes, as: UTF8.self) == "[1,3]")
        first.reset()
        first.value("x")
        #expect(String(decoding: first.bytes, as: UTF8.self) == #""x""#)
        #expect(String(decoding: second.bytes, as: UTF8.self) == "[1,3]")
    }

    /// Tokens and spans are written in batches of a few hundred: the output is the same as element
    /// by element, across batch boundaries, for empty arrays and after other members.
    @Test func arraysWrittenInBatchesMatchElementByElement() {
        let kinds = TokenKind.allCases
        for count in [0, 1, 255, 256, 257, 1_000] {
            let tokens = (0..<count).map { Token(span: Span(start: $0 * 1_000, end: $0 * 1_000 + 999_999), kind: kinds[$0 % kinds.count]) }
            let spans = tokens.map(\.span)
            var batched = JSONWriter(capacity: 0)
            batched.beginObject()
            batched.key("n")
            batched.value(count)
            batched.key("tokens")
            tokens.writeJSON(to: &batched)
            batched.key("spans")
            spans.writeJSON(to: &batched)
            batched.endObject()
            var single = JSONWriter(capacity: 0)
            single.beginObject()
            single.key("n")
            single.value(count)
            for (name, values) in [("tokens", tokens.map { $0 as any JSONWritable }), ("spans", spans.map { $0 as any JSONWritable })] {
                single.key(name)
                single.beginArray()
                for value in values { value.writeJSON(to: &single) }
                single.endArray()
            }
            single.endObject()
            #expect(batched.bytes == single.bytes, "\(count) elements")
        }
    }

    /// Constants of 8 to 32 bytes are copied a word at a time, the last word overlapping the one
    /// before: every length around a word boundary comes out whole, and so do shorter and longer ones.
    @Test func constantsOfEveryWordBoundaryLengthAreCopiedWhole() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.encodedMember(#""a":"1234""#)  // 10 bytes
        writer.encodedMember(#""a":1"#)  // 5
        writer.encodedMember(#""abcd":1"#)  // 8
        writer.encodedMember(#""abcde":1"#)  // 9
        writer.encodedMember(#""abcdefghijklm":1"#)  // 17
        writer.encodedMember(#""abcdefghijkl":1"#)  // 16
        writer.encodedMember(#""abcdefghijklmnopqrst":1"#)  // 24
        writer.encodedMember(#""abcdefghijklmnopqrstu":1"#)  // 25
        writer.encodedMember(#""abcdefghijklmnopqrstuvwxyzab":1"#)  // 32
        writer.encodedMember(#""abcdefghijklmnopqrstuvwxyzabc":1"#)  // 33
        writer.key("abcdefghijklmnopqrstuvwxyz")
        writer.value(true)
        writer.endObject()
        let expected = #"{"a":"1234","a":1,"abcd":1,"abcde":1,"abcdefghijklm":1,"abcdefghijkl":1,"abcdefghijklmnopqrst":1,"#
            + #""abcdefghijklmnopqrstu":1,"abcdefghijklmnopqrstuvwxyzab":1,"abcdefghijklmnopqrstuvwxyzabc":1,"abcdefghijklmnopqrstuvwxyz":true}"#
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    }
}
