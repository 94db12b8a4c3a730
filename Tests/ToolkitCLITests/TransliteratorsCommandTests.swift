import Testing
@testable import ToolkitCLI

@Suite struct TransliteratorsCommandTests {
    @Test func listsSchemesAndICUTransforms() throws {
        let listing = try TransliteratorsCommand.listing(filter: nil)
        #expect(listing.hasPrefix("Schemes (scheme: NAME):\n  buckwalter       Buckwalter transliteration"))
        #expect(listing.contains("\n  arabic-simple    Readable ASCII romanization"))
        #expect(listing.contains("\n  Arabic-Latin\n"))
        #expect(listing.contains("\n  Latin-ASCII\n"))
    }

    @Test func filterKeepsMatchingNamesOfBothKinds() throws {
        let listing = try TransliteratorsCommand.listing(filter: "ARABIC")
        #expect(listing.contains("arabic-simple"))
        #expect(!listing.contains("buckwalter"))
        #expect(listing.contains("\n  Arabic-Latin\n"))
        #expect(!listing.contains("Greek"))
        #expect(try TransliteratorsCommand.listing(filter: "no-such-thing") == "no scheme or ICU transform ID contains 'no-such-thing'\n")
    }

    @Test func theSubcommandParses() throws {
        let command = try ToolkitCommand.parseAsRoot(["transliterators", "--filter", "Latin"])
        #expect((command as? TransliteratorsCommand)?.filter == "Latin")
    }
}
