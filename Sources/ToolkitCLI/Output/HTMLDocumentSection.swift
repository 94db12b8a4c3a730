import KeywordExtraction
import QuoteDetection
import Toolkit
import Transliteration

/// One document as an `<article>` of the HTML view: its text by paragraph, sentences numbered,
/// keywords highlighted with their rank, quotes with their speaker and cue linked to them, each
/// sentence's transliteration beside it, and panels listing the keywords and quotes.
struct HTMLDocumentSection {
    let document: Document
    /// The document's position in the run, for unique element ids.
    let number: Int

    private var prefix: String { "d\(number)" }

    var isRightToLeft: Bool {
        if let language = document.language?.lowercased().prefix(2) { return ["ar", "fa", "ur", "he", "yi", "ps"].contains(String(language)) }
        var rightToLeft = 0
        var leftToRight = 0
        for scalar in document.text.unicodeScalars.prefix(2000) where scalar.properties.isAlphabetic {
            switch scalar.value {
            case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF: rightToLeft += 1
            default: leftToRight += 1
            }
        }
        return rightToLeft > leftToRight
    }

    func render() -> String {
        let scalars = Array(document.text.unicodeScalars)
        let direction = isRightToLeft ? "rtl" : "ltr"
        let language = document.language.map { " lang=\"\(HTMLMarkup.escape($0))\"" } ?? ""
        var html = "<article id=\"\(prefix)\" dir=\"\(direction)\"\(language) class=\"\(direction)\">\n"
        html += "<h2 dir=\"auto\">\(HTMLMarkup.escape(document.id))</h2>\n<div class=\"columns\">\n<div class=\"text\">\n"
        let markups = sentenceMarkups() + keywordMarkups() + quoteMarkups() + boilerplateMarkups()
        let blocks = document[Paragraphs.self]?.map(\.span) ?? [Span(start: 0, end: scalars.count)]
        for block in blocks {
            html += "<p>" + HTMLMarkup.render(scalars, range: block, markups: markups) + "</p>\n"
        }
        html += "</div>\n<aside dir=\"\(direction)\">\n" + keywordPanel() + quotePanel() + "</aside>\n</div>\n</article>\n"
        return html
    }

    private func sentenceMarkups() -> [HTMLMarkup] {
        guard let sentences = document[Sentences.self] else { return [] }
        let transliteration = document[TransliteratedText.self].map(TransliterationLookup.init)
        return sentences.enumerated().map { index, sentence in
            let output = transliteration?.output(for: sentence.span) ?? ""
            let title = output.isEmpty ? "" : " title=\"\(HTMLMarkup.escape(output))\""
            let after = output.isEmpty ? "" : "<span class=\"tr\" dir=\"ltr\">\(HTMLMarkup.escape(output))</span>"
            return HTMLMarkup(
                sentence.span,
                open: "<span class=\"s\" id=\"\(prefix)-s\(index + 1)\"\(title)><sup class=\"n\">\(index + 1)</sup>",
                resume: "<span class=\"s\"\(title)>", close: "</span>", after: after)
        }
    }

    private func keywordMarkups() -> [HTMLMarkup] {
        guard let keywords = document[Keywords.self] else { return [] }
        return keywords.enumerated().flatMap { rank, keyword in
            keyword.occurrences.map { occurrence in
                HTMLMarkup(
                    occurrence,
                    open: "<mark class=\"kw\" data-rank=\"\(rank + 1)\" title=\"keyword \(rank + 1): \(HTMLMarkup.escape(keyword.text)) ×\(keyword.count)\">",
                    close: "</mark>")
            }
        }
    }

    private func quoteMarkups() -> [HTMLMarkup] {
        guard let quotes = document[Quotes.self] else { return [] }
        return quotes.enumerated().flatMap { index, quote -> [HTMLMarkup] in
            let id = "\(prefix)-q\(index + 1)"
            let speakerText = quote.speaker.map { " — \(HTMLMarkup.escape($0.text))" } ?? ""
            var markups = [
                HTMLMarkup(
                    quote.marks,
                    open: "<q class=\"quote \(quote.kind.rawValue)\" id=\"\(id)\" title=\"quote \(index + 1) (\(quote.kind.rawValue))\(speakerText)\">",
                    resume: "<q class=\"quote \(quote.kind.rawValue)\">", close: "</q>")
            ]
            if let speaker = quote.speaker {
                markups.append(HTMLMarkup(
                    speaker.span, open: "<a class=\"speaker\" href=\"#\(id)\" title=\"speaker of quote \(index + 1)\">",
                    close: "<sup class=\"qn\">\(index + 1)</sup></a>"))
            }
            if let cue = quote.cue {
                markups.append(HTMLMarkup(
                    cue.span, open: "<a class=\"cue\" href=\"#\(id)\" title=\"reporting word of quote \(index + 1)\">",
                    close: "</a>"))
            }
            return markups
        }
    }

    private func boilerplateMarkups() -> [HTMLMarkup] {
        (document[Boilerplate.self] ?? []).map { block in
            HTMLMarkup(block.span, open: "<span class=\"bp\" title=\"page chrome: \(HTMLMarkup.escape(block.reason))\">", close: "</span>")
        }
    }

    private func keywordPanel() -> String {
        guard let keywords = document[Keywords.self], !keywords.isEmpty else { return "" }
        var html = "<section class=\"panel\"><h3>Keywords</h3><ol class=\"keywords\">\n"
        for keyword in keywords {
            html += "<li><span class=\"kwtext\">\(HTMLMarkup.escape(keyword.text))</span> <span class=\"count\">×\(keyword.count)</span></li>\n"
        }
        return html + "</ol></section>\n"
    }

    private func quotePanel() -> String {
        guard let quotes = document[Quotes.self], !quotes.isEmpty else { return "" }
        var html = "<section class=\"panel\"><h3>Quotes</h3><ol class=\"quotes\">\n"
        for (index, quote) in quotes.enumerated() {
            let content = String(document[quote.content])
            let excerpt = content.count > 90 ? String(content.prefix(90)) + "…" : content
            let speaker = quote.speaker.map { "<span class=\"speaker\">\(HTMLMarkup.escape($0.text))</span>" }
                ?? (quote.kind == .direct ? "<span class=\"unknown\">?</span>" : "")
            let cue = quote.cue.map { " <span class=\"cue\">(\(HTMLMarkup.escape($0.text)))</span>" } ?? ""
            html += "<li class=\"\(quote.kind.rawValue)\"><a href=\"#\(prefix)-q\(index + 1)\">\(HTMLMarkup.escape(excerpt))</a>"
            html += "<div class=\"who\"><span class=\"kind\">\(quote.kind.rawValue)</span> \(speaker)\(cue)</div></li>\n"
        }
        return html + "</ol></section>\n"
    }
}
