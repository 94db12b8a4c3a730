import Toolkit

/// The UTF-16 offsets where a document's sentences start and end, so that tokens can be cut there.
///
/// Segments must be asked about in text order: a cursor moves forward through the offsets.
struct SentenceCuts {
    private let offsets: [Int]
    private var next = 0

    /// The cuts of the document's sentences; none when it has no sentences layer.
    init(_ document: Document) {
        guard let sentences = document[Sentences.self] else {
            offsets = []
            return
        }
        let view = document.view
        var offsets: [Int] = []
        offsets.reserveCapacity(sentences.count * 2)
        for sentence in sentences {
            let range = view.utf16Range(sentence.span)
            offsets.append(range.lowerBound)
            offsets.append(range.upperBound)
        }
        self.offsets = offsets
    }

    var isEmpty: Bool { offsets.isEmpty }

    /// Whether a sentence starts or ends strictly inside `segment`.
    mutating func cutsInside(_ segment: Range<Int>) -> Bool {
        while next < offsets.count, offsets[next] <= segment.lowerBound { next += 1 }
        return next < offsets.count && offsets[next] < segment.upperBound
    }

    /// `segment` cut at every sentence start and end inside it.
    func pieces(of segment: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = segment.lowerBound
        for offset in offsets[next...] {
            guard offset < segment.upperBound else { break }
            guard offset > start else { continue }
            pieces.append(start..<offset)
            start = offset
        }
        pieces.append(start..<segment.upperBound)
        return pieces
    }
}
