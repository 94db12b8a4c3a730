import Testing

@Suite("Numbers in every digit script, with their separators")
struct NumeralTests {
    @Test func digitScripts() throws {
        #expect(try mentions(in: "وصل 125 و١٢٥ و۱۲۵ شخصا") == ["125 = number 125", "١٢٥ = number 125", "۱۲۵ = number 125"])
    }

    @Test func decimalSeparators() throws {
        #expect(try mentions(in: "3.5 و٣٫٥ و3ر5 و۳٫۵") == [
            "3.5 = number 3.5", "٣٫٥ = number 3.5", "3ر5 = number 3.5", "۳٫۵ = number 3.5",
        ])
    }

    @Test func thousandsSeparators() throws {
        #expect(try mentions(in: "1,200 and 1,200,000.75 and 1.200.000") == [
            "1,200 = number 1200", "1,200,000.75 = number 1200000.75", "1.200.000 = number 1200000",
        ])
        #expect(try mentions(in: "نحو ١٬٢٠٠ و١٬٢٠٠٫٥ موظف") == ["١٬٢٠٠ = number 1200", "١٬٢٠٠٫٥ = number 1200.5"])
    }

    @Test func commasThatAreNotThousands() throws {
        // A list, and a run of four digits before a comma: no thousands groups.
        #expect(try mentions(in: "1,2,3 or 2017,2018") == [
            "1 = number 1", "2 = number 2", "3 = number 3", "2017 = year 2017", "2018 = year 2018",
        ])
    }

    @Test func multipliers() throws {
        #expect(try mentions(in: "5 ملايين شخص و٨ آلاف و3.5 مليار و14 million") == [
            "5 ملايين = number 5000000", "٨ آلاف = number 8000", "3.5 مليار = number 3500000000",
            "14 million = number 14000000",
        ])
    }

    @Test func negativeNumbersAndOrdinals() throws {
        #expect(try mentions(in: "It fell to -4 (−2.5%) on the 21st, not 2-3.") == [
            "-4 = number -4", "−2.5% = percent -2.5", "21st = ordinal 21", "2 = number 2", "3 = number 3",
        ])
    }

    @Test func cliticsBeforeDigitsAndWordsAfterThem() throws {
        // و31 is "and 31"; ٢٥عاما is "25 years": Arabic letters touching digits do not hide them.
        #expect(try mentions(in: "بين 27 و31 لاعبا (٢٥عاما)") == ["27 = number 27", "31 = number 31", "٢٥ = number 25"])
    }

    @Test func identifiersAreNotNumbers() throws {
        #expect(try mentions(in: "COVID-19, MP3, G20, 4G, F-16, version 1.2.3 and 192.168.1.1 cost 7") == ["7 = number 7"])
    }
}
