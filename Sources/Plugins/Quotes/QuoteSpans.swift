/// A quote as its marks delimit it, before its kind and speaker are known. Offsets are UTF-16 units.
struct QuoteSpan: Sendable {
    /// The opening mark, or `nil` when it is missing.
    var opening: Range<Int>?
    /// The closing mark, or `nil` when it is missing.
    var closing: Range<Int>?
    /// The quoted text, trimmed of white space.
    var content: Range<Int>
    /// The line that holds the start of the content.
    var line: Int
    var markClass: MarkClass

    /// From the opening mark through the closing mark; a missing mark is replaced by the content's edge.
    var marks: Range<Int> { (opening?.lowerBound ?? content.lowerBound)..<(closing?.upperBound ?? content.upperBound) }
    var closed: Bool { opening != nil && closing != nil }
}

/// Turns the marks of a document's lines into quote spans.
///
/// Lines are paired one at a time (``MarkPairing``). A quote still open at the
/// end of a line then looks at the next lines: if the next line with marks
/// begins with a closing mark no pair uses, the quote runs on to it (a quote
/// over several paragraphs); if it begins with an opening mark of the same
/// class, the news convention of reopening every paragraph applies and the
/// quote ends with its own line. A closing mark with no opening one starts its
/// quote at the line's start or after the previous mark; the attribution rules
/// later move that start past the reporting frame (`… أشار إلى أن`).
struct QuoteSpanFinder {
    let scanner: MarkScanner
    let text: UnsafeBufferPointer<UInt16>
    let lines: [Range<Int>]
    let sentences: SentenceIndex

    /// Lines without any mark that a quote open at a line's end may run across before its closing mark.
    static let lineGapLimit = 2

    private struct Pending {
        var quote: Int
        var markClass: MarkClass
        var gap: Int
    }

    func spans() -> [QuoteSpan] {
        var quotes: [QuoteSpan] = []
        var pending: Pending?
        for (lineIndex, line) in lines.enumerated() {
            let candidates = scanner.candidates(in: line, text: text)
            if candidates.isEmpty {
                if let open = pending {
                    pending =
                        open.gap < Self.lineGapLimit
                        ? Pending(quote: open.quote, markClass: open.markClass, gap: open.gap + 1) : nil
                }
                continue
            }
            var pairing = MarkPairing.pair(candidates)
            repairMismatchedClasses(&pairing, candidates)
            if let open = pending {
                closeAcrossLines(&quotes[open.quote], of: open.markClass, &pairing, candidates)
                pending = nil
            }
            let firstNew = quotes.count
            var outermostOpen: Int?
            let kept = keptMarks(pairing, candidates)
            for (open, close) in pairing.pairs {
                let content = trimmed(candidates[open].range.upperBound..<candidates[close].range.lowerBound, in: text)
                guard !content.isEmpty else { continue }
                quotes.append(
                    QuoteSpan(
                        opening: candidates[open].range, closing: candidates[close].range,
                        content: content, line: lineIndex, markClass: candidates[open].markClass))
            }
            for open in pairing.openAtEnd where !candidates[open].markClass.unpairedMarksAreApostrophes {
                let start = candidates[open].range.upperBound
                let content = trimmed(start..<closingBracket(from: start, before: line.upperBound), in: text)
                guard !content.isEmpty else { continue }
                if outermostOpen == nil { outermostOpen = quotes.count }
                quotes.append(
                    QuoteSpan(
                        opening: candidates[open].range, closing: nil, content: content,
                        line: lineIndex, markClass: candidates[open].markClass))
            }
            for index in pairing.unpaired where !candidates[index].markClass.unpairedMarksAreApostrophes {
                let mark = candidates[index]
                let position = kept.lowerBound(of: index)
                if mark.leansOpen {
                    let next = position + 1 < kept.count ? candidates[kept[position + 1]].range.lowerBound : nil
                    let end = unclosedEnd(after: mark.range, nextMark: next, line: line)
                    let content = trimmed(mark.range.upperBound..<end, in: text)
                    guard !content.isEmpty else { continue }
                    quotes.append(
                        QuoteSpan(
                            opening: mark.range, closing: nil, content: content,
                            line: lineIndex, markClass: mark.markClass))
                } else {
                    let floor = position > 0 ? candidates[kept[position - 1]].range.upperBound : line.lowerBound
                    let content = trimmed(floor..<mark.range.lowerBound, in: text)
                    guard !content.isEmpty else { continue }
                    quotes.append(
                        QuoteSpan(
                            opening: nil, closing: mark.range, content: content,
                            line: lineIndex, markClass: mark.markClass))
                }
            }
            if let outermostOpen, outermostOpen >= firstNew {
                pending = Pending(quote: outermostOpen, markClass: quotes[outermostOpen].markClass, gap: 0)
            }
        }
        quotes.sort { ($0.marks.lowerBound, $1.marks.upperBound) < ($1.marks.lowerBound, $0.marks.upperBound) }
        return quotes
    }

