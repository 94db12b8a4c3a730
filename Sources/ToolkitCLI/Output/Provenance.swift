import Segmentation
import Toolkit

/// What produced an output, for `--provenance`: the chain as resolved (every option with its
/// value), the toolkit's version, and the ICU, Unicode and CLDR versions it ran on.
enum Provenance {
    static func describe(_ chain: Chain) -> JSONValue {
        .object([
            "chain": chain.configuration.jsonValue,
            "toolkit": .string(ToolkitVersion.current),
            "icu": .string(ICUVersions.icu),
            "unicode": .string(ICUVersions.unicode),
            "cldr": .string(ICUVersions.cldr),
        ])
    }
}
