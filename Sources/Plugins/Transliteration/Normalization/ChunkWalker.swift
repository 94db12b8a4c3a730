/// An offset into a text in the three units the normalizer tracks at once.
struct TextPosition {
    var utf16 = 0
    var scalar = 0
    var utf8 = 0
}

/// One piece of text that normalizes on its own: a character with a normalization
/// boundary before it, and the characters after it up to the next boundary.
struct NormalizationChunk {
    var start: TextPosition
    var end: TextPosition
    /// The first code point.
    var first: UInt32
    /// Whether the chunk is that one code point.
    var isSingle: Bool
}

/// Walks UTF-16 text chunk by chunk (see ``NormalizationChunk``), keeping UTF-16,
/// code point and UTF-8 offsets in step.
struct ChunkWalker {
    private let utf16: UnsafeBufferPointer<UInt16>
    /// The normalizer's flags of every BMP code point (``NormalizationTable/flags(keptBy:)``).
    private let flags: UnsafeBufferPointer<UInt8>
    /// For the flags of code points beyond the BMP.
    private let table: NormalizationTable
    private let longestChunk: Int
    private(set) var position = TextPosition()

    init(
        utf16: UnsafeBufferPointer<UInt16>, flags: UnsafeBufferPointer<UInt8>, table: NormalizationTable,
        longestChunk: Int
    ) {
        self.utf16 = utf16
        self.flags = flags
        self.table = table
        self.longestChunk = longestChunk
    }

    /// Moves past every chunk that is one BMP code point the normalizer keeps as it is
    /// (``NormalizationTable/keptAlone``), most of any text, to the next chunk that may change.
    mutating func skipKept() {
        var offset = position.utf16
        var bytes = position.utf8
        while offset < utf16.count {
            let unit = utf16[offset]
            // Surrogates have no flags, so a pair or a lone surrogate stops here.
            guard flags[Int(unit)] & NormalizationTable.keptAlone != 0 else { break }
            if offset + 1 < utf16.count && flags(at: offset + 1) & NormalizationTable.boundaryBefore == 0 { break }
            offset += 1
            bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3
        }
        position.scalar += offset - position.utf16
        position.utf16 = offset
        position.utf8 = bytes
    }

    mutating func next() -> NormalizationChunk? {
        guard position.utf16 < utf16.count else { return nil }
        let start = position
        let first = advance()
        var isSingle = true
        while position.utf16 < utf16.count && position.utf16 - start.utf16 < longestChunk {
            if flags(at: position.utf16) & NormalizationTable.boundaryBefore != 0 { break }
            _ = advance()
            isSingle = false
        }
        return NormalizationChunk(start: start, end: position, first: first, isSingle: isSingle)
    }

    /// Reads the code point at the position and moves past it.
    private mutating func advance() -> UInt32 {
        let c = decodeUTF16(utf16, at: position.utf16)
        position.utf16 += c >= 0x10000 ? 2 : 1
        position.utf8 += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
        position.scalar += 1
        return c
    }

    /// The flags of the code point at a UTF-16 offset.
    @inline(__always)
    private func flags(at offset: Int) -> UInt8 {
        let unit = utf16[offset]
        if unit & 0xF800 != 0xD800 { return flags[Int(unit)] }
        return table.flags(of: decodeUTF16(utf16, at: offset))
    }
}

/// The code point at a UTF-16 offset; a lone surrogate stands for itself.
@inline(__always)
func decodeUTF16(_ units: UnsafeBufferPointer<UInt16>, at offset: Int) -> UInt32 {
    let unit = UInt32(units[offset])
    if unit & 0xFC00 == 0xD800, offset + 1 < units.count, units[offset + 1] & 0xFC00 == 0xDC00 {
        return 0x10000 + ((unit - 0xD800) << 10) + (UInt32(units[offset + 1]) - 0xDC00)
    }
    return unit
}
