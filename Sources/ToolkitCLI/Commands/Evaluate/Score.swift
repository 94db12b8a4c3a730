/// Precision, recall and F1 from counts: how many predictions were correct,
/// how many were made, how many gold items there are. Scores add up over documents (micro-averaging).
struct Score: Equatable, Sendable {
    var correct = 0
    var predicted = 0
    var gold = 0

    /// Correct over predicted; 1 when nothing was predicted and there was nothing to find, else 0 for no predictions.
    var precision: Double { predicted == 0 ? (gold == 0 ? 1 : 0) : Double(correct) / Double(predicted) }
    /// Correct over gold; 1 when there was nothing to find.
    var recall: Double { gold == 0 ? 1 : Double(correct) / Double(gold) }
    /// The harmonic mean of precision and recall.
    var f1: Double {
        let sum = precision + recall
        return sum == 0 ? 0 : 2 * precision * recall / sum
    }

    /// Counts `predicted` against `gold`: an item is correct when it is in both.
    init<Item: Hashable>(predicted: Set<Item>, gold: Set<Item>) {
        correct = predicted.intersection(gold).count
        self.predicted = predicted.count
        self.gold = gold.count
    }

    init(correct: Int = 0, predicted: Int = 0, gold: Int = 0) {
        self.correct = correct
        self.predicted = predicted
        self.gold = gold
    }

    static func + (lhs: Score, rhs: Score) -> Score {
        Score(correct: lhs.correct + rhs.correct, predicted: lhs.predicted + rhs.predicted, gold: lhs.gold + rhs.gold)
    }

    static func += (lhs: inout Score, rhs: Score) { lhs = lhs + rhs }
}
