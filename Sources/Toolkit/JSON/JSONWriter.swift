import Foundation

/// A small, fast JSON writer for the toolkit's output shapes.
///
/// It appends UTF-8 bytes to a buffer and places commas itself: call
/// ``beginObject()``, then ``key(_:)`` and a value for each member, then
/// ``endObject()``. Foundation's `JSONEncoder` is several times slower on
/// documents with many spans; layer values that conform to ``JSONWritable``
/// use this writer directly.
public struct JSONWriter {
    /// The buffer: the first `count` bytes are the JSON written, the rest is room for more (not
    /// zeroed, never read), so that a value is formatted straight into it through a pointer.
    private var storage: [UInt8]
    /// How many bytes of `storage` are written.
    private var count = 0
    /// Whether the next value needs a comma before it: a value was written in the open container.
    private var needsComma = false
    /// Whether a key was just written, so the next value is its value.
    private var afterKey = false
    /// How many containers are open; values at the top level are not separated by commas.
    private var depth = 0

    public init(capacity: Int = 4096) {
        // Never empty, so that the buffer always has an address to write at.
        storage = Self.buffer(capacity: Swift.max(capacity, 16), copying: [], count: 0)
    }

    /// The JSON written so far (a copy; ``takeBytes()`` hands them over without one).
    public var bytes: [UInt8] { Array(storage[..<count]) }

    /// Hands over the JSON written, without copying it, and leaves the writer empty.
    public mutating func takeBytes() -> [UInt8] {
        storage.removeLast(storage.count - count)
        let taken = storage
        self = JSONWriter(capacity: 0)
        return taken
    }

    /// Empties the buffer, keeping its memory for the next document.
    public mutating func reset() {
        count = 0
        needsComma = false
        afterKey = false
        depth = 0
    }

    /// Writes what `body` writes, which must be at most `room` bytes, straight into the buffer.
    @inline(__always)
    private mutating func write(room: Int, _ body: (inout ByteCursor) -> Void) {
        if room > storage.count &- count { grow(toHold: count + room) }
        let start = count
        count += storage.withUnsafeMutableBufferPointer { buffer in
            var cursor = ByteCursor(buffer.baseAddress! + start)
            body(&cursor)
            return cursor.count
        }
    }

    /// Makes the buffer hold at least `needed` bytes, at least doubling it.
    @inline(never)
    private mutating func grow(toHold needed: Int) {
        storage = Self.buffer(capacity: Swift.max(needed, storage.count * 2), copying: storage, count: count)
    }

