import Foundation

/// Reads a file or stream line by line in bounded memory; `\n` and `\r\n` end a line.
///
/// A line longer than `maximumLength` bytes is not kept: it is reported as
/// `Line.tooLong` with its number and skipped, so one runaway line never
/// holds the rest of the stream back or fills memory. A read that fails ends
/// the stream with `Line.unreadable`, so the lines it held are not lost unseen.
public struct LineReader: Sequence, IteratorProtocol {
    public enum Line {
        case line(number: Int, bytes: [UInt8])
        case tooLong(number: Int, length: Int)
        /// Reading failed after line `number`; nothing more is read.
        case unreadable(afterLine: Int, error: String)
    }

    private let handle: FileHandle
    private let maximumLength: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var lineNumber = 0
    /// Where each read lands, made once: only the bytes received are copied into `buffer`.
    private var chunk: [UInt8]

    /// - Parameters:
    ///   - handle: the file or stream to read.
    ///   - maximumLength: the longest line kept, in bytes; longer lines are reported as too long.
    ///   - chunkSize: bytes read at a time; small sizes are for tests of lines that span chunks.
    public init(handle: FileHandle, maximumLength: Int, chunkSize: Int = 1 << 20) {
        self.handle = handle
        self.maximumLength = maximumLength
        self.chunk = [UInt8](repeating: 0, count: Swift.max(1, chunkSize))
    }

    /// Appends what the input has now, up to a chunk: a pipe gives what has arrived, so a
    /// line is handed on as soon as it is complete. Returns 0 at the end of the input, and
    /// `-errno` when the read fails.
    private mutating func readChunk() -> Int {
        var received = 0
        var failure: Int32 = 0
        chunk.withUnsafeMutableBytes { bytes in
            repeat {
                received = read(handle.fileDescriptor, bytes.baseAddress!, bytes.count)
                failure = received < 0 ? errno : 0
            } while failure == EINTR
        }
        if received > 0 {
            chunk.withUnsafeBufferPointer { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<received])) }
        }
        return received < 0 ? -Int(failure) : received
    }

    /// The offset of the first `\n` in `buffer` at or after `start`, found with `memchr`, which
    /// looks at many bytes at a time.
    private func firstNewline(from start: Int) -> Int? {
        guard start < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { bytes in
            let base = bytes.baseAddress!
            guard let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    public mutating func next() -> Line? {
        var overflow = 0
        // Bytes before this offset hold no line end: a long line is searched once, not once per chunk.
        var searchFrom = position
        while true {
            if let newline = firstNewline(from: searchFrom) {
                lineNumber += 1
                let start = position
                position = newline + 1
                let length = overflow + newline - start
                if length > maximumLength { return .tooLong(number: lineNumber, length: length) }
                var end = newline
                if end > start && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                return .line(number: lineNumber, bytes: Array(buffer[start..<end]))
            }
            if atEnd {
                guard position < buffer.count || overflow > 0 else { return nil }
                lineNumber += 1
                let rest = buffer.count - position
                let bytes = Array(buffer[position...])
                position = buffer.count
                if overflow + rest > maximumLength { return .tooLong(number: lineNumber, length: overflow + rest) }
                return .line(number: lineNumber, bytes: bytes)
            }
            // Keep the unfinished line, or drop it once it is too long.
            if buffer.count - position > maximumLength {
                overflow += buffer.count - position
                buffer.removeAll(keepingCapacity: true)
            } else {
                buffer.removeFirst(position)
            }
            position = 0
            searchFrom = buffer.count
            let received = readChunk()
            if received < 0 {
                atEnd = true
                buffer.removeAll()
                position = 0
                return .unreadable(afterLine: lineNumber, error: String(cString: strerror(Int32(-received))))
            }
            if received == 0 { atEnd = true }
        }
    }
}
