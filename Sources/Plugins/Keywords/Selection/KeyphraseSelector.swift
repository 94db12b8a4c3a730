/// Picks the best-scoring phrases, skipping near-duplicates of phrases already picked.
///
/// Two phrases are near-duplicates when one lies inside the other (`مكافحة الإرهاب`
/// in `مجال مكافحة الإرهاب`) and they do not both earn a place: both stay only
/// when the longer phrase covers at least ``sharedShare`` of the shorter one's
/// occurrences and the shorter one occurs at least that share on its own. Arabic
/// single words that differ only by a nisba `ي` (`الجزائر`, `الجزائري`) are
/// near-duplicates too.
enum KeyphraseSelector {
    static let sharedShare = 0.2
    static let coveringShare = 0.75

    /// The chosen phrases, best first, each with the (logarithmic) score it ranks by.
    ///
    /// A longer phrase that covers most occurrences of a phrase already chosen
    /// (``coveringShare``) takes its place and its score: `مكافحة الإرهاب` for `الإرهاب`.
    static func select(top: Int, scores: [Double], phrases: PhraseTable, words: DocumentWords)
        -> [(phrase: Int32, score: Double)]
    {
        guard top > 0 else { return [] }
        var chosen: [(phrase: Int32, score: Double)] = []
        chosen.reserveCapacity(min(top, scores.count))
        // The terms of chosen phrase `i` in row `i`, the candidate's in the last row: no array per phrase.
        var rows = TermRows(count: min(top, scores.count) + 1, width: phrases.maximumWords)
        defer { rows.deallocate() }
        let candidateRow = rows.count - 1
        // A batch of `top` and a few more: the selection seldom skips more than a few near-duplicates.
        var ranking = Ranking(scores, batchSize: min(top, scores.count) + 4)
        while chosen.count < top, let phrase = ranking.next() {
            rows.write(phrase, of: phrases, at: candidateRow)
            let terms = rows[candidateRow]
            // The chosen phrases it duplicates: how many, and the first.
            var duplicates = 0
            var duplicated = 0
            for index in chosen.indices
            where isNearDuplicate(terms, phrase, rows[index], chosen[index].phrase, phrases: phrases, words: words)
                || isFragment(terms, phrase, of: rows[index], chosen[index].phrase, phrases: phrases)
            {
                if duplicates == 0 { duplicated = index }
                duplicates += 1
            }
            if duplicates == 0 {
                rows.copy(candidateRow, to: chosen.count)
                chosen.append((phrase, scores[Int(phrase)]))
            } else if duplicates == 1, case let index = duplicated,
                covers(terms, phrase, rows[index], chosen[index].phrase, phrases: phrases)
            {
                rows.copy(candidateRow, to: index)
                chosen[index].phrase = phrase
            }
        }
        return chosen
    }

    /// Whether `long` contains `short` and covers at least ``coveringShare`` of its occurrences.
    private static func covers(_ long: Terms, _ longPhrase: Int32, _ short: Terms, _ shortPhrase: Int32,
                               phrases: PhraseTable) -> Bool
    {
        long.count > short.count && contains(long, short)
            && Double(phrases[Int(longPhrase)].count) >= coveringShare * Double(phrases[Int(shortPhrase)].count)
    }

    private static func isNearDuplicate(
        _ a: Terms, _ phraseA: Int32, _ b: Terms, _ phraseB: Int32, phrases: PhraseTable, words: DocumentWords
    ) -> Bool {
        if a.count == b.count {
            if a.count == 1 {
                return words.keys.withUnits(Int(a[0])) { a in words.keys.withUnits(Int(b[0])) { b in isNisbaPair(a, b) } }
            }
            return isPermutation(a, b)
        }
        let (short, long, shortPhrase, longPhrase) = a.count < b.count ? (a, b, phraseA, phraseB) : (b, a, phraseB, phraseA)
        guard contains(long, short) else { return false }
        let shortCount = Double(phrases[Int(shortPhrase)].count)
        let longCount = Double(phrases[Int(longPhrase)].count)
        let share = sharedShare
        return !(longCount >= share * shortCount && shortCount - longCount >= share * shortCount)
    }

