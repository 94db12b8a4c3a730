/// A transform that replaces single characters with fixed strings, compiled
/// to a lookup table that runs on UTF-8 without ICU's rule engine.
///
/// It is made by asking ICU what each character of the transform's source set
/// becomes, so for context-free rules (a scheme's ``TransliterationScheme/isCharacterMap``)
/// it gives exactly what ICU gives. Characters outside the set pass through.
struct CharacterMap: Sendable {
    /// Code points below this are looked up in ``direct``: every one- and two-byte UTF-8 sequence.
    private static let directLimit: UInt32 = 0x800

    /// For each code point below ``directLimit``: 0 when it passes through, else 1 + its replacement's index.
    private var direct = [UInt16](repeating: 0, count: Int(directLimit))
    /// The same for higher code points.
    private var beyond: [UInt32: UInt16] = [:]
    /// Every replacement's UTF-8, back to back: replacement `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int32] = [0]
    /// Every replacement's length in code points.
    private var scalarCounts: [Int32] = []
    /// The most output bytes a single input byte can produce.
    private(set) var maximumExpansion = 1

    /// Compiles the transform by transliterating each character of its source set on its own.
    init(_ transliterator: ICUTransliterator) throws(TransliterationError) {
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
        let index = UInt16(scalarCounts.count + 1)
        if scalar.value < Self.directLimit { direct[Int(scalar.value)] = index } else { beyond[scalar.value] = index }
        bytes.append(contentsOf: replacement.utf8)
        starts.append(Int32(bytes.count))
        scalarCounts.append(Int32(replacement.unicodeScalars.count))
        let sourceBytes = String(Character(scalar)).utf8.count
        maximumExpansion = max(maximumExpansion, (replacement.utf8.count + sourceBytes - 1) / sourceBytes)
    }

    /// Transliterates valid UTF-8 `source` into `output`, which has room for
    /// `source.count * maximumExpansion` bytes; returns the bytes and code points written.
    func apply(_ source: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<UInt8>) -> (bytes: Int, scalars: Int) {
        direct.withUnsafeBufferPointer { direct in
            bytes.withUnsafeBufferPointer { replacements in
                var written = 0
                var scalars = 0
                var index = 0
                while index < source.count {
                    let lead = source[index]
                    let length: Int
                    let entry: UInt16
                    if lead < 0x80 {
                        length = 1
                        entry = direct[Int(lead)]
                    } else if lead < 0xE0 {
                        length = 2
                        entry = direct[Int(lead & 0x1F) << 6 | Int(source[index + 1] & 0x3F)]
                    } else {
                        length = lead < 0xF0 ? 3 : 4
                        entry = beyond.isEmpty ? 0 : lookUpBeyond(source, at: index, length: length)
                    }
                    if entry == 0 {
                        for offset in 0..<length { output[written + offset] = source[index + offset] }
                        written += length
                        scalars += 1
                    } else {
                        let replacement = Int(entry) - 1
                        let start = Int(starts[replacement])
                        let end = Int(starts[replacement + 1])
                        for byte in start..<end {
                            output[written] = replacements[byte]
                            written += 1
                        }
                        scalars += Int(scalarCounts[replacement])
                    }
                    index += length
                }
                return (written, scalars)
            }
        }
    }

    private func lookUpBeyond(_ source: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> UInt16 {
        var value = UInt32(source[index]) & (length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(source[index + offset] & 0x3F) }
        return beyond[value] ?? 0
    }
}
