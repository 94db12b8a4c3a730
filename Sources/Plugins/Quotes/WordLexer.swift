import CICU

/// A word or punctuation token of a line, as the attribution rules read it.
struct Word: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punctuation, quoteMark
    }

    /// Where the token is, in UTF-16 units.
    var range: Range<Int>
    var kind: Kind
    /// The form lexicons are matched against; for punctuation, the character.
    var key: WordKey
    /// The first letter is a capital (or, in `al-Amr`, the letter after the hyphen is).
    var isCapitalized: Bool
    /// Written in Arabic script.
    var isArabic: Bool
    /// Ends in a tatweel, as the prepositions glued to a quote do (`كـ"…"`, `لـ«…»`).
    var endsWithTatweel: Bool
    /// How many quotes' contents enclose the token.
    var depth = 0
    /// The reporting word the token is, looked up once (``ReportingLexicon/cue(_:)``).
    var cue: (entry: CueEntry, conjunction: Bool)?

    var isWord: Bool { kind == .word }
    var isPunctuation: Bool { kind == .punctuation || kind == .quoteMark }
}

/// Splits a stretch of text into ``Word`` tokens.
///
/// Words are runs of letters, digits and combining marks; an apostrophe or a
/// hyphen between letters stays inside a word (`it's`, `al-Amr`), and so do the
/// dots of initials (`U.S.`). Every other non-space character is a token of its own.
///
/// A lexer holds the lookup tables it reads at every unit, so that they are fetched once per stretch of text
/// rather than once per unit (each access to a `static let` checks that it is initialized).
struct WordLexer {
    private let text: UnsafeBufferPointer<UInt16>
    /// ``CharacterKind/table``.
    private let kinds: [CharacterKind]
    /// ``packedFolds``.
    private let folds: [UInt16]
    /// The lexicon whose reporting words are looked up as words are made (``Word/cue``), if any.
    private let lexicon: ReportingLexicon?
    /// Where the texts of keys that do not pack are spelled.
    private let keyTexts: KeyTexts

    private init(_ text: UnsafeBufferPointer<UInt16>, keyTexts: KeyTexts, lexicon: ReportingLexicon? = nil) {
        self.text = text
        kinds = CharacterKind.table
        folds = Self.packedFolds
        self.keyTexts = keyTexts
        self.lexicon = lexicon
    }

    /// The tokens of `range`, their keys spelled in `keyTexts` when they do not pack, with their ``Word/cue``
    /// looked up in `lexicon` when one is given.
    static func words(
        in range: Range<Int>, text: UnsafeBufferPointer<UInt16>, keyTexts: KeyTexts, lexicon: ReportingLexicon? = nil
    ) -> [Word] {
        WordLexer(text, keyTexts: keyTexts, lexicon: lexicon).words(in: range)
    }

    /// A lexicon entry's key, normalized as the text's words are, spelled in `keyTexts` when it does not pack.
    static func key(_ string: String, in keyTexts: KeyTexts) -> WordKey {
        let units = Array(string.utf16)
        return units.withUnsafeBufferPointer { WordLexer($0, keyTexts: keyTexts).normalize($0) }
    }

    /// The keys of a list of words separated by white space (``CharacterKind/space``), each as ``key(_:in:)``
    /// makes it.
    static func keys(ofList list: String, in keyTexts: KeyTexts) -> [WordKey] {
        let units = Array(list.utf16)
        return units.withUnsafeBufferPointer { text in
            let lexer = WordLexer(text, keyTexts: keyTexts)
            var keys: [WordKey] = []
            var start = 0
            while start < text.count {
                guard lexer.kind(text[start]) != .space else {
                    start += 1
                    continue
                }
                var end = start + 1
                while end < text.count && lexer.kind(text[end]) != .space { end += 1 }
                keys.append(lexer.normalize(UnsafeBufferPointer(rebasing: text[start..<end])))
                start = end
            }
            return keys
        }
    }

    @inline(__always)
    private func kind(_ unit: UInt16) -> CharacterKind {
        unit < CharacterKind.tabulated ? kinds[Int(unit)] : CharacterKind(unit)
    }

