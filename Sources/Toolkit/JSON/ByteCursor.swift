/// Writes bytes through a pointer into room the caller has made, counting them: how
/// ``JSONWriter`` formats a span or a key straight into its buffer, with no append per piece.
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
        count += 1
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
        count += length
    }

    /// Appends a copy of `bytes`.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends an integer's decimal digits.
    @inline(__always)
    mutating func append(_ int: Int) {
        count += Self.writeDecimal(int, to: base + count)
    }

    /// Writes `int`'s decimal digits at `out`, with a minus sign if it is negative, and returns
    /// how many bytes that took (at most ``maximumIntegerLength``).
    @inline(__always)
    static func writeDecimal(_ int: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var start = out
        if int < 0 {
            start.pointee = UInt8(ascii: "-")
            start += 1
        }
        var magnitude = int.magnitude
        let digits = digitCount(magnitude)
        var end = start + digits
        // Two digits per division, from the pairs "00" to "99", last pair first.
        let pairs = UnsafeRawPointer(digitPairs.utf8Start)
        while magnitude >= 100 {
            let (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: 100)
            end -= 2
            UnsafeMutableRawPointer(end).storeBytes(of: pairs.loadUnaligned(fromByteOffset: Int(remainder) &* 2, as: UInt16.self), as: UInt16.self)
            magnitude = quotient
        }
        if magnitude >= 10 {
            UnsafeMutableRawPointer(start).storeBytes(of: pairs.loadUnaligned(fromByteOffset: Int(magnitude) &* 2, as: UInt16.self), as: UInt16.self)
        } else {
            start.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude)
        }
        return out.distance(to: start) + digits
    }

    /// How many decimal digits `magnitude` has; offsets have few, so the short ones are tried first.
    @inline(__always)
    private static func digitCount(_ magnitude: UInt) -> Int {
        if magnitude < 10 { return 1 }
        if magnitude < 100 { return 2 }
        if magnitude < 1000 { return 3 }
        if magnitude < 10000 { return 4 }
        var digits = 5
        var limit: UInt = 100_000
        while digits < 20 && magnitude >= limit {
            digits += 1
            limit &*= 10
        }
        return digits
    }

    /// "00", "01", … "99", two ASCII digits each.
    private static let digitPairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
}
