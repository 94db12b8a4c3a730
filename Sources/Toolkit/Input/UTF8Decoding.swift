/// Decodes bytes that should be UTF-8, reporting where they are not.
public enum UTF8Decoding {
    /// Bytes that are not valid UTF-8, with the offset of the first bad byte.
    public struct InvalidBytes: Error, Sendable, Equatable {
        public let byteOffset: Int
    }

    /// The text of `bytes`; a leading byte-order mark is dropped. With `lossy`,
    /// each invalid sequence becomes U+FFFD; without it, the first one is an error.
    public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes, lossy: Bool) throws(InvalidBytes) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let checked: String?? = body.withContiguousStorageIfAvailable { bytes in
            isValid(bytes) ? String(unvalidatedUTF8: bytes) : nil
        }
        // Bytes not stored in one piece (`checked` is nil) are checked by the standard library.
        if let text = checked ?? String(validating: body, as: UTF8.self) { return text }
        if lossy { return String(decoding: body, as: UTF8.self) }
        throw InvalidBytes(byteOffset: firstInvalidOffset(in: body) + (bytes.count - body.count))
    }

    /// The offset of the first byte that does not start or continue a valid sequence.
    static func firstInvalidOffset<Bytes: Collection<UInt8>>(in bytes: Bytes) -> Int {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return offset
            }
        }
    }
}
