import QuoteDetection
import Testing
import Toolkit

/// Kinds, speakers and cues on real excerpts and on short texts written for the tests.
@Suite struct AttributionTests {
    /// (kind, content prefix, speaker, cue) of each quote of `text`.
    func readings(_ text: String, language: String) throws -> [(QuoteKind, String, String?, String?)] {
        let (document, quotes) = try QuoteTesting.quotes(text, language: language)
        return quotes.map { ($0.kind, String(document.content($0).prefix(12)), $0.speaker?.text, $0.cue?.text) }
    }

    /// An unclosed quote holding two quoted terms; a named speaker; a participle with a dropped subject.
    @Test func arabicExcerptWithUnclosedAndNestedQuotes() throws {
        let (document, quotes) = try QuoteTesting.quotes(
            try QuoteTesting.fixture("ar-unclosed-nested.txt"), language: "ar")
        let outer = try #require(quotes.starting(with: "إن الجامعة قبلت", in: document))
        #expect(!outer.closed)
        #expect(document.content(outer).hasSuffix("بناء على رغبتها الأولى."))
        #expect(outer.speaker?.text == "محمد الثبيتي")
        #expect(outer.cue?.text == "قال")
        let nested = quotes.filter { outer.content.contains($0.marks) }
        #expect(nested.map { document.content($0) } == ["91.54", "علوم الحاسب الآلي"])
        #expect(nested.allSatisfy { $0.kind == .term && $0.speaker == nil })
        #expect(quotes.starting(with: "73.04", in: document)?.kind == .term)
        let named = try #require(quotes.starting(with: "راجعت المتقدمة", in: document))
        #expect(named.speaker?.text == "الثبيتي")
        #expect(named.cue?.text == "أردف")
        let participle = try #require(quotes.starting(with: "إن الجامعة توضح", in: document))
        #expect(participle.speaker?.text == "الثبيتي")
        #expect(participle.cue?.text == "قائلا")
    }

    /// A speaker across a parenthetical, and a quote split by its attribution.
    @Test func englishExcerptWithSplitQuote() throws {
        let result = try readings(try QuoteTesting.fixture("en-split-quote.txt"), language: "en")
        #expect(result.map(\.2) == ["Suleiman al-Amr", "Khaled Al-Maeena", "Khaled Al-Maeena"])
        #expect(result.map(\.3) == ["said", "said", nil])
        #expect(result.allSatisfy { $0.0 == .direct })
    }

    @Test(arguments: [
        ("وقال وزير الخارجية الفرنسي جان مارك إيرولت في مؤتمر صحافي: «الوضع صعب جدا».", "جان مارك إيرولت", "قال"),
        ("وقال محامي كلينتون ديفيد كيندال للصحيفة، إن «الحكومة تسعى للحصول على ضمانات».", "ديفيد كيندال", "قال"),
        (
            "وقال الجنرال عبد الجبار بورديلي المفتش العام “التحقيق جار والشرطة ستعتقل المنفذين”.", "عبد الجبار بورديلي",
            "قال"
        ),
        ("ووفقا لبيان صدر عن الوزارة فإن «إنشاء مجموعة دعم دولية وسيلة ممكنة».", "بيان", "وفقا"),
        ("وجاء في النص الذي صادق عليه الوزراء أن «المجلس يطلب درس خيارات المبادرة».", "النص", "جاء"),
        ("وكالة الأنباء نقلت عن مسؤول رفيع قوله إن «المفاوضات ستستأنف قريبا جدا».", "مسؤول رفيع", "قوله"),
        ("المصدر أشار إلى أن «الحوار مستمر بين الطرفين منذ أشهر».", "المصدر", "أشار"),
        ("وقال رئيس الحزب «سنفوز بالانتخابات المقبلة».", "رئيس الحزب", "قال"),
        ("وأضاف د. يوسف: «المشكلة كبيرة جدا».", "يوسف", "أضاف"),
    ])
    func arabicSpeakers(text: String, speaker: String, cue: String) throws {
        try expectOneDirectQuote(text, language: "ar", speaker: speaker, cue: cue)
    }

    /// `text` holds one quote, direct, with this speaker and cue.
    func expectOneDirectQuote(_ text: String, language: String, speaker: String, cue: String) throws {
        let result = try readings(text, language: language)
        #expect(result.count == 1)
        #expect(result.first?.0 == .direct)
        #expect(result.first?.2 == speaker)
        #expect(result.first?.3 == cue)
    }

    /// A newspaper named in quotes is its name, and the speaker of what it says.
    @Test func quotedNameInTheSubject() throws {
        let result = try readings("وقالت صحيفة «الوطن» إن «الحكومة ستعلن القرار قريبا».", language: "ar")
        #expect(result.map(\.0) == [.term, .direct])
        #expect(result.last?.2 == "صحيفة «الوطن»")
    }

    /// `وأضاف أن «…»`, `وأوضحت: «…»`: the speaker is the head of the chain of reporting verbs.
    @Test func arabicDroppedSubjectFollowsTheChain() throws {
        let text = """
            وقالت موغيريني، خلال مؤتمر صحافي: «لقد بذلنا جهودا كبيرة في عملية السلام».

            وأضافت أن «فكرة إنشاء مجموعة دعم دولية ستبحث قريبا». وتابعت: «نحتاج إلى إطار إقليمي موسع».
            """
        let result = try readings(text, language: "ar")
        #expect(result.map(\.2) == ["موغيريني", "موغيريني", "موغيريني"])
        #expect(result.map(\.3) == ["قالت", "أضافت", "تابعت"])
    }

