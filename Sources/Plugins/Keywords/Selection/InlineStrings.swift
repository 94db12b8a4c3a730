/// Strings of a keyword's key and text, made so that a short one stays inline.
///
/// ``InternTable/string(_:)`` writes into room for three UTF-8 bytes a unit, more than the 15 bytes a
/// `String` holds inline, so every string it makes takes a heap buffer, even one Arabic word. Written
/// into exactly as many bytes as it takes, a string of at most 15 bytes (an Arabic word of up to seven
/// letters) stays inline: no allocation to make it, none to free.
enum InlineStrings {
    /// The most UTF-8 bytes a `String` holds inline.
    static let inlineCapacity = 15

    /// The string of UTF-16 `units`, as ``InternTable/string(_:)`` makes it.
    static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
        // Every unit takes at least one byte, so only a few units may fit.
        guard units.count <= inlineCapacity, let length = utf8Length(units), length <= inlineCapacity else {
            return InternTable.string(units)
        }
        return String(unsafeUninitializedCapacity: length) { bytes in
            var written = 0
            for unit in units {
                switch unit {
                case ..<0x80:
                    bytes[written] = UInt8(unit)
                    written += 1
                case ..<0x800:
                    bytes[written] = UInt8(0xC0 | unit >> 6)
                    bytes[written + 1] = UInt8(0x80 | unit & 0x3F)
                    written += 2
                default:
                    bytes[written] = UInt8(0xE0 | unit >> 12)
                    bytes[written + 1] = UInt8(0x80 | unit >> 6 & 0x3F)
                    bytes[written + 2] = UInt8(0x80 | unit & 0x3F)
                    written += 3
                }
            }
            return written
        }
    }

    /// How many UTF-8 bytes `units` take, each unit a code point of its own; `nil` when one is a surrogate.
    private static func utf8Length(_ units: UnsafeBufferPointer<UInt16>) -> Int? {
        var length = 0
        for unit in units {
            switch unit {
            case ..<0x80: length += 1
            case ..<0x800: length += 2
            case 0xD800...0xDFFF: return nil
            default: length += 3
            }
        }
        return length
    }
}
