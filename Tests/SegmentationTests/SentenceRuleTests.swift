import Foundation
import Testing
import Toolkit

@testable import Segmentation

// Each rule on its own, then the whole stage on the errors ICU makes by itself.
//
// In `verdict(_:_:)` examples, `⏐` marks the terminator the rule is asked about
// (the marker is removed before the rule sees the text).

/// The rule's verdict on the terminator right after `⏐`.
private func verdict(
    _ rule: some SentenceRule, _ marked: String, icuSplits: Bool = true
) -> SentenceVerdict? {
    let parts = marked.split(separator: "⏐", omittingEmptySubsequences: false)
    precondition(parts.count == 2, "mark the terminator with one ⏐")
    let units = Array((parts[0] + parts[1]).utf16)
    let offset = parts[0].utf16.count
    return units.withUnsafeBufferPointer { buffer in
        let candidate = BoundaryCandidate(
            terminatorAt: offset, in: SentenceText(units: buffer), sentenceStart: 0, icuSplits: icuSplits)
        return rule.verdict(on: candidate)
    }
}

/// The sentences the stage finds in `text`.
private func sentences(_ text: String, locale: String, rules: Bool = true) throws -> [String] {
    var document = Document(id: "test", text: text)
    try SentenceSegmenter(locale: locale, rules: rules).process(&document, context: StageContext())
    return document[Sentences.self]!.map { String(document[$0.span]) }
}

private let english = SentenceConventions.english
private let arabic = SentenceConventions.arabic

@Suite struct AbbreviationRuleTests {
    let englishRule = AbbreviationRule(abbreviations: english.abbreviations)
    let arabicRule = AbbreviationRule(abbreviations: arabic.abbreviations)

    @Test func titlesJoinTheNameThatFollows() {
        #expect(verdict(englishRule, "I have visited Dr⏐. Cooper's office twice") == .join)
        #expect(verdict(englishRule, "the piano lessons Mrs⏐. Lynda Mcmanus taught me") == .join)
        #expect(verdict(englishRule, "Visit Capt⏐. Spastic's Joke List") == .join)
        #expect(verdict(englishRule, "between former St⏐. Thomas Housing residents") == .join)
        #expect(verdict(arabicRule, "أماط رئيس لجنة الاحتراف د⏐. عبد الله البرقان اللثام") == .join)
        #expect(verdict(arabicRule, "وأشار المتحدث الرسمي م⏐. جلال بن عبدالجليل") == .join)
        #expect(verdict(arabicRule, "الإجرام والإرهاب أ.د⏐. يوسف الرميح") == .join)
    }

    @Test func anAbbreviationThatMayEndJoinsOnlyAContinuation() {
        #expect(verdict(englishRule, "CCNG, Inc⏐. (713) 235-1972") == .join)
        #expect(verdict(englishRule, "the phrase. Sept⏐. 11 Commission member") == .join)
        #expect(verdict(englishRule, "ten shares of Enron Corp⏐. common stock") == .join)
        #expect(verdict(englishRule, "apples, pears, etc⏐. The market closed") == .split)
        #expect(verdict(arabicRule, "وسائق الحافلة وغيرهم إلخ⏐. وقال المتحدث") == .split)
    }

    @Test func afterANumberAnAbbreviationIsAUnitOrAnEraAndMayEnd() {
        #expect(verdict(englishRule, "today at 10 a.m⏐. (CDT) at the Hyatt") == .join)
        #expect(verdict(englishRule, "we meet at 10 a.m⏐. The room is booked") == .split)
        #expect(verdict(arabicRule, "الموافق 20 أغسطس 2015 م⏐. وأعلنت الوزارة") == .split)
        #expect(verdict(arabicRule, "حتى عام 700 ق.م⏐. استخدمت المساحة") == .split)
        #expect(verdict(arabicRule, "في العام 1436 هـ⏐. وأضاف") == .split)
    }

    @Test func otherWordsAndOtherTerminatorsAreLeftAlone() {
        #expect(verdict(englishRule, "The Atmosphere is the best⏐. Italian music") == nil)
        #expect(verdict(englishRule, "Are you Dr⏐? Yes") == nil)
        #expect(verdict(arabicRule, "وشهدت الأيام الماضية هجومين⏐. وقال") == nil)
    }

