import Foundation

/// A figure or a group of figures of a quote evaluation; objects keep their order, as `score.py` writes them.
enum QuoteFigure: Sendable {
    case number(Double)
    case integer(Int)
    case null
    case object([(String, QuoteFigure)])
}

/// The figures of a quote evaluation, laid out as `score.py` prints them, as text or as JSON.
struct QuoteReport {
    let groups: [(name: String, figures: QuoteFigure)]
    let documentCount: Int

    init(_ scorer: QuoteScorer, documentCount: Int) {
        groups = scorer.groups.map { ($0.name, Self.summarise($0.counts)) }
        self.documentCount = documentCount
    }

    private static func summarise(_ counts: [String: Int]) -> QuoteFigure {
        func count(_ key: String) -> Int { counts[key] ?? 0 }
        func ratio(_ ok: String, _ n: String) -> QuoteFigure {
            count(n) == 0 ? .null : .number(Double(count(ok)) / Double(count(n)))
        }
        var members: [(String, QuoteFigure)] = []
        for kind in ["direct", "term"] {
            for criterion in ["exact", "overlap"] {
                let key = "\(kind)/\(criterion)"
                let (tp, predicted, gold) = (count("\(key)/tp"), count("\(key)/pred"), count("\(key)/gold"))
                let precision = predicted > 0 ? Double(tp) / Double(predicted) : (gold == 0 ? 1 : 0)
                let recall = gold > 0 ? Double(tp) / Double(gold) : (predicted == 0 ? 1 : 0)
                let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
                members.append(
                    (
                        key,
                        .object([
                            ("precision", .number(precision)), ("recall", .number(recall)), ("f1", .number(f1)),
                            ("tp", .integer(tp)), ("pred", .integer(predicted)), ("gold", .integer(gold)),
                        ])
                    ))
            }
        }
        members.append(
            ("kind_accuracy", .object([("value", ratio("kind/ok", "kind/n")), ("n", .integer(count("kind/n")))])))
        members.append(
            (
                "speaker_accuracy",
                .object([("value", ratio("speaker/ok", "speaker/n")), ("n", .integer(count("speaker/n")))])
            ))
        members.append(
            (
                "speaker_accuracy_lenient",
                .object([
                    ("value", ratio("speaker/ok_lenient", "speaker/n")), ("n", .integer(count("speaker/n"))),
                ])
            ))
        let flags = Set(counts.keys.filter { $0.hasPrefix("flag/") }.map { String($0.split(separator: "/")[1]) })
            .sorted()
        members.append(
            (
                "direct_recall_by_flag",
                .object(
                    flags.map { flag in
                        (
                            flag,
                            .object([
                                ("found", .integer(count("flag/\(flag)/found"))),
                                ("gold", .integer(count("flag/\(flag)/gold"))),
                            ])
                        )
                    })
            ))
        return .object(members)
    }

    /// The report as `score.py` prints it: `all` first, then the languages in alphabetical order.
    var text: String {
        var lines = ["documents: \(documentCount)"]
        for (name, figures) in groups.sorted(by: {
            ($0.name != "all" ? 1 : 0, $0.name) < ($1.name != "all" ? 1 : 0, $1.name)
        }) {
            lines.append("")
            lines.append("== \(name)")
            for key in ["direct/exact", "direct/overlap", "term/overlap"] {
                let m = figures[key]
                let label = key.padding(toLength: 15, withPad: " ", startingAt: 0)
                let (p, r, f) = (Self.format(m["precision"]), Self.format(m["recall"]), Self.format(m["f1"]))
                let (tp, pred, gold) = (m["tp"].integerValue, m["pred"].integerValue, m["gold"].integerValue)
                lines.append("  \(label) P \(p)  R \(r)  F1 \(f)   (tp \(tp), pred \(pred), gold \(gold))")
            }
            for (label, key) in [
                ("kind accuracy           ", "kind_accuracy"), ("speaker accuracy        ", "speaker_accuracy"),
            ] {
                lines.append("  \(label) \(Self.format(figures[key]["value"]))   (n \(figures[key]["n"].integerValue))")
            }
            lines.append("  speaker accuracy lenient \(Self.format(figures["speaker_accuracy_lenient"]["value"]))")
            if case .object(let flags) = figures["direct_recall_by_flag"], !flags.isEmpty {
                let list = flags.map { "\($0.0) \($0.1["found"].integerValue)/\($0.1["gold"].integerValue)" }
                lines.append("  direct recall by flag: \(list.joined(separator: ", "))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as `score.py --json` prints it (`json.dumps(indent=2)`).
    var json: String {
        var out = ""
        Self.write(.object(groups.map { ($0.name, $0.figures) }), indent: 0, into: &out)
        return out + "\n"
    }

    private static func format(_ value: QuoteFigure) -> String {
        if case .number(let number) = value { return String(format: "%.3f", number) }
        return "  n/a"
    }

    private static func write(_ value: QuoteFigure, indent: Int, into out: inout String) {
        switch value {
        case .number(let number): out += "\(number)"
        case .integer(let integer): out += "\(integer)"
        case .null: out += "null"
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            let padding = String(repeating: " ", count: indent + 2)
            out += "{\n"
            for (index, (key, member)) in members.enumerated() {
                out += padding + jsonString(key) + ": "
                write(member, indent: indent + 2, into: &out)
                out += index + 1 < members.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    private static func jsonString(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

extension QuoteFigure {
    subscript(key: String) -> QuoteFigure {
        if case .object(let members) = self, let member = members.first(where: { $0.0 == key }) { return member.1 }
        return .null
    }

    var integerValue: Int {
        if case .integer(let integer) = self { return integer }
        return 0
    }
}
