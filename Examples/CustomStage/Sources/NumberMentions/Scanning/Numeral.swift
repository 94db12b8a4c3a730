/// A number written with digits and separators: `1,200`, `3.5`, `٣٫٥`, `3ر5`, `١٬٢٠٠`, `1.200.000`.
struct Numeral {
    /// Every digit read as one integer: `3.5` is 35 with one fraction digit.
    var mantissa: Double
    var integerDigits: Int
    var fractionDigits = 0
    /// One run of digits with no separator, as a year, a day or an hour is written.
    var isPlain = true
    /// The index of the lexeme after the numeral.
    var next: Int

    /// The value when it is a whole number.
    var integer: Int? { fractionDigits == 0 && mantissa < 1e15 ? Int(mantissa) : nil }

    /// The value, scaled by a power of ten (the multiplier of `مليون` is 6).
    ///
    /// Scaling the digits as an integer keeps `5.4 مليون` exactly 5,400,000.
    func value(scaledBy power: Int = 0) -> Double {
        let shift = power - fractionDigits
        return shift >= 0 ? mantissa * Numeral.powerOfTen(shift) : mantissa / Numeral.powerOfTen(-shift)
    }

    /// 10ⁿ, exact up to 10²².
    static func powerOfTen(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }
}
