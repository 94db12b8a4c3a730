import ArgumentParser
import Foundation
import Transliteration

/// `toolkit transliterators`: what the `transliterate` stage can run.
struct TransliteratorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transliterators",
        abstract: "List the shipped transliteration schemes and the ICU transform IDs.",
        discussion: """
            Give a scheme to the 'transliterate' stage as 'scheme: NAME' and an ICU transform as 'id: ID'. \
            IDs combine with ';' ('Any-Latin; Latin-ASCII') and take a filter first ('[:Arabic:] Any-Latin').
            """
    )

    @Option(name: .long, help: "Only the names that contain this text (case-insensitive).")
    var filter: String?

    func run() throws {
        do {
            print(try Self.listing(filter: filter), terminator: "")
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
    }

    /// The listing: schemes with their summaries, then ICU IDs, each kept when its name contains `filter`.
    static func listing(filter: String?) throws -> String {
        func matches(_ name: String) -> Bool {
            guard let filter, !filter.isEmpty else { return true }
            return name.localizedCaseInsensitiveContains(filter)
        }
        let schemes = TransliterationScheme.shipped.filter { matches($0.name) }
        let ids = try Transliterator.availableIDs().filter(matches)
        guard !schemes.isEmpty || !ids.isEmpty else {
            return "no scheme or ICU transform ID contains '\(filter ?? "")'\n"
        }
        var lines: [String] = []
        if !schemes.isEmpty {
            let width = schemes.map(\.name.count).max()!
            lines.append("Schemes (scheme: NAME):")
            for scheme in schemes {
                lines.append("  \(scheme.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(scheme.summary)")
            }
        }
        if !ids.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append("ICU transforms (id: ID), \(ids.count):")
            lines.append(contentsOf: ids.map { "  \($0)" })
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
