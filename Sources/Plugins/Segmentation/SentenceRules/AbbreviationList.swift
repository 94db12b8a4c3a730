import Toolkit

/// Abbreviations whose full stop does not end a sentence.
///
/// An entry is written with its full stop (`Dr.`, `e.g.`, `ق.م.`), optionally
/// followed by its kind: `continues` (the default: the abbreviation is always
/// followed by more of its sentence, as a title is) or `may-end` (it can end a
/// sentence, as `etc.` can; then a capitalised word, or any word in a script
/// without case, starts a new sentence after it). Entries match without regard
/// to ASCII case, diacritics, tatweel or invisible format characters (see ``WordTable``).
struct AbbreviationList: Sendable {
    /// Whether an abbreviation can end a sentence.
    enum Kind: String, Sendable, CaseIterable {
        /// Always followed by more of its sentence: `Dr.`, `e.g.`, `د.`.
        case continues
        /// May end a sentence: `etc.`, `Inc.`, `a.m.`.
        case mayEnd = "may-end"
    }

    /// Each abbreviation, without its final full stop, and its kind.
    private var kinds = WordTable<Kind>()

    /// An empty list.
    init() {}

    /// A list from entries that are known to be well formed (the built-in lists).
    init(continuing: [String], mayEnd: [String]) {
        for entry in continuing { kinds[String(entry.dropLast())] = .continues }
        for entry in mayEnd { kinds[String(entry.dropLast())] = .mayEnd }
    }

    /// Reads entries such as `Dr.` or `etc. may-end`; `source` names where they come from in an error.
    init(entries: [String], source: (Int) -> String) throws(ConfigError) {
        for (index, entry) in entries.enumerated() {
            let fields = entry.split(whereSeparator: \.isWhitespace)
            guard let abbreviation = fields.first else {
                throw ConfigError("\(source(index)): an abbreviation entry is empty")
            }
            guard fields.count <= 2 else {
                throw ConfigError(
                    "\(source(index)): '\(entry)' has more than an abbreviation and a kind; write one abbreviation per entry")
            }
            guard abbreviation.hasSuffix("."), abbreviation.count > 1 else {
                throw ConfigError(
                    "\(source(index)): write the abbreviation with its full stop, e.g. '\(abbreviation.isEmpty ? "Dr" : abbreviation).'")
            }
            var kind = Kind.continues
            if fields.count == 2 {
                guard let named = Kind(rawValue: String(fields[1])) else {
                    let kinds = Kind.allCases.map(\.rawValue).joined(separator: " or ")
                    throw ConfigError("\(source(index)): unknown abbreviation kind '\(fields[1])'; use \(kinds)")
                }
                kind = named
            }
            guard abbreviation.dropLast().contains(where: \.isLetter) else {
                throw ConfigError("\(source(index)): '\(abbreviation)' has no letters before its full stop")
            }
            kinds[String(abbreviation.dropLast())] = kind
        }
    }

    /// Reads an abbreviations file: one entry a line; blank lines and lines starting with `#` are skipped.
    init(fileContents: String, path: String) throws(ConfigError) {
        var entries: [String] = []
        var lineNumbers: [Int] = []
        for (index, line) in fileContents.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            var entry = line.drop(while: \.isWhitespace)
            while entry.last?.isWhitespace == true { entry.removeLast() }
            if entry.isEmpty || entry.hasPrefix("#") { continue }
            entries.append(String(entry))
            lineNumbers.append(index + 1)
        }
        try self.init(entries: entries) { "\(path):\(lineNumbers[$0])" }
    }

    /// The kind of the abbreviation before a candidate's terminator, if it is one.
    func kind(before candidate: BoundaryCandidate) -> Kind? {
        let word = candidate.wordBefore
        return word.isEmpty ? nil : kinds.value(of: word.range, hash: word.hash, in: candidate.text)
    }

    /// Whether the list has no entries.
    var isEmpty: Bool { kinds.isEmpty }

    /// This list with `other`'s entries added; `other` wins where both have an entry.
    func merging(_ other: AbbreviationList) -> AbbreviationList {
        var merged = self
        merged.kinds = kinds.merging(other.kinds)
        return merged
    }
}
