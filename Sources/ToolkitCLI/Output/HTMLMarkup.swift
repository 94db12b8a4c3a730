import Toolkit

/// Tags around spans of a text, written as properly nested HTML even when the spans cross.
struct HTMLMarkup {
    var span: Span
    /// The opening tag, e.g. `<span class="s" id="d1-s3">`.
    var open: String
    /// The opening tag when the element is split and resumes after a crossing element closed (no `id`).
    var resume: String
    var close: String
    /// Written once, after the element's final close (e.g. a sentence's transliteration).
    var after: String

    init(_ span: Span, open: String, resume: String? = nil, close: String, after: String = "") {
        self.span = span
        self.open = open
        self.resume = resume ?? open
        self.close = close
        self.after = after
    }

    /// The text of `range` with every markup inside it, escaped; markups are clipped to the range.
    static func render(_ scalars: [Unicode.Scalar], range: Span, markups: [HTMLMarkup]) -> String {
        let inside = markups.compactMap { markup -> HTMLMarkup? in
            let start = max(markup.span.start, range.start)
            let end = min(markup.span.end, range.end)
            guard start < end || (markup.span.isEmpty && range.contains(markup.span)) else { return nil }
            var clipped = markup
            clipped.span = Span(start: start, end: max(start, end))
            return clipped
        }.sorted { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.end > $1.span.end }
        var points = Set([range.start, range.end])
        for markup in inside { points.insert(markup.span.start); points.insert(markup.span.end) }

        var html = ""
        var open: [HTMLMarkup] = []
        var next = 0
        var position = range.start
        for point in points.sorted() {
            html += escape(scalars[position..<point])
            position = point
            // Close what ends here, closing and resuming whatever was opened inside it.
            if open.contains(where: { $0.span.end == point }) {
                var resumed: [HTMLMarkup] = []
                while open.contains(where: { $0.span.end == point }), let top = open.popLast() {
                    html += top.close
                    if top.span.end == point { html += top.after } else { resumed.append(top) }
                }
                for markup in resumed.reversed() {
                    html += markup.resume
                    open.append(markup)
                }
            }
            while next < inside.count, inside[next].span.start == point {
                let markup = inside[next]
                html += markup.open
                if markup.span.isEmpty { html += markup.close + markup.after } else { open.append(markup) }
                next += 1
            }
        }
        return html
    }

    static func escape(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        text.unicodeScalars.reserveCapacity(scalars.count)
        for scalar in scalars {
            switch scalar {
            case "&": text += "&amp;"
            case "<": text += "&lt;"
            case ">": text += "&gt;"
            case "\"": text += "&quot;"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }

    static func escape(_ text: String) -> String { escape(Array(text.unicodeScalars)[...]) }
}
