import Foundation

/// How an input's bytes are split into documents.
public enum InputFormat: String, Sendable, CaseIterable {
    /// The whole input is one document.
    case text
    /// One JSON object per line: `{"id": …, "text": …, "lang": …}`; other fields go to `meta`.
    case jsonl
}

/// An input that cannot be read at all: a missing path, an unreadable folder.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Turns files, folders and streams into documents.
///
/// - A text file is one document whose id is the file name without extension.
/// - A folder gives its `.txt` files, sorted by name.
/// - A `.jsonl` file (or any input read with ``InputFormat/jsonl``) gives one document per line.
/// - `-` is standard input.
///
/// Reading is lazy: a JSONL stream of any length is read in bounded memory,
/// and each line is decoded on a worker thread by ``DocumentSource/makeDocument()``.
public struct DocumentReader: Sendable {
    /// `nil` picks by extension: `.jsonl` is JSONL, anything else text.
    public var format: InputFormat?
    /// The language of documents that do not say theirs.
    public var language: String?
    /// Replace invalid UTF-8 with U+FFFD instead of failing the document.
    public var lossy: Bool
    /// Documents larger than this many bytes of UTF-8 fail with a clear error.
    public var maximumDocumentBytes: Int
    /// JSONL lines longer than this many bytes fail with their line number.
    public var maximumLineBytes: Int

    public static let defaultMaximumDocumentBytes = 256 << 20
    public static let defaultMaximumLineBytes = 256 << 20

    public init(
        format: InputFormat? = nil, language: String? = nil, lossy: Bool = false,
        maximumDocumentBytes: Int = defaultMaximumDocumentBytes, maximumLineBytes: Int = defaultMaximumLineBytes
    ) {
        self.format = format
        self.language = language
        self.lossy = lossy
        self.maximumDocumentBytes = maximumDocumentBytes
        self.maximumLineBytes = maximumLineBytes
    }

    /// The documents of every input, in order. Every path is checked first: a missing one is an ``InputError`` naming it.
    public func sources(for inputs: [String]) throws(InputError) -> [AnySequence<DocumentSource>] {
        let inputs = inputs.isEmpty ? ["-"] : inputs
        var sequences: [AnySequence<DocumentSource>] = []
        for input in inputs {
            if input == "-" {
                sequences.append(stream(FileHandle.standardInput, name: "stdin", format: format ?? .text))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw InputError("no such file or folder: '\(input)'")
            }
            if isDirectory.boolValue {
                guard let names = try? FileManager.default.contentsOfDirectory(atPath: input) else {
                    throw InputError("cannot list the folder '\(input)'")
                }
                let files = names.filter { $0.hasSuffix(".txt") }.sorted()
                    .map { URL(fileURLWithPath: input).appendingPathComponent($0).path }
                sequences.append(AnySequence(files.map { textFile($0) }))
            } else if (format ?? (input.hasSuffix(".jsonl") ? .jsonl : .text)) == .jsonl {
                guard let handle = FileHandle(forReadingAtPath: input) else {
                    throw InputError("cannot open '\(input)'")
                }
                sequences.append(stream(handle, name: input, format: .jsonl))
            } else {
                sequences.append(AnySequence([textFile(input)]))
            }
        }
        return sequences
    }

    /// Whether reading `inputs` never waits for more input: each is a regular file or a folder, and `-`
    /// (or no input) only when standard input is a regular file. Then the threads that analyse the
    /// documents can read them in turn (``SourceReading/inTurns``).
    public static func neverWaitsToRead(_ inputs: [String]) -> Bool {
        func kind(_ status: stat) -> mode_t { status.st_mode & S_IFMT }
        return (inputs.isEmpty ? ["-"] : inputs).allSatisfy { input in
            var status = stat()
            if input == "-" { return fstat(STDIN_FILENO, &status) == 0 && kind(status) == S_IFREG }
            return stat(input, &status) == 0 && (kind(status) == S_IFREG || kind(status) == S_IFDIR)
        }
    }

    /// How a run reads `inputs`: in turn by the analysing threads when they never wait to be read
    /// (``neverWaitsToRead(_:)``), else on a thread of its own.
    public static func reading(for inputs: [String]) -> SourceReading {
        neverWaitsToRead(inputs) ? .inTurns : .ownThread
    }

    /// One lazy sequence over all inputs.
    public func documents(for inputs: [String]) throws(InputError) -> FlattenSequence<[AnySequence<DocumentSource>]> {
        try sources(for: inputs).joined()
    }

    private func textFile(_ path: String) -> DocumentSource {
        let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let reader = self
        return DocumentSource(origin: path) { () throws(DocumentFailure) -> Document in
            // The size first, so that a file over the limit is never read into memory.
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
                size > reader.maximumDocumentBytes
            {
                throw DocumentFailure(documentID: id, origin: path, message: reader.tooLarge(size))
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DocumentFailure(documentID: id, origin: path, message: "cannot read the file")
            }
            return try reader.document(id: id, bytes: data, origin: path, language: reader.language, meta: [:])
        }
    }

