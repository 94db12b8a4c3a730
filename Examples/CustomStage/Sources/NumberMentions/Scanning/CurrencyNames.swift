/// A currency as the text names it.
struct Currency: Sendable {
    /// The ISO 4217 code, or `nil` when the name alone does not say which currency (`دينار`, `dirham`).
    let code: String?
    /// An ISO code written as such (`SAR`, `USD`): it must be in capitals, so that `try` is not the Turkish lira.
    let isCode: Bool
}

enum CurrencyNames {
    /// Signs and codes, which may come before the amount (`$5`, `SAR 500`) or after it (`500$`).
    static let signs = Lexicon(signEntries)
    /// Names, which come after the amount (`500 ريال`, `3.5 مليار دولار`, `20 euros`).
    static let names = Lexicon(nameEntries)

    private static let codes = [
        "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "NZD", "HKD", "INR", "RUB", "TRY", "IRR", "BRL",
        "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "JOD", "EGP", "LBP", "SYP", "IQD", "YER", "SDG",
        "LYD", "TND", "DZD", "MAD",
    ]

    private static var signEntries: [(String, Currency)] {
        let signs = [("$", "USD"), ("US$", "USD"), ("US $", "USD"), ("NZ$", "NZD"), ("NZ $", "NZD"), ("A$", "AUD"),
                     ("C$", "CAD"), ("HK$", "HKD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"),
                     ("₺", "TRY"), ("₽", "RUB"), ("ر.س", "SAR"), ("د.إ", "AED"), ("ج.م", "EGP")]
        return signs.map { ($0.0, Currency(code: $0.1, isCode: false)) }
            + codes.map { ($0, Currency(code: $0, isCode: true)) }
    }

    private static var nameEntries: [(String, Currency)] {
        var entries: [(String, Currency)] = []
        func add(_ code: String?, _ names: [String]) {
            entries += names.map { ($0, Currency(code: code, isCode: false)) }
        }
        // A bare name is read as the currency it most often means in Arabic and English news;
        // a name with a country adjective says which currency it is.
        let dollar = ["دولار", "دولارا", "دولارات", "الدولار", "الدولارات"]
        add("USD", dollar + dollar.map { $0 + " أمريكي" } + dollar.map { $0 + " أميركي" }
            + ["دولارات أمريكية", "دولارات أميركية"])
        add("CAD", ["دولار كندي", "دولارا كنديا", "دولارات كندية"])
        add("AUD", ["دولار أسترالي", "دولار استرالي", "دولارات أسترالية"])
        add("EUR", ["يورو", "اليورو"])
        let riyal = ["ريال", "ريالا", "ريالات", "الريال", "الريالات"]
        add("SAR", riyal + ["ريال سعودي", "ريالا سعوديا", "ريالات سعودية"])
        add("QAR", ["ريال قطري", "ريالا قطريا", "ريالات قطرية"])
        add("OMR", ["ريال عماني", "ريالا عمانيا", "ريالات عمانية"])
        add("YER", ["ريال يمني", "ريالا يمنيا", "ريالات يمنية"])
        add("IRR", ["ريال إيراني", "ريالا إيرانيا", "ريالات إيرانية"])
        let pound = ["جنيه", "جنيها", "جنيهات", "الجنيه", "الجنيهات"]
        add("EGP", pound + ["جنيه مصري", "جنيها مصريا", "جنيهات مصرية"])
        add("GBP", pound.flatMap { [$0 + " استرليني", $0 + " إسترليني", $0 + " سترليني"] }
            + ["جنيهات استرلينية", "جنيهات إسترلينية", "الجنيهات الاسترلينية", "استرليني"])
        add("SDG", ["جنيه سوداني", "جنيها سودانيا", "جنيهات سودانية"])
        add(nil, ["درهم", "دراهم", "درهما"])
        add("AED", ["درهم إماراتي", "درهما إماراتيا", "دراهم إماراتية"])
        add("MAD", ["درهم مغربي", "درهما مغربيا", "دراهم مغربية"])
        add(nil, ["دينار", "دينارا", "دنانير"])
        for (code, country) in [("KWD", "كويتي"), ("JOD", "أردني"), ("IQD", "عراقي"), ("BHD", "بحريني"),
                                ("DZD", "جزائري"), ("TND", "تونسي"), ("LYD", "ليبي")] {
            add(code, ["دينار " + country, "دينارا " + country + "ا", "دنانير " + country + "ة"])
        }
        add(nil, ["ليرة", "ليرات"])
        add("LBP", ["ليرة لبنانية", "ليرات لبنانية"])
        add("SYP", ["ليرة سورية", "ليرات سورية"])
        add("TRY", ["ليرة تركية", "ليرات تركية"])
        add("JPY", ["ين"])
        add("CNY", ["يوان"])
        add("INR", ["روبية", "روبيات"])
        add("RUB", ["روبل", "روبلات"])
        add(nil, ["فرنك", "فرنكات"])
        add("CHF", ["فرنك سويسري", "فرنكات سويسرية"])
        // English.
        add("USD", ["dollar", "dollars", "US dollar", "US dollars", "U.S. dollars"])
        add("CAD", ["Canadian dollar", "Canadian dollars"])
        add("AUD", ["Australian dollar", "Australian dollars"])
        add("EUR", ["euro", "euros"])
        add("GBP", ["pound sterling", "pounds sterling", "sterling", "British pounds"])
        add("EGP", ["Egyptian pound", "Egyptian pounds"])
        add("SAR", ["riyal", "riyals", "rial", "rials", "Saudi riyal", "Saudi riyals"])
        add("QAR", ["Qatari riyal", "Qatari riyals"])
        add(nil, ["dirham", "dirhams", "dinar", "dinars", "lira", "francs"])
        add("AED", ["UAE dirham", "UAE dirhams", "Emirati dirhams"])
        add("KWD", ["Kuwaiti dinar", "Kuwaiti dinars"])
        add("TRY", ["Turkish lira"])
        add("JPY", ["yen"])
        add("CNY", ["yuan"])
        add("INR", ["rupee", "rupees"])
        add("CHF", ["Swiss franc", "Swiss francs"])
        return entries
    }
}
