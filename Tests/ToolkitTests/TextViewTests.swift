import Testing
@testable import Toolkit

/// Code point arithmetic: spans are code point offsets, as Python's `str` indexes them.
struct TextViewTests {
    /// Arabic with diacritics, English, emoji (outside the BMP, with a skin-tone modifier and a ZWJ sequence),
    /// combining marks and a flag: every kind of width a span has to cross.
    static let mixed = "مَرحبا Café e\u{301}! 👍🏽 family: 👨‍👩‍👧 🇩🇿 end"

    @Test func scalarCountMatchesUnicodeScalars() {
        let view = TextView(Self.mixed)
        #expect(view.scalarCount == Self.mixed.unicodeScalars.count)
        #expect(view.utf16.count == Self.mixed.utf16.count)
        #expect(view.utf8Count == Self.mixed.utf8.count)
        #expect(!view.utf16IsScalarAligned)
    }

    @Test func everyOffsetConvertsBothWays() {
        let view = TextView(Self.mixed)
        var utf16 = 0
        var utf8 = 0
        for (index, scalar) in Self.mixed.unicodeScalars.enumerated() {
            #expect(view.utf16Offset(scalar: index) == utf16)
            #expect(view.utf8Offset(scalar: index) == utf8)
            #expect(view.scalarOffset(utf16: utf16) == index)
            utf16 += scalar.utf16.count
            utf8 += scalar.utf8.count
        }
        #expect(view.utf16Offset(scalar: view.scalarCount) == view.utf16.count)
        #expect(view.utf8Offset(scalar: view.scalarCount) == view.utf8Count)
        #expect(view.scalarOffset(utf16: view.utf16.count) == view.scalarCount)
    }

    @Test func spanTextEqualsPythonSlice() {
        let document = Document(id: "mixed", text: Self.mixed)
        let scalars = Array(Self.mixed.unicodeScalars)
        // Python's text[start:end] is the scalars start..<end.
        for (start, end) in [(0, 6), (7, 11), (12, 14), (16, 18), (28, 33), (34, 36), (0, scalars.count)] {
            var expected = String.UnicodeScalarView()
            expected.append(contentsOf: scalars[start..<end])
            #expect(String(document[Span(start: start, end: end)]) == String(expected))
        }
        #expect(document[Span(start: 0, end: 6)] == "مَرحبا")
        #expect(document[Span(start: 16, end: 18)] == "👍🏽")
    }

    @Test func asciiAndBMPTextUseIdentityMaps() {
        let ascii = TextView("plain ASCII text")
        #expect(ascii.utf16IsScalarAligned)
        #expect(ascii.utf8Offset(scalar: 6) == 6)
        let arabic = TextView("الجزائر وواشنطن")
        #expect(arabic.utf16IsScalarAligned)
        #expect(arabic.utf8Offset(scalar: 8) == 15)  // seven two-byte letters and a space
    }

    @Test func longTextCrossesCheckpoints() {
        let text = String(repeating: "a😀ب", count: 100)
        let view = TextView(text)
        #expect(view.scalarCount == 300)
        #expect(view.utf16Offset(scalar: 299) == 100 * 4 - 1)
        #expect(view.utf8Offset(scalar: 299) == 100 * 7 - 2)
        #expect(view.scalarOffset(utf16: 4 * 50 + 1) == 3 * 50 + 1)
        // An offset inside a surrogate pair maps to the start of its code point.
        #expect(view.scalarOffset(utf16: 2) == 1)
    }

    /// Random runs of ASCII, two-, three- and four-byte characters, so every kind of sequence
    /// falls at every position around the checkpoints.
    @Test func randomMixesDecodeExactly() {
        let pools: [[Unicode.Scalar]] = [
            Array("abc XYZ 019.\n".unicodeScalars), Array("الجزائرمَجЖжΩ".unicodeScalars),
            Array("€中ー\u{200F}".unicodeScalars), Array("😀👍🏽🇩".unicodeScalars),
        ]
        var generator = SplitMix(seed: 7)
        for round in 0..<400 {
            var scalars = String.UnicodeScalarView()
            while scalars.count < round % 300 {
                let pool = pools[Int(generator.next() % (round % 3 == 0 ? 2 : 4))]
                let run = Int(generator.next() % 11)
                for _ in 0..<run { scalars.append(pool[Int(generator.next() % UInt64(pool.count))]) }
            }
            let text = String(scalars)
            let view = TextView(text)
            #expect(view.utf16 == Array(text.utf16), "\(text.debugDescription)")
            #expect(view.scalarCount == text.unicodeScalars.count)
            var utf16 = 0
            var utf8 = 0
            for (index, scalar) in text.unicodeScalars.enumerated() {
                #expect(view.utf16Offset(scalar: index) == utf16)
                #expect(view.utf8Offset(scalar: index) == utf8)
                #expect(view.scalarOffset(utf16: utf16) == index)
                utf16 += scalar.utf16.count
                utf8 += scalar.utf8.count
            }
            #expect(view.utf8Offset(scalar: view.scalarCount) == view.utf8Count)
        }
    }

    @Test func emptyText() {
        let document = Document(id: "empty", text: "")
        #expect(document.scalarCount == 0)
        #expect(document[Span(start: 0, end: 0)] == "")
    }
}

/// A small seeded generator, so a failing mix can be reproduced.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
