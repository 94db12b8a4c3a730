/// Phrases of web page chrome in Arabic and English: related-article headings,
/// comment forms, sharing and navigation links, copyright lines.
///
/// A line containing one of them is chrome when it is short or lies before the
/// first or after the last paragraph of the text. A phrase matches from the start
/// of a word (`أضف تعليق` matches `أضف تعليقاً`, `إعلان` does not match `الإعلان`),
/// ignoring case, punctuation, Arabic diacritics and tatweel, and alef, yeh and
/// teh marbuta variants.
enum BoilerplatePhrases {
    static let phrases: [String] = [
        // Arabic
        "مواضيع مشابهة", "مواضيع ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة", "أخبار متعلقة", "مقالات مشابهة",
        "اقرأ أيضا", "إقرأ أيضا", "اقرأ المزيد", "المزيد من الأخبار", "أضف تعليق", "اترك تعليق", "اترك رد",
        "أضف رد", "إضافة تعليق", "التعليقات", "لا توجد تعليقات", "بريدك الإلكتروني", "الحقول الإلزامية",
        "الحقول المطلوبة", "الحقول المطلوب", "العودة إلى الأعلى", "الرجوع إلى الأعلى", "جميع الحقوق محفوظة",
        "حقوق النشر", "شارك هذا", "شارك على", "شارك المقال", "مشاركة الخبر", "تابعونا على", "تابعنا على",
        "اشترك في النشرة", "النشرة البريدية", "سياسة الخصوصية", "اتصل بنا", "من نحن", "الصفحة الرئيسية",
        "إعلان", "طباعة", "أرسل لصديق",
        // English
        "back to top", "related posts", "related articles", "related stories", "read more", "read also",
        "see also", "leave a comment", "leave a reply", "add a comment", "post a comment", "comments",
        "no comments", "your email address will not be published", "required fields are marked", "share this",
        "share on", "follow us", "all rights reserved", "copyright", "subscribe", "newsletter", "privacy policy",
        "terms of use", "terms of service", "cookie", "advertisement", "sign up", "log in", "skip to content",
        "click here", "print this", "email this", "previous post", "next post", "posted in", "filed under",
    ]

    /// Each phrase folded, indexed by the first code point of its first word.
    private static let foldedPhrases: [UInt32: [(index: Int, scalars: [UInt32])]] = Dictionary(
        grouping: phrases.enumerated().map { (index: $0.offset, scalars: fold($0.element)) },
        by: { $0.scalars[1] })

    /// The first phrase that `line` contains from the start of a word, as listed, or `nil`.
    static func match(_ line: Substring) -> String? {
        let folded = fold(String(line))
        var first: Int?
        // Every phrase starts with a space: try the phrases whose first letter follows each space.
        for start in folded.indices.dropLast() where folded[start] == space {
            for phrase in foldedPhrases[folded[start + 1]] ?? [] where phrase.index < first ?? .max {
                if folded[start...].starts(with: phrase.scalars) { first = phrase.index }
            }
        }
        return first.map { phrases[$0] }
    }

    private static let space = UInt32(0x20)

    /// Lower case, a space for each run of characters other than letters and digits, Arabic
    /// diacritics and tatweel dropped, one alef, one yeh, and heh for teh marbuta; with a leading space.
    static func fold(_ text: String) -> [UInt32] {
        var scalars: [UInt32] = [space]
        func apply(_ step: FoldStep) {
            switch step {
            case .drop: break
            case .keep(let value): scalars.append(value)
            case .separate: if scalars.last != space { scalars.append(space) }
            }
        }
        for scalar in text.unicodeScalars {
            // Lower-casing goes scalar by scalar, as `String.lowercased()` does.
            if scalar.value < UInt32(foldSteps.count), let step = foldSteps[Int(scalar.value)] {
                apply(step)
            } else {
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars { apply(step(ofLowercase: lowered)) }
            }
        }
        return scalars
    }

    /// What folding does with one code point, once it is lower case.
    private enum FoldStep {
        case drop, keep(UInt32), separate
    }

    private static func step(ofLowercase scalar: Unicode.Scalar) -> FoldStep {
        switch scalar.value {
        case 0x064B...0x065F, 0x0670, 0x0640: .drop
        case 0x0622, 0x0623, 0x0625, 0x0671: .keep(0x0627)
        case 0x0649: .keep(0x064A)
        case 0x0629: .keep(0x0647)
        default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? .keep(scalar.value) : .separate
        }
    }

    /// The step of every code point below U+0700 (Latin, Greek, Cyrillic, Arabic), worked out once:
    /// Unicode property look-ups cost about a hundred instructions each. `nil` where lower-casing
    /// gives more than one code point (`İ`).
    private static let foldSteps: [FoldStep?] = (0..<0x0700).map { value in
        let lowered = Unicode.Scalar(UInt32(value))!.properties.lowercaseMapping.unicodeScalars
        return lowered.count == 1 ? step(ofLowercase: lowered.first!) : nil
    }
}
