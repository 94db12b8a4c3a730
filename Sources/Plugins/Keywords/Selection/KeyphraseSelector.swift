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
        var chosen: [(phrase: Int32, terms: [Int32], score: Double)] = []
        var pool = best(scores, count: top * 8 + 16)
        var poolIsWhole = pool.count < top * 8 + 16
        var next = 0
        while chosen.count < top {
            if next == pool.count {
                if poolIsWhole { break }
                // Every phrase in the pool was a near-duplicate: rank them all.
                pool = best(scores, count: scores.count)
                poolIsWhole = true
            }
            let phrase = pool[next]
            next += 1
            let terms = phrases.terms(of: phrase)
            // The chosen phrases it duplicates: how many, and the first.
            var duplicates = 0
            var duplicated = 0
            for index in chosen.indices
            where isNearDuplicate(terms, phrase, chosen[index].terms, chosen[index].phrase, phrases: phrases, words: words)
                || isFragment(terms, phrase, of: chosen[index].terms, chosen[index].phrase, phrases: phrases)
            {
                if duplicates == 0 { duplicated = index }
                duplicates += 1
            }
            if duplicates == 0 {
                chosen.append((phrase, terms, scores[Int(phrase)]))
            } else if duplicates == 1, case let index = duplicated,
                covers(terms, phrase, chosen[index].terms, chosen[index].phrase, phrases: phrases)
            {
                chosen[index] = (phrase, terms, chosen[index].score)
            }
        }
        return chosen.map { ($0.phrase, $0.score) }
    }

    /// Whether `long` contains `short` and covers at least ``coveringShare`` of its occurrences.
    private static func covers(_ long: [Int32], _ longPhrase: Int32, _ short: [Int32], _ shortPhrase: Int32,
                               phrases: PhraseTable) -> Bool
    {
        long.count > short.count && contains(long, short)
            && Double(phrases.counts[Int(longPhrase)]) >= coveringShare * Double(phrases.counts[Int(shortPhrase)])
    }

    /// The `count` phrases with the highest finite scores, best first (ties: the phrase found first).
    private static func best(_ scores: [Double], count: Int) -> [Int32] {
        var heap = MinimumHeap(capacity: count)
        for (phrase, score) in scores.enumerated() where score.isFinite {
            heap.offer(score: score, phrase: Int32(phrase))
        }
        return heap.removeAllDescending()
    }

    private static func isNearDuplicate(
        _ a: [Int32], _ phraseA: Int32, _ b: [Int32], _ phraseB: Int32, phrases: PhraseTable, words: DocumentWords
    ) -> Bool {
        if a.count == b.count {
            if a.count == 1 { return isNisbaPair(words.keys[Int(a[0])], words.keys[Int(b[0])]) }
            return isPermutation(a, b)
        }
        let (short, long, shortPhrase, longPhrase) = a.count < b.count ? (a, b, phraseA, phraseB) : (b, a, phraseB, phraseA)
        guard contains(long, short) else { return false }
        let shortCount = Double(phrases.counts[Int(shortPhrase)])
        let longCount = Double(phrases.counts[Int(longPhrase)])
        let share = sharedShare
        return !(longCount >= share * shortCount && shortCount - longCount >= share * shortCount)
    }

    /// Whether `candidate` and `chosen` overlap at their ends (`مجال مكافحة` and `مكافحة الإرهاب`) and the
    /// candidate mostly occurs joined to the chosen phrase: at least half its occurrences are in the joined
    /// phrase or, when that is longer than any collected phrase, its first occurrence is.
    private static func isFragment(
        _ candidate: [Int32], _ candidatePhrase: Int32, of chosen: [Int32], _ chosenPhrase: Int32, phrases: PhraseTable
    ) -> Bool {
        joinedVerdict(candidate, candidatePhrase, then: chosen, chosenPhrase, candidate: candidatePhrase, phrases: phrases)
            ?? joinedVerdict(chosen, chosenPhrase, then: candidate, candidatePhrase, candidate: candidatePhrase,
                             phrases: phrases)
            ?? false
    }

    /// When the end of `first` is the start of `second` (their longest such overlap), whether `candidate`
    /// mostly occurs in the phrase they make joined; `nil` when they do not overlap.
    private static func joinedVerdict(
        _ first: [Int32], _ firstPhrase: Int32, then second: [Int32], _ secondPhrase: Int32, candidate: Int32,
        phrases: PhraseTable
    ) -> Bool? {
        for shared in stride(from: min(first.count, second.count) - 1, through: 1, by: -1)
        where first.suffix(shared).elementsEqual(second.prefix(shared)) {
            var phrase: Int32 = -1
            for term in first + second.dropFirst(shared) {
                phrase = phrases.find(phrase, followedBy: term)
                if phrase < 0 { break }
            }
            if phrase >= 0 {
                return 2 * phrases.counts[Int(phrase)] >= phrases.counts[Int(candidate)]
            }
            return phrases.firstWord[Int(secondPhrase)] - phrases.firstWord[Int(firstPhrase)]
                == Int32(first.count - shared)
        }
        return nil
    }

    /// Whether two phrases of the same length hold the same terms, each as often (phrases are short).
    private static func isPermutation(_ a: [Int32], _ b: [Int32]) -> Bool {
        a.allSatisfy { term in a.lazy.filter { $0 == term }.count == b.lazy.filter { $0 == term }.count }
    }

    /// Whether `part` occurs in `whole` as a contiguous run of terms.
    private static func contains(_ whole: [Int32], _ part: [Int32]) -> Bool {
        guard part.count <= whole.count else { return false }
        for start in 0...(whole.count - part.count) where whole[start..<(start + part.count)].elementsEqual(part) {
            return true
        }
        return false
    }

    /// Whether two Arabic keys differ only by a final nisba `ي`.
    private static func isNisbaPair(_ a: ArraySlice<UInt16>, _ b: ArraySlice<UInt16>) -> Bool {
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard let first = long.first, ArabicFolding.isArabic(first) else { return false }
        return long.count == short.count + 1 && long.starts(with: short) && long.last == ArabicFolding.yeh
    }
}

