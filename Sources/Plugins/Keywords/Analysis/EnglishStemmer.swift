/// English words reduced for grouping only: possessive `'s` and plural endings, after
/// Harman's "S" stemmer (`-sses`, `-xes`, `-ches`, `-shes` lose `es`), so `attacks` and
/// `attack`, `policies` and `policy`, `processes` and `process` are one term.
///
/// The rules read a word's UTF-16 units: every ending they test is ASCII, so a test on the
/// units answers as `String.hasSuffix` would, at a fraction of its cost (the analysis of an
/// English word once spent most of its time in these tests).
enum EnglishStemmer {
    /// The built-in stop words as lower-case UTF-16 units.
    static let stopWords = InternTable(StopWordTable.listedWords(EnglishStopWords.words).map(Array.init))

    /// The stop words that are acronyms when written in capitals, as lower-case UTF-16 units.
    static let acronymsInCapitals = InternTable(
        StopWordTable.listedWords(EnglishStopWords.acronymsInCapitals).map(Array.init))

    /// Adjectives that may begin a keyphrase but not end one, as lower-case UTF-16 units.
    static let modifiers = InternTable(
        StopWordTable.listedWords(EnglishStopWords.modifiers).map(Array.init))

    /// A lower-case word as the rules read it: its UTF-16 units and how many characters they make.
    struct Word {
        var units: [UInt16]
        var characters: Int

        init(units: [UInt16], characters: Int) {
            self.units = units
            self.characters = characters
        }

        init(_ word: String) {
            units = Array(word.utf16)
            // ASCII (one byte a unit) is counted without walking its characters.
            characters = word.utf8.count == units.count ? Self.characterCount(ascii: units) : word.count
        }

        /// How many characters ASCII units make: one a unit, but a CR LF pair is one.
        static func characterCount(ascii units: some Collection<UInt16>) -> Int {
            var count = units.count
            var previous: UInt16 = 0
            for unit in units {
                if previous == 0x0D && unit == 0x0A { count -= 1 }
                previous = unit
            }
            return count
        }

        func hasSuffix(_ suffix: [UInt16]) -> Bool {
            // Most words fail on the last unit, tested first.
            units.count >= suffix.count && units.last == suffix.last
                && units[(units.count - suffix.count)...].elementsEqual(suffix)
        }
    }

    /// The grouping form of a lower-case word.
    static func stem(_ word: String) -> String {
        String(decoding: stem(Word(word)), as: UTF16.self)
    }

    /// The grouping form of a lower-case word, as UTF-16 units.
    static func stem(_ word: Word) -> [UInt16] {
        var word = word
        if word.hasSuffix(Endings.possessive) {
            word.units.removeLast(2)
            word.characters -= 2
        }
        guard word.characters > 3, word.hasSuffix(Endings.s) else { return word.units }
        if word.hasSuffix(Endings.ies) && !word.hasSuffix(Endings.eies) && !word.hasSuffix(Endings.aies) {
            return word.units.dropLast(3) + Endings.y
        }
        if Endings.esPlurals.contains(where: word.hasSuffix) { return Array(word.units.dropLast(2)) }
        if Endings.notPlurals.contains(where: word.hasSuffix) { return word.units }
        return Array(word.units.dropLast(1))
    }

    /// Whether a lower-case word looks like an adverb (`rapidly`, `previously`; not `family`).
    static func isAdverb(_ word: Word) -> Bool {
        word.characters > 5 && Endings.adverbs.contains(where: word.hasSuffix)
    }

    /// Whether a lower-case word looks like a past participle (`reduced`, `proposed`; not `speed`, `bed`).
    static func isPastParticiple(_ word: Word) -> Bool {
        word.characters > 4 && word.hasSuffix(Endings.ed) && !word.hasSuffix(Endings.eed)
    }

    /// The endings the rules test, as UTF-16 units.
    private enum Endings {
        static let possessive = Array("'s".utf16)
        static let s = Array("s".utf16)
        static let ies = Array("ies".utf16)
        static let eies = Array("eies".utf16)
        static let aies = Array("aies".utf16)
        static let y = Array("y".utf16)
        /// Plurals that lose `es`.
        static let esPlurals = ["sses", "xes", "ches", "shes", "zzes"].map { Array($0.utf16) }
        /// Endings in `s` that are no plural.
        static let notPlurals = ["us", "ss", "is"].map { Array($0.utf16) }
        static let ed = Array("ed".utf16)
        static let eed = Array("eed".utf16)
        static let adverbs = [
            "ally", "ously", "ively", "ently", "antly", "ably", "ibly", "fully", "lessly", "edly", "ingly", "arly",
            "arily", "ately", "ely", "ctly", "idly", "ckly", "ssly", "htly", "ptly",
        ].map { Array($0.utf16) }
    }
}
