/// The candidate nearest to `name` by edit distance, if any is near enough to be a likely typo.
public func closestName(to name: String, among candidates: [String]) -> String? {
    let target = Array(name.lowercased())
    var best: (name: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(target, Array(candidate.lowercased()))
        if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    guard let best else { return nil }
    let allowed = max(2, min(target.count, best.name.count) / 3)
    return best.distance <= allowed ? best.name : nil
}

/// The candidates ordered by edit distance to `name`, nearest first.
public func nearestNames(to name: String, among candidates: [String], limit: Int = 5) -> [String] {
    let target = Array(name.lowercased())
    return candidates
        .map { ($0, editDistance(target, Array($0.lowercased()))) }
        .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        .prefix(limit)
        .map(\.0)
}

/// Levenshtein distance between two character arrays.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
