/// A word as the lexicons match it, normalized by ``WordLexer``.
///
/// Nearly every key is short ASCII or Arabic text, and such a key is packed into two integers: one byte
/// per character (ASCII as it is, U+0600…U+067F as 0x80…0xFF) and its length in the top byte. Building,
/// comparing and hashing a word's key is then a handful of integer operations, with no `String` made per
/// word. A key that does not pack (over 15 characters, or with a character outside those ranges) keeps
/// its text, and the text's hash where the packed bytes would be.
///
/// Each text has exactly one form (packed whenever it packs), so equal keys mean equal texts, compared
/// character by character as normalized, without the canonical equivalence of `String` equality.
struct WordKey: Equatable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// Packed characters 0 to 7, the first in the lowest byte; for a key that does not pack, its hash.
    let low: UInt64
    /// Packed characters 8 to 14, and in the top byte the length, or ``spilledTag`` for a key that does not pack.
    let high: UInt64
    /// The text of a key that does not pack, else `nil`; boxed, so that copying a key, or a ``Word``, costs
    /// one reference count.
    private let spilled: SpilledText?

    /// The most characters a packed key holds.
    static let packedCapacity = 15
    /// The top byte of a key that does not pack; no packed length reaches it.
    private static let spilledTag: UInt64 = 0xFF

    /// A key no text has, as its length byte is neither a packed length nor the spilled tag.
    static var unused: WordKey { WordKey(low: 0, high: 0xFE << 56, spilled: nil) }

    private init(low: UInt64, high: UInt64, spilled: SpilledText?) {
        self.low = low
        self.high = high
        self.spilled = spilled
    }

    /// The key of a normalized text: packed when it packs.
    init(normalized text: String) {
        var packer = Packer()
        for scalar in text.unicodeScalars {
            guard scalar.value <= 0xFFFF, packer.append(UInt16(scalar.value)) else {
                self.init(spilling: text)
                return
            }
        }
        self = packer.key
    }

    /// A literal in the rules is taken as written, so it must already be in normalized form (`"الي"` for
    /// `إلى`); word lists go through ``WordLexer/key(_:)`` instead. Its UTF-8 is decoded here, as the rules
    /// make their literal keys each time they compare one.
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
        self = packed ?? WordKey(normalized: literal.description)
    }

    /// A key kept as text, for a text that does not pack; its FNV-1a hash stands in for the packed bytes.
    private init(spilling text: String) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        self.init(low: hash, high: Self.spilledTag << 56, spilled: SpilledText(text))
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

        var key: WordKey { WordKey(low: low, high: high | UInt64(count) << 56, spilled: nil) }
    }

    static func == (lhs: WordKey, rhs: WordKey) -> Bool {
        guard lhs.low == rhs.low && lhs.high == rhs.high else { return false }
        guard let left = lhs.spilled, let right = rhs.spilled else { return true }
        return left === right || left.text.utf8.elementsEqual(right.text.utf8)
    }

    /// Whether the key is packed, told by its length byte alone.
    var isPacked: Bool { high >> 56 != Self.spilledTag }
    /// The number of packed characters (only for a packed key).
    private var packedCount: Int { Int(high >> 56) }

    var description: String {
        guard isPacked else { return spilled!.text }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The characters of the key.
    private var scalars: [Unicode.Scalar] {
        if let spilled { return Array(spilled.text.unicodeScalars) }
        return (0..<packedCount).map { Self.scalar(packedByte($0)) }
    }

    /// The byte of packed character `index`.
    private func packedByte(_ index: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: index < 8 ? low >> (8 * index) : high >> (8 * (index - 8)))
    }

    /// The character a packed byte stands for.
    private static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(byte < 0x80 ? UInt32(byte) : UInt32(byte) - 0x80 + 0x0600)!
    }

    var isEmpty: Bool { isPacked && packedCount == 0 }
    /// The number of characters.
    var scalarCount: Int { isPacked ? packedCount : spilled!.text.unicodeScalars.count }
    var firstScalar: Unicode.Scalar? {
        guard isPacked else { return spilled!.text.unicodeScalars.first }
        return packedCount == 0 ? nil : Self.scalar(UInt8(truncatingIfNeeded: low))
    }

    /// The bytes of the first `count` packed characters, as masks over `low` and `high`.
    private static func masks(_ count: Int) -> (low: UInt64, high: UInt64) {
        if count >= 8 { return (~0, count == 8 ? 0 : (1 << (8 * (count - 8))) - 1) }
        return (count == 0 ? 0 : (1 << (8 * count)) - 1, 0)
    }

    func hasPrefix(_ prefix: WordKey) -> Bool {
        guard isPacked && prefix.isPacked else { return scalars.starts(with: prefix.scalars) }
        guard prefix.packedCount <= packedCount else { return false }
        let mask = Self.masks(prefix.packedCount)
        return (low ^ prefix.low) & mask.low == 0 && (high ^ prefix.high) & mask.high == 0
    }

    func hasSuffix(_ suffix: WordKey) -> Bool {
        guard isPacked && suffix.isPacked else { return scalars.reversed().starts(with: suffix.scalars.reversed()) }
        guard suffix.packedCount <= packedCount else { return false }
        return droppingFirst(packedCount - suffix.packedCount) == suffix
    }

    func contains(_ part: WordKey) -> Bool {
        guard isPacked && part.isPacked else {
            let (characters, needle) = (scalars, part.scalars)
            guard needle.count <= characters.count else { return false }
            return (0...(characters.count - needle.count)).contains { characters[$0...].starts(with: needle) }
        }
        guard part.packedCount <= packedCount else { return false }
        return (0...(packedCount - part.packedCount)).contains { droppingFirst($0).hasPrefix(part) }
    }

    /// The key of `prefix` followed by this key's text.
    func prepending(_ prefix: WordKey) -> WordKey {
        guard isPacked && prefix.isPacked && prefix.packedCount + packedCount <= Self.packedCapacity else {
            return WordKey(normalized: prefix.description + description)
        }
        var packer = Packer()
        for index in 0..<prefix.packedCount { _ = packer.append(byte: prefix.packedByte(index)) }
        for index in 0..<packedCount { _ = packer.append(byte: packedByte(index)) }
        return packer.key
    }

    /// The key without its first `count` characters.
    func droppingFirst(_ count: Int) -> WordKey {
        guard isPacked else { return WordKey(normalized: String(String.UnicodeScalarView(scalars.dropFirst(count)))) }
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
        return WordKey(low: low, high: high | UInt64(remaining) << 56, spilled: nil)
    }
}

/// The text of a ``WordKey`` that does not pack.
final class SpilledText: Sendable {
    let text: String

    init(_ text: String) { self.text = text }
}