    /// `“ … ″`, `' … "`: an opening mark left unpaired followed at once by a closing mark of another class,
    /// also left unpaired, make one quote.
    private func repairMismatchedClasses(_ pairing: inout LinePairing, _ candidates: [MarkCandidate]) {
        var unpaired = Set(pairing.unpaired)
        let openAtEnd = Set(pairing.openAtEnd)
        var repaired: [(Int, Int)] = []
        for index in candidates.indices.dropLast() where unpaired.contains(index) || openAtEnd.contains(index) {
            let next = index + 1
            let opener = candidates[index]
            let closer = candidates[next]
            guard opener.leansOpen, unpaired.contains(next), !closer.leansOpen, closer.markClass != opener.markClass
            else { continue }
            repaired.append((index, next))
            unpaired.remove(index)
            unpaired.remove(next)
        }
        guard !repaired.isEmpty else { return }
        let used = Set(repaired.flatMap { [$0.0, $0.1] })
        pairing.pairs.append(contentsOf: repaired.map { (open: $0.0, close: $0.1) })
        pairing.pairs.sort { $0.open < $1.open }
        pairing.unpaired.removeAll { used.contains($0) }
        pairing.openAtEnd.removeAll { used.contains($0) }
    }

    /// Closes a quote left open on an earlier line with the closing mark that begins this line, when no pair
    /// uses it. A line that begins by reopening the quote leaves it ending with its own line, as it is.
    private func closeAcrossLines(
        _ quote: inout QuoteSpan, of markClass: MarkClass, _ pairing: inout LinePairing, _ candidates: [MarkCandidate]
    ) {
        let first = candidates[0]
        guard first.markClass == markClass, let opening = quote.opening else { return }
        if !first.leansOpen, let position = pairing.unpaired.firstIndex(of: 0) {
            pairing.unpaired.remove(at: position)
            quote.closing = first.range
            quote.content = trimmed(opening.upperBound..<first.range.lowerBound, in: text)
        }
    }

    /// The candidates that make quotes, apostrophes left out, in text order.
    private func keptMarks(_ pairing: LinePairing, _ candidates: [MarkCandidate]) -> [Int] {
        var kept = pairing.pairs.flatMap { [$0.open, $0.close] }
        kept += (pairing.openAtEnd + pairing.unpaired).filter { !candidates[$0].markClass.unpairedMarksAreApostrophes }
        return kept.sorted()
    }

    /// Where an opening mark with no closing mark ends its quote: at a bracket closed inside it that was
    /// opened before it (`(also known as "Wild 2) in deep space`); else at the line's end, or, when another
    /// quote follows on the line, at the last sentence end before it (else just before it).
    private func unclosedEnd(after opening: Range<Int>, nextMark: Int?, line: Range<Int>) -> Int {
        let end = closingBracket(from: opening.upperBound, before: nextMark ?? line.upperBound)
        guard let nextMark, end == nextMark else { return end }
        if let sentenceEnd = sentences.lastEnd(in: opening.upperBound..<nextMark) { return sentenceEnd }
        return nextMark
    }

    /// The first `)` or `]` in `start..<end` that closes no bracket opened in that range, else `end`.
    private func closingBracket(from start: Int, before end: Int) -> Int {
        var depth = 0
        for offset in start..<end {
            switch text[offset] {
            case 0x28, 0x5B: depth += 1
            case 0x29, 0x5D:
                if depth == 0 { return offset }
                depth -= 1
            default: break
            }
        }
        return end
    }
}
