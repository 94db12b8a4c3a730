import Foundation
import Toolkit

/// What `toolkit run` and its worker processes send each other over pipes, as length-prefixed
/// frames: the run sends each document as a JSONL record with its origin; the worker answers,
/// in the same order, with the document rendered for output or the failure in its place.
enum WorkerFrames {
    /// A document for a worker: its origin, its JSONL line's number, and the line, which the worker
    /// decodes as this process would have. A document from anywhere else is made here and sent
    /// as a record `{"id", "text", "lang"?, meta…}` that decodes to the same document (line number 0).
    static func documentFrame(for source: DocumentSource) -> Result<[UInt8], DocumentFailure> {
        var frame = FrameBuilder()
        frame.append(source.origin)
        if let line = source.jsonlLine {
            frame.append(line.number)
            frame.append(line.bytes)
            return .success(frame.bytes)
        }
        let document: Document
        do {
            document = try source.makeDocument()
        } catch {
            return .failure(error)
        }
        var writer = JSONWriter(capacity: document.view.utf8Count + 256)
        writer.beginObject()
        writer.key("id")
        writer.value(document.id)
        writer.key("text")
        writer.value(document.text)
        if let language = document.language {
            writer.key("lang")
            writer.value(language)
        }
        for name in document.meta.keys.sorted() {
            writer.key(name)
            writer.value(document.meta[name]!)
        }
        writer.endObject()
        frame.append(0)
        frame.append(writer.takeBytes())
        return .success(frame.bytes)
    }

    /// Reads a document frame; nil when the input has ended.
    static func readDocument(from reader: inout PipeReader) throws -> (origin: String, lineNumber: Int, record: [UInt8])? {
        guard let origin = try reader.readString() else { return nil }
        let lineNumber = try reader.requireInt()
        guard let record = try reader.readBytes() else { throw WorkerError("a document frame ended early") }
        return (origin, lineNumber, record)
    }

    /// A worker's answer for one document.
    static func resultFrame(_ result: Result<RenderedDocument, DocumentFailure>) -> [UInt8] {
        var frame = FrameBuilder()
        switch result {
        case .success(let rendered):
            frame.append(UInt8(0))
            frame.append(rendered.inputBytes)
            frame.append(rendered.bytes)
        case .failure(let failure):
            frame.append(UInt8(1))
            for field in [failure.documentID, failure.origin, failure.stage] { frame.append(optional: field) }
            frame.append(failure.message)
        }
        return frame.bytes
    }

    /// Reads a worker's answer; nil when the worker's output has ended.
    static func readResult(from reader: inout PipeReader) throws -> Result<RenderedDocument, DocumentFailure>? {
        guard let kind = try reader.readByte() else { return nil }
        switch kind {
        case 0:
            let inputBytes = try reader.requireInt()
            guard let bytes = try reader.readBytes() else { throw WorkerError("a result frame ended early") }
            return .success(RenderedDocument(bytes: bytes, inputBytes: inputBytes))
        case 1:
            let documentID = try reader.readOptionalString()
            let origin = try reader.readOptionalString()
            let stage = try reader.readOptionalString()
            guard let message = try reader.readString() else { throw WorkerError("a failure frame ended early") }
            return .failure(DocumentFailure(documentID: documentID, origin: origin, stage: stage, message: message))
        default:
            throw WorkerError("a result frame of unknown kind \(kind)")
        }
    }
}

/// A broken exchange with a worker process.
struct WorkerError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

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
                throw WorkerError("a frame was cut short: the pipe ended inside it")
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
        guard let value = try readInt() else { throw WorkerError("a frame ended early") }
        return value
    }

    mutating func readBytes() throws -> [UInt8]? {
        guard let count = try readInt() else { return nil }
        if count > 0, !(try fill(count)) { throw WorkerError("a frame ended early") }
        defer { position += count }
        return Array(buffer[position..<position + count])
    }

    mutating func readString() throws -> String? {
        try readBytes().map { String(decoding: $0, as: UTF8.self) }
    }

    mutating func readOptionalString() throws -> String? {
        guard let present = try readByte() else { throw WorkerError("a frame ended early") }
        return present == 0 ? nil : try readString()
    }
}
