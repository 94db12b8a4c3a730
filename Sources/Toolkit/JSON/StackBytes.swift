/// A few bytes of JSON made in a buffer on the stack, so that a small value (a span, a token)
/// reaches the output in one append instead of one per piece.
struct StackBytes {
    /// The most any caller writes: a comma, braces, two 20-digit integers and a few constants.
    static let capacity = 128

    private let base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        precondition(buffer.count >= Self.capacity)
        base = buffer.baseAddress!
    }

    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    /// The longest constant one value may hold.
    static let maximumConstant = 40

    /// Appends a constant of at most ``maximumConstant`` bytes.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        let length = text.utf8CodeUnitCount
        precondition(length <= Self.maximumConstant, "a constant longer than the room made for it")
        (base + count).update(from: text.utf8Start, count: length)
        count += length
    }

    /// Appends an integer's decimal digits.
    @inline(__always)
    mutating func append(_ int: Int) {
        if int >= 0 && int < 10 {
            append(UInt8(ascii: "0") &+ UInt8(int))
            return
        }
        if int < 0 { append(UInt8(ascii: "-")) }
        var magnitude = int.magnitude
        var digits = 1
        var limit: UInt = 10
        while digits < 20 && magnitude >= limit {
            digits += 1
            limit &*= 10
        }
        let start = count
        count += digits
        var index = count
        // Two digits per division, from the pairs "00" to "99".
        let pairs = Self.digitPairs.utf8Start
        while magnitude >= 10 {
            let pair = Int(truncatingIfNeeded: magnitude % 100) &* 2
            magnitude /= 100
            index -= 2
            base[index] = pairs[pair]
            base[index + 1] = pairs[pair + 1]
        }
        if index > start { base[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude) }
    }

    /// "00", "01", … "99", two ASCII digits each.
    private static let digitPairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
}
