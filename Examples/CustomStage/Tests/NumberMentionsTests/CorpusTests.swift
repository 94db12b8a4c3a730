import Foundation
import NumberMentions
import Testing
import Toolkit

/// Runs over the team's shared news samples in `../shared/data` (beside the repository).
/// The tests are skipped when that folder is absent, as on a fresh clone.
@Suite("Shared news samples")
struct CorpusTests {
    static let data = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    static let arabic = data.appendingPathComponent("corpus-ar/news-sample.jsonl").path
    static let english = data.appendingPathComponent("corpus-en/news-sample.jsonl").path

    /// Every mention of every document, described, after checking the spans are in order and apart.
    func allMentions(in path: String) throws -> [String] {
        let chain = try Chain { NumberFinder() }
        var described: [String] = []
        try chain.run(DocumentReader().documents(for: [path]), jobs: 2, finish: { $0 }) { result in
            let document = try result.get()
            let mentions = document[Numbers.self]!
            #expect(zip(mentions, mentions.dropFirst()).allSatisfy { $0.span.end <= $1.span.start })
            #expect(mentions.allSatisfy { $0.span.end <= document.scalarCount && !$0.span.isEmpty })
            described += mentions.map { describe($0, in: document) }
        }
        return described
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: arabic)))
    func saudiNewsSample() throws {
        let found = try allMentions(in: Self.arabic)
        let kinds = Set(found.map { $0.split(separator: " = ")[1].split(separator: " ")[0] })
        #expect(kinds == ["number", "percent", "money", "year", "date", "time"])
        for expected in [
            "5.4 مليون ريال = money 5400000 SAR", "26 شوال 1436 هـ = date 1436-10-26 islamic",
            "4 / 8 / 2015م = date 2015-08-04", "3.5 مليار دولار = money 3500000000 USD",
            "13 مليار جنيه استرليني = money 13000000000 GBP", "٥:٤٥ مساء = time 17:45", "1435 = year 1435 islamic",
            "28 يوليو (تموز) = date --07-28", "0.69 في المئة = percent 0.69",
        ] {
            #expect(found.contains(expected), "\(expected)")
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: english)))
    func wikinewsSample() throws {
        let found = try allMentions(in: Self.english)
        for expected in [
            "September 1, 2015 = date 2015-09-01", "US$ 10 billion = money 10000000000 USD", "58% = percent 58",
            "422,000 euros = money 422000 EUR", "6:00am = time 06:00", "10 per cent = percent 10",
            "December 2008 = date 2008-12", "135th = ordinal 135",
        ] {
            #expect(found.contains(expected), "\(expected)")
        }
        // May and March alone are months after "in" (3 times "in March", once "In May"), not in "May's Interview".
        #expect(found.filter { $0 == "March = date --03" }.count == 3)
        #expect(found.filter { $0 == "May = date --05" }.count == 1)
    }
}