    @Test func aUserAbbreviationJoinsLikeABuiltInOne() throws {
        let list = try AbbreviationList(entries: ["Gen.", "Ave. may-end", "ج.م.ع."]) { "entry \($0 + 1)" }
        let rule = AbbreviationRule(abbreviations: list)
        #expect(verdict(rule, "led by GEN⏐. Patton") == .join)
        #expect(verdict(rule, "on Fifth Ave⏐. and then") == .join)
        #expect(verdict(rule, "on Fifth Ave⏐. Then we") == .split)
        #expect(verdict(rule, "في ج.م.ع⏐. القاهرة") == .join)
    }
}

@Suite struct InitialRuleTests {
    let englishRule = InitialRule(conventions: english)
    let arabicRule = InitialRule(conventions: arabic)

    @Test func initialsJoinTheNameThatFollows() {
        #expect(verdict(englishRule, "Bush nominated Jennifer M⏐. Anderson for a 15-year term") == .join)
        #expect(verdict(englishRule, "Bush also nominated A⏐. Noel Anketell Kramer") == .join)
        #expect(verdict(englishRule, "a copy of the J.M⏐. Huber Corporation Guaranty") == .join)
        #expect(verdict(englishRule, "a guy named W.H.S⏐. Koerner called") == .join)
        #expect(verdict(arabicRule, "من رعيل سيسيل ب⏐. ديميل في هذا الشأن") == .join)
    }

    @Test func aCapitalisedSentenceStarterEndsTheSentence() {
        #expect(verdict(englishRule, "we went with plan B⏐. The others stayed") == .split)
        #expect(verdict(englishRule, "citizens of the U.S⏐. They were evacuated") == .split)
        #expect(verdict(englishRule, "the Department of the U.S⏐. Department of Housing") == .join)
    }

    @Test func aLetterGluedToTheNextJoins() {
        #expect(verdict(arabicRule, "عاش عام 3300 ق⏐.م تقريباً") == .join)
        #expect(verdict(arabicRule, "وكالة د⏐.ب.أ للأنباء") == .join)
        #expect(verdict(englishRule, "visit the U⏐.S. today") == .join)
    }

    @Test func spelledOutLettersJoinOnlyTheirAcronym() {
        #expect(verdict(arabicRule, "خلال مقابلة مع بي⏐. بي. سي بثت") == .join)
        #expect(verdict(arabicRule, "خلال مقابلة مع بي. بي⏐. سي بثت") == .join)
        #expect(verdict(arabicRule, "قال لشبكة سي⏐. إن. إن. الأمريكية") == .join)
        #expect(verdict(arabicRule, "قال لشبكة سي. إن. إن⏐. الأمريكية إن") == nil)
        // في is also "in": it continues an acronym only with a full stop of its own.
        #expect(verdict(arabicRule, "بثتها قناة بي بي سي⏐. في المقابلة قال") == nil)
    }

    @Test func aLetterAfterAnApostropheOrANumberIsNotAnInitial() {
        #expect(verdict(englishRule, "where is the Eurostar located No under 12's⏐. People aged 13") == nil)
        #expect(verdict(englishRule, "the pipe is 5 m⏐. Then it bends") == nil)
    }
}

@Suite struct NumberRuleTests {
    let rule = NumberRule()

    @Test func anEnumeratorAtTheStartOfASentenceJoins() {
        #expect(verdict(rule, "5⏐. تاريخ التوزيع سيتم الإعلان عنه") == .join)
        #expect(verdict(rule, "12⏐. محمد بلال حسين") == .join)
        #expect(verdict(rule, "1⏐. Preheat the oven") == .join)
    }

    @Test func aDecimalPointJoinsWhateverInvisibleMarksSurroundIt() {
        #expect(verdict(rule, "فاتورة بـ90⏐.\u{200F}0 فرنك سويسري") == .join)
        #expect(verdict(rule, "في 12\u{202A}⏐.\u{202C}08.2014 قال") == .join)
        #expect(verdict(rule, "It costs 3⏐.5 dollars") == .join)
    }

    @Test func aNumberThatEndsASentenceIsLeftAlone() {
        #expect(verdict(rule, "قتل 74 ألف شخص في 2015⏐. ومن بين القتلى") == nil)
        #expect(verdict(rule, "call them at 303-832-8160⏐. they haven't heard") == nil)
        #expect(verdict(rule, "and the year 2015⏐. The next") == nil)
    }
}

@Suite struct EllipsisRuleTests {
    let rule = EllipsisRule()

