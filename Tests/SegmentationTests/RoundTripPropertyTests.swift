import Robustness
import Segmentation
import Testing
import Toolkit
import Transliteration

/// The Buckwalter schemes are reversible: on generated hostile text (``HostileText``), every
/// token with no ASCII character in it comes back exactly from forward then reverse. Tokens
/// with ASCII letters are left out, since reverse reads those as Buckwalter and makes Arabic.
struct RoundTripPropertyTests {
    @Test(arguments: ["buckwalter", "buckwalter-safe", "buckwalter-xml"])
    func buckwalterSchemesRoundTripOnHostileText(scheme: String) throws {
        let context = StageContext()
        let forward = try Transliterator(.scheme(scheme), unit: .token)
        let backward = try Transliterator(.scheme(scheme), reverse: true, unit: .token)
        var checked = 0
        for seed in 0..<250 {
            var generator = SeededGenerator(seed: UInt64(seed))
            var document = Document(id: "case-\(seed)", text: HostileText.string(using: &generator, pieces: 40))
            try Tokenizer().process(&document, context: context)
            let aligned = try forward.transliterate(document, context: context)
            let source = Array(document.text.unicodeScalars)
            let output = Array(aligned.text.unicodeScalars)
            let reversible = aligned.segments.filter { !source[$0.source.range].contains(where: \.isASCII) }

            var outputDocument = Document(id: document.id, text: aligned.text)
            outputDocument[Tokens.self] = reversible.map { Token(span: $0.output, kind: .word) }
            let reversed = try backward.transliterate(outputDocument, context: context)
            let back = Array(reversed.text.unicodeScalars)
            #expect(reversed.segments.count == reversible.count, "seed \(seed)")
            for (original, returned) in zip(reversible, reversed.segments) {
                let expected = String(String.UnicodeScalarView(source[original.source.range]))
                let got = String(String.UnicodeScalarView(back[returned.output.range]))
                let via = String(String.UnicodeScalarView(output[original.output.range]))
                #expect(got == expected, "\(scheme), seed \(seed): \(expected.debugDescription) → \(via.debugDescription) → \(got.debugDescription)")
                checked += 1
            }
        }
        #expect(checked > 1000)
    }
}
