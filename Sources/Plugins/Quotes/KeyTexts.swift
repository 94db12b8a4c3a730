/// The texts of the word keys that neither pack nor are one character (spelled keys, ``WordKey``), each kept
/// once and named by its index, so that a key holds an index rather than a reference.
///
/// There are two levels. A ``ReportingLexicon`` spells the texts of its lists in level 0 and keeps them
/// (``spelled``); the analyzer of a document spells its words' texts in level 1, over the lexicon's level.
/// A text the lexicon holds gets the lexicon's key, and any other text one index in level 1, so a text has
/// exactly one key and two keys are equal exactly when their integers are: no lookup needs the table.
/// Keys of two documents, each in its own level 1, never meet.
final class KeyTexts {
    /// The lexicon's texts, when this is a document's table.
    private let base: SpelledTexts?
    /// The texts spelled here.
    private(set) var spelled: SpelledTexts

    /// A lexicon's table (level 0).
    init() {
        base = nil
        spelled = SpelledTexts(level: 0)
    }

    /// A document's table (level 1), over the texts of its lexicon.
    init(over lexicon: SpelledTexts) {
        base = lexicon
        spelled = SpelledTexts(level: lexicon.level + 1)
    }

    /// The one key of a normalized text: packed or a character when it can be, else the lexicon's when the
    /// lexicon spells it, else this table's (adding the text when it is new).
    func key(normalized text: String) -> WordKey {
        if let key = WordKey(packing: text) { return key }
        if let key = base?.key(of: text) { return key }
        return spelled.key(adding: text)
    }

    /// The text of a spelled key of this table or of its lexicon's.
    func text(of key: WordKey) -> String {
        key.spelledLevel == spelled.level ? spelled.text(of: key) : base!.text(of: key)
    }
}

/// The texts of one level of ``KeyTexts``, by index, and the key of each text.
struct SpelledTexts: Sendable {
    let level: UInt8
    private var texts: [String] = []
    private var keys: [Spelling: WordKey] = [:]

    init(level: UInt8) { self.level = level }

    /// The key of `text`, if it is spelled here.
    func key(of text: String) -> WordKey? { keys[Spelling(text: text)] }

    /// The key of `text`, added when it is not spelled here yet.
    mutating func key(adding text: String) -> WordKey {
        if let key = keys[Spelling(text: text)] { return key }
        let key = WordKey(spelled: texts.count, level: level)
        texts.append(text)
        keys[Spelling(text: text)] = key
        return key
    }

    /// The text of one of this level's keys.
    func text(of key: WordKey) -> String {
        precondition(key.isSpelled && key.spelledLevel == level, "not a key of this level")
        return texts[key.spelledIndex]
    }
}

/// A text compared and hashed by its UTF-8 bytes: a key's characters as normalized, without the canonical
/// equivalence of `String` equality (`é` and `e` + U+0301 are two texts).
private struct Spelling: Hashable {
    let text: String

    static func == (lhs: Spelling, rhs: Spelling) -> Bool {
        lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        for byte in text.utf8 { hasher.combine(byte) }
    }
}
