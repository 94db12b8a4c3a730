/// Words and phrases mapped to values, matched against lexemes with spelling folded.
///
/// A phrase's words are separated by one space in its key; in the text they
/// may be separated by any spaces on one line. Symbols are spelled as they
/// touch their neighbours: `US$`, `p.m.`, `ر.س`. A match always ends at the
/// end of a lexeme, and the longest match wins.
struct Lexicon<Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var children: [UInt16: Int] = [:]
        var value: Value?
    }

    private var nodes = [Node()]
    /// The longest key in UTF-16 units: a bound on the lexemes a match can span.
    private var longestKey = 1

    init(_ entries: [(String, Value)]) {
        for (key, value) in entries { insert(key, value) }
    }

    private mutating func insert(_ key: String, _ value: Value) {
        var node = 0
        for unit in key.utf16 {
            let step = unit == 0x20 ? unit : Spelling.fold(unit)
            guard let step else { continue }
            if let child = nodes[node].children[step] {
                node = child
            } else {
                nodes.append(Node())
                nodes[node].children[step] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        nodes[node].value = value
        longestKey = max(longestKey, key.utf16.count)
    }

    /// The longest entry that starts at `lexemes[index]`, leaving out its first `skip`
    /// units (a clitic), with the index of the lexeme after it.
    func match(
        in text: UnsafeBufferPointer<UInt16>, lexemes: UnsafeBufferPointer<Lexeme>, at index: Int, skip: Int = 0
    ) -> (value: Value, next: Int)? {
        var node = 0
        var best: (value: Value, next: Int)?
        var j = index
        while j < lexemes.count && j < index + longestKey {
            let lexeme = lexemes[j]
            if lexeme.kind == .digits { break }
            if j > index {
                if lexeme.gap == .lineBreak { break }
                if lexeme.gap == .space {
                    guard let child = nodes[node].children[0x20] else { break }
                    node = child
                }
            }
            for offset in (j == index ? lexeme.start + skip : lexeme.start)..<lexeme.end {
                guard let unit = Spelling.fold(text[offset]) else { continue }
                guard let child = nodes[node].children[unit] else { return best }
                node = child
            }
            if let value = nodes[node].value { best = (value, j + 1) }
            j += 1
        }
        return best
    }
}
