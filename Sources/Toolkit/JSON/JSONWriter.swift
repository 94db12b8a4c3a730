import Foundation

/// A small, fast JSON writer for the toolkit's output shapes.
///
/// It appends UTF-8 bytes to a buffer and places commas itself: call
/// ``beginObject()``, then ``key(_:)`` and a value for each member, then
/// ``endObject()``. Foundation's `JSONEncoder` is several times slower on
/// documents with many spans; layer values that conform to ``JSONWritable``
/// use this writer directly.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// One bit per open container: whether it already holds a value.
    private var hasValue: [Bool] = []
    private var afterKey = false

    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// Empties the buffer, keeping its memory for the next document.
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        hasValue.removeAll(keepingCapacity: true)
        afterKey = false
    }

    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        if let last = hasValue.last {
            if last { bytes.append(UInt8(ascii: ",")) }
            hasValue[hasValue.count - 1] = true
        }
    }

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        hasValue.append(false)
    }

    public mutating func endObject() {
        hasValue.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        hasValue.append(false)
    }

    public mutating func endArray() {
        hasValue.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes an object member's key; the next value written is its value.
    public mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    public mutating func value(_ string: String) {
        separate()
        appendQuoted(string)
    }

    public mutating func value<S: StringProtocol>(_ string: S) {
        separate()
        appendQuoted(string)
    }

    public mutating func value(_ int: Int) {
        separate()
        appendInteger(int)
    }

    public mutating func value(_ double: Double) {
        separate()
        if double.isFinite {
            if double == double.rounded(), abs(double) < 1e15 {
                appendInteger(Int(double))
                bytes.append(contentsOf: Array(".0".utf8))
            } else {
                bytes.append(contentsOf: Array("\(double)".utf8))
            }
        } else {
            bytes.append(contentsOf: Array("null".utf8))
        }
    }

    public mutating func value(_ bool: Bool) {
        separate()
        bytes.append(contentsOf: bool ? Array("true".utf8) : Array("false".utf8))
    }

    public mutating func null() {
        separate()
        bytes.append(contentsOf: Array("null".utf8))
    }

    /// Writes `{"start": s, "end": e}`.
    public mutating func value(_ span: Span) {
        beginObject()
        spanMembers(span)
        endObject()
    }

    /// Writes the members `"start": s, "end": e` into the open object.
    public mutating func spanMembers(_ span: Span) {
        key("start")
        value(span.start)
        key("end")
        value(span.end)
    }

    public mutating func value(_ json: JSONValue) {
        switch json {
        case .null: null()
        case .bool(let b): value(b)
        case .int(let i): value(i)
        case .double(let d): value(d)
        case .string(let s): value(s)
        case .array(let items):
            beginArray()
            for item in items { value(item) }
            endArray()
        case .object(let members):
            beginObject()
            for name in members.keys.sorted() {
                key(name)
                value(members[name]!)
            }
            endObject()
        }
    }

    /// Writes a value that knows how to write itself, or encodes it with `JSONEncoder`.
    public mutating func value(_ encodable: any Encodable) throws {
        if let writable = encodable as? any JSONWritable {
            writable.writeJSON(to: &self)
        } else {
            separate()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            bytes.append(contentsOf: try encoder.encode(encodable))
        }
    }

    /// Appends raw, already valid JSON.
    public mutating func raw(_ json: [UInt8]) {
        separate()
        bytes.append(contentsOf: json)
    }

    private mutating func appendInteger(_ int: Int) {
        if int >= 0 && int < 10 {
            bytes.append(UInt8(ascii: "0") &+ UInt8(int))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var magnitude = int.magnitude
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") &+ UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            if int < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Writes a string in quotes with JSON's escapes. U+FEFF is escaped too: Foundation's
    /// `JSONSerialization` on Linux drops it, raw, from the start of a string, which would
    /// shift every offset of a text that starts with one.
    private mutating func appendQuoted<S: StringProtocol>(_ string: S) {
        bytes.append(UInt8(ascii: "\""))
        var string = String(string)
        string.withUTF8 { utf8 in
            var runStart = 0
            for (i, byte) in utf8.enumerated()
            where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xEF {
                if byte == 0xEF {
                    guard i + 2 < utf8.count, utf8[i + 1] == 0xBB, utf8[i + 2] == 0xBF else { continue }
                    if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                    runStart = i + 3
                    bytes.append(contentsOf: Array("\\ufeff".utf8))
                    continue
                }
                if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                runStart = i + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
                default:
                    bytes.append(contentsOf: Array("u00".utf8))
                    bytes.append(JSONWriter.hexDigits[Int(byte >> 4)])
                    bytes.append(JSONWriter.hexDigits[Int(byte & 0xF)])
                }
            }
            if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// A value that writes itself with ``JSONWriter``, the fast path for layer values.
public protocol JSONWritable {
    func writeJSON(to writer: inout JSONWriter)
}

extension Array: JSONWritable where Element: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginArray()
        for element in self { element.writeJSON(to: &writer) }
        writer.endArray()
    }
}

extension Span: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) { writer.value(self) }
}

extension JSONValue: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) { writer.value(self) }
}

extension String: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) { writer.value(self) }
}
