/// Reads one JSON text into a ``JSONValue``: the reader of JSONL records, made for objects whose
/// values are long strings.
///
/// Foundation's `JSONDecoder` reads a record into `[String: JSONValue]` at about 40 MB/s because
/// it tries each type in turn for every value; this parser looks at each byte once and builds each
/// string straight from the line's bytes. It follows RFC 8259 strictly: no comments, trailing
/// commas or raw control characters in strings. A number that is a whole value fitting `Int`
/// (`3`, `1.0`, `1e2`) becomes `.int`, any other `.double`, as with `JSONDecoder`; a repeated key
/// keeps its last value.
struct JSONParser {
    /// Why a text could not be read.
    enum Failure: Error, Equatable {
        /// Bytes that are not UTF-8, at this offset of the text.
        case invalidUTF8(byteOffset: Int)
        /// A `\ud800` to `\udfff` escape without its other half (only without `lossy`).
        case unpairedSurrogate(byteOffset: Int)
        /// A number too large for a `Double`, in the field at this path (`source.rank`).
        case numberOutOfRange(field: String)
        /// Anything else that breaks the grammar, described for a person.
        case syntax(String, byteOffset: Int)
    }

    /// Deeper nesting is refused, as Foundation's parser does, so no input can exhaust the stack.
    static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private let lossy: Bool
    private var position = 0
    private var depth = 0
    /// The keys of the objects being read, outermost first, for naming a field in an error.
    private var path: [String] = []
    /// Reused for strings that hold escapes.
    private var unescaped: [UInt8] = []

    private init(bytes: UnsafeBufferPointer<UInt8>, lossy: Bool) {
        self.bytes = bytes
        self.lossy = lossy
    }

    /// The value of `text`, which must hold one JSON value and nothing but white space around it.
    /// With `lossy`, invalid UTF-8 and unpaired surrogate escapes in strings become U+FFFD;
    /// without it, they are errors. A leading byte-order mark is skipped.
    static func parse(_ text: [UInt8], lossy: Bool) throws(Failure) -> JSONValue {
        let result: Result<JSONValue, Failure> = text.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer, lossy: lossy)
            return Result { () throws(Failure) -> JSONValue in try parser.parseWhole() }
        }
        return try result.get()
    }

    private mutating func parseWhole() throws(Failure) -> JSONValue {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        skipWhiteSpace()
        let value = try parseValue()
        skipWhiteSpace()
        guard position == bytes.count else { throw unexpected("after the value") }
        return value
    }

    private mutating func parseValue() throws(Failure) -> JSONValue {
        guard position < bytes.count else { throw syntax("the text ends where a value should be") }
        switch bytes[position] {
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw unexpected("where a value should be")
        }
    }

    private mutating func parseObject() throws(Failure) -> JSONValue {
        try enterContainer()
        var object: [String: JSONValue] = [:]
        guard try !closes(UInt8(ascii: "}"), after: false) else { return .object(object) }
        repeat {
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw unexpected("where a key in quotes should be")
            }
            let key = try parseString()
            skipWhiteSpace()
            guard consume(UInt8(ascii: ":")) else { throw unexpected("where ':' should follow the key") }
            skipWhiteSpace()
            path.append(key)
            object[key] = try parseValue()
            path.removeLast()
        } while try !closes(UInt8(ascii: "}"), after: true)
        return .object(object)
    }

    private mutating func parseArray() throws(Failure) -> JSONValue {
        try enterContainer()
        var array: [JSONValue] = []
        guard try !closes(UInt8(ascii: "]"), after: false) else { return .array(array) }
        repeat {
            array.append(try parseValue())
        } while try !closes(UInt8(ascii: "]"), after: true)
        return .array(array)
    }

    /// Whether the open container ends here with `closing`. After a member or element a comma
    /// (another follows) or `closing` must come; at the start, `closing` may come (it is empty).
    private mutating func closes(_ closing: UInt8, after value: Bool) throws(Failure) -> Bool {
        skipWhiteSpace()
        if consume(closing) {
            depth -= 1
            return true
        }
        guard value else { return false }
        guard consume(UInt8(ascii: ",")) else {
            throw unexpected("where ',' or '\(Character(Unicode.Scalar(closing)))' should be")
        }
        skipWhiteSpace()
        return false
    }

    private mutating func enterContainer() throws(Failure) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw syntax("values are nested more than \(Self.maximumDepth) deep") }
        position += 1
    }

    private mutating func parseLiteral(_ word: StaticString, _ value: JSONValue) throws(Failure) -> JSONValue {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count,
            word.withUTF8Buffer({ $0.elementsEqual(bytes[position..<(position + count)]) })
        else { throw unexpected("where a value should be") }
        position += count
        return value
    }

    private mutating func parseNumber() throws(Failure) -> JSONValue {
        let start = position
        _ = consume(UInt8(ascii: "-"))
        if !consume(UInt8(ascii: "0")) {
            guard skipDigits() else { throw unexpected("where a digit should be") }
        }
        var isWholeNumber = true
        if consume(UInt8(ascii: ".")) {
            isWholeNumber = false
            guard skipDigits() else { throw unexpected("where a digit should follow '.'") }
        }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            isWholeNumber = false
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            guard skipDigits() else { throw unexpected("where the exponent's digits should be") }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        if isWholeNumber, let integer = Int(text) { return .int(integer) }
        guard let number = Double(text), number.isFinite else {
            throw Failure.numberOutOfRange(field: path.joined(separator: "."))
        }
        if let integer = Int(exactly: number) { return .int(integer) }
        return .double(number)
    }

    /// Moves past a run of digits; false when there is none.
    private mutating func skipDigits() -> Bool {
        let start = position
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
        return position > start
    }

    private mutating func skipWhiteSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private func syntax(_ message: String) -> Failure { .syntax(message, byteOffset: position) }

    private func unexpected(_ place: String) -> Failure {
        guard position < bytes.count else { return syntax("the text ends \(place)") }
        let byte = bytes[position]
        let shown = (0x21..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16, uppercase: true))"
        return syntax("\(shown) \(place)")
    }
}