/// A bounded min-heap that keeps the highest-scoring phrases seen.
private struct MinimumHeap {
    private struct Item {
        var score: Double
        var phrase: Int32

        /// Whether `self` ranks below `other`: a lower score, or the same score and a later phrase.
        @inline(__always)
        func isBelow(_ other: Item) -> Bool {
            score != other.score ? score < other.score : phrase > other.phrase
        }
    }

    private var items: [Item] = []
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        items.reserveCapacity(min(capacity, 4096))
    }

    mutating func offer(score: Double, phrase: Int32) {
        let item = Item(score: score, phrase: phrase)
        if items.count < capacity {
            items.append(item)
            items.withUnsafeMutableBufferPointer { Self.siftUp($0.count - 1, in: $0) }
        } else if capacity > 0 && items[0].isBelow(item) {
            items.withUnsafeMutableBufferPointer { heap in
                heap[0] = item
                Self.siftDown(in: heap)
            }
        }
    }

    /// The phrases, best first; empties the heap (it takes out the lowest until none is left).
    mutating func removeAllDescending() -> [Int32] {
        var phrases = [Int32](repeating: 0, count: items.count)
        items.withUnsafeMutableBufferPointer { items in
            for position in phrases.indices.reversed() {
                phrases[position] = items[0].phrase
                items[0] = items[position]
                Self.siftDown(in: UnsafeMutableBufferPointer(rebasing: items[..<position]))
            }
        }
        items.removeAll()
        return phrases
    }

    private static func siftUp(_ index: Int, in heap: UnsafeMutableBufferPointer<Item>) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].isBelow(heap[parent]) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    /// Moves the first item down to its place.
    private static func siftDown(in heap: UnsafeMutableBufferPointer<Item>) {
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < heap.count && heap[left].isBelow(heap[smallest]) { smallest = left }
            if right < heap.count && heap[right].isBelow(heap[smallest]) { smallest = right }
            if smallest == parent { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
