/// Unpaired UTF-16 surrogate escapes (`\ud800` to `\udfff` without their other half) in JSON
/// text. JSON's grammar allows them, and text cut short in JavaScript produces them, but no
/// Unicode string can hold one: the record cannot be read as it is.
enum SurrogateEscapes {
    /// The JSON text with every unpaired surrogate escape inside a string replaced by `\ufffd`,
    /// or `nil` when it has none.
    static func replacingUnpaired(in json: [UInt8]) -> [UInt8]? {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), u = UInt8(ascii: "u")
        var output: [UInt8] = []
        output.reserveCapacity(json.count)
        var changed = false
        var inString = false
        var i = 0
        while i < json.count {
            let byte = json[i]
            guard inString, byte == backslash, i + 1 < json.count else {
                if byte == quote { inString.toggle() }
                output.append(byte)
                i += 1
                continue
            }
            guard json[i + 1] == u, let unit = hexUnit(json, at: i + 2), (0xD800..<0xE000).contains(unit) else {
                // Any other escape, kept whole so that its second byte is not read as a quote.
                output.append(contentsOf: json[i...(i + 1)])
                i += 2
                continue
            }
            if unit < 0xDC00, i + 7 < json.count, json[i + 6] == backslash, json[i + 7] == u,
                let low = hexUnit(json, at: i + 8), (0xDC00..<0xE000).contains(low)
            {
                output.append(contentsOf: json[i..<(i + 12)])
                i += 12
            } else {
                output.append(contentsOf: Array("\\ufffd".utf8))
                changed = true
                i += 6
            }
        }
        return changed ? output : nil
    }

    /// The value of four hex digits at `offset`, if there are four.
    private static func hexUnit(_ json: [UInt8], at offset: Int) -> UInt16? {
        guard offset + 4 <= json.count else { return nil }
        var value: UInt16 = 0
        for byte in json[offset..<(offset + 4)] {
            guard let digit = UInt16(String(UnicodeScalar(byte)), radix: 16) else { return nil }
            value = value << 4 | digit
        }
        return value
    }
}
