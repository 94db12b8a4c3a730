import Foundation
import Testing
import Toolkit

@testable import Segmentation

/// A new folder holding `files` (name and contents), removed after `body`.
private func withFolder<T>(_ files: [String: String], _ body: (URL) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sentences-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, contents) in files {
        try contents.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return try body(folder)
}

/// The `sentences` stage made from chain-file options, as a chain file in `folder` would make it.
private func stage(_ values: [String: JSONValue], folder: URL? = nil) throws -> SentenceSegmenter {
    let options = try StageOptions(
        values, for: SentenceSegmenter.name, specs: SentenceSegmenter.options, baseDirectory: folder,
        location: ConfigLocation(file: "chain.yaml", stageIndex: 1))
    return try SentenceSegmenter(options: options)
}

/// An abbreviations file as a user would write one: comments, blank lines, kinds, Arabic.
private let abbreviationsFile = """
    # Abbreviations for the sentences stage: one a line, with its full stop, and an optional kind.

    Pte.
    Kpt.        continues
    Est. may-end

    # Arabic: مج. (مجلد, volume)
    مج.
    """

/// The sentences, and their reasons, that a stage finds in `text`.
private func run(_ stage: SentenceSegmenter, _ text: String) throws -> [(text: String, reason: String?)] {
    var document = Document(id: "test", text: text)
    try stage.process(&document, context: StageContext())
    return document[Sentences.self]!.map { (String(document[$0.span]), $0.reason) }
}

@Suite struct SentenceOptionsTests {
    @Test func theAbbreviationsOptionAddsToTheBuiltInList() throws {
        let text = "The soldier Pte. Jones left. He came back."
        #expect(try run(stage(["locale": "en"]), text).count == 3)
        #expect(try run(stage(["locale": "en", "abbreviations": ["Pte."]]), text).map(\.text)
            == ["The soldier Pte. Jones left.", "He came back."])
    }

    @Test func theAbbreviationsFileAddsToTheBuiltInList() throws {
        try withFolder(["abbreviations.txt": abbreviationsFile]) { folder in
            let withFile = try stage(["locale": "auto", "abbreviations-file": "abbreviations.txt"], folder: folder)
            #expect(try run(withFile, "The soldier Pte. Jones left.").count == 1)
            #expect(try run(withFile, "Built in 1990 Est. Then closed.").count == 2)
            #expect(try run(withFile, "راجع مج. الثاني من الكتاب.").count == 1)
            #expect(withFile.configuration["abbreviations-file"] == "abbreviations.txt")
        }
    }

    @Test func aMalformedEntryNamesTheOptionAndTheEntry() throws {
        let noStop = #expect(throws: ConfigError.self) { try stage(["abbreviations": ["Dr.", "Gen"]]) }
        #expect(noStop?.description == "chain.yaml, stage 1: stage 'sentences': option 'abbreviations', entry 2: write the abbreviation with its full stop, e.g. 'Gen.'")
        let badKind = #expect(throws: ConfigError.self) { try stage(["abbreviations": ["Ave. sometimes"]]) }
        #expect(badKind?.description.contains("unknown abbreviation kind 'sometimes'; use continues or may-end") == true)
        #expect(throws: ConfigError.self) { try SentenceSegmenter(abbreviations: ["Dr. Who. Else"]) }
    }

    @Test func aMalformedFileNamesTheFileAndLine() throws {
        try withFolder(["abbr.txt": "# ok\nDr.\n\nGen\n"]) { folder in
            let error = #expect(throws: ConfigError.self) { try stage(["abbreviations-file": "abbr.txt"], folder: folder) }
            #expect(error?.message.contains("abbr.txt:4: write the abbreviation with its full stop") == true)
            #expect(throws: ConfigError.self) { try stage(["abbreviations-file": "no-such-file.txt"], folder: folder) }
        }
    }

    @Test func rulesOffGivesICUsBoundariesAlone() throws {
        let text = "قال د. محمد إن الوضع مستقر."
        #expect(try run(stage(["locale": "ar", "rules": false]), text).count == 2)
        #expect(try run(stage(["locale": "ar"]), text).count == 1)
    }

    @Test func explainSaysWhichRuleEndedASentenceOrRemovedABoundary() throws {
        let explaining = try stage(["locale": "en", "explain": true])
        let sentences = try run(explaining, "I saw Dr. Smith. it was late.\nBye")
        #expect(sentences.map(\.text) == ["I saw Dr. Smith.", "it was late.", "Bye"])
        #expect(sentences.map(\.reason) == [
            "rule: lowercase-start; abbreviation removed the icu boundary at 10 after 'Dr.'",
            "icu: sentence terminator",
            "icu: end of text",
        ])
        let arabic = try run(stage(["locale": "ar", "explain": true]), "قال: «انتهى الأمر. » وأضاف.")
        #expect(arabic.first?.reason == "icu: sentence terminator; closing-punctuation took '»'")
    }

    @Test func theConfigurationListsEveryOption() throws {
        let configured = try stage(["locale": "ar", "rules": false, "abbreviations": ["Pte."]])
        #expect(configured.configuration == [
            "locale": "ar", "explain": false, "rules": false, "abbreviations": ["Pte."],
        ])
    }

    @Test func eachLanguageGetsItsOwnConventions() {
        #expect(SentenceConventions.language(ofLocale: "en@ss=standard") == "en")
        #expect(SentenceConventions.language(ofLocale: "ar_EG") == "ar")
        #expect(SentenceConventions.forLanguage("en", adding: AbbreviationList()).findsMissedBoundaries)
        #expect(!SentenceConventions.forLanguage("ar", adding: AbbreviationList()).findsMissedBoundaries)
        #expect(SentenceConventions.forLanguage("fr", adding: AbbreviationList()).abbreviations.isEmpty)
        let unknown = SentenceConventions.forLanguage("", adding: AbbreviationList())
        #expect(!unknown.abbreviations.isEmpty && unknown.findsMissedBoundaries)
        #expect(!unknown.letterNames.isEmpty && !unknown.sentenceStarters.isEmpty)
    }
}