    private func stream(_ handle: FileHandle, name: String, format: InputFormat) -> AnySequence<DocumentSource> {
        switch format {
        case .text:
            let reader = self
            return AnySequence([
                DocumentSource(origin: name) { () throws(DocumentFailure) -> Document in
                    // One byte over the limit is enough to refuse it: the rest is never read into memory.
                    let data: Data
                    do {
                        data = try handle.read(upToCount: reader.maximumDocumentBytes + 1) ?? Data()
                    } catch {
                        throw DocumentFailure(documentID: name, origin: name, message: "cannot read: \(error)")
                    }
                    guard data.count <= reader.maximumDocumentBytes else {
                        throw DocumentFailure(
                            documentID: name, origin: name,
                            message: "the document is over the limit of \(reader.maximumDocumentBytes) bytes (--max-document-bytes)")
                    }
                    return try reader.document(id: name, bytes: data, origin: name, language: reader.language, meta: [:])
                }
            ])
        case .jsonl:
            let reader = self
            let maximum = maximumLineBytes
            return AnySequence {
                var lines = LineReader(handle: handle, maximumLength: maximum)
                return AnyIterator { () -> DocumentSource? in
                    while let line = lines.next() {
                        switch line {
                        case .tooLong(let number, let length):
                            return .failure(DocumentFailure(
                                origin: "\(name):\(number)",
                                message: "the line is \(length) bytes, over the limit of \(maximum) bytes (--max-line-bytes)"))
                        case .unreadable(let number, let error):
                            return .failure(DocumentFailure(
                                origin: "\(name):\(number + 1)", message: "cannot read the rest of the input: \(error)"))
                        case .line(let number, let bytes):
                            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                            let origin = "\(name):\(number)"
                            let jsonlLine = DocumentSource.JSONLLine(bytes: bytes, number: number)
                            return DocumentSource(origin: origin, jsonlLine: jsonlLine) { () throws(DocumentFailure) -> Document in
                                try reader.record(bytes, origin: origin, lineNumber: number)
                            }
                        }
                    }
                    return nil
                }
            }
        }
    }

    /// Decodes one JSONL record.
    public func record(_ bytes: [UInt8], origin: String, lineNumber: Int) throws(DocumentFailure) -> Document {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes, lossy: lossy)
        } catch {
            throw DocumentFailure(origin: origin, message: describe(error))
        }
        guard case .object(let object) = value else {
            throw DocumentFailure(origin: origin, message: "not a JSON object: the line holds \(value.typeDescription)")
        }
        let id: String
        switch object["id"] {
        case .string(let s)?: id = s
        case .int(let i)?: id = String(i)
        case nil, .null?: id = "line-\(lineNumber)"
        case let other?: throw DocumentFailure(origin: origin, message: "'id' must be a string or an integer, not \(other.typeDescription)")
        }
        guard case .string(let text)? = object["text"] else {
            let problem = object["text"] == nil ? "has no 'text' field" : "has a 'text' that is not a string"
            throw DocumentFailure(documentID: id, origin: origin, message: "the record \(problem)")
        }
        guard text.utf8.count <= maximumDocumentBytes else {
            throw DocumentFailure(documentID: id, origin: origin, message: tooLarge(text.utf8.count))
        }
        var meta = object
        for key in ["id", "text", "lang"] { meta.removeValue(forKey: key) }
        return Document(id: id, text: text, language: object["lang"]?.stringValue ?? language, meta: meta)
    }

    /// What is wrong with a record, saying how `--lossy` helps where it does.
    private func describe(_ failure: JSONParser.Failure) -> String {
        let useLossy = "use --lossy to replace it with U+FFFD"
        switch failure {
        case .invalidUTF8(let offset): return "not valid UTF-8 at byte \(offset) of the line; \(useLossy)"
        case .unpairedSurrogate:
            return #"a string holds an unpaired surrogate escape (\ud800 to \udfff); "# + useLossy
        case .numberOutOfRange(let field):
            return "not a JSON object: " + (field.isEmpty ? "" : "field '\(field)': ") + "a number beyond the range of a Double"
        case .syntax(let message, let offset): return "not a JSON object: \(message) (byte \(offset) of the line)"
        }
    }

    /// Makes a document from raw bytes, checking size and UTF-8.
    public func document(
        id: String, bytes: some Collection<UInt8>, origin: String, language: String?, meta: [String: JSONValue]
    ) throws(DocumentFailure) -> Document {
        guard bytes.count <= maximumDocumentBytes else {
            throw DocumentFailure(documentID: id, origin: origin, message: tooLarge(bytes.count))
        }
        do {
            let text = try UTF8Decoding.decode(bytes, lossy: lossy)
            return Document(id: id, text: text, language: language, meta: meta)
        } catch {
            throw DocumentFailure(
                documentID: id, origin: origin,
                message: "not valid UTF-8 at byte \(error.byteOffset); use --lossy to replace bad bytes with U+FFFD")
        }
    }

    func tooLarge(_ size: Int) -> String {
        "the document is \(size) bytes, over the limit of \(maximumDocumentBytes) bytes (--max-document-bytes)"
    }
}