    /// A buffer of `capacity` bytes that starts with the first `count` of `old`. The rest is
    /// left as the allocator gives it, not zeroed: it is only written, never read, since
    /// ``bytes`` and ``takeBytes()`` end at `count`. Zeroing it cost as much as writing the JSON.
    private static func buffer(capacity: Int, copying old: [UInt8], count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            if count > 0 {
                old.withUnsafeBufferPointer { buffer.baseAddress!.update(from: $0.baseAddress!, count: count) }
            }
            initialized = capacity
        }
    }

    /// Appends one byte.
    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        write(room: 1) { $0.append(byte) }
    }

    /// Appends a copy of `bytes`.
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        write(room: bytes.count) { $0.append(bytes) }
    }

    /// Writes the comma a value needs, if any. A closed container is itself a value of its
    /// parent, so one flag is enough: no stack of open containers is needed.
    @inline(__always)
    private mutating func separate() {
        if takeSeparator() { append(UInt8(ascii: ",")) }
    }

    /// Whether the next value needs a comma before it, marking that a value follows.
    @inline(__always)
    private mutating func takeSeparator() -> Bool {
        let comma = needsComma && !afterKey && depth > 0
        afterKey = false
        needsComma = true
        return comma
    }

    public mutating func beginObject() {
        open(UInt8(ascii: "{"))
    }

    public mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        open(UInt8(ascii: "["))
    }

    public mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    /// Writes the comma the container needs, if any, and the bracket that opens it.
    @inline(__always)
    private mutating func open(_ bracket: UInt8) {
        let comma = takeSeparator()
        write(room: 2) { out in
            if comma { out.append(UInt8(ascii: ",")) }
            out.append(bracket)
        }
        needsComma = false
        depth += 1
    }

    @inline(__always)
    private mutating func close(_ bracket: UInt8) {
        append(bracket)
        needsComma = true
        depth -= 1
    }

    /// Writes an object member already encoded as `"key":value`.
    public mutating func encodedMember(_ member: [UInt8]) {
        raw(member)
    }

    /// Writes a constant object member already encoded as `"key":value`, such as `"kind":"word"`.
    public mutating func encodedMember(_ member: StaticString) {
        constant(member)
    }

    /// Writes a comma if one is needed, then a constant.
    private mutating func constant(_ text: StaticString) {
        let comma = takeSeparator()
        write(room: 1 + text.utf8CodeUnitCount) { out in
            if comma { out.append(UInt8(ascii: ",")) }
            out.append(text)
        }
    }

    /// Writes an object member's key; the next value written is its value.
    @_disfavoredOverload  // so that a literal key takes the `StaticString` overload below
    public mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        append(UInt8(ascii: ":"))
        afterKey = true
    }

    /// Writes a constant key, such as `"text"`, in one piece; it is written as it is, so it
    /// must need no escapes (no quote, backslash or control character). A string literal
    /// chooses this over the `String` overload.
    public mutating func key(_ name: StaticString) {
        assert(name.withUTF8Buffer { !$0.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") } })
        let comma = takeSeparator()
        afterKey = true
        write(room: 4 + name.utf8CodeUnitCount) { out in
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
        let comma = takeSeparator()
        write(room: 1 + ByteCursor.maximumIntegerLength) { out in
            if comma { out.append(UInt8(ascii: ",")) }
            out.append(int)
        }
    }

    public mutating func value(_ double: Double) {
        guard double.isFinite else { return null() }
        if double == double.rounded(), abs(double) < 1e15 {
            let comma = takeSeparator()
            write(room: 3 + ByteCursor.maximumIntegerLength) { out in
                if comma { out.append(UInt8(ascii: ",")) }
                out.append(Int(double))
                out.append(".0")
            }
        } else {
            separate()
            var text = double.description
            text.withUTF8 { append($0) }
        }
    }

    public mutating func value(_ bool: Bool) {
        constant(bool ? "true" : "false")
    }

    public mutating func null() {
        constant("null")
    }

    /// Writes `{"start": s, "end": e}`.
    public mutating func value(_ span: Span) {
        let comma = takeSeparator()
        write(room: Self.spanRoom) { out in
            if comma { out.append(UInt8(ascii: ",")) }
            Self.spanObject(span, member: nil, to: &out)
        }
    }

    /// Writes `{"start": s, "end": e, member}`, where `member` is a constant member already
    /// encoded as `"key":value`, such as a token's `"kind":"word"`.
    public mutating func value(_ span: Span, encodedMember member: StaticString) {
        let comma = takeSeparator()
        write(room: Self.spanRoom + 1 + member.utf8CodeUnitCount) { out in
            if comma { out.append(UInt8(ascii: ",")) }
            Self.spanObject(span, member: member, to: &out)
        }
    }

    /// Writes the members `"start": s, "end": e` into the open object.
    public mutating func spanMembers(_ span: Span) {
        let comma = takeSeparator()
        write(room: Self.spanRoom) { out in
            if comma { out.append(UInt8(ascii: ",")) }
            Self.spanMembers(span, to: &out)
        }
    }

    /// Writes an array of span objects, `[{"start": s, "end": e, member}, …]`, reserving room for
    /// many at a time: `parts` gives each element's span and its constant member, if any,
    /// already encoded as `"key":value` and at most `maximumMemberLength` bytes long.
    @inline(__always)
    mutating func spanArray<Element>(
        _ elements: [Element], maximumMemberLength: Int, _ parts: (Element) -> (span: Span, member: StaticString?)
    ) {
        open(UInt8(ascii: "["))
        // A batch's room is made for the longest offsets; a few hundred spans keep it small.
        let batchSize = 256
        var batchStart = 0
        while batchStart < elements.count {
            let batchEnd = Swift.min(batchStart + batchSize, elements.count)
            write(room: (batchEnd - batchStart) * (Self.spanRoom + 1 + maximumMemberLength)) { cursor in
                // A local copy, which the compiler keeps in registers for the whole batch.
                var out = cursor
                defer { cursor = out }
                for index in batchStart..<batchEnd {
                    let (span, member) = parts(elements[index])
                    precondition(
                        (member?.utf8CodeUnitCount ?? 0) <= maximumMemberLength, "a member longer than the room made for it")
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    Self.spanObject(span, member: member, to: &out)
                }
            }
            batchStart = batchEnd
        }
        close(UInt8(ascii: "]"))
    }

    /// The most a span's object takes with a comma before it: `,{"start":s,"end":e}`.
    private static let spanRoom = 18 + 2 * ByteCursor.maximumIntegerLength

    /// Writes `{"start": s, "end": e}`, with `member` (already encoded as `"key":value`) after the offsets.
    @inline(__always)
    private static func spanObject(_ span: Span, member: StaticString?, to out: inout ByteCursor) {
        out.append(UInt8(ascii: "{"))
        spanMembers(span, to: &out)
        if let member {
            out.append(UInt8(ascii: ","))
            out.append(member)
        }
        out.append(UInt8(ascii: "}"))
    }

    @inline(__always)
    private static func spanMembers(_ span: Span, to out: inout ByteCursor) {
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
        if let writable = WritableTypes.writable(type(of: encodable)) {
            write(encodable, as: writable)
        } else {
            separate()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(encodable)
            data.withUnsafeBytes { append($0.bindMemory(to: UInt8.self)) }
        }
    }

    /// Writes `value`, whose type is `Writable`: a cast between identical types is a copy.
    private mutating func write<Value: Encodable, Writable: JSONWritable>(_ value: Value, as _: Writable.Type) {
        (value as! Writable).writeJSON(to: &self)
    }

    /// Appends raw, already valid JSON.
    public mutating func raw(_ json: [UInt8]) {
        separate()
        json.withUnsafeBufferPointer { append($0) }
    }

    private static let hexDigits: StaticString = "0123456789abcdef"

    /// Writes a string in quotes with JSON's escapes. U+FEFF is escaped too: Foundation's
    /// `JSONSerialization` on Linux drops it, raw, from the start of a string, which would
    /// shift every offset of a text that starts with one.
    private mutating func appendQuoted(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            let length = utf8.count
            append(UInt8(ascii: "\""))
            while index < length {
                index = JSONStringScan.nextByteToEscape(in: utf8, from: index)
                guard index < length else { break }
                let byte = utf8[index]
                let run = UnsafeBufferPointer(rebasing: utf8[runStart..<index])
                if byte == 0xEF {
                    guard index + 2 < length, utf8[index + 1] == 0xBB, utf8[index + 2] == 0xBF else {
                        index += 1
                        continue
                    }
                    index += 3
                    runStart = index
                    write(room: run.count + 6) { out in
                        out.append(run)
                        out.append("\\ufeff")
                    }
                    continue
                }
                index += 1
                runStart = index
                write(room: run.count + 6) { out in
                    out.append(run)
                    out.append(UInt8(ascii: "\\"))
                    switch byte {
                    case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
                    case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
                    case UInt8(ascii: "\n"): out.append(UInt8(ascii: "n"))
                    case UInt8(ascii: "\r"): out.append(UInt8(ascii: "r"))
                    case UInt8(ascii: "\t"): out.append(UInt8(ascii: "t"))
                    default:
                        out.append("u00")
                        out.append(Self.hexDigits.utf8Start[Int(byte >> 4)])
                        out.append(Self.hexDigits.utf8Start[Int(byte & 0xF)])
                    }
                }
            }
            let rest = UnsafeBufferPointer(rebasing: utf8[runStart...])
            write(room: rest.count + 1) { out in
                out.append(rest)
                out.append(UInt8(ascii: "\""))
            }
        }
    }
}

/// A value that writes itself with ``JSONWriter``, the fast path for layer values.
public protocol JSONWritable {
    func writeJSON(to writer: inout JSONWriter)

    /// Writes `elements` as a JSON array. The default writes each element in turn; a type with
    /// many small values, such as a token, may write them all in one piece.
    static func writeJSON(array elements: [Self], to writer: inout JSONWriter)
}

extension JSONWritable {
    public static func writeJSON(array elements: [Self], to writer: inout JSONWriter) {
        writer.beginArray()
        for element in elements { element.writeJSON(to: &writer) }
        writer.endArray()
    }
}

extension Array: JSONWritable where Element: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        Element.writeJSON(array: self, to: &writer)
    }
}

extension Span: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) { writer.value(self) }

    public static func writeJSON(array spans: [Span], to writer: inout JSONWriter) {
        writer.spanArray(spans, maximumMemberLength: 0) { ($0, nil) }
    }
}

extension JSONValue: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) { writer.value(self) }
}

extension String: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) { writer.value(self) }
}
