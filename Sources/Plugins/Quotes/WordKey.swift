/// A word as the lexicons match it: normalized by ``WordLexer`` and compared by its UTF-8 bytes.
///
/// Every key comes from the same normalization, so equal bytes mean equal words. Comparing bytes skips
/// the canonical-equivalence work that `String` equality and hashing do on non-ASCII text, which made
/// Arabic lookups the stage's main cost.
struct WordKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    let string: String

    init(normalized string: String) {
        self.string = string
    }

    /// A literal in the rules is taken as written, so it must already be in normalized form (`"الي"` for
    /// `إلى`); word lists go through ``WordLexer/key(_:)`` instead.
    init(stringLiteral value: String) {
        string = value
    }

    static func == (lhs: WordKey, rhs: WordKey) -> Bool {
        var left = lhs.string
        var right = rhs.string
        return left.withUTF8 { a in
            right.withUTF8 { b in a.count == b.count && a.elementsEqual(b) }
        }
    }

    func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    var description: String { string }
    /// The number of characters, counted on the UTF-8 bytes (every byte but a continuation byte starts one).
    var scalarCount: Int { string.utf8.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } }
    var firstScalar: Unicode.Scalar? { string.unicodeScalars.first }

    func hasPrefix(_ prefix: WordKey) -> Bool { string.utf8.starts(with: prefix.string.utf8) }

    func hasSuffix(_ suffix: WordKey) -> Bool {
        let count = suffix.string.utf8.count
        return string.utf8.count >= count && string.utf8.suffix(count).elementsEqual(suffix.string.utf8)
    }

    func contains(_ part: WordKey) -> Bool {
        let bytes = Array(string.utf8)
        let needle = Array(part.string.utf8)
        guard !needle.isEmpty, needle.count <= bytes.count else { return needle.isEmpty }
        return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// The key without its first `count` characters.
    func droppingFirst(_ count: Int) -> WordKey {
        var remaining = count
        let rest = string.utf8.drop { byte in
            if byte & 0xC0 != 0x80 {
                if remaining == 0 { return false }
                remaining -= 1
            }
            return true
        }
        return WordKey(normalized: String(decoding: rest, as: UTF8.self))
    }
}
