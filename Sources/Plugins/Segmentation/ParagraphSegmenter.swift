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
            var lineStart = 0
            func closeBlock() {
                if let start = blockStart {
                    paragraphs.append(Paragraph(span: view.span(utf16: start..<blockEnd)))
                    blockStart = nil
                }
            }
            var index = 0
            while lineStart < text.count {
                // Find the end of this line.
                index = lineStart
                while index < text.count && !LineEnds.contains(text[index]) { index += 1 }
                let content = trimmingWhiteSpace(lineStart..<index, in: text)
                if content.isEmpty {
                    closeBlock()
                } else {
                    if blockStart == nil { blockStart = content.lowerBound }
                    blockEnd = content.upperBound
                }
                if index < text.count && text[index] == 0x0D && index + 1 < text.count && text[index + 1] == 0x0A {
                    index += 1
                }
                lineStart = index + 1
            }
            closeBlock()
        }
        document[Paragraphs.self] = paragraphs
    }
}
