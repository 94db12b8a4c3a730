import Toolkit

/// Splits text into paragraphs: blocks of lines separated by blank lines
/// (empty or white space only), with LF, CRLF or CR line ends.
public struct ParagraphSegmenter: ConfigurableStage {
    public static let name = "paragraphs"
    public static let summary = "Blocks of text separated by blank lines (LF, CRLF, white-space-only lines)."

    public init() {}
    public init(options: StageOptions) {}

    public var produces: [any Layer.Type] { [Paragraphs.self] }

    public func process(_ document: inout Document, context: StageContext) {
        let view = document.view
        var paragraphs: [Paragraph] = []
        view.utf16.withUnsafeBufferPointer { text in
            var blockStart: Int?  // first non-blank line's content start
            var blockEnd = 0  // last non-blank line's content end
            func closeBlock() {
                if let start = blockStart {
                    paragraphs.append(Paragraph(span: view.span(utf16: start..<blockEnd)))
                    blockStart = nil
                }
            }
            func addLine(_ line: Range<Int>) {
                let content = trimmingWhiteSpace(line, in: text)
                if content.isEmpty {
                    closeBlock()
                } else {
                    if blockStart == nil { blockStart = content.lowerBound }
                    blockEnd = content.upperBound
                }
            }
            var lineStart = 0
            LineEnds.forEach(in: 0..<text.count, of: text) { end in
                // The LF of a CRLF ends the line its CR ended.
                if end == lineStart && end > 0 && text[end] == 0x0A && text[end - 1] == 0x0D {
                    lineStart = end + 1
                    return
                }
                addLine(lineStart..<end)
                lineStart = end + 1
            }
            if lineStart < text.count { addLine(lineStart..<text.count) }
            closeBlock()
        }
        document[Paragraphs.self] = paragraphs
    }
}
