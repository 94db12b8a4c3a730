import Foundation
import Robustness
import Segmentation
import Toolkit

/// Input bytes into documents, as a text file and as a JSONL stream.
///
/// - As text, strict decoding either succeeds or names a byte offset before
///   which the bytes are valid UTF-8; lossy decoding always succeeds.
/// - As JSONL (read from a file, with the chunk size, the limits and lossy
///   decoding set by the first two bytes, so that lines cross chunk boundaries
///   and limits are hit), every line that is not blank gives exactly one
///   document or one failure, in order, with its line number. Nothing is lost
///   and nothing is invented.
/// - Every document read runs through the `segment` chain (its `lang` goes to
///   ICU) and its layers keep their invariants.
enum InputFuzzing {
    static let chain = try! ChainsUnderTest.registry.makeChain(segmentChain)
    static let file = FileManager.default.temporaryDirectory
        .appendingPathComponent("fuzz-input-\(ProcessInfo.processInfo.processIdentifier).jsonl").path

    static func run(_ bytes: UnsafeRawBufferPointer) {
        readAsText(bytes)
        // A record's `{"` gives large limits and lossy decoding; other first bytes, small ones.
        let first = Int(bytes.first ?? 0), second = Int(bytes.dropFirst().first ?? 0)
        let reader = DocumentReader(
            format: .jsonl, lossy: first & 2 != 0,
            maximumDocumentBytes: first & 1 == 1 ? 1 << 20 : 1 + first,
            maximumLineBytes: second & 1 == 0 ? 1 << 20 : 1 + second * 8)
        check(FileManager.default.createFile(atPath: file, contents: Data(bytes)), "cannot write \(file)")
        readLines(chunkSize: 1 + first % 64, maximumLineBytes: reader.maximumLineBytes, expected: referenceLines(bytes))
        readAsJSONL(bytes, reader: reader)
    }

    static func readAsText(_ bytes: UnsafeRawBufferPointer) {
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        do {
            let text = try UTF8Decoding.decode(bytes, lossy: false)
            check(text.utf8.elementsEqual(bytes[bom...]), "strict decoding changed the text")
        } catch {
            let offset = error.byteOffset
            check(offset >= bom && offset < bytes.count, "the reported offset \(offset) is outside the input")
            check(String(validating: bytes[bom..<offset], as: UTF8.self) != nil,
                  "the bytes before the reported offset \(offset) are not valid UTF-8")
        }
        let lossy = DocumentReader(lossy: true)
        guard let document = try? lossy.document(id: "t", bytes: bytes, origin: "t", language: nil, meta: [:]) else {
            fatalError("lossy decoding failed")
        }
        check(document.text == String(decoding: bytes[bom...], as: UTF8.self), "lossy decoding differs from the standard library's")
        analyse(document)
    }

    /// The lines a JSONL reader must report: split at `\n`, with whether a `\n` ended them.
    static func referenceLines(_ bytes: UnsafeRawBufferPointer) -> [(number: Int, bytes: [UInt8], terminated: Bool)] {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        let endsWithNewline = lines.last?.isEmpty == true
        if endsWithNewline { lines.removeLast() }
        return lines.enumerated().map { index, line in
            (index + 1, line, index < lines.count - 1 || endsWithNewline)
        }
    }

    static func readLines(chunkSize: Int, maximumLineBytes: Int, expected: [(number: Int, bytes: [UInt8], terminated: Bool)]) {
        guard let handle = FileHandle(forReadingAtPath: file) else { fatalError("cannot reopen \(file)") }
        defer { try? handle.close() }
        var reader = LineReader(handle: handle, maximumLength: maximumLineBytes, chunkSize: chunkSize)
        var index = 0
        while let line = reader.next() {
            check(index < expected.count, "the line reader made up line \(index + 1)")
            let want = expected[index]
            switch line {
            case .line(let number, let got):
                // A `\r` before the `\n` is part of the line end.
                let content = want.terminated && want.bytes.last == UInt8(ascii: "\r") ? want.bytes.dropLast() : want.bytes[...]
                check(number == want.number && got.elementsEqual(content),
                      "line \(want.number) read as line \(number), \(got.count) bytes")
                check(want.bytes.count <= maximumLineBytes, "line \(want.number) is over the limit but was kept")
            case .tooLong(let number, let length):
                check(number == want.number && length == want.bytes.count && length > maximumLineBytes,
                      "line \(want.number) of \(want.bytes.count) bytes reported as too long: line \(number), \(length) bytes")
            case .unreadable(let number, let error):
                fatalError("reading \(file) failed after line \(number): \(error)")
            }
            index += 1
        }
        check(index == expected.count, "the line reader lost lines: \(index) of \(expected.count)")
    }

    static func readAsJSONL(_ bytes: UnsafeRawBufferPointer, reader: DocumentReader) {
        let expected = referenceLines(bytes).filter { line in
            line.bytes.count > reader.maximumLineBytes || !line.bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        }
        guard let sources = try? reader.documents(for: [file]) else { fatalError("cannot read \(file)") }
        var count = 0
        for source in sources {
            check(count < expected.count, "the JSONL reader made up a document")
            check(source.origin == "\(file):\(expected[count].number)", "document \(count + 1) has origin \(source.origin)")
            do {
                analyse(try source.makeDocument())
            } catch {
                check(error.origin == source.origin, "a failure lost its origin: \(error)")
            }
            count += 1
        }
        check(count == expected.count, "the JSONL reader lost documents: \(count) of \(expected.count)")
    }

    static func analyse(_ document: Document) {
        do {
            let result = try chain.run(document)
            let violations = LayerInvariants.violations(in: result)
            check(violations.isEmpty, violations.map(\.description).joined(separator: "; "))
        } catch {
            fatalError("the segment chain failed on document '\(document.id)': \(error)")
        }
    }

    static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError(message()) }
    }
}

@main
enum FuzzInputMain {
    static func main() { FuzzDriver.main(InputFuzzing.run) }
}