    private func words(in range: Range<Int>) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(range.count / 4)  // a guess: tokens with their spaces average more than four units
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let unit = text[index]
            switch kind(unit) {
            case .space:
                index += 1
            case .word:
                let start = index
                index = wordEnd(from: index, end: end)
                words.append(word(start..<index))
            default:
                let kind: Word.Kind = MarkAlphabet.isQuoteCharacter(unit) ? .quoteMark : .punctuation
                words.append(
                    Word(
                        range: index..<(index + 1), kind: kind,
                        key: Self.punctuationKey(unit),
                        isCapitalized: false, isArabic: false, endsWithTatweel: false))
                index += 1
            }
        }
        return words
    }

    /// The end of the word that starts at `start`.
    private func wordEnd(from start: Int, end: Int) -> Int {
        var index = start
        while index < end {
            let unit = text[index]
            if kind(unit) == .word {
                index += 1
                continue
            }
            let joins: Bool
            switch unit {
            case 0x27, 0x2019, 0x2D, 0x2011:  // ' ’ - ‑ between letters
                joins =
                    index > start && index + 1 < end && Self.isLetterLike(text[index - 1]) && Self.isLetterLike(text[index + 1])
            case 0x2E:  // the dots of initials: U.S., J.R.R.
                joins =
                    (index - start == 1 && Self.isASCIIUpper(text[start])) || (index - 2 >= start && text[index - 2] == 0x2E)
                if joins && !(index + 1 < end && Self.isASCIIUpper(text[index + 1])) {
                    return index + 1
                }
            case 0x2C, 0x3A, 0x2F, 0x066B, 0x066C:  // , : / ٫ ٬ between digits: 1,000  15:11  3.5
                joins = index > start && index + 1 < end && Self.isDigit(text[index - 1]) && Self.isDigit(text[index + 1])
            default:
                joins = false
            }
            if !joins { return index }
            index += 1
        }
        return index
    }

    private func word(_ range: Range<Int>) -> Word {
        let first = text[range.lowerBound]
        let isArabic = first >= 0x0600 && first <= 0x06FF
        let kind: Word.Kind = Self.isDigit(first) ? .number : .word
        var capitalized = Self.isUpper(first)
        if !capitalized && !isArabic, let hyphen = range.last(where: { text[$0] == 0x2D }),
            hyphen + 1 < range.upperBound
        {
            capitalized = Self.isUpper(text[hyphen + 1])
        }
        let key = normalize(UnsafeBufferPointer(rebasing: text[range]))
        return Word(
            range: range, kind: kind, key: key, isCapitalized: capitalized, isArabic: isArabic,
            endsWithTatweel: text[range.upperBound - 1] == 0x0640,
            // Looked up here from the parts: reading a word back out of an array copies it whole.
            cue: lexicon?.cue(key, isWord: kind == .word, isCapitalized: capitalized))
    }

    /// The form words are compared in: lower case; Arabic without diacritics and tatweel, with
    /// `أ إ آ ٱ` → `ا`, `ى ئ` → `ي`, `ؤ` → `و`, `ة` → `ه`; `’` → `'`. A word of ASCII and basic Arabic, nearly
    /// every word, is packed straight into its key; other scripts go through the standard library's lower-casing.
    private func normalize(_ units: UnsafeBufferPointer<UInt16>) -> WordKey {
        var packer = WordKey.Packer()
        for unit in units {
            if unit < CharacterKind.tabulated {
                let code = folds[Int(unit)]
                if code == Self.dropped { continue }
                guard code <= UInt8.max, packer.append(byte: UInt8(code)) else { return normalizeAsText(units) }
            } else if let folded = Self.fold(unit) {
                guard packer.append(folded) else { return normalizeAsText(units) }
            }
        }
        return packer.key
    }

    /// Each unit below ``CharacterKind/tabulated`` folded (``fold(_:)``) and packed (``WordKey/Packer/byte(for:)``): its byte,
    /// or ``dropped``, or ``doesNotPack``.
    private static let packedFolds: [UInt16] = (0..<CharacterKind.tabulated).map { unit in
        guard let folded = fold(unit) else { return dropped }
        return WordKey.Packer.byte(for: folded).map(UInt16.init) ?? doesNotPack
    }
    private static let dropped: UInt16 = 0x100
    private static let doesNotPack: UInt16 = 0x200

    /// ``normalize(_:)`` for a word that does not pack: only ASCII, Arabic and `’` are folded by hand.
    private func normalizeAsText(_ units: UnsafeBufferPointer<UInt16>) -> WordKey {
        let folded = units.compactMap(Self.fold)
        let text = String(decoding: folded, as: UTF16.self)
        let byHand = units.allSatisfy { $0 < 0x80 || (0x0600...0x06FF).contains($0) || $0 == 0x2019 }
        return keyTexts.key(normalized: byHand ? text : text.lowercased())
    }

    /// A punctuation token's key: its character as it is.
    private static func punctuationKey(_ unit: UInt16) -> WordKey {
        // Not a surrogate: those are word characters.
        WordKey(character: Unicode.Scalar(unit)!)
    }

    /// One unit folded for comparison, or `nil` when it is dropped (diacritics, tatweel).
    @inline(__always)
    private static func fold(_ unit: UInt16) -> UInt16? {
        switch unit {
        case 0x41...0x5A: unit + 0x20
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0640: nil
        case 0x0622, 0x0623, 0x0625, 0x0671: 0x0627
        case 0x0649, 0x0626, 0x06CC: 0x064A
        case 0x0624: 0x0648
        case 0x0629: 0x0647
        case 0x06A9: 0x0643
        case 0x2019: 0x27
        default: unit
        }
    }

    private static func isLetterLike(_ unit: UInt16) -> Bool { CharacterKind(unit) == .word && !isDigit(unit) }
    private static func isASCIIUpper(_ unit: UInt16) -> Bool { unit >= 0x41 && unit <= 0x5A }

    private static func isUpper(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return isASCIIUpper(unit) }
        if unit >= 0x0600 && unit <= 0x06FF { return false }
        return cicu_isUppercase(Int32(unit)) != 0
    }

    private static func isDigit(_ unit: UInt16) -> Bool {
        (unit >= 0x30 && unit <= 0x39) || (unit >= 0x0660 && unit <= 0x0669) || (unit >= 0x06F0 && unit <= 0x06F9)
    }
}
