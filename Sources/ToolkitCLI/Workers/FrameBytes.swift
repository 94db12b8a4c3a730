import Foundation

// The bytes of worker frames: building them, reading them from a pipe, writing them to one.

/// Builds one frame: integers as 8 bytes, little-endian; byte strings after their length.
struct FrameBuilder {
    private(set) var bytes: [UInt8] = []

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append(_ value: Int) {
        withUnsafeBytes(of: UInt64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ data: [UInt8]) {
        append(data.count)
        bytes.append(contentsOf: data)
    }

    mutating func append(_ string: String) {
        append(string.utf8.count)
        bytes.append(contentsOf: string.utf8)
    }

    mutating func append(optional string: String?) {
        if let string {
            append(UInt8(1))
            append(string)
        } else {
            append(UInt8(0))
        }
    }
}

/// Reads frames from a pipe's file descriptor through a buffer.
struct PipeReader {
    private let descriptor: Int32
    /// Bytes read and not yet taken are `buffer[position..<end]`; the rest is room for reading.
    private var buffer = [UInt8](repeating: 0, count: WorkerProcess.pipeCapacity)
    private var position = 0
    private var end = 0

    init(descriptor: Int32) { self.descriptor = descriptor }

    /// Makes `count` bytes available from `position`; false at the end of the input before any byte of them.
    private mutating func fill(_ count: Int) throws -> Bool {
        if end - position >= count { return true }
        // What is left moves to the front, and the buffer grows when the frame is larger than it.
        buffer.withUnsafeMutableBufferPointer { bytes in
            _ = memmove(bytes.baseAddress!, bytes.baseAddress! + position, end - position)
        }
        end -= position
        position = 0
        if buffer.count < count { buffer.append(contentsOf: repeatElement(0, count: count - buffer.count)) }
        while end < count {
            var received = 0
            repeat {
                received = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + end, $0.count - end) }
            } while received < 0 && errno == EINTR
            if received < 0 { throw WorkerError("reading from a worker pipe failed: \(String(cString: strerror(errno)))") }
            if received == 0 {
                if end == 0 { return false }
                throw WorkerError.cutShort
            }
            end += received
        }
        return true
    }

    mutating func readByte() throws -> UInt8? {
        guard try fill(1) else { return nil }
        defer { position += 1 }
        return buffer[position]
    }

    mutating func readInt() throws -> Int? {
        guard try fill(8) else { return nil }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(buffer[position + index]) << (8 * index) }
        position += 8
        return Int(value)
    }

    mutating func requireInt() throws -> Int {
        guard let value = try readInt() else { throw WorkerError.cutShort }
        return value
    }

    mutating func readBytes() throws -> [UInt8]? {
        guard let count = try readInt() else { return nil }
        if count > 0, !(try fill(count)) { throw WorkerError.cutShort }
        defer { position += count }
        return Array(buffer[position..<position + count])
    }

    /// Bytes that must be there: the end of the pipe here is inside a frame.
    mutating func requireBytes() throws -> [UInt8] {
        guard let bytes = try readBytes() else { throw WorkerError.cutShort }
        return bytes
    }

    mutating func readString() throws -> String? {
        try readBytes().map { String(decoding: $0, as: UTF8.self) }
    }

    mutating func readOptionalString() throws -> String? {
        guard let present = try readByte() else { throw WorkerError.cutShort }
        return present == 0 ? nil : try readString()
    }
}

/// Writes every byte to a file descriptor, or throws naming the error.
func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws {
    try bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw WorkerError("writing to a pipe failed: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }
}
