import Foundation

/// Buffered writes to standard output or a file.
///
/// The buffer is written out when it fills, and at least every ``flushInterval`` seconds
/// at a document's end, so a reader downstream of a pipe sees results while input still flows.
final class OutputSink {
    private let handle: FileHandle
    private let closesHandle: Bool
    private var buffer: [UInt8] = []
    private static let flushThreshold = 1 << 16
    private static let flushInterval = 0.05
    private var lastFlush = Date.distantPast

    /// Standard output when `path` is nil or `-`, else the file (created or truncated). The path is
    /// opened as it is, so a device or a named pipe is written to, never replaced by a file.
    init(path: String?) throws {
        if let path, path != "-" {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
            handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            closesHandle = true
        } else {
            handle = FileHandle.standardOutput
            closesHandle = false
        }
        buffer.reserveCapacity(Self.flushThreshold * 2)
    }

    struct OutputError: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "cannot write to '\(path)': \(reason)" }
    }

    func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    func write(_ string: String) throws { try write(Array(string.utf8)) }

    /// Marks the end of a document: flushes if the last flush was long enough ago.
    func documentEnded() throws {
        if Date().timeIntervalSince(lastFlush) >= Self.flushInterval { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
        lastFlush = Date()
    }

    func close() throws {
        try flush()
        if closesHandle { try handle.close() }
    }
}
