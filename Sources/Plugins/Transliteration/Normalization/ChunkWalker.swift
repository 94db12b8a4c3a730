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
    private let table: NormalizationTable
    private let longestChunk: Int
    private(set) var position = TextPosition()

    init(utf16: UnsafeBufferPointer<UInt16>, table: NormalizationTable, longestChunk: Int) {
        self.utf16 = utf16
        self.table = table
        self.longestChunk = longestChunk
    }

    mutating func next() -> NormalizationChunk? {
        guard position.utf16 < utf16.count else { return nil }
        let start = position
        let first = advance()
        var isSingle = true
        while position.utf16 < utf16.count && position.utf16 - start.utf16 < longestChunk {
            if table.flags(of: codePoint(at: position.utf16)) & NormalizationTable.boundaryBefore != 0 { break }
            _ = advance()
            isSingle = false
        }
        return NormalizationChunk(start: start, end: position, first: first, isSingle: isSingle)
    }

    /// Reads the code point at the position and moves past it.
    private mutating func advance() -> UInt32 {
        let c = codePoint(at: position.utf16)
        position.utf16 += c >= 0x10000 ? 2 : 1
        position.utf8 += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
        position.scalar += 1
        return c
    }

    private func codePoint(at offset: Int) -> UInt32 {
        decodeUTF16(utf16, at: offset)
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
