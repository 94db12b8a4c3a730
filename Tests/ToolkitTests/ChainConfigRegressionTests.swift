import Foundation
import Testing
@testable import Toolkit

/// Chain files that once crashed, hung or failed to round-trip; each found by the `FuzzChainConfig` fuzz target or while writing it.
struct ChainConfigRegressionTests {
    private func message(_ yaml: String) -> String {
        do {
            _ = try ChainConfig(parsing: yaml, file: "chain.yaml")
            return "no error"
        } catch {
            return error.description
        }
    }

    /// A mapping key that is an alias of a collection nine-fold nested nine times: Yams hashed
    /// every key while composing, which took a minute for this 400-byte file.
    @Test(.timeLimit(.minutes(1)))
    func aliasOfAHugeCollectionAsAKeyIsRejectedAtOnce() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            yaml += "a\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", "))]\n"
        }
        yaml += "? *a8\n: 1\n"
        let started = ContinuousClock.now
        #expect(message(yaml) == "chain.yaml:10: not a chain file: a mapping key must be a plain name, not an alias")
        #expect(ContinuousClock.now - started < .seconds(1))
        #expect(message("name: x\nstages:\n  - stage: split\n    ? [a, b]\n    : 1\n")
            == "chain.yaml:4: not a chain file: a mapping key must be a plain name, not a list or mapping")
    }

    /// Yams composes nodes recursively, up to libyaml's 1,000 levels, which could exhaust a small
    /// thread stack; nesting is now bounded at 64 before Yams runs, and the message names the line.
    @Test func deepNestingIsRejectedBeforeComposing() {
        let flow = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(message("name: x\nstages:\n  - stage: split\n    fail-on: \(flow)\n")
            == "chain.yaml:4: not a chain file: lists and mappings nest deeper than 64 levels")
        let block = String(repeating: "- ", count: 100_000) + "x"
        #expect(message("name: x\nstages:\n  - stage: split\n    fail-on:\n      \(block)\n")
            == "chain.yaml:5: not a chain file: lists and mappings nest deeper than 64 levels")
    }

    /// `.inf` and `.nan` parsed as numbers, then were written as `null`.
    @Test func nonFiniteNumbersAreRejected() {
        #expect(message("name: x\nstages:\n  - stage: count\n    scale: .inf\n")
            == "chain.yaml:4, stage 1: option 'scale': '.inf' is not a finite number")
        #expect(message("name: x\nstages:\n  - stage: count\n    scale: .NaN\n").hasSuffix("'.NaN' is not a finite number"))
    }

    /// Option names were written unquoted, so `"a: b"` broke the YAML; names and values holding
    /// U+FFFE, DEL or C1 controls were written raw, which YAML refuses; U+0085, U+2028 and U+2029
    /// were written raw and read back as line breaks folded to spaces.
    @Test func everyConfigReadsBackFromItsYAMLAndJSON() throws {
        let awkward = "a\u{85}b\u{2028}c\u{2029}d\u{7F}\u{9F}\u{FEFF}\u{FFFE}\u{FFFF}\"\\\n\t\u{0}e"
        let config = ChainConfig(name: awkward, summary: awkward, stages: [
            StageConfig(name: awkward, options: ["a: b": .string(awkward), "#x": [.string(awkward), 1.5e-7, .null], awkward: true])
        ])
        #expect(try ChainConfig(parsing: config.yaml) == config)
        #expect(try ChainConfig(parsing: config.json) == config)
        #expect(!config.yaml.unicodeScalars.contains { $0 == "\u{85}" || $0 == "\u{FFFE}" || $0 == "\u{2028}" })
    }

    /// Not a regression: the size limit, shown for the README's table.
    @Test func aChainFileOverOneMebibyteIsRefused() throws {
        let padding = "# " + String(repeating: "x", count: ChainConfig.maximumFileSize) + "\n"
        #expect(message(padding + "name: x\nstages: []\n").hasSuffix("chain files are limited to 1048576 bytes"))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("huge-\(UUID().uuidString).yaml")
        try Data((padding + "name: x\nstages: []\n").utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: ConfigError.self) { try ChainConfig(contentsOf: url) }
    }
}
