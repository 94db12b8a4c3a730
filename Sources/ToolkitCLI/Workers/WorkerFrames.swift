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
        return (origin, lineNumber, try reader.requireBytes())
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
            return .success(RenderedDocument(bytes: try reader.requireBytes(), inputBytes: inputBytes))
        case 1:
            let documentID = try reader.readOptionalString()
            let origin = try reader.readOptionalString()
            let stage = try reader.readOptionalString()
            let message = String(decoding: try reader.requireBytes(), as: UTF8.self)
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

    /// The end of a pipe inside a frame.
    static let cutShort = WorkerError("a frame was cut short: the pipe ended inside it")
}
