extension UTF8Decoding {
    /// Whether `bytes` are well-formed UTF-8: the same answer as `String(validating:as:)`, at a
    /// fraction of its cost.
    ///
    /// The bytes run through the Unicode Standard's automaton of well-formed byte sequences (no
    /// overlong forms, no surrogates, nothing above U+10FFFF) without a branch per byte: a state is a
    /// bit offset into a 64-bit row per byte value, and the row shifted by the state is the next
    /// state. Where letters and spaces alternate at irregular lengths, as in Arabic text, a branch per
    /// sequence was mispredicted at most words. Runs of eight ASCII bytes are skipped at once.
    package static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let rows = UTF8Automaton.rows
        let count = bytes.count
        var state: UInt64 = UTF8Automaton.accept
        var index = 0
        // The index steps with wrapping additions: it never passes `count`, which a buffer keeps far
        // below `Int.max`, so the overflow checks would only cost.
        while index &+ 8 <= count {
            let eight = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if eight & 0x8080_8080_8080_8080 == 0 && UTF8Automaton.isAccepting(state) {
                index &+= 8
                continue
            }
            for byte in 0..<8 {
                state = rows[Int(truncatingIfNeeded: base[index &+ byte])] &>> state
            }
            index &+= 8
        }
        while index < count {
            state = rows[Int(truncatingIfNeeded: base[index])] &>> state
            index &+= 1
        }
        return UTF8Automaton.isAccepting(state)
    }
}

/// The automaton behind ``UTF8Decoding/isValid(_:)``, as 256 rows of 64 bits.
///
/// A state is a multiple of six below 64; a state's six bits in the row of a byte value hold the
/// state that byte leads to. Only a state's low six bits count (`&>>` masks the shift), so a state
/// is compared after masking.
private enum UTF8Automaton {
    /// Between sequences: the start, and the only state that ends well-formed text.
    static let accept: UInt64 = 0
    /// After a byte that no sequence allows; never left.
    private static let reject: UInt64 = 6
    /// One continuation byte (80–BF) still to come.
    private static let oneMore: UInt64 = 12
    /// Two continuation bytes still to come.
    private static let twoMore: UInt64 = 18
    /// Three continuation bytes still to come (after F1–F3).
    private static let threeMore: UInt64 = 24
    /// After E0: A0–BF, so that the sequence is not overlong.
    private static let afterE0: UInt64 = 30
    /// After ED: 80–9F, so that the sequence is not a surrogate.
    private static let afterED: UInt64 = 36
    /// After F0: 90–BF, so that the sequence is not overlong.
    private static let afterF0: UInt64 = 42
    /// After F4: 80–8F, so that the code point is not above U+10FFFF.
    private static let afterF4: UInt64 = 48

    @inline(__always)
    static func isAccepting(_ state: UInt64) -> Bool { state & 63 == accept }

    /// The rows, built once per process.
    nonisolated(unsafe) static let rows: UnsafePointer<UInt64> = {
        let rows = UnsafeMutablePointer<UInt64>.allocate(capacity: 256)
        for byte in 0...255 {
            // Every state rejects the byte, but for the transitions below.
            var row = stride(from: UInt64(0), to: 54, by: 6).reduce(UInt64(0)) { $0 | reject << $1 }
            func go(from state: UInt64, to next: UInt64) { row = row & ~(63 << state) | next << state }
            switch byte {
            case 0x00...0x7F:
                go(from: accept, to: accept)
            case 0x80...0xBF:
                go(from: oneMore, to: accept)
                go(from: twoMore, to: oneMore)
                go(from: threeMore, to: twoMore)
                if byte >= 0xA0 { go(from: afterE0, to: oneMore) }
                if byte <= 0x9F { go(from: afterED, to: oneMore) }
                if byte >= 0x90 { go(from: afterF0, to: twoMore) }
                if byte <= 0x8F { go(from: afterF4, to: twoMore) }
            case 0xC2...0xDF:
                go(from: accept, to: oneMore)
            case 0xE0:
                go(from: accept, to: afterE0)
            case 0xED:
                go(from: accept, to: afterED)
            case 0xE1...0xEF:
                go(from: accept, to: twoMore)
            case 0xF0:
                go(from: accept, to: afterF0)
            case 0xF1...0xF3:
                go(from: accept, to: threeMore)
            case 0xF4:
                go(from: accept, to: afterF4)
            default:  // C0, C1 (overlong) and F5–FF
                break
            }
            rows[byte] = row
        }
        return UnsafePointer(rows)
    }()
}
