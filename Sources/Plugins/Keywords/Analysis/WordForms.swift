/// A document's distinct word forms: an Arabic word folded (``ArabicFolding``), so that its spelling
/// variants are one form, any other word as written.
///
/// Folding as the words are read, rather than once per form afterwards, spares the analysis a second
/// table of folded words: most Arabic words are written folded already and cost no more than a look-up.
struct WordForms {
    /// What a form is, as the first word read with it was.
    struct Kind {
        /// Whether it has Arabic units (``ArabicFolding/isArabic(_:)``), and so is folded.
        var isArabic: Bool
        var isNumber: Bool
    }

    /// The forms' texts. The analysis adds its stems and keys after them.
    var table: InternTable
    /// Per form: what it is.
    private(set) var kinds: [Kind] = []

    /// Room for `capacity` forms before the table grows.
    init(capacity: Int) {
        table = InternTable(capacity: capacity)
        kinds.reserveCapacity(capacity)
    }

    var count: Int { kinds.count }

    /// The index of the form of a word written `surface`, added if it is new; `scratch` has room for
    /// `surface.count` units. (Inlined into the reader's loop over a document's words.)
    @inline(__always)
    mutating func add(_ surface: UnsafeBufferPointer<UInt16>, isNumber: Bool, scratch: UnsafeMutablePointer<UInt16>)
        -> Int
    {
        // The key and its hash first, so that the look-up, inlined, is written once.
        let key: UnsafeBufferPointer<UInt16>
        let hash: UInt32
        let isArabic: Bool
        if let (surfaceHash, hasArabic) = ArabicFolding.hashIfFolded(surface) {
            (key, hash, isArabic) = (surface, surfaceHash, hasArabic)
        } else {
            let folded = ArabicFolding.fold(surface, into: scratch)
            key = folded.hasArabic ? UnsafeBufferPointer(start: scratch, count: folded.count) : surface
            (hash, isArabic) = (InternTable.hash(of: key), folded.hasArabic)
        }
        let form = table.intern(key, hash: hash)
        if form == kinds.count { kinds.append(Kind(isArabic: isArabic, isNumber: isNumber)) }
        return form
    }
}
