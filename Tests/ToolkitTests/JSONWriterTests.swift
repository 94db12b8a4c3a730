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
}