    /// Whether `candidate` and `chosen` overlap at their ends (`مجال مكافحة` and `مكافحة الإرهاب`) and the
    /// candidate mostly occurs joined to the chosen phrase: at least half its occurrences are in the joined
    /// phrase or, when that is longer than any collected phrase, its first occurrence is.
    private static func isFragment(
        _ candidate: Terms, _ candidatePhrase: Int32, of chosen: Terms, _ chosenPhrase: Int32, phrases: PhraseTable
    ) -> Bool {
        // Overlapping ends leave each phrase a word of its own, so a single word is no fragment.
        guard candidate.count > 1 && chosen.count > 1 else { return false }
        return joinedVerdict(
            candidate, candidatePhrase, then: chosen, chosenPhrase, candidate: candidatePhrase, phrases: phrases)
            ?? joinedVerdict(chosen, chosenPhrase, then: candidate, candidatePhrase, candidate: candidatePhrase,
                             phrases: phrases)
            ?? false
    }

    /// When the end of `first` is the start of `second` (their longest such overlap), whether `candidate`
    /// mostly occurs in the phrase they make joined; `nil` when they do not overlap.
    private static func joinedVerdict(
        _ first: Terms, _ firstPhrase: Int32, then second: Terms, _ secondPhrase: Int32, candidate: Int32,
        phrases: PhraseTable
    ) -> Bool? {
        for shared in stride(from: min(first.count, second.count) - 1, through: 1, by: -1)
        where first[(first.count - shared)...].elementsEqual(second[..<shared]) {
            // The joined phrase: `first` (found from its terms, it is `firstPhrase`), then the rest of `second`.
            var phrase = firstPhrase
            for term in second[shared...] {
                phrase = phrases.find(phrase, followedBy: term)
                if phrase < 0 { break }
            }
            if phrase >= 0 {
                return 2 * phrases[Int(phrase)].count >= phrases[Int(candidate)].count
            }
            return phrases[Int(secondPhrase)].firstWord - phrases[Int(firstPhrase)].firstWord
                == Int32(first.count - shared)
        }
        return nil
    }

    /// Whether two phrases of the same length hold the same terms, each as often (phrases are short).
    private static func isPermutation(_ a: Terms, _ b: Terms) -> Bool {
        a.allSatisfy { term in count(of: term, in: a) == count(of: term, in: b) }
    }

    private static func count(of term: Int32, in terms: Terms) -> Int {
        var count = 0
        for other in terms where other == term { count += 1 }
        return count
    }

    /// Whether `part` occurs in `whole` as a contiguous run of terms.
    private static func contains(_ whole: Terms, _ part: Terms) -> Bool {
        guard part.count <= whole.count else { return false }
        for start in 0...(whole.count - part.count) where whole[start..<(start + part.count)].elementsEqual(part) {
            return true
        }
        return false
    }

    /// Whether two Arabic keys differ only by a final nisba `ي`.
    private static func isNisbaPair(_ a: UnsafeBufferPointer<UInt16>, _ b: UnsafeBufferPointer<UInt16>) -> Bool {
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard let first = long.first, ArabicFolding.isArabic(first) else { return false }
        return long.count == short.count + 1 && long.starts(with: short) && long.last == ArabicFolding.yeh
    }
}

/// A phrase's terms, first to last.
private typealias Terms = UnsafeBufferPointer<Int32>

/// The terms of a few phrases, each in a row of one buffer wide enough for the longest phrase.
private struct TermRows {
    private let buffer: UnsafeMutableBufferPointer<Int32>
    private var lengths: [Int]
    private let width: Int

    init(count: Int, width: Int) {
        self.width = width
        buffer = .allocate(capacity: count * width)
        lengths = [Int](repeating: 0, count: count)
    }

    var count: Int { lengths.count }

    /// The terms in row `row`.
    subscript(row: Int) -> Terms {
        Terms(rebasing: room(row)[..<lengths[row]])
    }

