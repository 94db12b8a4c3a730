/// A word as the lexicons match it, normalized by ``WordLexer``: a plain value of two integers, with no
/// reference in it, so that copying a ``Word`` copies bytes.
///
/// Nearly every key is short ASCII or Arabic text, and such a key is packed into the two integers: one
/// byte per character (ASCII as it is, U+0600…U+067F as 0x80…0xFF) and its length in the top byte.
/// Building, comparing and hashing a word's key is then a handful of integer operations, with no `String`
/// made per word. A single character that does not pack (`«`, `—`) is kept as its scalar value. Any other
/// text is spelled out in a ``KeyTexts`` table and the key holds its index there; the operations that read
/// such a key's characters are given the table.
///
/// Each text has exactly one key (packed whenever it packs, and one index per text, see ``KeyTexts``), so
/// equal keys mean equal texts, compared character by character as normalized, without the canonical
/// equivalence of `String` equality.
struct WordKey: Equatable, Sendable, ExpressibleByStringLiteral {
    /// Packed characters 0 to 7, the first in the lowest byte; a character key's scalar value; 0 for a
    /// spelled key.
    let low: UInt64
    /// Packed characters 8 to 14, and in the top byte the length, or ``characterTag`` or ``spelledTag``;
    /// below a spelled key's tag, its ``KeyTexts`` level and its index there.
    let high: UInt64

    /// The most characters a packed key holds.
    static let packedCapacity = 15
    /// The top byte of a key of one character that does not pack.
    private static let characterTag: UInt64 = 0xFD
    /// The top byte of ``unused``.
    private static let unusedTag: UInt64 = 0xFE
    /// The top byte of a key spelled out in a ``KeyTexts`` table.
    private static let spelledTag: UInt64 = 0xFF

    /// A key no text has, as its top byte is neither a packed length nor the tag of a text's key.
    static var unused: WordKey { WordKey(low: 0, high: unusedTag << 56) }

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The key of a normalized text that packs or is a single character, or `nil` for a text that must be
    /// spelled out (``KeyTexts/key(normalized:)``).
    init?(packing text: String) {
        var packer = Packer()
        for scalar in text.unicodeScalars {
            guard scalar.value <= 0xFFFF, packer.append(UInt16(scalar.value)) else {
                var scalars = text.unicodeScalars.makeIterator()
                guard let only = scalars.next(), scalars.next() == nil else { return nil }
                self.init(character: only)
                return
            }
        }
        self = packer.key
    }

    /// The key of one character: packed when it packs.
    init(character: Unicode.Scalar) {
        var packer = Packer()
        if character.value <= 0xFFFF && packer.append(UInt16(character.value)) {
            self = packer.key
        } else {
            self.init(low: UInt64(character.value), high: Self.characterTag << 56)
        }
    }

    /// The key of text number `index` of ``KeyTexts`` level `level`.
    init(spelled index: Int, level: UInt8) {
        self.init(low: 0, high: Self.spelledTag << 56 | UInt64(level) << 32 | UInt64(UInt32(index)))
    }

    /// A literal in the rules is taken as written, so it must already be in normalized form (`"الي"` for
    /// `إلى`), and pack or be one character, as no table comes with it; word lists go through
    /// ``WordLexer/key(_:in:)`` instead. Its UTF-8 is decoded here, as the rules make their literal keys each
    /// time they compare one.
    init(stringLiteral literal: StaticString) {
        let packed: WordKey? = literal.withUTF8Buffer { bytes in
            var packer = Packer()
            var index = 0
            while index < bytes.count {
                let lead = UInt16(bytes[index])
                // One-byte (ASCII) and two-byte sequences are all the packed characters need.
                if lead < 0x80 {
                    index += 1
                    guard packer.append(lead) else { return nil }
                } else if lead & 0xE0 == 0xC0 && index + 1 < bytes.count {
                    index += 2
                    guard packer.append((lead & 0x1F) << 6 | UInt16(bytes[index - 1] & 0x3F)) else { return nil }
                } else {
                    return nil
                }
            }
            return packer.key
        }
        guard let key = packed ?? WordKey(packing: literal.description) else {
            preconditionFailure("a literal word key must pack or be one character: \(literal)")
        }
        self = key
    }

    /// Builds a packed key one character (UTF-16 unit) at a time.
    struct Packer {
        private var low: UInt64 = 0
        private var high: UInt64 = 0
        private(set) var count = 0

        /// Adds a character; `false` when it does not pack (outside the packed ranges, or one too many).
        @inline(__always)
        mutating func append(_ unit: UInt16) -> Bool {
            guard let byte = Self.byte(for: unit) else { return false }
            return append(byte: byte)
        }

        /// The byte that stands for a character in a packed key, or `nil` when the character does not pack.
        @inline(__always)
        static func byte(for unit: UInt16) -> UInt8? {
            if unit < 0x80 { return UInt8(unit) }
            if unit &- 0x0600 < 0x80 { return UInt8(unit - 0x0600 + 0x80) }
            return nil
        }

        /// Adds a character by its byte (``byte(for:)``); `false` when the key is full.
        @inline(__always)
        mutating func append(byte: UInt8) -> Bool {
            let byte = UInt64(byte)
            switch count {
            case 0..<8: low |= byte << (8 * count)
            case 8..<WordKey.packedCapacity: high |= byte << (8 * (count - 8))
            default: return false
            }
            count += 1
            return true
        }

