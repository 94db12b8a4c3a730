/// How the lexer treats one UTF-16 unit.
enum CharacterClass: UInt8 {
    case digit
    case letter
    case space
    case lineBreak
    /// Invisible format characters (bidi marks, soft hyphen, BOM): skipped, they neither join nor separate.
    case ignorable
    case other

    /// The class of a UTF-16 unit; surrogates are `other`, so a character outside the BMP is a symbol.
    @inline(__always)
    static func of(_ unit: UInt16) -> CharacterClass { table[Int(unit)] }

    /// The digit's value in any of the three scripts, or `nil`.
    @inline(__always)
    static func digitValue(_ unit: UInt16) -> Int? {
        switch unit {
        case 0x30...0x39: Int(unit - 0x30)
        case 0x0660...0x0669: Int(unit - 0x0660)  // Arabic-Indic ٠-٩
        case 0x06F0...0x06F9: Int(unit - 0x06F0)  // Eastern Arabic-Indic ۰-۹
        default: nil
        }
    }

    /// One class for every BMP unit, worked out once from the standard library's Unicode properties.
    private static let table: [CharacterClass] = (0...0xFFFF).map { classify(UInt16($0)) }

    private static func classify(_ unit: UInt16) -> CharacterClass {
        if digitValue(unit) != nil { return .digit }
        switch unit {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return .lineBreak
        case 0x200C, 0x200D: return .letter  // joiners belong to the word they sit in
        case 0xD800...0xDFFF: return .other
        default: break
        }
        let properties = Unicode.Scalar(unit)!.properties
        if properties.isWhitespace { return .space }
        if properties.isDefaultIgnorableCodePoint { return .ignorable }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .letter
        default: return properties.isAlphabetic ? .letter : .other
        }
    }
}