    @Test func anEllipsisTheSentenceGoesOnFromJoins() {
        #expect(verdict(rule, "بعدما وصل \"مجموعة كبيرة من الناس⏐... عرفوا عن أنفسهم") == .join)
        #expect(verdict(rule, "أعداد متزايدة من الناس يتوجهون إلى الائتمان⏐... فيما قد يكون") == .join)
        #expect(verdict(rule, "لا هدف إيجابي له⏐.. بل جل همه القتل") == .join)
        #expect(verdict(rule, "are no real pictures yet⏐… but i'll add") == .join)
        #expect(verdict(rule, "I waited⏐... 5 minutes") == .join)
    }

    @Test func anEllipsisThatOpensALineJoins() {
        #expect(verdict(rule, "⏐...Now comes the fun part") == .join)
        #expect(verdict(rule, "⏐...المزيد") == .join)
    }

    @Test func beforeACapitalisedWordICUDecides() {
        #expect(verdict(rule, "It closed on Sunday⏐... You voted on the Dome") == nil)
        #expect(verdict(rule, "the end⏐...") == nil)
        #expect(verdict(rule, "a single stop⏐. and more") == nil)
    }
}

@Suite struct ClosingPunctuationRuleTests {
    let rule = ClosingPunctuationRule()

    @Test func aQuotedTerminatorThatALowercaseWordContinuesJoins() {
        #expect(verdict(rule, "I just want to extend a big \"Welcome⏐!\" to Darin") == .join)
        #expect(verdict(rule, "He shouted (stop⏐!) and ran") == .join)
        #expect(verdict(rule, "He said \"stop⏐!\" Then he ran") == nil)
    }

    /// Where the sentence ending at the marked terminator ends once it takes its closing punctuation.
    private func closingEnd(_ marked: String) -> String? {
        let parts = marked.split(separator: "⏐", omittingEmptySubsequences: false)
        let text = parts[0] + parts[1]
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { buffer in
            let candidate = BoundaryCandidate(
                terminatorAt: parts[0].utf16.count, in: SentenceText(units: buffer), sentenceStart: 0, icuSplits: true)
            return rule.closingEnd(of: candidate).map { String(decoding: buffer[0..<$0], as: UTF16.self) }
        }
    }

    @Test func aClosingQuoteAfterASpaceIsTakenBackWhenTheSentenceOpenedOne() {
        #expect(closingEnd("قال: \"جملة أولى⏐. \" وأضاف") == "قال: \"جملة أولى. \"")
        #expect(closingEnd("قال: «جملة أولى⏐. » وأضاف") == "قال: «جملة أولى. »")
        #expect(closingEnd("He said (it was over⏐. ) Then") == "He said (it was over. )")
    }

    @Test func anOpeningQuoteAfterTheSentenceStaysWithTheNextOne() {
        #expect(closingEnd("قال إن الأمر انتهى⏐. \" وأضاف") == nil)
        #expect(closingEnd("He left⏐. \"Stop,\" she said") == nil)
        #expect(closingEnd("وزاد المصدر⏐. ” وأشنطن أبلغت") == nil)
    }
}

@Suite struct InsideWordRuleTests {
    let rule = InsideWordRule()

    @Test func aTerminatorInsideAWebAddressJoins() {
        #expect(verdict(rule, "http://www.google.co.uk/search⏐?q=forensic+photography") == .join)
        #expect(verdict(rule, "play.google.com/store/apps/details⏐?id=com.sure") == .join)
    }

    @Test func aTerminatorBeforeASpaceOrACapitalIsLeftAlone() {
        #expect(verdict(rule, "Are you there⏐? yes") == nil)
        #expect(verdict(rule, "Great⏐!Thanks for coming") == nil)
        #expect(verdict(rule, "أرقام قضايا مخيفة⏐!180 ألف") == nil)
    }
}

@Suite struct LowercaseStartRuleTests {
    let rule = LowercaseStartRule()

    @Test func aFullStopBeforeALowercaseWordOrANumberSplits() {
        #expect(verdict(rule, "wasted if anyone is interested⏐. jill allen finishes", icuSplits: false) == .split)
        #expect(verdict(rule, "who joined me at Google this week⏐. 2005 is going to rock", icuSplits: false) == .split)
        #expect(verdict(rule, "like you said \"the kids egg him on\"⏐. maybe too much", icuSplits: false) == .split)
    }

    @Test func otherTerminatorsAndCapitalisedWordsAreLeftAlone() {
        #expect(verdict(rule, "my hamster escaped⏐... and ran", icuSplits: false) == nil)
        #expect(verdict(rule, "It was late⏐. Then", icuSplits: false) == nil)
        #expect(verdict(rule, "version 3⏐.5 is out", icuSplits: false) == nil)
    }
}

