import Toolkit

/// Transliterates a document's text with an ICU transform, a shipped scheme or
/// the user's own ICU rules, keeping every piece aligned to its source.
///
/// The output goes to the `transliteration` layer: the whole output text, and
/// for each unit (token, sentence or the document) its source span and output
/// span. The document's text is not changed.
///
/// ```swift
/// let chain = try Chain {
///     Tokenizer()
///     try Transliterator(.scheme("buckwalter"), unit: .token)
/// }
/// let doc = try chain.run(Document(id: "1", text: "أخبار الجزائر"))
/// doc[TransliteratedText.self]!.text  // ">xbAr AljzA}r"
/// ```
///
/// Buckwalter schemes run from a compiled table; everything else runs on ICU,
/// with one transliterator per worker, opened on first use and closed with the worker.
public struct Transliterator: ConfigurableStage {
    public static let name = "transliterate"
    public static let summary = "Text through an ICU transform or a shipped scheme (Buckwalter, arabic-simple), aligned to the source."
    public static let options: [StageOption] = [
        StageOption("id", .string, help: "ICU transform ID: Arabic-Latin, 'Any-Latin; Latin-ASCII', '[:Arabic:] Any-Latin' (list: toolkit transliterators)"),
        StageOption("scheme", .string, default: "buckwalter",
                    help: "shipped scheme, used when no id or rules are given: buckwalter, buckwalter-safe, buckwalter-xml, arabic-simple"),
        StageOption("rules", .string, help: "your own ICU transform rules"),
        StageOption("rules-file", .file, help: "a file of ICU transform rules (UTF-8), relative to the chain file"),
        StageOption("reverse", .boolean, default: false, help: "the inverse direction, e.g. Buckwalter back to Arabic"),
        StageOption("unit", .choice(TransliterationUnit.allCases.map(\.rawValue)), default: "document",
                    help: "what is transformed as one piece and aligned as one segment: token (needs tokens), sentence (needs sentences) or document"),
    ]

    /// What the text is transformed with.
    public enum Transform: Sendable, Hashable {
        /// An ICU transform ID, compound IDs and filters included.
        case id(String)
        /// A shipped scheme's name (``TransliterationScheme/shipped``).
        case scheme(String)
        /// ICU transform rules.
        case rules(String)
        /// ICU transform rules read from a file; `path` as the chain file gives it.
        case rulesFile(path: String, rules: String)
    }

    public let transform: Transform
    public let reverse: Bool
    public let unit: TransliterationUnit
    private let engine: Engine
    /// What the layer's `scheme` field says.
    private let label: String

    /// How a unit is transformed: a compiled table, or an ICU transliterator opened per worker.
    private enum Engine: Sendable {
        case table(CharacterMap)
        case icu(ICUTransformSpec)
    }

    /// Checks the transform now (an unknown ID, an unknown scheme, a rules syntax error), so a chain that is built can run.
    public init(_ transform: Transform, reverse: Bool = false, unit: TransliterationUnit = .document)
        throws(TransliterationError)
    {
        self.transform = transform
        self.reverse = reverse
        self.unit = unit
        let spec: ICUTransformSpec
        var label: String
        var isCharacterMap = false
        switch transform {
        case .id(let id):
            spec = .id(id)
            label = id
        case .scheme(let name):
            guard let scheme = TransliterationScheme.named(name) else {
                let names = TransliterationScheme.shipped.map(\.name)
                throw .unknownScheme(name, closest: nearestNames(to: name, among: names, limit: names.count))
            }
            if reverse && !scheme.isReversible { throw .noReverse(name) }
            spec = .rules(name: name, text: scheme.rules, origin: "scheme '\(name)'")
            label = name
            isCharacterMap = scheme.isCharacterMap
        case .rules(let text):
            spec = .rules(name: "rules", text: text, origin: "rules")
            label = "rules"
        case .rulesFile(let path, let text):
            spec = .rules(name: "rules", text: text, origin: "rules-file '\(path)'")
            label = path
        }
        // Opening the transliterator checks the ID or the rules; a worker opens its own to run.
        let transliterator = try ICUTransliterator(spec, reverse: reverse)
        engine = isCharacterMap ? .table(try CharacterMap(transliterator)) : .icu(spec)
        if reverse { label += " (reverse)" }
        self.label = label
    }

    public init(options: StageOptions) throws(ConfigError) {
        let given = ["id", "scheme", "rules", "rules-file"].filter(options.isSet)
        guard given.count <= 1 else {
            throw options.error("give one of the options \(given.joined(separator: ", ")), not several: each says what to transliterate with")
        }
        let transform: Transform
        if let id = options.string("id") {
            transform = .id(id)
        } else if let rules = options.string("rules") {
            transform = .rules(rules)
        } else if let rules = try options.fileContents("rules-file") {
            transform = .rulesFile(path: options.string("rules-file")!, rules: rules)
        } else {
            transform = .scheme(options.string("scheme")!)
        }
        do {
            try self.init(
                transform, reverse: options.bool("reverse")!, unit: TransliterationUnit(rawValue: options.string("unit")!)!)
        } catch {
            throw options.error(error.description)
        }
    }

