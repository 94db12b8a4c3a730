import Testing

@Suite("Percentages and money")
struct AmountTests {
    @Test func arabicPercentages() throws {
        #expect(try mentions(in: "ارتفع 80٪ و3ر5% و50 في المائة و11 بالمئة و0.69 في المئة و49.7 %") == [
            "80٪ = percent 80", "3ر5% = percent 3.5", "50 في المائة = percent 50", "11 بالمئة = percent 11",
            "0.69 في المئة = percent 0.69", "49.7 % = percent 49.7",
        ])
    }

    @Test func englishPercentages() throws {
        #expect(try mentions(in: "up 12.5% or 12.5 percent, 10 per cent") == [
            "12.5% = percent 12.5", "12.5 percent = percent 12.5", "10 per cent = percent 10",
        ])
    }

    @Test func arabicMoney() throws {
        #expect(try mentions(in: "خسارة 5.4 مليون ريال و8 آلاف يورو (8932 دولارا) و13 مليار جنيه استرليني") == [
            "5.4 مليون ريال = money 5400000 SAR", "8 آلاف يورو = money 8000 EUR", "8932 دولارا = money 8932 USD",
            "13 مليار جنيه استرليني = money 13000000000 GBP",
        ])
        #expect(try mentions(in: "بيع بـ200 جنيه مصري و50 دينارا كويتيا و7 دراهم و٥٠٠ ر.س") == [
            "200 جنيه مصري = money 200 EGP", "50 دينارا كويتيا = money 50 KWD", "7 دراهم = money 7",
            "٥٠٠ ر.س = money 500 SAR",
        ])
    }

    @Test func englishMoney() throws {
        #expect(try mentions(in: "$3.5bn, US$ 10 billion, SAR 500, €20, 2,500.75 euros and 5 Swiss francs") == [
            "$3.5bn = money 3500000000 USD", "US$ 10 billion = money 10000000000 USD", "SAR 500 = money 500 SAR",
            "€20 = money 20 EUR", "2,500.75 euros = money 2500.75 EUR", "5 Swiss francs = money 5 CHF",
        ])
    }

    @Test func currencyCodesMustBeCapitals() throws {
        // "try" is not the Turkish lira; "TRY" is.
        #expect(try mentions(in: "5 try, 5 TRY") == ["5 = number 5", "5 TRY = money 5 TRY"])
    }
}