@Suite struct MissingSpaceRuleTests {
    let rule = MissingSpaceRule()

    @Test func aFullStopGluedBetweenALowercaseAndACapitalisedWordSplits() {
        #expect(verdict(rule, "Most of them are of high quality⏐.You'll also find", icuSplits: false) == .split)
        #expect(verdict(rule, "Drs. Ali work wonders⏐.Neither me nor my son", icuSplits: false) == .split)
    }

    @Test func namesFilesAndWebAddressesStayWhole() {
        #expect(verdict(rule, "Posted via Newsfeed⏐.Com", icuSplits: false) == nil)
        #expect(verdict(rule, "see Lisa_resume⏐.doc", icuSplits: false) == nil)
        #expect(verdict(rule, "go to www⏐.Google.com now", icuSplits: false) == nil)
        #expect(verdict(rule, "ask Kevin⏐.A.Boone@accenture.com", icuSplits: false) == nil)
    }
}

@Suite struct SentenceTextTests {
    @Test func theFirstFullStopIsFoundAtEveryPosition() {
        for position in 0..<40 {
            var units = Array(repeating: UInt16(0x627), count: 40)
            units[position] = 0x2E
            let found = units.withUnsafeBufferPointer { SentenceText(units: $0).firstPeriod(in: 0..<40) }
            #expect(found == position)
            let fromAfter = units.withUnsafeBufferPointer { SentenceText(units: $0).firstPeriod(in: (position + 1)..<40) }
            #expect(fromAfter == 40)
        }
    }

    @Test func wordsMatchWithoutCaseMarksTatweelOrFormatCharacters() {
        let table = WordTable(["Dr", "هـ", "ق.م"], value: 1)
        for (text, word) in [("DR", true), ("dR", true), ("ه", true), ("هــ", true), ("قَ.م", true), ("ق\u{200F}.م", true), ("Drs", false), ("ق م", false)] {
            let units = Array(text.utf16)
            let found = units.withUnsafeBufferPointer { table.value(of: 0..<$0.count, in: SentenceText(units: $0)) }
            #expect((found != nil) == word, "\(text)")
        }
    }
}