        var key: WordKey { WordKey(low: low, high: high | UInt64(count) << 56) }
    }

    /// Whether the key is packed, told by its top byte alone.
    var isPacked: Bool { high >> 56 <= Self.packedCapacity }
    /// Whether the key is spelled out in a ``KeyTexts`` table.
    var isSpelled: Bool { high >> 56 == Self.spelledTag }
    /// The ``KeyTexts`` level of a spelled key.
    var spelledLevel: UInt8 { UInt8(truncatingIfNeeded: high >> 32) }
    /// The index of a spelled key's text in its ``KeyTexts`` level.
    var spelledIndex: Int { Int(UInt32(truncatingIfNeeded: high)) }
    /// The number of packed characters (only for a packed key).
    private var packedCount: Int { Int(high >> 56) }

    /// The key's text; a spelled key's is read from `texts`.
    func text(in texts: KeyTexts) -> String {
        isSpelled ? texts.text(of: self) : String(String.UnicodeScalarView(scalars(in: texts)))
    }

    /// The characters of the key; a spelled key's are read from `texts`.
    private func scalars(in texts: KeyTexts) -> [Unicode.Scalar] {
        switch high >> 56 {
        case Self.characterTag: [Unicode.Scalar(UInt32(truncatingIfNeeded: low))!]
        case Self.spelledTag: Array(texts.text(of: self).unicodeScalars)
        default: (0..<packedCount).map { Self.scalar(packedByte($0)) }
        }
    }

    /// The byte of packed character `index`.
    private func packedByte(_ index: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: index < 8 ? low >> (8 * index) : high >> (8 * (index - 8)))
    }

    /// The character a packed byte stands for.
    private static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(byte < 0x80 ? UInt32(byte) : UInt32(byte) - 0x80 + 0x0600)!
    }

    var isEmpty: Bool { high >> 56 == 0 }

    /// The number of characters.
    func scalarCount(in texts: KeyTexts) -> Int { isPacked ? packedCount : scalars(in: texts).count }

    func firstScalar(in texts: KeyTexts) -> Unicode.Scalar? {
        guard isPacked else { return scalars(in: texts).first }
        return packedCount == 0 ? nil : Self.scalar(UInt8(truncatingIfNeeded: low))
    }

    /// The bytes of the first `count` packed characters, as masks over `low` and `high`.
    private static func masks(_ count: Int) -> (low: UInt64, high: UInt64) {
        if count >= 8 { return (~0, count == 8 ? 0 : (1 << (8 * (count - 8))) - 1) }
        return (count == 0 ? 0 : (1 << (8 * count)) - 1, 0)
    }

    func hasPrefix(_ prefix: WordKey, in texts: KeyTexts) -> Bool {
        guard isPacked && prefix.isPacked else { return scalars(in: texts).starts(with: prefix.scalars(in: texts)) }
        guard prefix.packedCount <= packedCount else { return false }
        let mask = Self.masks(prefix.packedCount)
        return (low ^ prefix.low) & mask.low == 0 && (high ^ prefix.high) & mask.high == 0
    }

    func hasSuffix(_ suffix: WordKey, in texts: KeyTexts) -> Bool {
        guard isPacked && suffix.isPacked else {
            return scalars(in: texts).reversed().starts(with: suffix.scalars(in: texts).reversed())
        }
        guard suffix.packedCount <= packedCount else { return false }
        return droppingFirst(packedCount - suffix.packedCount, in: texts) == suffix
    }

    func contains(_ part: WordKey, in texts: KeyTexts) -> Bool {
        guard isPacked && part.isPacked else {
            let (characters, needle) = (scalars(in: texts), part.scalars(in: texts))
            guard needle.count <= characters.count else { return false }
            return (0...(characters.count - needle.count)).contains { characters[$0...].starts(with: needle) }
        }
        guard part.packedCount <= packedCount else { return false }
        return (0...(packedCount - part.packedCount)).contains {
            droppingFirst($0, in: texts).hasPrefix(part, in: texts)
        }
    }

    /// The key of `prefix` followed by this key's text; a new text that does not pack is spelled in `texts`.
    func prepending(_ prefix: WordKey, in texts: KeyTexts) -> WordKey {
        guard isPacked && prefix.isPacked && prefix.packedCount + packedCount <= Self.packedCapacity else {
            return texts.key(normalized: prefix.text(in: texts) + text(in: texts))
        }
        var packer = Packer()
        for index in 0..<prefix.packedCount { _ = packer.append(byte: prefix.packedByte(index)) }
        for index in 0..<packedCount { _ = packer.append(byte: packedByte(index)) }
        return packer.key
    }

    /// The key without its first `count` characters; a new text that does not pack is spelled in `texts`.
    func droppingFirst(_ count: Int, in texts: KeyTexts) -> WordKey {
        guard isPacked else {
            return texts.key(normalized: String(String.UnicodeScalarView(scalars(in: texts).dropFirst(count))))
        }
        let remaining = max(0, packedCount - count)
        let content = high & ((1 << 56) - 1)
        let bits = 8 * min(count, packedCount)
        let low: UInt64
        let high: UInt64
        switch bits {
        case 0: (low, high) = (self.low, content)
        case 1..<64: (low, high) = (self.low >> bits | content << (64 - bits), content >> bits)
        default: (low, high) = (content >> (bits - 64), 0)
        }
        return WordKey(low: low, high: high | UInt64(remaining) << 56)
    }
}
