/// Arabic letters as UTF-16 code units, and the folding that makes spelling variants match.
///
/// Folding drops diacritics (harakat, tanween, shadda, sukun, dagger alef,
/// Quranic marks) and tatweel, writes every alef with hamza or madda as bare
/// alef, alef maqsura as yeh and teh marbuta as heh: the same light
/// normalization the evaluation of keyphrases uses.
enum ArabicFolding {
    static let alef: UInt16 = 0x0627
    static let beh: UInt16 = 0x0628
    static let tehMarbuta: UInt16 = 0x0629
    static let feh: UInt16 = 0x0641
    static let kaf: UInt16 = 0x0643
    static let lam: UInt16 = 0x0644
    static let heh: UInt16 = 0x0647
    static let waw: UInt16 = 0x0648
    static let yeh: UInt16 = 0x064A
    static let noon: UInt16 = 0x0646

    /// Whether a unit belongs to the Arabic block or its supplements (letters, marks, digits).
    @inline(__always)
    static func isArabic(_ unit: UInt16) -> Bool {
        (0x0600...0x06FF).contains(unit) || (0x0750...0x077F).contains(unit) || (0x08A0...0x08FF).contains(unit)
    }

    /// Whether folding drops the unit: a diacritic, a Quranic mark or tatweel.
    @inline(__always)
    static func isIgnorable(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06DC, 0x06DF...0x06E4, 0x06E7, 0x06E8,
            0x06EA...0x06ED, 0x08D3...0x08FF, 0x200C, 0x200D:
            true
        default:
            false
        }
    }

    /// The folded letter for a unit that folding keeps.
    @inline(__always)
    static func folded(_ unit: UInt16) -> UInt16 {
        switch unit {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: alef
        case 0x0649: yeh
        case 0x0629: heh
        default: unit
        }
    }

    /// The folded unit of each unit of U+0600–U+06FF, where most of a word's units are; 0 where folding drops it.
    private static let arabicBlock: [UInt16] = (0x0600...0x06FF).map { isIgnorable($0) ? 0 : folded($0) }

    /// What ``fold(_:into:)`` wrote.
    struct Folded {
        /// How many units it wrote.
        var count: Int
        /// Whether the units have an Arabic one (``isArabic(_:)``).
        var hasArabic: Bool
    }

    /// Writes the folded form of `units` to `output`, which has room for `units.count` units.
    static func fold(_ units: UnsafeBufferPointer<UInt16>, into output: UnsafeMutablePointer<UInt16>) -> Folded {
        Self.arabicBlock.withUnsafeBufferPointer { block in
            var count = 0
            var hasArabic = false
            for unit in units {
                if unit &- 0x0600 < 0x100 {
                    let folded = block[Int(unit &- 0x0600)]
                    output[count] = folded
                    count &+= folded != 0 ? 1 : 0
                    hasArabic = true
                } else {
                    hasArabic = hasArabic || isArabic(unit)
                    if !isIgnorable(unit) {
                        output[count] = folded(unit)
                        count &+= 1
                    }
                }
            }
            return Folded(count: count, hasArabic: hasArabic)
        }
    }

    /// Whether `units` have an Arabic one (``isArabic(_:)``) when folding leaves them as they are, as it
    /// leaves most words, with their ``InternTable/hash(of:)``; `nil` when folding changes them. Cheaper
    /// than folding: it only reads, and it hashes the units as it reads them, so that a word that folding
    /// keeps is read once rather than once to check it and again to hash it. (Inlined into the reader's
    /// loop over a document's words.)
    @inline(__always)
    static func hashIfFolded(_ units: UnsafeBufferPointer<UInt16>) -> (hash: UInt32, hasArabic: Bool)? {
        Self.arabicBlock.withUnsafeBufferPointer { block in
            var hasArabic = false
            /// Whether folding keeps `unit`, noting whether it is Arabic.
            @inline(__always)
            func keeps(_ unit: UInt16) -> Bool {
                if unit &- 0x0600 < 0x100 {
                    hasArabic = true
                    return block[Int(unit &- 0x0600)] == unit
                }
                guard unit >= 0x80 else { return true }
                hasArabic = hasArabic || isArabic(unit)
                return !isIgnorable(unit)
            }
            var hasher = InternTable.UnitHasher()
            var offset = 0
            let pairsEnd = units.count & ~1
            while offset < pairsEnd {
                let first = units[offset]
                let second = units[offset &+ 1]
                guard keeps(first), keeps(second) else { return nil }
                hasher.combine(first, second)
                offset &+= 2
            }
            if offset < units.count {
                guard keeps(units[offset]) else { return nil }
                hasher.combine(units[offset])
            }
            return (hasher.finalize(), hasArabic)
        }
    }

    /// The folded form of a word.
    static func fold(_ word: String) -> [UInt16] {
        fold(Array(word.utf16)[...])
    }

    /// The folded form of a word's units.
    static func fold(_ units: ArraySlice<UInt16>) -> [UInt16] {
        units.withUnsafeBufferPointer { units in
            [UInt16](unsafeUninitializedCapacity: units.count) { output, count in
                count = units.isEmpty ? 0 : fold(units, into: output.baseAddress!).count
            }
        }
    }

    /// The offset in `units` of the unit that folds to the folded form's unit `foldedOffset`;
    /// `units.count` when the folded form is shorter.
    static func surfaceOffset(ofFolded foldedOffset: Int, in units: UnsafeBufferPointer<UInt16>) -> Int {
        var kept = 0
        for (offset, unit) in units.enumerated() where !isIgnorable(unit) {
            if kept == foldedOffset { return offset }
            kept += 1
        }
        return units.count
    }
}
