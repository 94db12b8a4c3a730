import Toolkit

/// Normalizes a document's text for matching: Unicode normalization (NFC,
/// NFKC) then Arabic foldings (diacritics, tatweel, alef forms, alef maksura,
/// teh marbuta, format controls, digits), each switchable.
///
/// The output goes to the `normalized` layer, aligned to the source: each
/// piece that changed is a segment (a letter with its marks, a removed bidi
/// mark), and the text between segments is the source unchanged. Stages that
/// match words (keywords, quotes) can match on `normalized` and map every hit
/// back with ``AlignedText/sourceSpan(ofOutput:)``.
///
/// ```swift
/// let normalizer = try TextNormalizer(form: .nfkc, foldings: .all)
/// normalizer.normalize("أَخْبَارُ ٢٠١٧")  // "اخبار 2017"
/// ```
public struct TextNormalizer: ConfigurableStage {
    public static let name = "normalize"
    public static let summary = "Text normalized for matching (NFC/NFKC, Arabic foldings), aligned to the source."
    public static let options: [StageOption] =
        [
            StageOption("form", .choice(NormalizationForm.allCases.map(\.rawValue)), default: "nfkc",
                        help: "Unicode normalization before the foldings")
        ]
        + ArabicFoldings.named.map { name, _ in
            StageOption(name, .boolean, default: true, help: "fold \(foldingHelp[name]!)")
        }

    private static let foldingHelp = [
        "diacritics": "away Arabic diacritics: harakat, tanwin, shadda, sukun, superscript alef, Quranic marks",
        "tatweel": "away tatweel (kashida)",
        "alef": "آ أ إ ٱ to bare alef ا",
        "alef-maksura": "alef maksura ى to yeh ي",
        "teh-marbuta": "teh marbuta ة to heh ه",
        "format-controls": "away bidi marks and other invisible format characters (not the emoji joiner)",
        "digits": "Arabic-Indic digits to ASCII digits",
    ]

    /// Chunks longer than this many UTF-16 units (a letter under hundreds of marks) are
    /// normalized in pieces, so pathological input stays linear.
    static let longestChunk = 64

    public let form: NormalizationForm
    public let foldings: ArabicFoldings
    private let table: NormalizationTable
    /// The table's flags with what the foldings keep (``NormalizationTable/flags(keptBy:)``).
    private let flags: [UInt8]

    public init(form: NormalizationForm = .nfkc, foldings: ArabicFoldings = .all) throws(TransliterationError) {
        self.form = form
        self.foldings = foldings
        self.table = try NormalizationTable.shared(form)
        self.flags = table.flags(keptBy: foldings)
        self.label = ([form.rawValue] + ArabicFoldings.named.filter { foldings.contains($0.folding) }.map(\.name))
            .joined(separator: "+")
    }

    public init(options: StageOptions) throws(ConfigError) {
        var foldings: ArabicFoldings = []
        for (name, folding) in ArabicFoldings.named where options.bool(name)! { foldings.insert(folding) }
        do {
            try self.init(form: NormalizationForm(rawValue: options.string("form")!)!, foldings: foldings)
        } catch {
            throw options.error(error.description)
        }
    }

    public var produces: [any Layer.Type] { [NormalizedText.self] }

    public var configuration: [String: JSONValue] {
        var configuration: [String: JSONValue] = ["form": .string(form.rawValue)]
        for (name, folding) in ArabicFoldings.named { configuration[name] = .bool(foldings.contains(folding)) }
        return configuration
    }

    /// What the layer's `scheme` field says, e.g. `nfkc+diacritics+tatweel`.
    let label: String

    public func process(_ document: inout Document, context: StageContext) throws {
        document[NormalizedText.self] = try normalize(document)
    }

    /// A string normalized the same way, e.g. a phrase to look for in `normalized` text.
    public func normalize(_ text: String) throws -> String {
        try normalize(Document(id: "", text: text)).text
    }

    /// The document's text normalized and aligned, without adding it to the document.
    ///
    /// Most chunks are one code point that stays as it is: they are skipped with one table
    /// look-up each. A chunk of one code point that only a folding changes is folded without ICU.
    public func normalize(_ document: Document) throws -> AlignedText {
        let view = document.view
        let builder = AlignedTextBuilder(expectedBytes: view.utf8Count, expectedSegments: view.scalarCount / 16)
        try view.utf16.withUnsafeBufferPointer { utf16 in
            try flags.withUnsafeBufferPointer { flags in
                try document.text.utf8.withContiguousStorageIfAvailable { utf8 in
                    var walker = ChunkWalker(utf16: utf16, flags: flags, table: table, longestChunk: Self.longestChunk)
                    var verbatim = walker.position  // start of the source not yet written
                    var normalized: [UInt16] = []
                    var folded: [UInt16] = []
                    while true {
                        walker.skipKept()
                        guard let chunk = walker.next() else { break }
                        let source = UnsafeBufferPointer(rebasing: utf16[chunk.start.utf16..<chunk.end.utf16])
                        if chunk.isSingle && table.flags(of: chunk.first) & NormalizationTable.unchangedAlone != 0 {
                            // Normalization keeps it, so only a folding changes it.
                            folded.removeAll(keepingCapacity: true)
                            appendFolding(of: chunk.first, to: &folded)
                        } else {
                            let length = try table.normalize(source, into: &normalized)
                            normalized.withUnsafeBufferPointer { fold(UnsafeBufferPointer(rebasing: $0[..<length]), into: &folded) }
                        }
                        if folded.elementsEqual(source) { continue }
                        builder.appendVerbatim(
                            UnsafeBufferPointer(rebasing: utf8[verbatim.utf8..<chunk.start.utf8]),
                            scalars: chunk.start.scalar - verbatim.scalar)
                        let outputStart = builder.scalarCount
                        folded.withUnsafeBufferPointer { builder.appendUTF16($0) }
                        builder.addSegment(source: Span(start: chunk.start.scalar, end: chunk.end.scalar), outputStart: outputStart)
                        verbatim = chunk.end
                    }
                    builder.appendVerbatim(
                        UnsafeBufferPointer(rebasing: utf8[verbatim.utf8...]), scalars: view.scalarCount - verbatim.scalar)
                }
            }
        }
        return builder.build(scheme: label)
    }

    /// Applies the foldings to normalized UTF-16.
    private func fold(_ units: UnsafeBufferPointer<UInt16>, into output: inout [UInt16]) {
        output.removeAll(keepingCapacity: true)
        var index = 0
        while index < units.count {
            let c = decodeUTF16(units, at: index)
            index += c >= 0x10000 ? 2 : 1
            appendFolding(of: c, to: &output)
        }
    }

    /// Appends what a code point folds to (nothing when a folding removes it) as UTF-16.
    @inline(__always)
    private func appendFolding(of c: UInt32, to output: inout [UInt16]) {
        guard let folded = foldings.fold(c, isFormat: table.flags(of: c) & NormalizationTable.format != 0) else { return }
        if folded < 0x10000 {
            output.append(UInt16(folded))
        } else {
            output.append(UInt16(0xD800 + ((folded - 0x10000) >> 10)))
            output.append(UInt16(0xDC00 + (folded & 0x3FF)))
        }
    }
}