    @Test(arguments: [
        "أكدت مسؤولة في الحملة لشبكة \"سي إن إن\" أن الأنباء لا تؤثر عليها.",
        "وأوضح \"العقيبي\" أن المتقدم يستطيع رفع المستندات.",
        "واستخدام السجل المدني كـ\"اسم مستخدم\" في النظام.",
        "وقال مسؤول لـ«الشرق الأوسط» إن الاجتماع انتهى.",
        "وتبنى الهجوم تنظيم «داعش» أمس.",
        "خفضت «دلتا إيرلاينز» الأميركية رحلاتها إلى دبي.",
    ])
    func arabicTerms(text: String) throws {
        let result = try readings(text, language: "ar")
        #expect(result.count == 1)
        #expect(result.first?.0 == .term)
        #expect(result.first?.2 == nil)
    }

    @Test(arguments: [
        (#""Seventeen years ago, this would not have been possible," said Ambassador Mohib."#, "Mohib", "said"),
        (#""We take document security seriously," she said."#, "she", "said"),
        (
            #"By then "her skin was weeping and her body malnourished", according to the Sydney Morning Herald."#,
            "Sydney Morning Herald", "according to"
        ),
        (
            #"Claudio De Vincenti, undersecretary to the prime minister, said "a table will be opened soon"."#,
            "Claudio De Vincenti", "said"
        ),
        (
            #"New Zealand's Prime Minister John Key said he believes the flag has a "strong rationale"."#, "John Key",
            "said"
        ),
        (
            #"PC World's recent analysis of its own statistics concluded, "Usually, Internet Explorer is the second browser.""#,
            "PC World", "concluded"
        ),
    ])
    func englishSpeakers(text: String, speaker: String, cue: String) throws {
        try expectOneDirectQuote(text, language: "en", speaker: speaker, cue: cue)
    }

    @Test(arguments: [
        #"On a new website, "The Internet Explorer 6 Countdown", Microsoft launched a campaign."#,
        #"Also not mentioned on Microsoft's "Countdown" site are the vulnerabilities."#,
        #"He wants to take over "aywv" and do more news."#,
        #"To make a difference you must have the "Bully Pulpit" and speak to the people."#,
        #"The firm has said that IE6 has 277 flaws; 39 percent of these are rated "highly critical"."#,
    ])
    func englishTerms(text: String) throws {
        let result = try readings(text, language: "en")
        #expect(result.count == 1)
        #expect(result.first?.0 == .term)
    }

    /// `"dangerous" and "ideological"`: coordinated quotes share kind, speaker and cue; a quote that opens
    /// a paragraph after a colon takes the speaker and the reporting word of the paragraph before.
    @Test func coordinatedQuotesAndQuoteAfterAColonParagraph() throws {
        let text = """
            The secretary general, Nunzio Galantino, has called the sentence "dangerous" and "ideological":

            "We face a dangerous sentence. Who takes the decisions, do it with less ideology."
            """
        let result = try readings(text, language: "en")
        #expect(result.map(\.0) == [.direct, .direct, .direct])
        #expect(result.map(\.2) == ["Nunzio Galantino", "Nunzio Galantino", "Nunzio Galantino"])
        #expect(result.map(\.3) == ["called", "called", "called"])
    }

    /// The speaker between the two halves of one utterance gives both their speaker.
    @Test(arguments: [
        (#""We will win this match," the coach said, "and we will do it in style.""#, "en", "the coach", "said"),
        ("«سنفوز في هذه المباراة»، قال المدرب، «وسنفعل ذلك بأسلوب جميل».", "ar", "المدرب", "قال"),
    ])
    func speakerBetweenTwoHalves(text: String, language: String, speaker: String, cue: String) throws {
        let result = try readings(text, language: language)
        #expect(result.count == 2)
        #expect(result.allSatisfy { $0.0 == .direct && $0.2 == speaker && $0.3 == cue })
    }

    @Test func attributionCanBeTurnedOff() throws {
        let (_, quotes) = try QuoteTesting.quotes(
            "وقال المصدر: «الحوار مستمر».", language: "ar", detector: QuoteDetector(attribution: false))
        #expect(quotes.map(\.kind) == [.direct])
        #expect(quotes.allSatisfy { $0.speaker == nil && $0.cue == nil })
    }

    @Test func languageComesFromTheDocumentOrItsScript() throws {
        let detector = QuoteDetector()
        #expect(detector.resolvedLanguage(of: Document(id: "a", text: "He said \"yes\".")) == .english)
        #expect(detector.resolvedLanguage(of: Document(id: "b", text: "قال «نعم».")) == .arabic)
        #expect(detector.resolvedLanguage(of: Document(id: "c", text: "He said.", language: "ar-SA")) == .arabic)
        #expect(
            QuoteDetector(language: .english).resolvedLanguage(of: Document(id: "d", text: "قال «نعم».")) == .english)
    }
}
