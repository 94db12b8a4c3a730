import Testing
import Toolkit
@testable import Transliteration

@Suite struct ArabicSimpleTests {
    private let stage = try! Transliterator(.scheme("arabic-simple"), unit: .token)

    @Test(arguments: [
        ("الجزائر", "al-jazair"),
        ("والجزائر", "wal-jazair"),
        ("بالجزائر", "bil-jazair"),
        ("مكافحة", "makafha"),
        ("الإرهاب", "al-irhab"),
        ("رئيس", "rais"),
        ("سعود", "saud"),
        ("وزير", "wazir"),
        ("مُحَمَّد", "muhammad"),
        ("الرَّحْمَنِ", "al-rrahmani"),
        ("كِتَابٌ", "kitabun"),
        ("٢٠١٧،", "2017,"),
    ])
    func readableRomanization(arabic: String, expected: String) throws {
        #expect(try transliterate(arabic, with: stage).text == expected)
    }

    @Test func seedBecomesASCIIWhereItIsArabic() throws {
        let aligned = try transliterate(TestData.seed, with: stage)
        try expectAligned(aligned, source: TestData.seed) { piece in
            try transliterate(piece, with: Transliterator(.scheme("arabic-simple"))).text
        }
        let arabicLeft = aligned.text.unicodeScalars.filter { (0x0600...0x06FF).contains($0.value) }
        #expect(arabicLeft.isEmpty, "Arabic left: \(String(String.UnicodeScalarView(arabicLeft)))")
        #expect(aligned.text.contains("tahalf amrki- jazairi lamkafha al-irhab fa al-sahl"))
    }

    @Test func nonArabicTextPassesThrough() throws {
        let aligned = try transliterate("Breaking 🔥: Paris 👨‍👩‍👧 $5", with: stage)
        #expect(aligned.text == "Breaking 🔥: Paris 👨‍👩‍👧 $5")
    }
}
