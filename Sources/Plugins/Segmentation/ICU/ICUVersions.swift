import CICU

/// The versions of ICU, Unicode and CLDR this build runs on, for provenance.
public enum ICUVersions {
    /// ICU's library version, e.g. `72.1`.
    public static var icu: String { read { cicu_icuVersion($0) } }
    /// The Unicode version ICU implements, e.g. `15.0`.
    public static var unicode: String { read { cicu_unicodeVersion($0) } }
    /// The CLDR version of ICU's locale data, e.g. `42.0`.
    public static var cldr: String {
        var status: Int32 = 0
        let version = read { cicu_cldrVersion($0, &status) }
        return status > 0 ? "unknown" : version
    }

    private static func read(_ fill: (UnsafeMutablePointer<CChar>) -> Void) -> String {
        var buffer = [CChar](repeating: 0, count: 32)
        buffer.withUnsafeMutableBufferPointer { fill($0.baseAddress!) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
