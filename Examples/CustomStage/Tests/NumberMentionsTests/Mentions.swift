import Foundation
import NumberMentions
import Toolkit

/// The mentions the stage finds in a text, each written as
/// `text = kind value [currency] [calendar]`, e.g. `5.4 مليون ريال = money 5400000 SAR`.
///
/// Comparing the mention's own text checks its span; the rest checks what it was read as.
func mentions(in text: String, finder: NumberFinder = NumberFinder()) throws -> [String] {
    let document = try Chain { finder }.run(Document(id: "test", text: text))
    return document[Numbers.self]!.map { describe($0, in: document) }
}

func describe(_ mention: NumberMention, in document: Document) -> String {
    var parts = [String(document[mention.span]), "=", mention.kind.rawValue]
    switch mention.value {
    case .number(let n): parts.append(n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n))
    case .date(let date): parts.append(date.iso)
    case .time(let hour, let minute): parts.append(String(format: "%02d:%02d", hour, minute))
    }
    if let currency = mention.currency { parts.append(currency) }
    if mention.calendar != .gregorian { parts.append(mention.calendar.rawValue) }
    return parts.joined(separator: " ")
}

/// The repository's root, found from this file: `Examples/CustomStage/Tests/NumberMentionsTests/…`.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// This package's folder, where `numbers.yaml` is.
let packageRoot = repositoryRoot.appendingPathComponent("Examples/CustomStage")
