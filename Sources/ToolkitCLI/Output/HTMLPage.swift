/// The self-contained page of `--format html`: every document of the run, a list to move
/// between them, a legend, and the styles inline (no network, no external assets).
///
/// The page streams: ``head`` goes out before the first document, each document's `<article>`
/// as soon as it is analysed, and ``tail(ids:)`` at the end with the list of documents, which
/// the styles show above them. Only the ids are kept in memory, whatever the run's size.
enum HTMLPage {
    /// Everything before the first article.
    static let head = """
        <!DOCTYPE html>
        <html>
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Toolkit analysis</title>
        <style>\(style)</style>
        </head>
        <body>
        <header>
        <h1>Toolkit analysis</h1>
        \(legend)
        <label class="toggle"><input type="checkbox" id="show-tr" checked> show transliterations</label>
        </header>
        <main>

        """

    /// Everything after the last article: the list of documents (when there are several) and the end of the page.
    static func tail(ids: [String]) -> String {
        var tail = "</main>\n"
        if ids.count > 1 {
            tail += "<nav><p>\(ids.count) documents</p><ol>\n"
            for (index, id) in ids.enumerated() {
                tail += "<li><a href=\"#d\(index + 1)\">\(HTMLMarkup.escape(id))</a></li>\n"
            }
            tail += "</ol></nav>\n"
        }
        return tail + "</body>\n</html>\n"
    }

    private static let legend = """
        <ul class="legend">
        <li><sup class="n">1</sup> sentence number (hover a sentence for its transliteration)</li>
        <li><mark class="kw" data-rank="1">keyword</mark> with its rank</li>
        <li><q class="quote direct">direct quote</q> reported words</li>
        <li><q class="quote term">term</q> a name or title in quotation marks</li>
        <li><a class="speaker">speaker</a><sup class="qn">1</sup> and <a class="cue">reporting word</a> of a quote</li>
        <li><span class="bp">page chrome</span></li>
        </ul>
        """

    private static let style = """
        body { margin: 0; font-family: system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; color: #1d1d1f; background: #fafafa; display: flex; flex-direction: column; }
        header { order: 0; padding: 1rem 2rem; background: #fff; border-bottom: 1px solid #ddd; }
        h1 { margin: 0 0 .5rem; font-size: 1.3rem; }
        .legend { list-style: none; padding: 0; margin: .3rem 0; display: flex; flex-wrap: wrap; gap: .4rem 1.4rem; font-size: .85rem; }
        nav { order: 1; padding: .5rem 2rem; background: #f0f0f3; font-size: .9rem; }
        nav p { margin: 0 0 .3rem; color: #555; }
        nav ol { margin: 0; columns: 3; }
        main { order: 2; padding: 1rem 2rem; }
        article { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 1rem 1.5rem; margin-bottom: 1.5rem; }
        article.rtl { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New", "Arabic Typesetting", "Traditional Arabic", "Geeza Pro", "DejaVu Sans", sans-serif; }
        article.rtl .text { font-size: 1.2rem; line-height: 2.1; }
        .columns { display: flex; gap: 1.5rem; align-items: flex-start; }
        .text { flex: 3; line-height: 1.8; }
        aside { flex: 1; min-width: 16rem; font-size: .95rem; position: sticky; top: .5rem; }
        .panel h3 { margin: .2rem 0 .4rem; font-size: 1rem; }
        .s { border-bottom: 1px dotted #b8b8c8; }
        .s:hover { background: #eef3ff; }
        sup.n { color: #7a7aa0; font-size: .65em; font-family: system-ui, sans-serif; margin-inline-end: .15em; }
        .tr { display: block; direction: ltr; unicode-bidi: isolate; text-align: left; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .8rem; color: #5a6b7b; line-height: 1.4; margin: .1rem 0 .5rem; }
        body:has(#show-tr:not(:checked)) .tr { display: none; }
        mark.kw { background: #fff1a8; border-radius: 3px; padding: 0 .1em; }
        mark.kw::after { content: attr(data-rank); font-size: .6em; vertical-align: super; color: #8a6d00; font-family: system-ui, sans-serif; margin-inline-start: .1em; }
        q.quote { quotes: none; border-radius: 3px; }
        q.quote.direct { background: #e3f4e8; box-shadow: inset 0 -2px 0 #3fa35b; }
        q.quote.term { background: #f1e8fb; box-shadow: inset 0 -2px 0 #9a6cd0; }
        a.speaker { color: #0b57d0; font-weight: 600; text-decoration: none; border-bottom: 2px solid #0b57d0; }
        a.cue { color: #b3261e; text-decoration: none; border-bottom: 2px dashed #b3261e; }
        sup.qn { font-size: .6em; color: #0b57d0; }
        .bp { color: #9a9a9a; text-decoration: line-through dotted #c0c0c0; }
        ol.keywords li, ol.quotes li { margin: .25rem 0; }
        .count { color: #777; font-size: .85em; }
        .who { font-size: .85em; color: #555; }
        .kind { font-size: .75em; text-transform: uppercase; letter-spacing: .05em; color: #888; }
        .unknown { color: #b3261e; }
        .toggle { font-size: .85rem; }
        @media (max-width: 900px) { .columns { flex-direction: column; } aside { position: static; } }
        """
}
