import Testing

@testable import QuoteDetection

/// The script count that stops early, checked against counting every letter.
@Suite struct ScriptCountTests {
    /// The early stop gives the full count's answer, whichever side wins and by how much.
    @Test func scriptCountAgreesWithFullCount() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt16] = [0x0627, 0x0628, 0x064A, 0x0621, 0x0620, 0x064B, 0x61, 0x5A, 0x35, 0x20, 0x2E, 0xE9]
        for _ in 0..<300 {
            let length = Int.random(in: 0...400, using: &generator)
            let arabicShare = Double.random(in: 0...1, using: &generator)
            let units: [UInt16] = (0..<length).map { _ in
                Double.random(in: 0...1, using: &generator) < arabicShare
                    ? alphabet[Int.random(in: 0..<4, using: &generator)]
                    : alphabet[Int.random(in: 4..<alphabet.count, using: &generator)]
            }
            let arabic = units.filter { (0x0621...0x064A).contains($0) }.count
            let latin = units.filter { $0 < 0x80 && CharacterKind($0) == .word }.count
            let answer = units.withUnsafeBufferPointer { mostLettersAreArabic(in: $0) }
            #expect(answer == (arabic > latin), "\(arabic) Arabic, \(latin) Latin")
        }
    }

    /// A tie goes to English, as does a text with no letters.
    @Test func scriptCountTies() {
        for units: [UInt16] in [[], [0x20, 0x2E], [0x0627, 0x61], [0x61, 0x0627], [0x0627, 0x0627, 0x61, 0x62]] {
            #expect(units.withUnsafeBufferPointer { mostLettersAreArabic(in: $0) } == false)
        }
        #expect([UInt16]([0x0627, 0x61, 0x0628]).withUnsafeBufferPointer { mostLettersAreArabic(in: $0) })
    }
}