@Suite struct SentenceRulesOverICUTests {
    @Test func arabicAbbreviationsDoNotEndSentences() throws {
        #expect(try sentences("قال د. محمد إن الوضع مستقر. وأضاف أن الحل قريب.", locale: "ar")
            == ["قال د. محمد إن الوضع مستقر.", "وأضاف أن الحل قريب."])
        #expect(try sentences("كان يعيش هناك حتى عام 700 ق.م تقريباً. استخدمت المساحة لاحقا.", locale: "ar")
            == ["كان يعيش هناك حتى عام 700 ق.م تقريباً.", "استخدمت المساحة لاحقا."])
        #expect(try sentences("في 1 كانون الثاني من عام 49 ق.م, قرأ مارك أنطونيو تصريحاً.", locale: "ar").count == 1)
        #expect(try sentences("وجه م. جلال بن عبدالجليل الدعوة. وحضر الجميع.", locale: "ar").count == 2)
    }

    @Test func anEllipsisInMidSentenceDoesNotEndIt() throws {
        let text = "اندلع نزاع بعدما وصل \"مجموعة كبيرة من الناس... عرفوا عن أنفسهم بأنهم من السلطة\". ثم انتهى."
        #expect(try sentences(text, locale: "ar").count == 2)
        #expect(try sentences(text, locale: "ar", rules: false).count == 3)
    }

    @Test func englishInitialsAndAbbreviationsDoNotEndSentences() throws {
        let text = """
            Bush nominated Jennifer M. Anderson for a 15-year term, replacing Steffen W. Graae. \
            Bush also nominated A. Noel Anketell Kramer. The double-dealing of many in the CPA. \
            Sept. 11 Commission member Philip Zelikow spoke.
            """
        #expect(try sentences(text, locale: "en") == [
            "Bush nominated Jennifer M. Anderson for a 15-year term, replacing Steffen W. Graae.",
            "Bush also nominated A. Noel Anketell Kramer.",
            "The double-dealing of many in the CPA.",
            "Sept. 11 Commission member Philip Zelikow spoke.",
        ])
        #expect(try sentences(text, locale: "en", rules: false).count > 4)
    }

    @Test func bidiControlsInsideNumbersAndAbbreviationsChangeNothing() throws {
        #expect(try sentences("وقع الحادث في 12\u{202A}/\u{202C}08\u{202A}/\u{202C}2014 وقتل فيه ثلاثة. ثم هدأ.", locale: "ar")
            == ["وقع الحادث في 12\u{202A}/\u{202C}08\u{202A}/\u{202C}2014 وقتل فيه ثلاثة.", "ثم هدأ."])
        #expect(try sentences("قال د\u{202A}.\u{202C} محمد إن الوضع مستقر.", locale: "ar").count == 1)
    }

    /// Every example, with bidi controls, ZWJ and ZWNJ written around its full stops, splits as it does without them.
    @Test(arguments: [
        ("ar", "قال د. محمد إن الوضع مستقر. وأضاف أن الحل قريب."),
        ("ar", "عاش عام 3300 ق.م تقريباً. تواجدت في المرتفعات."),
        ("ar", "5. تاريخ التوزيع. 6. مكان التوزيع."),
        ("ar", "من الناس... عرفوا عن أنفسهم. ثم رحلوا."),
        ("ar", "خلال مقابلة مع بي. بي. سي بثت أمس. وقال."),
        ("en", "Bush nominated Jennifer M. Anderson. He left. it was late. They came at 10 a.m. (CDT) today."),
        ("en", "We said \"Welcome!\" to him. He was fine.You'll see."),
    ])
    func invisibleFormatCharactersDoNotChangeADecision(locale: String, text: String) throws {
        let marks = ["\u{200F}", "\u{200E}", "\u{202B}", "\u{202C}", "\u{200D}", "\u{200C}"]
        for mark in marks {
            let marked = text.replacingOccurrences(of: ".", with: "\(mark).\(mark)")
            let split = try sentences(marked, locale: locale).map { sentence in
                String(String.UnicodeScalarView(sentence.unicodeScalars.filter { String($0) != mark }))
            }
            #expect(split == (try sentences(text, locale: locale)), "with U+\(String(mark.unicodeScalars.first!.value, radix: 16, uppercase: true))")
        }
    }

    @Test func aLineBreakEndsASentenceWhateverTheRulesSay() throws {
        #expect(try sentences("Visit Dr.\nSmith is in.", locale: "en") == ["Visit Dr.", "Smith is in."])
        #expect(try sentences("يتكشف هنا..\nيقول المصدر", locale: "ar") == ["يتكشف هنا..", "يقول المصدر"])
        #expect(try sentences("العنوان بلا نقطة\nنص الخبر. وتابع.", locale: "ar")
            == ["العنوان بلا نقطة", "نص الخبر.", "وتابع."])
    }

    @Test func longAndUnbalancedInputIsReadOnce() throws {
        // Each would take minutes if a rule read the whole word or sentence again at every candidate in it.
        let dotted = String(repeating: "a.", count: 100_000) + " The end."
        #expect(try sentences(dotted, locale: "en").count == 2)
        let ellipses = String(repeating: "* ... ", count: 50_000)
        #expect(try sentences(ellipses, locale: "en").count == 50_000)
        let closers = "He said ((it was over. " + String(repeating: ")", count: 100_000)
        #expect(try sentences(closers, locale: "en").count == 2)
    }

    @Test func emptyAndInvisibleTextHasNoSentences() throws {
        #expect(try sentences("", locale: "ar").isEmpty)
        #expect(try sentences(" \n\u{A0}\n", locale: "ar").isEmpty)
        #expect(try sentences("\u{200F}\u{202C}\n\u{200E}", locale: "ar").isEmpty)
        #expect(try sentences("\u{200F}\u{202C}\n\u{200E}", locale: "ar", rules: false).count == 2)
    }

    @Test func carelessEnglishCasingAndSpacingStillSplit() throws {
        #expect(try sentences("i think they are all bark and no bite. i think they could lose.", locale: "en").count == 2)
        #expect(try sentences("Most of them are of high quality.You'll also find some stories.", locale: "en").count == 2)
        #expect(try sentences("See the U.S. citizens and e.g. the others.", locale: "en").count == 1)
    }

    @Test func closingQuotesStayWithTheSentenceTheyClose() throws {
        #expect(try sentences("قال: \"انتهى الأمر. \" وأضاف أنه راض.", locale: "ar")
            == ["قال: \"انتهى الأمر. \"", "وأضاف أنه راض."])
        #expect(try sentences("قال: «انتهى الأمر. » وأضاف أنه راض.", locale: "ar")
            == ["قال: «انتهى الأمر. »", "وأضاف أنه راض."])
        #expect(try sentences("A big \"Welcome!\" to Darin. He joined.", locale: "en")
            == ["A big \"Welcome!\" to Darin.", "He joined."])
    }
}