// MARK: - Strings

extension JSONParser {
    /// Reads the string whose opening quote is at `position`.
    private mutating func parseString() throws(Failure) -> String {
        let opening = position
        position += 1
        let start = position
        position = JSONStringScan.nextSpecialByte(in: bytes, from: position)
        guard position < bytes.count else {
            position = opening
            throw syntax("the string that starts here has no closing quote")
        }
        if bytes[position] == UInt8(ascii: "\"") {
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<position])
            position += 1
            return try decodeUTF8(raw, rawStart: start, raw: raw)
        }
        return try parseEscapedString(from: start, opening: opening)
    }

    /// The rest of a string that holds an escape or a raw control character, from `start`, its
    /// first byte after the quote; `position` is at the first such byte.
    private mutating func parseEscapedString(from start: Int, opening: Int) throws(Failure) -> String {
        unescaped.removeAll(keepingCapacity: true)
        unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while true {
            guard position < bytes.count else {
                position = opening
                throw syntax("the string that starts here has no closing quote")
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 {
                throw syntax("a raw control character (U+\(hex4(UInt16(byte)))) is inside a string; JSON needs it escaped")
            }
            if byte == UInt8(ascii: "\\") {
                try appendEscape()
            } else {
                let next = JSONStringScan.nextSpecialByte(in: bytes, from: position + 1)
                unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<min(next, bytes.count)]))
                position = next
            }
        }
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<position])
        position += 1
        // Escapes are ASCII and decode to whole sequences, so the decoded bytes are valid UTF-8
        // exactly when the raw ones are, and the raw ones tell where a bad byte is.
        return try unescaped.withUnsafeBufferPointer { (decoded) throws(Failure) -> String in
            try decodeUTF8(decoded, rawStart: start, raw: raw)
        }
    }

    private func decodeUTF8(
        _ decoded: UnsafeBufferPointer<UInt8>, rawStart: Int, raw: UnsafeBufferPointer<UInt8>
    ) throws(Failure) -> String {
        if UTF8Decoding.isValid(decoded) { return String(unvalidatedUTF8: decoded) }
        if lossy { return String(decoding: decoded, as: UTF8.self) }
        throw Failure.invalidUTF8(byteOffset: rawStart + UTF8Decoding.firstInvalidOffset(in: raw))
    }

    /// Decodes the escape at `position` into `unescaped`.
    private mutating func appendEscape() throws(Failure) {
        guard position + 1 < bytes.count else { throw syntax("a string ends inside an escape") }
        let letter = bytes[position + 1]
        let simple: UInt8? =
            switch letter {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): letter
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "t"): 0x09
            default: nil
            }
        if let simple {
            unescaped.append(simple)
            position += 2
            return
        }
        guard letter == UInt8(ascii: "u") else {
            position += 1
            throw unexpected("after '\\' (an escape is one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
        }
        let escapeStart = position
        let unit = try hexUnit(at: position + 2)
        position += 6
        var scalar: Unicode.Scalar?
        switch unit {
        case 0xD800..<0xDC00:
            if position + 5 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u"),
                let low = try? hexUnit(at: position + 2), (0xDC00..<0xE000).contains(low)
            {
                scalar = Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00))
                position += 6
            }
        case 0xDC00..<0xE000: scalar = nil
        default: scalar = Unicode.Scalar(unit)
        }
        guard let scalar = scalar ?? (lossy ? "\u{FFFD}" : nil) else {
            throw Failure.unpairedSurrogate(byteOffset: escapeStart)
        }
        unescaped.append(contentsOf: UTF8.encode(scalar)!)
    }

    private func hexUnit(at offset: Int) throws(Failure) -> UInt16 {
        guard offset + 4 <= bytes.count else { throw Failure.syntax("a string ends inside a \\u escape", byteOffset: offset) }
        var unit: UInt16 = 0
        for index in offset..<(offset + 4) {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Failure.syntax("a \\u escape needs four hexadecimal digits", byteOffset: offset - 2)
            }
            unit = unit << 4 | UInt16(digit)
        }
        return unit
    }

    private func hex4(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
