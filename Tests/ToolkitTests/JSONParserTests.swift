import Foundation
import Testing
@testable import Toolkit

/// The JSONL record parser: every kind of value, the numbers `JSONDecoder` turned into integers,
/// escapes, and each error with the byte it names.
struct JSONParserTests {
    private func parse(_ text: String, lossy: Bool = false) throws(JSONParser.Failure) -> JSONValue {
        try JSONParser.parse(Array(text.utf8), lossy: lossy)
    }

    private func failure(_ text: String) -> JSONParser.Failure? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsEveryKindOfValue() throws {
        let value = try parse(#" {"s": "ج", "t": true, "f": false, "n": null, "a": [1, -2.5, [], {}], "o": {"k": "v"}} "#)
        #expect(value == ["s": "ج", "t": true, "f": false, "n": .null, "a": [1, -2.5, [], [:]], "o": ["k": "v"]])
    }

    /// As with `JSONDecoder`: a whole number that fits an `Int` is an integer however it is written.
    @Test func wholeNumbersAreIntegers() throws {
        #expect(try parse("[0, -0, 1.0, 1e2, 1E+2, -0.0, 9223372036854775807]")
            == [0, 0, 1, 100, 100, 0, .int(Int.max)])
        #expect(try parse("[0.5, 2.5e-3, 12345678901234567890, 1.7976931348623157e308]")
            == [0.5, 0.0025, 12345678901234567890.0, 1.7976931348623157e308])
    }

    @Test func decodesEscapes() throws {
        #expect(try parse(#""a\"b\\c\/d\b\f\n\r\t\u00e9\u062C\ud83d\ude00""#) == "a\"b\\c/d\u{8}\u{C}\n\r\té\u{62C}😀")
    }

    @Test func skipsAByteOrderMarkAndKeepsTheLastOfARepeatedKey() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array(#"{"id": 1, "id": 2}"#.utf8), lossy: false) == ["id": 2])
    }

    @Test func namesWhatBreaksTheGrammarAndWhere() {
        #expect(failure(#"{"a": 1,}"#) == .syntax("'}' where a key in quotes should be", byteOffset: 8))
        #expect(failure(#"{"a" 1}"#) == .syntax("'1' where ':' should follow the key", byteOffset: 5))
        #expect(failure(#"[1 2]"#) == .syntax("'2' where ',' or ']' should be", byteOffset: 3))
        #expect(failure(#"{"a": tru}"#) == .syntax("'t' where a value should be", byteOffset: 6))
        #expect(failure(#"{"a": 01}"#) == .syntax("'1' where ',' or '}' should be", byteOffset: 7))
        #expect(failure(#"{"a": -}"#) == .syntax("'}' where a digit should be", byteOffset: 7))
        #expect(failure(#"{"a": 1.}"#) == .syntax("'}' where a digit should follow '.'", byteOffset: 8))
        #expect(failure(#"{"a": "b"} x"#) == .syntax("'x' after the value", byteOffset: 11))
        #expect(failure(#"{"a": "b"#) == .syntax("the string that starts here has no closing quote", byteOffset: 6))
        #expect(failure(#"{"a": "\q"}"#) == .syntax(
            #"'q' after '\' (an escape is one of \" \\ \/ \b \f \n \r \t \uXXXX)"#, byteOffset: 8))
        #expect(failure(#"{"a": "\u12G4"}"#) == .syntax(#"a \u escape needs four hexadecimal digits"#, byteOffset: 7))
        #expect(failure("{\"a\": \"x\ty\"}") == .syntax(
            "a raw control character (U+0009) is inside a string; JSON needs it escaped", byteOffset: 8))
        #expect(failure("") == .syntax("the text ends where a value should be", byteOffset: 0))
        #expect(failure(#"{"a": [1, 2"#) == .syntax("the text ends where ',' or ']' should be", byteOffset: 11))
    }

    /// A line holding only a byte-order mark, or only white space after one, has no value.
    @Test func aByteOrderMarkAloneIsNoValue() {
        for text in [[0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0x20, 0x09]] as [[UInt8]] {
            #expect(throws: JSONParser.Failure.syntax("the text ends where a value should be", byteOffset: text.count)) {
                try JSONParser.parse(text, lossy: true)
            }
        }
    }

    @Test func namesTheFieldOfANumberTooLarge() {
        #expect(failure(#"{"a": {"b": [1e400]}}"#) == .numberOutOfRange(field: "a.b"))
        #expect(failure("-1e400") == .numberOutOfRange(field: ""))
    }

    @Test func findsInvalidUTF8InsideAndAfterEscapes() throws {
        let plain = Array(#"{"a": "x"#.utf8) + [0xFF] + Array(#"y"}"#.utf8)
        #expect(throws: JSONParser.Failure.invalidUTF8(byteOffset: 8)) { try JSONParser.parse(plain, lossy: false) }
        let escaped = Array(#"{"a": "\n"#.utf8) + [0xC3] + Array(#"\u00e9"}"#.utf8)
        #expect(throws: JSONParser.Failure.invalidUTF8(byteOffset: 9)) { try JSONParser.parse(escaped, lossy: false) }
        #expect(try JSONParser.parse(escaped, lossy: true) == ["a": "\n\u{FFFD}é"])
    }

    @Test func unpairedSurrogatesAreErrorsOrReplaced() throws {
        #expect(failure(#"["ok", "\ud800x"]"#) == .unpairedSurrogate(byteOffset: 8))
        #expect(failure(#""\udc00""#) == .unpairedSurrogate(byteOffset: 1))
        #expect(try parse(#""\ud800\u0041\udc00""#, lossy: true) == "\u{FFFD}A\u{FFFD}")
    }

    /// The eight-byte scan must stop at a quote, backslash or control character in any lane,
    /// and must not stop at bytes of multi-byte characters.
    @Test func findsSpecialBytesInEveryPositionOfAWord() throws {
        for special in ["\"", "\\n", "\\u0041"] {
            for offset in 0..<17 {
                let before = String(repeating: "ب", count: offset / 2) + String(repeating: "x", count: offset % 2)
                let text = "\"\(before)\(special)z\""
                let expected = before + (special == "\"" ? "" : special == "\\n" ? "\n" : "A") + "z"
                if special == "\"" {
                    #expect(throws: JSONParser.Failure.self) { try parse(text) }
                } else {
                    #expect(try parse(text) == .string(expected), "\(text)")
                }
            }
        }
    }

    /// The parser reads what Foundation reads, the same way, on generated records.
    @Test func agreesWithFoundationOnGeneratedRecords() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "ج", "😀", "\\n", "\\\"", "\\u00e9", "\\ud83d\\ude00", " ", "\\\\", "\\t", "\\/"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let number = [String(Int.random(in: -1000...1000)), "\(Double.random(in: -1e6...1e6))", "1e3", "-0.25"].randomElement()!
            let line = #"{"id": "x", "text": "\#(text)", "n": \#(number), "list": [true, null, "\#(text)"]}"#
            let ours = try parse(line)
            let foundation = try JSONDecoder().decode(JSONValue.self, from: Data(line.utf8))
            #expect(ours == foundation, "\(line)")
        }
    }
}
