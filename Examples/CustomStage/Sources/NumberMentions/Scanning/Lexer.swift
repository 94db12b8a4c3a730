/// Splits UTF-16 text into lexemes in one pass.
enum Lexer {
    /// Replaces `lexemes` with those of `text`, reusing the array's storage.
    static func lex(_ text: UnsafeBufferPointer<UInt16>, into lexemes: inout [Lexeme]) {
        lexemes.removeAll(keepingCapacity: true)
        var gap = Lexeme.Gap.none
        var i = 0
        while i < text.count {
            let unit = text[i]
            let start = i
            let kind: Lexeme.Kind
            switch CharacterClass.of(unit) {
            case .space:
                if gap == .none { gap = .space }
                i += 1
                continue
            case .lineBreak:
                gap = .lineBreak
                i += 1
                continue
            case .ignorable:
                i += 1
                continue
            case .digit:
                kind = .digits
                i = runEnd(of: .digit, in: text, from: i + 1)
            case .letter:
                kind = .word
                i = runEnd(of: .letter, in: text, from: i + 1)
            case .other:
                kind = .symbol
                let isPair = unit & 0xFC00 == 0xD800 && i + 1 < text.count && text[i + 1] & 0xFC00 == 0xDC00
                i += isPair ? 2 : 1
            }
            lexemes.append(Lexeme(kind: kind, gap: gap, start: start, end: i))
            gap = .none
        }
    }

    /// The end of a run of one class; ignorable units inside the run belong to it.
    private static func runEnd(of runClass: CharacterClass, in text: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
        var end = start
        var i = start
        while i < text.count {
            let unitClass = CharacterClass.of(text[i])
            if unitClass == runClass {
                i += 1
                end = i
            } else if unitClass == .ignorable {
                i += 1
            } else {
                break
            }
        }
        return end
    }
}
