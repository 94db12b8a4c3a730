import CICU

/// A Unicode normalization form, or none.
public enum NormalizationForm: String, Sendable, Hashable, CaseIterable {
    /// No normalization: only the foldings apply.
    case none
    /// Canonical composition: the same text, one spelling of each character.
    case nfc
    /// Compatibility composition: also ligatures, presentation forms, full-width and other variants to their plain letters.
    case nfkc
    /// NFKC with case folding and default-ignorable characters removed.
    case nfkcCasefold = "nfkc-casefold"
}

/// What the normalizer needs to know of each BMP code point, read from ICU once per form:
/// whether a normalization boundary falls before it (so the text can be normalized piece by
/// piece there), whether it normalizes to itself on its own, and whether it is a format character.
final class NormalizationTable: Sendable {
    static let boundaryBefore: UInt8 = 1
    static let unchangedAlone: UInt8 = 2
    static let format: UInt8 = 4
    /// Set only by ``flags(keptBy:)``: normalization and the foldings both leave the code point as it is.
    static let keptAlone: UInt8 = 8

    let form: NormalizationForm
    /// ICU's normalizer for the form (`nil` for `.none`). ICU's normalizers are immutable and thread-safe.
    nonisolated(unsafe) let normalizer: OpaquePointer?
    /// The flags of every BMP code point; surrogates have none.
    private let flags: [UInt8]

    private init(_ form: NormalizationForm) throws(TransliterationError) {
        self.form = form
        let icuForm: Int32? =
            switch form {
            case .none: nil
            case .nfc: Int32(CICU_NFC)
            case .nfkc: Int32(CICU_NFKC)
            case .nfkcCasefold: Int32(CICU_NFKC_CASEFOLD)
            }
        var status: Int32 = 0
        let normalizer = icuForm.map { cicu_normalizer($0, &status) } ?? nil
        try TransliterationError.check(status, "opening the \(form.rawValue) normalizer")
        self.normalizer = normalizer
        var flags = [UInt8](repeating: 0, count: 0x10000)
        var output = [UInt16](repeating: 0, count: 32)
        for c in 0..<0x10000 where !(0xD800...0xDFFF).contains(c) {
            var unit = UInt16(c)
            var flag: UInt8 = cicu_isFormat(Int32(c)) != 0 ? Self.format : 0
            if let normalizer {
                if cicu_normalizerBoundaryBefore(normalizer, Int32(c)) != 0 { flag |= Self.boundaryBefore }
                status = 0
                let length = cicu_normalize(normalizer, &unit, 1, &output, Int32(output.count), &status)
                if status <= 0 && length == 1 && output[0] == unit { flag |= Self.unchangedAlone }
            } else {
                flag |= Self.boundaryBefore | Self.unchangedAlone
            }
            flags[c] = flag
        }
        self.flags = flags
    }

    /// The flags of a code point; for one beyond the BMP, asked of ICU.
    @inline(__always)
    func flags(of c: UInt32) -> UInt8 {
        if c < 0x10000 { return flags[Int(c)] }
        var flag: UInt8 = cicu_isFormat(Int32(c)) != 0 ? Self.format : 0
        if let normalizer {
            if cicu_normalizerBoundaryBefore(normalizer, Int32(c)) != 0 { flag |= Self.boundaryBefore }
        } else {
            flag |= Self.boundaryBefore
        }
        return flag
    }

    /// The flags of every BMP code point, with ``keptAlone`` added where `foldings` keep a
    /// code point that normalizes to itself: what a normalizer with those foldings looks up.
    func flags(keptBy foldings: ArabicFoldings) -> [UInt8] {
        var kept = flags
        for c in kept.indices where kept[c] & Self.unchangedAlone != 0 {
            if foldings.fold(UInt32(c), isFormat: kept[c] & Self.format != 0) == UInt32(c) { kept[c] |= Self.keptAlone }
        }
        return kept
    }

    /// Normalizes `source` into `output` (resized as needed); returns the length.
    func normalize(_ source: UnsafeBufferPointer<UInt16>, into output: inout [UInt16]) throws(TransliterationError) -> Int {
        guard let normalizer else {
            if output.count < source.count { output = [UInt16](repeating: 0, count: source.count) }
            for index in source.indices { output[index] = source[index] }
            return source.count
        }
        while true {
            var status: Int32 = 0
            let length = output.withUnsafeMutableBufferPointer { output in
                cicu_normalize(normalizer, source.baseAddress, Int32(source.count), output.baseAddress, Int32(output.count), &status)
            }
            if Int(length) > output.count {
                output = [UInt16](repeating: 0, count: Int(length))
                continue
            }
            try TransliterationError.check(status, "\(form.rawValue) normalization")
            return Int(length)
        }
    }

    /// The table of a form, built on first use and shared by every stage and worker.
    static func shared(_ form: NormalizationForm) throws(TransliterationError) -> NormalizationTable {
        let result =
            switch form {
            case .none: none
            case .nfc: nfc
            case .nfkc: nfkc
            case .nfkcCasefold: nfkcCasefold
            }
        return try result.get()
    }

    private static let none = Result { () throws(TransliterationError) in try NormalizationTable(.none) }
    private static let nfc = Result { () throws(TransliterationError) in try NormalizationTable(.nfc) }
    private static let nfkc = Result { () throws(TransliterationError) in try NormalizationTable(.nfkc) }
    private static let nfkcCasefold = Result { () throws(TransliterationError) in try NormalizationTable(.nfkcCasefold) }
}
