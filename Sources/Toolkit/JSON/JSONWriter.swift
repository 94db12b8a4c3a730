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
    /// Whether the next value needs a comma before it: a value was written in the open container.
    private var needsComma = false
    /// Whether a key was just written, so the next value is its value.
    private var afterKey = false
    /// How many containers are open; values at the top level are not separated by commas.
    private var depth = 0

    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// Empties the buffer, keeping its memory for the next document.
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        needsComma = false
        afterKey = false
        depth = 0
    }

    /// Writes the comma a value needs, if any. A closed container is itself a value of its
    /// parent, so one flag is enough: no stack of open containers is needed.
    @inline(__always)
    private mutating func separate() {
        if takeSeparator() { bytes.append(UInt8(ascii: ",")) }
    }

    /// Whether the next value needs a comma before it, marking that a value follows.
    @inline(__always)
    private mutating func takeSeparator() -> Bool {
        let comma = needsComma && !afterKey && depth > 0
        afterKey = false
        needsComma = true
        return comma
    }

    /// Writes what `body` makes on the stack in one append.
    @inline(__always)
    private mutating func appendAtOnce(_ body: (inout StackBytes) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: StackBytes.capacity) { buffer in
            var stack = StackBytes(buffer)
            body(&stack)
            bytes.append(contentsOf: stack.written)
        }
    }

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
        depth += 1
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
        depth -= 1
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
        depth += 1
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
        depth -= 1
    }

    /// Writes an object member already encoded as `"key":value`.
    public mutating func encodedMember(_ member: [UInt8]) {
        separate()
        bytes.append(contentsOf: member)
    }

    /// Writes a constant object member already encoded as `"key":value`, such as `"kind":"word"`.
    public mutating func encodedMember(_ member: StaticString) {
        separate()
        appendStatic(member)
    }

    /// Appends the UTF-8 bytes of a constant.
    @inline(__always)
    private mutating func appendStatic(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Writes an object member's key; the next value written is its value.
    @_disfavoredOverload  // so that a literal key takes the `StaticString` overload below
    public mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    /// Writes a constant key, such as `"text"`, in one append; it is written as it is, so it
    /// must need no escapes (no quote, backslash or control character). A string literal
    /// chooses this over the `String` overload.
    public mutating func key(_ name: StaticString) {
        assert(name.withUTF8Buffer { !$0.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") } })
        let comma = takeSeparator()
        afterKey = true
        guard name.utf8CodeUnitCount <= StackBytes.maximumConstant else {
            if comma { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            appendStatic(name)
            appendStatic("\":")
            return
        }
        appendAtOnce { out in
            if comma { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\""))
            out.append(name)
            out.append(UInt8(ascii: "\""))
            out.append(UInt8(ascii: ":"))
        }
    }

    public mutating func value(_ string: String) {
        separate()
        appendQuoted(string)
    }

    public mutating func value(_ string: Substring) {
        separate()
        appendQuoted(String(string))
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
                appendStatic(".0")
            } else {
                bytes.append(contentsOf: Array("\(double)".utf8))
            }
        } else {
            appendStatic("null")
        }
    }

    public mutating func value(_ bool: Bool) {
        separate()
        appendStatic(bool ? "true" : "false")
    }

    public mutating func null() {
        separate()
        appendStatic("null")
    }

    /// Writes `{"start": s, "end": e}`.
    public mutating func value(_ span: Span) {
        spanObject(span, member: nil)
    }

    /// Writes `{"start": s, "end": e, member}`, where `member` is a constant member already
    /// encoded as `"key":value`, such as a token's `"kind":"word"`.
    public mutating func value(_ span: Span, encodedMember member: StaticString) {
        guard member.utf8CodeUnitCount <= StackBytes.maximumConstant else {
            beginObject()
            spanMembers(span)
            encodedMember(member)
            endObject()
            return
        }
        spanObject(span, member: member)
    }

    /// A span's object, with `member` (which fits ``StackBytes``) after its offsets, in one append.
    @inline(__always)
    private mutating func spanObject(_ span: Span, member: StaticString?) {
        let comma = takeSeparator()
        appendAtOnce { out in
            if comma { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "{"))
            Self.spanMembers(span, to: &out)
            if let member {
                out.append(UInt8(ascii: ","))
                out.append(member)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Writes the members `"start": s, "end": e` into the open object.
    public mutating func spanMembers(_ span: Span) {
        let comma = takeSeparator()
        appendAtOnce { out in
            if comma { out.append(UInt8(ascii: ",")) }
            Self.spanMembers(span, to: &out)
        }
    }

    @inline(__always)
    private static func spanMembers(_ span: Span, to out: inout StackBytes) {
        out.append(#""start":"#)
        out.append(span.start)
        out.append(#","end":"#)
        out.append(span.end)
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

    /// Appends an integer's decimal digits.
    private mutating func appendInteger(_ int: Int) {
        if int >= 0 && int < 10 {
            bytes.append(UInt8(ascii: "0") &+ UInt8(int))
            return
        }
        appendAtOnce { $0.append(int) }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Writes a string in quotes with JSON's escapes. U+FEFF is escaped too: Foundation's
    /// `JSONSerialization` on Linux drops it, raw, from the start of a string, which would
    /// shift every offset of a text that starts with one.
    private mutating func appendQuoted(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            let count = utf8.count
            while index < count {
                index = JSONStringScan.nextByteToEscape(in: utf8, from: index)
                guard index < count else { break }
                let byte = utf8[index]
                if byte == 0xEF {
                    guard index + 2 < count, utf8[index + 1] == 0xBB, utf8[index + 2] == 0xBF else {
                        index += 1
                        continue
                    }
                    if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                    index += 3
                    runStart = index
                    appendStatic("\\ufeff")
                    continue
                }
                if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                index += 1
                runStart = index
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
                default:
                    appendStatic("u00")
                    bytes.append(JSONWriter.hexDigits[Int(byte >> 4)])
                    bytes.append(JSONWriter.hexDigits[Int(byte & 0xF)])
                }
            }
            if runStart < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
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
