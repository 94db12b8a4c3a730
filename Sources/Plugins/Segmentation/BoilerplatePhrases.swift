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

    private static let foldedPhrases = phrases.map(fold)

    /// The first phrase that `line` contains from the start of a word, as listed, or `nil`.
    static func match(_ line: Substring) -> String? {
        let folded = fold(String(line))
        return foldedPhrases.firstIndex { folded.contains($0) }.map { phrases[$0] }
    }

    /// Lower case, a space for each run of characters other than letters and digits, Arabic
    /// diacritics and tatweel dropped, one alef, one yeh, and heh for teh marbuta; with a leading space.
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(" ")
        for scalar in text.lowercased().unicodeScalars {
            switch scalar.value {
            case 0x064B...0x065F, 0x0670, 0x0640: continue
            case 0x0622, 0x0623, 0x0625, 0x0671: scalars.append("\u{0627}")
            case 0x0649: scalars.append("\u{064A}")
            case 0x0629: scalars.append("\u{0647}")
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    scalars.append(scalar)
                } else if scalars.last != " " {
                    scalars.append(" ")
                }
            }
        }
        return String(scalars)
    }
}
