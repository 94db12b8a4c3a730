/// A transform that replaces single characters with fixed strings, compiled
/// to a lookup table that runs on UTF-8 without ICU's rule engine.
///
/// It is made by asking ICU what each character of the transform's source set
/// becomes, so for context-free rules (a scheme's ``TransliterationScheme/isCharacterMap``)
/// it gives exactly what ICU gives. Characters outside the set pass through.
struct CharacterMap: Sendable {
    /// Code points below this are looked up in ``direct``: every one- and two-byte UTF-8 sequence.
    private static let directLimit: UInt32 = 0x800

    /// What each code point below ``directLimit`` becomes, itself included (see ``Entry``).
    private var direct: [UInt64]
    /// The replaced code points above it; the others pass through.
    private var beyond: [UInt32: UInt64] = [:]
    /// Replacements longer than an entry holds.
    private var longReplacements: [[UInt8]] = []
    /// The most output bytes one input byte can produce.
    private(set) var maximumExpansion = 1

    /// A replacement packed in 64 bits: up to 4 UTF-8 bytes in the low 32 bits (first byte lowest),
    /// their count in bits 32–39 and their code points in bits 40–47. A longer replacement
    /// has the count 0xFF and the index of its ``longReplacements`` entry in the low 32 bits.
    private enum Entry {
        static let long = 0xFF

        static func pack(_ utf8: [UInt8], scalars: Int, longIndex: Int) -> UInt64 {
            guard utf8.count <= 4 else { return UInt64(longIndex) | UInt64(long) << 32 | UInt64(scalars) << 40 }
            var packed = UInt64(utf8.count) << 32 | UInt64(scalars) << 40
            for (index, byte) in utf8.enumerated() { packed |= UInt64(byte) << (8 * index) }
            return packed
        }
    }

    /// Compiles the transform by transliterating each character of its source set on its own.
    init(_ transliterator: ICUTransliterator) throws(TransliterationError) {
        direct = (0..<Self.directLimit).map { value in
            Entry.pack(Array(String(Character(Unicode.Scalar(value)!)).utf8), scalars: 1, longIndex: 0)
        }
        for range in try transliterator.sourceRanges() {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let replacement = try transliterator.transform(String(Character(scalar)))
                if replacement.unicodeScalars.elementsEqual([scalar]) { continue }
                add(scalar, replacement)
            }
        }
    }

    private mutating func add(_ scalar: Unicode.Scalar, _ replacement: String) {
        let utf8 = Array(replacement.utf8)
        let entry = Entry.pack(utf8, scalars: replacement.unicodeScalars.count, longIndex: longReplacements.count)
        if utf8.count > 4 { longReplacements.append(utf8) }
        if scalar.value < Self.directLimit { direct[Int(scalar.value)] = entry } else { beyond[scalar.value] = entry }
        let sourceBytes = String(Character(scalar)).utf8.count
        maximumExpansion = max(maximumExpansion, (utf8.count + sourceBytes - 1) / sourceBytes)
    }

    /// Transliterates the first `scalars` code points of valid UTF-8 `source` into `output`, which
    /// has room for `maximumExpansion` bytes per source byte (and 4 more).
    /// Returns the bytes read and written and the code points written.
    func apply(
        _ source: UnsafeBufferPointer<UInt8>, scalars: Int, into output: UnsafeMutablePointer<UInt8>
    ) -> (read: Int, written: Int, scalars: Int) {
        direct.withUnsafeBufferPointer { direct in
            var read = 0
            var written = 0
            var scalarsWritten = 0
            for _ in 0..<scalars {
                let lead = source[read]
                let entry: UInt64
                if lead < 0x80 {
                    entry = direct[Int(lead)]
                    read += 1
                } else if lead < 0xE0 {
                    entry = direct[Int(lead & 0x1F) << 6 | Int(source[read + 1] & 0x3F)]
                    read += 2
                } else {
                    let length = lead < 0xF0 ? 3 : 4
                    entry = beyond.isEmpty ? passThrough(source, at: read, length: length) : lookUp(source, at: read, length: length)
                    read += length
                }
                let byteCount = Int(truncatingIfNeeded: entry >> 32) & 0xFF
                if byteCount == Entry.long {
                    for byte in longReplacements[Int(truncatingIfNeeded: entry & 0xFFFF_FFFF)] {
                        output[written] = byte
                        written += 1
                    }
                } else {
                    // Four bytes at once; only `byteCount` of them count, the rest is room the caller gave.
                    UnsafeMutableRawPointer(output + written).storeBytes(of: UInt32(truncatingIfNeeded: entry).littleEndian, as: UInt32.self)
                    written += byteCount
                }
                scalarsWritten += Int(truncatingIfNeeded: entry >> 40) & 0xFF
            }
            return (read, written, scalarsWritten)
        }
    }

    /// The entry of a three- or four-byte sequence.
    private func lookUp(_ source: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> UInt64 {
        var value = UInt32(source[index]) & (length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(source[index + offset] & 0x3F) }
        return beyond[value] ?? passThrough(source, at: index, length: length)
    }

    /// The entry that writes a three- or four-byte sequence unchanged.
    private func passThrough(_ source: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> UInt64 {
        var packed = UInt64(length) << 32 | 1 << 40
        for offset in 0..<length { packed |= UInt64(source[index + offset]) << (8 * offset) }
        return packed
    }
}
