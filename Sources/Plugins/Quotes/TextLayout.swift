import Toolkit

extension Array where Element: Comparable {
    /// The index of the first element not less than `value`, or `count`; the array must be sorted.
    func lowerBound(of value: Element) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// The lines of a document's paragraphs, in UTF-16 units, trimmed, empty ones left out.
///
/// Quotes are paired line by line: news text often puts one paragraph on each
/// line with no blank line between, and a quote left open runs to its line's end.
func paragraphLines(of document: Document, in text: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    for paragraph in document[Paragraphs.self] ?? [] {
        let range = document.view.utf16Range(paragraph.span)
        var start = range.lowerBound
        LineEnds.forEach(in: range, of: text) { index in
            let line = trimmed(start..<index, in: text)
            if !line.isEmpty { lines.append(line) }
            start = index + 1
        }
        let last = trimmed(start..<range.upperBound, in: text)
        if !last.isEmpty { lines.append(last) }
    }
    return lines
}

/// A document's sentences in UTF-16 units, for finding the sentence around an offset.
struct SentenceIndex: Sendable {
    /// Sentence ranges in text order.
    let ranges: [Range<Int>]
    private let ends: [Int]

    init(_ ranges: [Range<Int>]) {
        self.ranges = ranges
        ends = ranges.map(\.upperBound)
    }

    init(of document: Document) {
        self.init((document[Sentences.self] ?? []).map { document.view.utf16Range($0.span) })
    }

    /// The sentence that holds `offset`, or the nearest one after it, or `nil` past the last.
    func sentence(containing offset: Int) -> Range<Int>? {
        let index = ends.lowerBound(of: offset + 1)
        return index < ranges.count ? ranges[index] : nil
    }

    /// The last sentence end inside `range` (excluding its lower bound), if any.
    func lastEnd(in range: Range<Int>) -> Int? {
        let index = ends.lowerBound(of: range.upperBound + 1) - 1
        guard index >= 0, ends[index] > range.lowerBound else { return nil }
        return ends[index]
    }

    /// The start of the sentence that holds `offset`, or `offset` itself when no sentence does.
    func start(containing offset: Int) -> Int {
        guard let sentence = sentence(containing: offset), sentence.lowerBound <= offset else { return offset }
        return sentence.lowerBound
    }

    /// The end of the sentence that holds `offset`, or `offset` itself when no sentence does.
    func end(containing offset: Int) -> Int {
        guard let sentence = sentence(containing: offset), sentence.lowerBound <= offset else { return offset }
        return sentence.upperBound
    }
}
