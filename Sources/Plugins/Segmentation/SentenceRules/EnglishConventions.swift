extension SentenceConventions {
    /// English: abbreviations, the words that usually start a sentence, and the rules for careless casing and spacing.
    static let english = SentenceConventions(
        abbreviations: AbbreviationList(continuing: englishContinuing, mayEnd: englishMayEnd),
        sentenceStarters: WordSet(englishSentenceStarters),
        findsMissedBoundaries: true
    )

    /// Abbreviations always followed by more of their sentence: titles and Latin connectives.
    static let englishContinuing = [
        // Titles and ranks.
        "Mr.", "Mrs.", "Ms.", "Messrs.", "Mmes.", "Dr.", "Drs.", "Prof.", "Profs.", "Rev.", "Revd.", "Fr.", "Hon.",
        "Gov.", "Sen.", "Sens.", "Rep.", "Reps.", "Pres.", "Supt.", "Gen.", "Lt.", "Col.", "Capt.", "Cpt.", "Cmdr.",
        "Cdr.", "Maj.", "Sgt.", "Cpl.", "Pvt.", "Adm.", "Brig.", "Amb.", "Atty.", "Insp.", "Det.", "Msgr.", "Sra.",
        "Mme.", "Mlle.", "St.", "Mt.", "Ft.",
        // Connectives and hedges.
        "e.g.", "i.e.", "cf.", "vs.", "viz.", "approx.", "ca.", "esp.", "incl.", "excl.", "resp.", "Attn.",
        "a.k.a.", "P.S.", "PS.",
    ]

    /// Abbreviations that may end a sentence: references that precede a number
    /// (they join it: `No. 5`, `Fig. 3`), company forms, degrees, times, months and days, units.
    static let englishMayEnd = [
        "No.", "Nos.", "Vol.", "Vols.", "pp.", "Fig.", "Figs.", "Eq.", "Eqs.", "Ch.", "Chap.", "Sec.", "Sect.",
        "Art.", "Para.", "Pg.", "Tel.", "Ext.", "Ref.",
        "etc.", "al.", "ibid.", "Inc.", "Ltd.", "Co.", "Corp.", "Bros.", "Assn.", "Dept.", "Univ.", "Govt.", "Intl.",
        "Natl.", "Mfg.", "Jr.", "Sr.", "Esq.", "Ph.D.", "M.D.", "B.A.", "M.A.", "B.Sc.", "M.Sc.", "a.m.", "p.m.",
        "Ed.", "Eds.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.",
        "Oct.", "Nov.", "Dec.", "Mon.", "Tue.", "Tues.", "Thu.", "Thur.", "Thurs.", "Fri.", "Ave.", "Blvd.", "Rd.",
        "Hwy.", "Apt.", "Ste.", "oz.", "lb.", "lbs.", "yd.", "yds.", "hr.", "hrs.", "mins.", "est.", "avg.",
        "misc.", "tbsp.", "tsp.",
    ]

    /// Words that usually open a sentence (lowercased): pronouns, determiners,
    /// conjunctions, prepositions, question words. After an initial (`A.`,
    /// `U.S.`), a capitalised one of these starts a new sentence; any other
    /// capitalised word is taken to go on with a name (`Jennifer M. Anderson`).
    static let englishSentenceStarters = [
        "a", "an", "the", "this", "that", "these", "those", "i", "you", "he", "she", "it", "we", "they", "my",
        "your", "his", "her", "its", "our", "their", "there", "here", "what", "when", "where", "which", "who",
        "whom", "whose", "why", "how", "and", "but", "or", "so", "yet", "nor", "if", "in", "on", "at", "as", "by",
        "to", "from", "with", "for", "of", "after", "before", "since", "while", "although", "though", "because",
        "however", "also", "then", "now", "thus", "therefore", "still", "meanwhile", "moreover", "please", "thanks",
        "thank", "yes", "no", "not", "all", "some", "many", "most", "each", "every", "both", "one", "other",
        "another", "such", "do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "let", "just",
        "even", "only", "any", "none", "nothing", "everyone", "someone", "today", "yesterday", "tomorrow",
    ]
}
