/// The role a pairing gives one mark.
enum MarkRole: UInt8, Sendable {
    case unpaired = 0
    case opens = 1
    case closes = 2
}

/// How the marks of one line pair up.
struct LinePairing: Sendable {
    /// Opening and closing marks that form a quote, as indices into the line's candidates.
    var pairs: [(open: Int, close: Int)] = []
    /// Opening marks still open at the end of the line, outermost first: their quotes run to the line's end.
    var openAtEnd: [Int] = []
    /// Marks no pair uses.
    var unpaired: [Int] = []
}

/// Pairs the quotation marks of one line.
///
/// Each class of marks is paired on its own by the cheapest reading of the
/// whole line: every mark opens, closes or stays unpaired, quotes nest, and the
/// total of the marks' costs (``MarkScanner``) plus a fixed price for each
/// unpaired mark and each quote left open is the least. A mark missing in one
/// place therefore costs one unpaired mark or one open quote; it does not shift
/// the pairing of the marks after it, as a left-to-right stack would. The
/// reading is a shortest path over (mark, nesting depth), linear in the number
/// of marks.
enum MarkPairing {
    /// Marks paired in one reading at most; a longer run is read in consecutive pieces, to bound memory.
    static let pieceLength = 50_000

    static func pair(_ candidates: [MarkCandidate]) -> LinePairing {
        var result = LinePairing()
        for markClass in MarkClass.allCases {
            let indices = candidates.indices.filter { candidates[$0].markClass == markClass }
            guard !indices.isEmpty else { continue }
            var start = 0
            while start < indices.count {
                let piece = Array(indices[start..<min(start + pieceLength, indices.count)])
                let roles = roles(of: piece.map { candidates[$0] }, markClass: markClass)
                apply(roles, to: piece, into: &result)
                start += pieceLength
            }
        }
        result.pairs.sort { $0.open < $1.open }
        result.openAtEnd.sort()
        result.unpaired.sort()
        return result
    }

    /// What leaving a mark unpaired costs: cheap for single marks, which are often apostrophes.
    private static func unpairedCost(_ markClass: MarkClass) -> Int { markClass.unpairedMarksAreApostrophes ? 2 : 5 }

    /// What a quote still open at the end of the line costs (slightly less than an unpaired mark, so that
    /// an unclosed quote holds the quotes after it, as in `«… «91.54» … ⏎`).
    private static func unclosedCost(_ markClass: MarkClass) -> Int { markClass.unpairedMarksAreApostrophes ? 2 : 4 }

    /// The cheapest roles for marks of one class, in text order.
    static func roles(of marks: [MarkCandidate], markClass: MarkClass) -> [MarkRole] {
        let depthLimit = min(markClass.maximumDepth, marks.count)
        let width = depthLimit + 1
        let unreachable = Int.max / 2
        let unpaired = unpairedCost(markClass)
        var cost = [Int](repeating: unreachable, count: width)
        cost[0] = 0
        var next = cost
        var choices = [MarkRole](repeating: .unpaired, count: marks.count * width)
        for (i, mark) in marks.enumerated() {
            for d in 0..<width { next[d] = unreachable }
            let row = i * width
            for d in 0..<width where cost[d] < unreachable {
                // Ties go to closing, then opening, then leaving the mark unpaired.
                if d > 0 && mark.closeCost < MarkScanner.impossible {
                    relax(&next, &choices, row, d - 1, cost[d] + mark.closeCost, .closes)
                }
                if d < depthLimit && mark.openCost < MarkScanner.impossible {
                    relax(&next, &choices, row, d + 1, cost[d] + mark.openCost, .opens)
                }
                relax(&next, &choices, row, d, cost[d] + unpaired, .unpaired)
            }
            swap(&cost, &next)
        }
        var depth = 0
        var best = unreachable
        for d in 0..<width where cost[d] < unreachable {
            let total = cost[d] + d * unclosedCost(markClass)
            if total < best {
                best = total
                depth = d
            }
        }
        var roles = [MarkRole](repeating: .unpaired, count: marks.count)
        for i in stride(from: marks.count - 1, through: 0, by: -1) {
            let role = choices[i * width + depth]
            roles[i] = role
            switch role {
            case .opens: depth -= 1
            case .closes: depth += 1
            case .unpaired: break
            }
        }
        return roles
    }

    @inline(__always)
    private static func relax(
        _ next: inout [Int], _ choices: inout [MarkRole], _ row: Int, _ depth: Int, _ value: Int, _ role: MarkRole
    ) {
        if value < next[depth] {
            next[depth] = value
            choices[row + depth] = role
        }
    }

    /// Replays roles on a stack to find the pairs, the quotes left open and the unpaired marks.
    private static func apply(_ roles: [MarkRole], to indices: [Int], into result: inout LinePairing) {
        var stack: [Int] = []
        for (role, index) in zip(roles, indices) {
            switch role {
            case .opens:
                stack.append(index)
            case .closes:
                if let open = stack.popLast() {
                    result.pairs.append((open, index))
                } else {
                    result.unpaired.append(index)
                }
            case .unpaired:
                result.unpaired.append(index)
            }
        }
        result.openAtEnd.append(contentsOf: stack)
    }
}
