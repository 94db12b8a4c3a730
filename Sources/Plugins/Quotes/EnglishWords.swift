/// The English word lists of the attribution rules (lower case).
enum EnglishWords: WordLists {
    /// Reporting verbs always taken as reporting speech.
    static let verbs = """
        say says said saying tell tells told telling add adds added adding note notes noted noting
        comment comments commented commenting explain explains explained explaining state states stated
        write writes wrote writing tweet tweets tweeted tweeting ask asks asked answer answers answered
        reply replies replied respond responds responded conclude concludes concluded argue argues argued
        claim claims claimed insist insists insisted declare declares declared announce announces announced
        warn warns warned remark remarks remarked observe observes observed recall recalls recalled
        reason reasons reasoned suggest suggests suggested acknowledge acknowledges acknowledged admit admits
        admitted confirm confirms confirmed contend contends contended emphasize emphasizes emphasized
        emphasise emphasises emphasised stress stresses stressed predict predicts predicted quip quips quipped
        joke jokes joked exclaim exclaims exclaimed shout shouts shouted assert asserts asserted mention
        mentions mentioned testify testifies testified urge urges urged wonder wonders wondered vow vows vowed
        pledge pledges pledged allege alleges alleged complain complains complained boast boasts boasted
        describe describes described characterize characterizes characterized characterise characterises
        characterised agree agrees agreed continue continues continued report reports reported posted call calls
        called
        """

    /// Verbs that also mean something else (`called for`, `continued to`, `posted on`): taken as
    /// reporting only when a quotation mark, a colon or `that` follows them in the clause.
    static let framedVerbs = """
        agree agrees agreed continue continues continued report reports reported posted call calls
        called describe describes described characterize characterizes characterized characterise characterises
        characterised
        """

    /// Participles and gerunds that present speech after a comma (`…, saying "…"`).
    static let participles = """
        saying adding noting telling explaining writing stating arguing warning insisting
        """

    /// The preposition that names a source: `according to`.
    static let sourcePrepositions = "according"

    /// The word that introduces the reported clause.
    static let complementizers = "that"

    /// Prepositions: a quote right after one is a name or a term (`on "The Internet Explorer 6 Countdown"`).
    static let prepositions = """
        of on in at from for with by into onto about under over through via like to than toward towards
        during against behind between among upon within without across
        """

    /// Words after which a quote is a name or a title (`a user labelled "Anonymous"`).
    static let namingWords = """
        called named dubbed titled entitled nicknamed labelled labeled so-called hashtag website site book
        film movie song album show series programme program operation campaign project group term word
        phrase slogan motto headline article column magazine newspaper novel play app brand codenamed
        """

    /// Verbs after which `as "…"` is the source's own description (`described him as "…"`).
    static let describingVerbs = """
        described describes describe describing characterized characterizes characterizing characterised
        characterising portrayed portrays branded brands quoted
        """

    /// Titles before a name (`Professor Burrows`, `General Suleiman al-Amr`); left out of the speaker.
    static let titles = """
        president vice prime minister general gen professor prof dr mr mrs ms miss sir dame lord lady senator
        sen rep representative congressman congresswoman governor gov mayor judge justice secretary
        undersecretary director chairman chairwoman chair chief executive ceo coach captain capt king queen
        prince princess pope father rev reverend ambassador sheikh emeritus commissioner spokesman spokeswoman
        spokesperson colonel col lieutenant lt sergeant sgt admiral major maj deputy assistant associate
        inspector superintendent detective officer constable premier chancellor dean doctor bishop archbishop
        cardinal rabbi imam marshal commander cmdr president-elect chairperson
        """

    /// Words that may stand between a subject and its verb (`Professor Burrows also said`).
    static let auxiliaries = """
        has have had would will could should may might did does do also then later further recently
        previously earlier again once already reportedly just still is was were are
        """

    /// Words a subject does not reach back past (`As Heald told …`).
    static let stopWords = """
        that which who whom whose as when while because although though if but so where after before since
        until than what how why once whether then yet while whereas and/or
        """

    /// Subject pronouns: a valid speaker on their own (`he said`).
    static let pronouns = """
        he she they it we i you
        """

    /// Determiners, never a name on their own.
    static let determiners = """
        the a an this that these those its his her their our my your
        """
}
