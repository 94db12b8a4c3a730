import Foundation
import NumberMentions
import Segmentation
import Testing
import Toolkit

@Suite("The numbers stage: options, chain files, JSON, odd input")
struct StageTests {
    let registry = StageRegistry(plugins: [Segmentation.plugin, NumberMentions.plugin])

    @Test func chainFileBuildsAndRoundTrips() throws {
        let config = try ChainConfig(contentsOf: packageRoot.appendingPathComponent("numbers.yaml"))
        let chain = try registry.makeChain(config)
        #expect(chain.producedLayers == ["sentences", "numbers"])
        // Written back out with every option's value, the chain reads back to the same chain.
        let again = try registry.makeChain(ChainConfig(parsing: chain.configuration.yaml))
        #expect(again.configuration == chain.configuration)
    }

    @Test func kindsOptionKeepsOnlyThoseKinds() throws {
        let config = try ChainConfig(parsing: """
            name: money
            stages:
              - stage: numbers
                kinds: [money, percent]
            """)
        let chain = try registry.makeChain(config)
        let document = try chain.run(Document(id: "t", text: "في 2017 ربح 5 ملايين دولار، 12% أكثر من 3 سنوات"))
        #expect(document[Numbers.self]!.map(\.kind) == [.money, .percent])
    }

    @Test func unknownKindIsAnErrorThatSuggestsTheClosest() {
        let config = try! ChainConfig(parsing: "name: x\nstages:\n  - stage: numbers\n    kinds: [percent, mony]\n")
        #expect {
            try registry.makeChain(config)
        } throws: { error in
            let message = String(describing: error)
            return message.contains("no kind 'mony'") && message.contains("did you mean 'money'?")
                && message.contains("stage 1")
        }
    }

    @Test func yearRangeMustBeInOrder() {
        let config = try! ChainConfig(parsing: "name: x\nstages:\n  - stage: numbers\n    min-year: 2100\n    max-year: 1900\n")
        #expect {
            try registry.makeChain(config)
        } throws: { error in
            String(describing: error).contains("'min-year' (2100) is after 'max-year' (1900)")
        }
    }

    @Test func jsonShape() {
        func json(_ mention: NumberMention) -> String {
            var writer = JSONWriter()
            mention.writeJSON(to: &writer)
            return String(decoding: writer.bytes, as: UTF8.self)
        }
        #expect(json(NumberMention(span: Span(0..<3), kind: .percent, value: .number(12.5)))
            == #"{"start":0,"end":3,"kind":"percent","value":12.5}"#)
        #expect(json(NumberMention(span: Span(4..<18), kind: .money, value: .number(5_400_000), currency: "SAR"))
            == #"{"start":4,"end":18,"kind":"money","value":5400000,"currency":"SAR"}"#)
        #expect(json(NumberMention(
            span: Span(0..<15), kind: .date, value: .date(PartialDate(year: 1436, month: 10, day: 26)),
            calendar: .islamic))
            == #"{"start":0,"end":15,"kind":"date","value":"1436-10-26","calendar":"islamic"}"#)
        #expect(json(NumberMention(span: Span(0..<4), kind: .time, value: .time(hour: 7, minute: 5)))
            == #"{"start":0,"end":4,"kind":"time","value":"07:05"}"#)
    }

    @Test func codableRoundTrip() throws {
        let document = try Chain { NumberFinder() }.run(Document(
            id: "t", text: "5.4 مليون ريال، 12.5%، سبتمبر (أيلول) 2017، 26 شوال 1436 هـ، فبراير، ٥:٤٥ مساء، 21st, 2017"))
        let mentions = document[Numbers.self]!
        #expect(mentions.count == 8)
        let decoded = try JSONDecoder().decode([NumberMention].self, from: JSONEncoder().encode(mentions))
        #expect(decoded == mentions)
    }

    @Test func offsetsAreCodePoints() throws {
        // 👍 is one code point but two UTF-16 units: the span counts it once.
        let document = try Chain { NumberFinder() }.run(Document(id: "t", text: "👍 5% 👍👍 $3"))
        #expect(document[Numbers.self]!.map(\.span) == [Span(2..<4), Span(8..<10)])
    }

    @Test func oddInputDoesNotTrip() throws {
        let odd = ["", " ", "\n\n", "(", "سبتمبر (", "سبتمبر (أيلول", "$", "%", "1,", "1.", "-", "−", "٫٥", "12:",
                   "1/", "1/2/", "5th of", "US$", String(repeating: "9", count: 5000), "1" + String(repeating: ",000", count: 2000)]
        for text in odd {
            let document = try Chain { NumberFinder() }.run(Document(id: "t", text: text))
            for mention in document[Numbers.self]! {
                #expect(mention.span.end <= document.scalarCount)
                #expect(mention.value.number?.isFinite ?? true)
            }
        }
    }

    @Test func largeDocument() throws {
        // 40,000 repetitions, about 1.5 MB: every mention found once, in order, without overlaps.
        let text = String(repeating: "في سبتمبر (أيلول) 2017 ربحت 1,200.5 مليون ريال، أي ٪12. ", count: 40_000)
        let document = try Chain { NumberFinder() }.run(Document(id: "big", text: text))
        let mentions = document[Numbers.self]!
        #expect(mentions.count == 120_000)
        #expect(zip(mentions, mentions.dropFirst()).allSatisfy { $0.span.end <= $1.span.start })
    }
}
