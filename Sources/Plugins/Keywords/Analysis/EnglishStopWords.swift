/// The toolkit's own English stop words: function words, auxiliaries, and the
/// generic verbs, adverbs and adjectives of reports and abstracts that never
/// begin or end a keyphrase, and the names left by markup: HTML entities (`amp`)
/// and the subscripts and superscripts of abstract databases (`P/sub 2/`).
/// Matched after case folding.
enum EnglishStopWords {
    static let words = """
        a an the this that these those there here such same other another each every either neither both all any \
        some no none many much more most few fewer less least several various own only just also even still yet \
        i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her \
        hers herself it its itself they them their theirs themselves one ones who whom whose which what whatever \
        whoever whichever when whenever where wherever why how whether \
        and or but nor so than then because since unless until while whereas although though if else thus hence \
        therefore however moreover furthermore nevertheless nonetheless meanwhile otherwise instead indeed rather \
        about above across after against along amid among amongst around as at before behind below beneath beside \
        besides between beyond by despite down during except for from in inside into like near of off on onto out \
        outside over past per plus regarding round throughout through till to toward towards under underneath unlike \
        up upon via with within without according \
        be is are was were been being am do does did done doing have has had having will would shall should can \
        could may might must need ought isn't aren't wasn't weren't don't doesn't didn't haven't hasn't hadn't won't \
        wouldn't can't cannot couldn't shouldn't mustn't it's that's there's let's i'm you're we're they're i've \
        you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll they'll he's she's \
        not very too quite almost already always never often sometimes usually again ever once twice well really \
        perhaps maybe probably possibly actually simply mainly mostly largely generally particularly especially \
        respectively approximately nearly roughly recently currently previously finally first second third firstly \
        secondly lastly later earlier soon now today yesterday tomorrow ago \
        say says said saying tell tells told ask asks asked get gets got getting make makes made making go goes went \
        gone going come comes came coming take takes took taken taking give gives gave given giving put puts \
        see sees saw seen seem seems seemed become becomes became showed shown showing uses used \
        using present presents presented presenting propose proposes proposed proposing describe describes \
        described discuss discusses discussed consider considers considered include includes included including \
        provide provides provided providing obtain obtains obtained allow allows allowed require requires \
        required find finds found based compared compare achieve achieved achieves \
        apply applies applied studied investigate investigated examine examined develop developed \
        demonstrate demonstrated perform performed reported suggest suggested indicate indicated \
        want wants wanted know knows knew known think thinks thought meant try tries tried keep kept \
        different similar certain possible able \
        following previous next last \
        way ways thing things lot lots kind \
        exist exists existed help helps helped maintain maintains yield yields tend tends tended enable enables \
        enabled improve improves improved reduce reduces lead leads led occur occurs occurred appear \
        appears appeared remain remains remained contain contains involve involves involved depend depends \
        represent represents affect affects determine determines determined introduce introduces introduced \
        employ employs employed outperform outperforms compute computes computed predict predicts predicted \
        generate generates generated produce produces produced create creates created define defines defined \
        explain explains explained evaluate evaluates evaluated verify verifies verified identify identifies \
        identified establish establishes established reveal reveals revealed confirm confirms confirmed ensure \
        ensures ensured prove proves proved assume assumes assumed argue argues argued believe believes believed \
        observe observes observed seek seeks sought wish hope hopes hoped decide decides decided begin begins \
        began begun let lets becoming called calls accordingly \
        amp quot nbsp lt gt apos sub sup mon tue wed thu fri sat sun \
        etc e.g i.e et al vs mr mrs ms dr
        """

    /// Stop words that, written in capitals, are usually acronyms (`US`, `IT`, `WHO`) rather than the words.
    /// A short list: in a headline written all in capitals, every other stop word must stay one.
    static let acronymsInCapitals = "us it who"

    /// Adjectives that come before the noun they modify, so they may begin a keyphrase but never end one.
    static let modifiers = """
        new old good great big small large huge high low long short little best better worst worse major minor \
        main early late recent former latest current whole full real true free open public private local \
        national international global general special likely various own single top final total overall \
        particular specific simple complex potential additional extra entire common typical significant \
        strong weak wide broad deep hard easy quick fast slow important relevant useful effective efficient \
        novel proposed existing traditional conventional standard basic advanced modern
        """
}