    /// Every transform ID ICU offers for the `id` option, sorted (`toolkit transliterators` lists them).
    public static func availableIDs() throws(TransliterationError) -> [String] {
        try ICUTransliterator.availableIDs()
    }

    public var requires: [any Layer.Type] { unit.requires }
    public var produces: [any Layer.Type] { [TransliteratedText.self] }

    /// False for ICU transforms: ICU's rule-based transliterators take one process-wide mutex
    /// for every call (`transliteratorDataMutex` in its `rbt.cpp`), whatever the instance.
    public var runsInParallelThreads: Bool {
        if case .table = engine { true } else { false }
    }

    public var configuration: [String: JSONValue] {
        var configuration: [String: JSONValue] = ["reverse": .bool(reverse), "unit": .string(unit.rawValue)]
        switch transform {
        case .id(let id): configuration["id"] = .string(id)
        case .scheme(let name): configuration["scheme"] = .string(name)
        case .rules(let rules): configuration["rules"] = .string(rules)
        case .rulesFile(let path, _): configuration["rules-file"] = .string(path)
        }
        return configuration
    }

    public func process(_ document: inout Document, context: StageContext) throws {
        document[TransliteratedText.self] = try transliterate(document, context: context)
    }

    /// The document's text transliterated and aligned, without adding it to the document.
    public func transliterate(_ document: Document, context: StageContext) throws -> AlignedText {
        // The units are read from their layer as they are, not copied out as spans.
        switch unit {
        case .token:
            guard let tokens = document[Tokens.self] else { throw TransliterationError.missingLayer(Tokens.name) }
            return try transliterate(document, units: tokens, context: context)
        case .sentence:
            guard let sentences = document[Sentences.self] else { throw TransliterationError.missingLayer(Sentences.name) }
            return try transliterate(document, units: sentences, context: context)
        case .document:
            let whole = document.scalarCount == 0 ? [] : [Span(start: 0, end: document.scalarCount)]
            return try transliterate(document, units: whole, context: context)
        }
    }

    /// The document's text with each of `units` (in text order) transformed as one piece.
    private func transliterate<Unit: SpanAnnotation>(
        _ document: Document, units: [Unit], context: StageContext
    ) throws -> AlignedText {
        switch engine {
        case .table(let map):
            return transformUnits(of: document, units, with: map)
        case .icu(let spec):
            let transliterator = try context.resource(named: "") { () throws(TransliterationError) in
                try ICUTransliterator(spec, reverse: reverse)
            }
            return try transliterator.transformUnits(of: document.view, units, scheme: label)
        }
    }

    /// Each unit through the compiled table as a segment, in UTF-8; the text between units copied.
    private func transformUnits<Unit: SpanAnnotation>(
        of document: Document, _ units: [Unit], with map: CharacterMap
    ) -> AlignedText {
        let view = document.view
        let builder = AlignedTextBuilder(expectedBytes: view.utf8Count + 16, expectedSegments: units.count)
        // The text's UTF-8 is contiguous: the document's text view made it so.
        document.text.utf8.withContiguousStorageIfAvailable { text in
            var scalar = 0
            var byte = 0
            for unit in units {  // not `units.lazy.map(\.span)`: the key path cost about 14 instructions a unit
                let span = unit.span
                guard span.start >= scalar && !span.isEmpty else { continue }
                let start = view.utf8Offset(scalar: span.start, from: (scalar, byte), in: text)
                builder.appendVerbatim(UnsafeBufferPointer(rebasing: text[byte..<start]), scalars: span.start - scalar)
                let outputStart = builder.scalarCount
                // A code point is at most 4 bytes of UTF-8.
                builder.appendUTF8(capacity: span.length * 4 * map.maximumExpansion + 4) { out in
                    let result = map.apply(UnsafeBufferPointer(rebasing: text[start...]), scalars: span.length, into: out)
                    byte = start + result.read
                    return (result.written, result.scalars)
                }
                builder.addSegment(source: span, outputStart: outputStart)
                scalar = span.end
            }
            builder.appendVerbatim(UnsafeBufferPointer(rebasing: text[byte...]), scalars: view.scalarCount - scalar)
        }
        return builder.build(scheme: label)
    }
}

extension TextView {
    /// The UTF-8 offset of a code point offset, walked from a known nearby position
    /// (units and gaps are short) or looked up when far.
    fileprivate func utf8Offset(
        scalar target: Int, from position: (scalar: Int, byte: Int), in text: UnsafeBufferPointer<UInt8>
    ) -> Int {
        let distance = target - position.scalar
        guard distance <= TextView.checkpointStride else { return utf8Offset(scalar: target) }
        var byte = position.byte
        for _ in 0..<distance { byte += utf8SequenceLength(text[byte]) }
        return byte
    }
}