    /// Writes the terms of `phrase` to row `row`.
    mutating func write(_ phrase: Int32, of phrases: PhraseTable, at row: Int) {
        lengths[row] = phrases.terms(of: phrase, into: room(row))
    }

    /// Copies row `source` to row `target`.
    mutating func copy(_ source: Int, to target: Int) {
        let room = room(target)
        for (offset, term) in self[source].enumerated() { room[offset] = term }
        lengths[target] = lengths[source]
    }

    /// The room of row `row`: `width` terms.
    private func room(_ row: Int) -> UnsafeMutableBufferPointer<Int32> {
        UnsafeMutableBufferPointer(rebasing: buffer[(row * width)..<((row + 1) * width)])
    }

    func deallocate() { buffer.deallocate() }
}

/// The phrases with a finite score, taken out best first (ties: the phrase found first).
///
/// The selection usually takes a dozen or so phrases of hundreds, so the ranking orders only a batch
/// of the best at a time: one pass over the scores keeps the best `batchSize` phrases not yet taken in
/// a heap whose root is the worst of them (most phrases lose to the root at once), then sorts them.
/// Another pass runs only when the selection has taken the whole batch.
private struct Ranking {
    private struct Item {
        var score: Double
        var phrase: Int32

        /// Whether `self` ranks above `other`: a higher score, or the same score and an earlier phrase.
        @inline(__always)
        func isAbove(_ other: Item) -> Bool {
            score != other.score ? score > other.score : phrase < other.phrase
        }
    }

    private let scores: [Double]
    private let batchSize: Int
    /// The batch not yet taken, worst first.
    private var batch: [Item] = []
    /// The last phrase taken: later batches hold only phrases below it.
    private var last: Item?

    init(_ scores: [Double], batchSize: Int) {
        self.scores = scores
        self.batchSize = max(1, batchSize)
    }

    /// The best phrase not yet taken, or `nil` when none is left.
    mutating func next() -> Int32? {
        if batch.isEmpty { batch = nextBatch() }
        guard let best = batch.popLast() else { return nil }
        last = best
        return best.phrase
    }

    /// The best `batchSize` phrases below `last`, worst first.
    private func nextBatch() -> [Item] {
        var batch = [Item](unsafeUninitializedCapacity: batchSize) { heap, count in count = fillHeap(heap) }
        batch.sort { $1.isAbove($0) }
        return batch
    }

    /// Fills `heap` with the best phrases below `last`, at most `heap.count` of them, as a heap whose root is
    /// the worst of them; returns how many it holds.
    private func fillHeap(_ heap: UnsafeMutableBufferPointer<Item>) -> Int {
        var count = 0
        // Once the heap is full, the score below which a phrase cannot join it: most phrases stop there.
        // Never below the lowest finite score, so that the two comparisons leave out every score that is not
        // finite (-infinity, +infinity, NaN) as well.
        var floor = -Double.greatestFiniteMagnitude
        scores.withUnsafeBufferPointer { scores in
            for (phrase, score) in scores.enumerated() where score >= floor && score < .infinity {
                let item = Item(score: score, phrase: Int32(phrase))
                if let last, !last.isAbove(item) { continue }
                if count < heap.count {
                    heap.initializeElement(at: count, to: item)
                    count += 1
                    Self.siftUp(count - 1, in: heap)
                } else if item.isAbove(heap[0]) {
                    heap[0] = item
                    Self.siftDown(0, in: heap)
                }
                if count == heap.count { floor = heap[0].score }
            }
        }
        return count
    }

    /// Moves a new item up the heap past the parents it ranks below.
    private static func siftUp(_ index: Int, in heap: UnsafeMutableBufferPointer<Item>) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[parent].isAbove(heap[child]) else { return }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    /// Moves the item at `index` down the heap past the children that rank below it.
    private static func siftDown(_ index: Int, in heap: UnsafeMutableBufferPointer<Item>) {
        var parent = index
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var worst = parent
            if left < heap.count && heap[worst].isAbove(heap[left]) { worst = left }
            if right < heap.count && heap[worst].isAbove(heap[right]) { worst = right }
            if worst == parent { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
}
