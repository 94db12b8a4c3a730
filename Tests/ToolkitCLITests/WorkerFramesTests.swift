import Foundation
import Testing
import Toolkit
@testable import ToolkitCLI

/// The frames `toolkit run` and its worker processes exchange, read back through a real pipe, and what
/// the run does with frames cut short and with workers that cannot run.
struct WorkerFramesTests {
    /// Writes `bytes` to a fresh pipe, closes its writing end, and reads it with a `PipeReader`.
    private func reading<Result>(_ bytes: [UInt8], _ body: (inout PipeReader) throws -> Result) throws -> Result {
        let pipe = Pipe()
        try writeAll(bytes, to: pipe.fileHandleForWriting.fileDescriptor)
        try pipe.fileHandleForWriting.close()
        var reader = PipeReader(descriptor: pipe.fileHandleForReading.fileDescriptor)
        return try body(&reader)
    }

    @Test func aJSONLLineIsSentAsItIsAndADocumentFromElsewhereAsARecordOfTheSameDocument() throws {
        let line = Array(#"{"id": 7, "text": "قال «نعم»\n"}"#.utf8)
        let fromLine = DocumentSource(origin: "news.jsonl:3", jsonlLine: .init(bytes: line, number: 3)) {
            () throws(DocumentFailure) -> Document in
            throw DocumentFailure(message: "the run must not decode a JSONL line itself")
        }
        let document = Document(id: "seed", text: "أخبار \"عاجلة\"\r\nNews 😀", language: "ar", meta: ["rank": 2.5, "tags": ["a", "b"]])
        let frames = try [fromLine, DocumentSource.document(document)].flatMap { try WorkerFrames.documentFrame(for: $0).get() }

        let read = try reading(frames) { reader in
            [try WorkerFrames.readDocument(from: &reader), try WorkerFrames.readDocument(from: &reader),
             try WorkerFrames.readDocument(from: &reader)]
        }
        #expect(read[0]?.origin == "news.jsonl:3")
        #expect(read[0]?.lineNumber == 3)
        #expect(read[0]?.record == line)
        #expect(read[2] == nil, "the end of the pipe is the end of the documents")
        let record = try #require(read[1])
        #expect(record.origin == "seed")
        let decoded = try DocumentReader().record(record.record, origin: record.origin, lineNumber: record.lineNumber)
        #expect(decoded.id == document.id)
        #expect(decoded.text == document.text)
        #expect(decoded.language == "ar")
        #expect(decoded.meta == document.meta)
    }

    @Test func resultsComeBackWithEveryField() throws {
        let rendered = RenderedDocument(bytes: Array(#"{"id":"a"}"#.utf8), inputBytes: 1234)
        let failure = DocumentFailure(documentID: nil, origin: "ملف.jsonl:9", stage: "quotes", message: "الخطأ: bad")
        let frames = WorkerFrames.resultFrame(.success(rendered)) + WorkerFrames.resultFrame(.failure(failure))
        let results = try reading(frames) { reader in
            [try WorkerFrames.readResult(from: &reader), try WorkerFrames.readResult(from: &reader),
             try WorkerFrames.readResult(from: &reader)]
        }
        guard case .success(let document)? = results[0], case .failure(let back)? = results[1] else {
            Issue.record("expected a document then a failure, got \(results)")
            return
        }
        #expect(document.bytes == rendered.bytes)
        #expect(document.inputBytes == 1234)
        #expect(back.documentID == nil)
        #expect(back.origin == failure.origin)
        #expect(back.stage == "quotes")
        #expect(back.message == failure.message)
        #expect(results[2] == nil)
    }

    @Test func aFrameCutShortOrOfUnknownKindIsAnErrorThatSaysSo() throws {
        let whole = WorkerFrames.resultFrame(.success(RenderedDocument(bytes: Array(repeating: 0x41, count: 100), inputBytes: 5)))
        for cut in [1, 9, 20, whole.count - 1] {
            let error = #expect(throws: WorkerError.self) {
                _ = try reading(Array(whole.prefix(cut))) { try WorkerFrames.readResult(from: &$0) }
            }
            #expect(error?.description.contains("cut short") == true, "cut after \(cut) bytes: \(String(describing: error))")
        }
        let unknown = #expect(throws: WorkerError.self) {
            _ = try reading([7] + whole.dropFirst()) { try WorkerFrames.readResult(from: &$0) }
        }
        #expect(unknown?.description.contains("unknown kind 7") == true)
    }

    @Test func aWorkerThatCannotStartOrExitsAtOnceStopsTheRunWithAReason() throws {
        let missing = #expect(throws: WorkerError.self) {
            _ = try WorkerPool(count: 2, executable: "/nonexistent/toolkit", arguments: ["worker"], limit: 8)
        }
        #expect(missing?.description.contains("cannot start a worker process '/nonexistent/toolkit'") == true)

        // `/bin/false` starts and exits with status 1 without reading its input.
        let pool = try WorkerPool(count: 1, executable: "/bin/false", arguments: [], limit: 8)
        let line = DocumentSource.JSONLLine(bytes: Array(#"{"text": "One."}"#.utf8), number: 1)
        let source = DocumentSource(origin: "in.jsonl:1", jsonlLine: line) { Document(id: "1", text: "One.") }
        var delivered = 0
        let exited = #expect(throws: WorkerError.self) {
            try pool.run([source]) { _ in delivered += 1 }
        }
        #expect(exited?.description.contains("exited with status 1 before the input ended") == true)
        #expect(delivered == 0)
    }
}
