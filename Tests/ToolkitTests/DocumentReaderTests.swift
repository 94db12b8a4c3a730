import Foundation
import Testing
@testable import Toolkit

struct DocumentReaderTests {
    /// Writes `bytes` to `name` in a fresh folder of its own; the caller removes that folder
    /// with `removeFolder(of:)` in a `defer`.
    private func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// Removes the folder `temporaryFile` made for `path`, with everything in it
    /// (only such a folder: any other path's parent is left alone).
    private func removeFolder(of path: String) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        guard folder.lastPathComponent.hasPrefix("toolkit-reader-") else { return }
        try? FileManager.default.removeItem(at: folder)
    }

    private func read(_ path: String, reader: DocumentReader = DocumentReader()) throws -> [Result<Document, DocumentFailure>] {
        try reader.documents(for: [path]).map { source in
            Result { () throws(DocumentFailure) -> Document in try source.makeDocument() }
        }
    }

    @Test func invalidUTF8NamesFileAndByteOffset() throws {
        let path = try temporaryFile("broken.txt", Array("abc ".utf8) + [0xC3, 0x28] + Array(" def".utf8))
        defer { removeFolder(of: path) }
        let results = try read(path)
        guard case .failure(let failure) = results[0] else { Issue.record("expected a failure"); return }
        #expect(failure.origin == path)
        #expect(failure.documentID == "broken")
        #expect(failure.message.contains("not valid UTF-8 at byte 4"))
    }

    @Test func lossyReplacesBadBytes() throws {
        let path = try temporaryFile("broken.txt", Array("abc ".utf8) + [0xFF] + Array(" def".utf8))
        defer { removeFolder(of: path) }
        let document = try read(path, reader: DocumentReader(lossy: true))[0].get()
        #expect(document.text == "abc \u{FFFD} def")
    }

    @Test func emptyFileIsAnEmptyDocument() throws {
        let path = try temporaryFile("empty.txt", [])
        defer { removeFolder(of: path) }
        let document = try read(path)[0].get()
        #expect(document.id == "empty")
        #expect(document.text.isEmpty)
    }

    @Test func jsonlBadLinesAreReportedAndTheRestRead() throws {
        let lines = [
            #"{"id": "a", "text": "first", "lang": "ar", "source": "x"}"#,
            "not json",
            #"{"id": "c"}"#,
            "",
            #"{"id": 4, "text": "fourth"}"#,
            #"{"text": "no id"}"#,
        ]
        let path = try temporaryFile("docs.jsonl", Array(lines.joined(separator: "\r\n").utf8))
        defer { removeFolder(of: path) }
        let results = try read(path)
        #expect(results.count == 5)
        let first = try results[0].get()
        #expect(first.language == "ar")
        #expect(first.meta == ["source": "x"])
        guard case .failure(let notJSON) = results[1], case .failure(let noText) = results[2] else {
            Issue.record("expected failures on lines 2 and 3"); return
        }
        #expect(notJSON.origin == "\(path):2")
        #expect(notJSON.message.hasPrefix("not a JSON object"))
        #expect(noText.origin == "\(path):3")
        #expect(noText.message == "the record has no 'text' field")
        #expect(try results[3].get().id == "4")
        #expect(try results[4].get().id == "line-6")
    }

    @Test func overlongLinesAndDocumentsAreReportedWithTheirPlace() throws {
        let long = #"{"id": "big", "text": ""# + String(repeating: "x", count: 5000) + #""}"#
        let path = try temporaryFile("docs.jsonl", Array((long + "\n" + #"{"id": "ok", "text": "fine"}"#).utf8))
        defer { removeFolder(of: path) }
        let results = try read(path, reader: DocumentReader(maximumLineBytes: 1000))
        guard case .failure(let failure) = results[0] else { Issue.record("expected a failure"); return }
        #expect(failure.origin == "\(path):1")
        #expect(failure.message.contains("over the limit of 1000 bytes"))
        #expect(try results[1].get().id == "ok")

        let tooBig = try read(path, reader: DocumentReader(maximumDocumentBytes: 100))
        guard case .failure(let sizeFailure) = tooBig[0] else { Issue.record("expected a failure"); return }
        #expect(sizeFailure.documentID == "big")
        #expect(sizeFailure.message.contains("--max-document-bytes"))
    }

    @Test func missingPathIsNamed() {
        #expect {
            _ = try DocumentReader().documents(for: ["/no/such/input.txt"])
        } throws: { error in
            String(describing: error) == "no such file or folder: '/no/such/input.txt'"
        }
    }

    @Test func folderGivesItsTextFilesSorted() throws {
        let first = try temporaryFile("b.txt", Array("second".utf8))
        defer { removeFolder(of: first) }
        let folder = URL(fileURLWithPath: first).deletingLastPathComponent()
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("a.txt").path, contents: Data("first".utf8))
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("notes.md").path, contents: Data("skip".utf8))
        let documents = try read(folder.path).map { try $0.get() }
        #expect(documents.map(\.id) == ["a", "b"])
    }

    @Test func byteOrderMarkIsDropped() throws {
        let path = try temporaryFile("bom.txt", [0xEF, 0xBB, 0xBF] + Array("نص".utf8))
        defer { removeFolder(of: path) }
        let document = try read(path)[0].get()
        #expect(document.text == "نص")
    }

    /// Files and folders never keep a read waiting, so `toolkit run` lets its analysing threads read
    /// them in turn; a named pipe can, and a path that is not there is not taken for a file.
    @Test func onlyFilesAndFoldersNeverWaitToBeRead() throws {
        let path = try temporaryFile("corpus.jsonl", Array(#"{"text": "a"}"#.utf8))
        defer { removeFolder(of: path) }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let fifo = folder + "/stream.jsonl"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(DocumentReader.neverWaitsToRead([path]))
        #expect(DocumentReader.neverWaitsToRead([path, folder]))
        #expect(!DocumentReader.neverWaitsToRead([path, fifo]))
        #expect(!DocumentReader.neverWaitsToRead([folder + "/missing.jsonl"]))
        #expect(DocumentReader.reading(for: [path]) == .inTurns && DocumentReader.reading(for: [fifo]) == .ownThread)
    }
}
