import Toolkit

/// The readable listing of `--format text`: each layer of a document, spans shown as their text.
enum TextListing {
    static func render(_ document: Document) -> String {
        var lines: [String] = []
        let counts = document.layerNames.map { name -> String in
            if let items = document.layerValue(named: name) as? [any SpanAnnotation] { return "\(items.count) \(name)" }
            return name
        }
        lines.append("# \(document.id)" + (counts.isEmpty ? "" : "  (\(counts.joined(separator: ", ")))"))
        for name in document.layerNames {
            let value = document.layerValue(named: name)!
            if name == Tokens.name, let tokens = value as? [Token] {
                lines.append("## tokens")
                lines.append(contentsOf: wrap(tokens.map { String(document[$0.span]) }, width: 100))
            } else if let items = value as? [any SpanAnnotation] {
                lines.append("## \(name)")
                let width = String(items.count).count
                for (index, item) in items.enumerated() {
                    let number = String(index + 1)
                    let padded = String(repeating: " ", count: width - number.count) + number
                    lines.append("\(padded)  \(oneLine(document[item.span]))")
                }
            } else {
                var writer = JSONWriter()
                try? writer.value(value)
                lines.append("## \(name)")
                lines.append(String(decoding: writer.bytes, as: UTF8.self))
            }
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// Line breaks inside a span shown as ⏎, so each item stays on one line.
    private static func oneLine(_ text: Substring) -> String {
        guard text.contains(where: \.isNewline) else { return String(text) }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ⏎ ")
    }

    private static func wrap(_ words: [String], width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in words.map(oneLine) {
            if !current.isEmpty && current.count + word.count + 3 > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? word : " · " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    private static func oneLine(_ text: String) -> String { oneLine(text[...]) }
}
