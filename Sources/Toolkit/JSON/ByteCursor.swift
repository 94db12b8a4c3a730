/// Writes bytes through a pointer into room the caller has made, counting them: how
/// ``JSONWriter`` formats a span or a key straight into its buffer, with no append per piece.
///
/// The count is advanced with wrapping additions (`&+=`): it is bounded by the room made before
/// writing, far below `Int.max`, and the overflow checks of `+=` after every piece were a tenth
/// of the instructions of writing a token.
struct ByteCursor {
    private let base: UnsafeMutablePointer<UInt8>
    /// How many bytes were written.
    private(set) var count = 0

    /// A cursor at `base`, where the caller has made room for everything it will write.
    init(_ base: UnsafeMutablePointer<UInt8>) {
        self.base = base
    }

    /// The most bytes ``append(_:)-(Int)`` writes: a sign and 19 digits.
    static let maximumIntegerLength = 20

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        base[count] = byte
        count &+= 1
    }

    /// Appends a constant's bytes; one of 8 to 32 bytes (a key, a token's kind) is copied a word
    /// at a time, the last word ending where the constant does, rather than with a call to `memmove`.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        let length = text.utf8CodeUnitCount
        guard length >= 8 && length <= 32 else {
            return append(UnsafeBufferPointer(start: text.utf8Start, count: length))
        }
        let source = UnsafeRawPointer(text.utf8Start)
        let target = UnsafeMutableRawPointer(base + count)
        var offset = 0
        while offset + 8 < length {
            target.storeBytes(of: source.loadUnaligned(fromByteOffset: offset, as: UInt64.self), toByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        target.storeBytes(of: source.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self), toByteOffset: length - 8, as: UInt64.self)
        count &+= length
    }

    /// Appends a copy of `bytes`.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        (base + count).update(from: source, count: bytes.count)
        count &+= bytes.count
    }

    /// Appends an integer's decimal digits.
    @inline(__always)
    mutating func append(_ int: Int) {
        count &+= Self.writeDecimal(int, to: base + count)
    }

    /// Writes `int`'s decimal digits at `out`, with a minus sign if it is negative, and returns
    /// how many bytes that took (at most ``maximumIntegerLength``).
    ///
    /// Numbers below 10,000, nearly all offsets, are written without counting their digits or
    /// looping: one division by 100 and two pairs from the table.
    @inline(__always)
    static func writeDecimal(_ int: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var start = out
        if int < 0 {
            start.pointee = UInt8(ascii: "-")
            start += 1
        }
        let magnitude = int.magnitude
        let digits: Int
        if magnitude < 100 {
            digits = writeOneOrTwoDigits(magnitude, to: start)
        } else if magnitude < 10_000 {
            let (high, low) = magnitude.quotientAndRemainder(dividingBy: 100)
            let highDigits = writeOneOrTwoDigits(high, to: start)
            writePair(low, to: start + highDigits)
            digits = highDigits &+ 2
        } else {
            digits = writeManyDigits(magnitude, to: start)
        }
        return out.distance(to: start) &+ digits
    }

    /// Writes `magnitude`, below 100, as one or two digits and returns how many.
    @inline(__always)
    private static func writeOneOrTwoDigits(_ magnitude: UInt, to out: UnsafeMutablePointer<UInt8>) -> Int {
        if magnitude < 10 {
            out.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude)
            return 1
        }
        writePair(magnitude, to: out)
        return 2
    }

    /// Writes `pair`, below 100, as two digits (`07` for 7).
    @inline(__always)
    private static func writePair(_ pair: UInt, to out: UnsafeMutablePointer<UInt8>) {
        let pairs = UnsafeRawPointer(digitPairs.utf8Start)
        UnsafeMutableRawPointer(out).storeBytes(of: pairs.loadUnaligned(fromByteOffset: Int(pair) &* 2, as: UInt16.self), as: UInt16.self)
    }

    /// Writes `magnitude`, of any size, and returns how many digits that took: two digits per
    /// division, last pair first.
    private static func writeManyDigits(_ magnitude: UInt, to start: UnsafeMutablePointer<UInt8>) -> Int {
        var magnitude = magnitude
        let digits = digitCount(magnitude)
        var end = start + digits
        while magnitude >= 100 {
            let (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: 100)
            end -= 2
            writePair(remainder, to: end)
            magnitude = quotient
        }
        _ = writeOneOrTwoDigits(magnitude, to: start)
        return digits
    }

    /// How many decimal digits `magnitude` has.
    private static func digitCount(_ magnitude: UInt) -> Int {
        var digits = 1
        var limit: UInt = 10
        while digits < 20 && magnitude >= limit {
            digits += 1
            limit &*= 10
        }
        return digits
    }

    /// "00", "01", … "99", two ASCII digits each.
    private static let digitPairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
}
