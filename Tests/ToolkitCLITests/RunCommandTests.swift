import Foundation
import Testing

/// The `toolkit` command end to end, as a user runs it.
@Suite(.enabled(if: CommandRunner.isAvailable, "needs the toolkit executable built beside the tests"))
struct RunCommandTests {
    private func jsonObject(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func segmentChainOnTheSeedGivesTwentySixSentencesThatSliceInCodePoints() throws {
        let output = try CommandRunner.run(["run", "--chain", "segment", "--format", "json", CommandRunner.seedPath])
        #expect(output.status == 0)
        let document = try jsonObject(output.stdout) as! [String: Any]
        #expect(document["id"] as? String == "000_ef7fff25dfa5f362")
        let text = Array((document["text"] as! String).unicodeScalars)
        let layers = document["layers"] as! [String: Any]
        let sentences = layers["sentences"] as! [[String: Any]]
        #expect(sentences.count == 26)
        let first = sentences[0]
        let slice = String(String.UnicodeScalarView(text[(first["start"] as! Int)..<(first["end"] as! Int)]))
        #expect(slice == "أخبارأخبار عاجلةعربي")
        #expect(Set(layers.keys) == ["paragraphs", "sentences", "tokens"])
    }

    @Test func jsonlStreamKeepsGoodLinesAndReportsBadOnesWithLineNumbers() throws {
        let lines = [
            #"{"id": "a", "text": "One. Two."}"#,
            "{broken",
            #"{"id": "c", "title": "no text"}"#,
            #"{"id": "d", "text": "Three.", "lang": "en", "source": "wiki"}"#,
        ].joined(separator: "\n")
        let path = try CommandRunner.temporaryFile("docs.jsonl", Data(lines.utf8))
        defer { CommandRunner.removeFolder(of: path) }
        let errors = path + ".errors.jsonl"
        let output = try CommandRunner.run(["run", "--chain", "segment", "--format", "jsonl", "--jobs", "2", "--errors", errors, path])
        #expect(output.status == 65)
        let documents = try output.stdout.split(separator: "\n").map { try jsonObject(String($0)) as! [String: Any] }
        #expect(documents.map { $0["id"] as! String } == ["a", "d"])
        #expect((documents[1]["meta"] as! [String: String]) == ["source": "wiki"])
        #expect(documents[1]["lang"] as? String == "en")
        #expect(output.stderr.contains("\(path):2: not a JSON object"))
        #expect(output.stderr.contains("\(path):3: document 'c': the record has no 'text' field"))
        let errorLines = try String(contentsOfFile: errors, encoding: .utf8).split(separator: "\n")
        #expect(errorLines.count == 2)
    }

    @Test func invalidUTF8IsNamedAndLossyGoesOn() throws {
        let path = try CommandRunner.temporaryFile("bad.txt", Data([0x41, 0x42, 0xFF, 0x43]))
        defer { CommandRunner.removeFolder(of: path) }
        let strict = try CommandRunner.run(["run", "--chain", "segment", "--format", "json", path])
        #expect(strict.status == 65)
        #expect(strict.stderr.contains("\(path): document 'bad': not valid UTF-8 at byte 2"))
        let lossy = try CommandRunner.run(["run", "--chain", "segment", "--format", "json", "--lossy", path])
        #expect(lossy.status == 0)
        #expect((try jsonObject(lossy.stdout) as! [String: Any])["text"] as? String == "AB\u{FFFD}C")
    }

    @Test func emptyInputGivesEmptyLayers() throws {
        let path = try CommandRunner.temporaryFile("empty.txt", Data())
        defer { CommandRunner.removeFolder(of: path) }
        let output = try CommandRunner.run(["run", "--chain", "segment", "--format", "json", path])
        #expect(output.status == 0)
        let layers = (try jsonObject(output.stdout) as! [String: Any])["layers"] as! [String: [Any]]
        #expect(layers.values.allSatisfy(\.isEmpty) && layers.count == 3)
    }

    @Test func severalDocumentsInJSONAreAnArrayAndStandardInputWorks() throws {
        let jsonl = Data((#"{"id": "x", "text": "A."}"# + "\n" + #"{"id": "y", "text": "B."}"#).utf8)
        let output = try CommandRunner.run(["run", "--chain", "segment", "--format", "json", "--input-format", "jsonl", "-"], stdin: jsonl)
        #expect(output.status == 0)
        #expect((try jsonObject(output.stdout) as! [[String: Any]]).map { $0["id"] as! String } == ["x", "y"])
        let text = try CommandRunner.run(["run", "--chain", "segment", "--format", "json"], stdin: Data("Hello world.".utf8))
        #expect((try jsonObject(text.stdout) as! [String: Any])["id"] as? String == "stdin")
    }

    @Test func missingInputAndUnknownChainAreNamed() throws {
        let missing = try CommandRunner.run(["run", "--chain", "segment", "/no/such/file.txt"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("no such file or folder: '/no/such/file.txt'"))
        let unknown = try CommandRunner.run(["run", "--chain", "segmnet", CommandRunner.seedPath])
        #expect(unknown.status == 78)
        #expect(unknown.stderr.contains("no chain named 'segmnet'") && unknown.stderr.contains("did you mean 'segment'?"))
    }

    @Test func chainFileErrorsNameFileStageAndFix() throws {
        let path = try CommandRunner.temporaryFile("bad.yaml", Data("name: bad\nstages:\n  - stage: tokens\n    locle: ar\n".utf8))
        defer { CommandRunner.removeFolder(of: path) }
        let output = try CommandRunner.run(["validate", "--chain", path])
        #expect(output.status == 78)
        #expect(output.stderr.contains("\(path):3, stage 1: stage 'tokens' has no option 'locle'; did you mean 'locale'?"))
        let order = try CommandRunner.temporaryFile("order.yaml", Data("name: o\nstages:\n  - stage: tokens\n  - stage: needs\n".utf8))
        defer { CommandRunner.removeFolder(of: order) }
        let unknown = try CommandRunner.run(["validate", "--chain", order])
        #expect(unknown.stderr.contains("\(order):4, stage 2: unknown stage 'needs'"))
    }

    @Test func validateResolvedRoundTripsAsAChainFile() throws {
        let resolved = try CommandRunner.run(["validate", "--chain", "segment", "--resolved"])
        #expect(resolved.status == 0)
        #expect(resolved.stdout.contains("locale: \"auto\""))
        let path = try CommandRunner.temporaryFile("segment.yaml", Data(resolved.stdout.utf8))
        defer { CommandRunner.removeFolder(of: path) }
        let again = try CommandRunner.run(["validate", "--chain", path, "--resolved"])
        #expect(again.stdout == resolved.stdout)
    }

    @Test func stagesAndChainsAreListed() throws {
        let stages = try CommandRunner.run(["stages"])
        #expect(stages.status == 0)
        #expect(stages.stdout.contains("sentences: "))
        #expect(stages.stdout.contains("--locale (string) = \"auto\""))
        let chains = try CommandRunner.run(["chains"])
        #expect(chains.stdout.contains("segment: Paragraphs, sentences and word tokens"))
    }

    @Test(.timeLimit(.minutes(1))) func anOutputPathIsOpenedAsItIsNeverReplaced() throws {
        // A named pipe is written to and stays a pipe.
        let folder = try CommandRunner.temporaryFile("unused", Data())
        defer { CommandRunner.removeFolder(of: folder) }
        let fifo = URL(fileURLWithPath: folder).deletingLastPathComponent().appendingPathComponent("out.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        nonisolated(unsafe) var received = Data()
        let reading = DispatchSemaphore(value: 0)
        Thread {
            received = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
            reading.signal()
        }.start()
        let written = try CommandRunner.run(["run", "--chain", "segment", "--format", "jsonl", "--output", fifo, CommandRunner.seedPath])
        reading.wait()
        #expect(written.status == 0)
        #expect(String(decoding: received, as: UTF8.self).hasPrefix(#"{"id":"000_ef7fff25dfa5f362""#))
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)

        // A device that refuses the bytes is an output error, and stays a device.
        if FileManager.default.fileExists(atPath: "/dev/full") {
            let full = try CommandRunner.run(["run", "--chain", "segment", "--output", "/dev/full", CommandRunner.seedPath])
            #expect(full.status == 74)
            #expect(full.stderr.contains("writing the output failed"))
            #expect(lstat("/dev/full", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        }

        // A path in a folder that does not exist is named with the reason.
        let missing = try CommandRunner.run(["run", "--chain", "segment", "--output", "/nonexistent-folder/out.json", CommandRunner.seedPath])
        #expect(missing.status == 74)
        #expect(missing.stderr.contains("cannot write to '/nonexistent-folder/out.json': No such file or directory"))
    }

    @Test func badOptionsAreUsageErrors() throws {
        let output = try CommandRunner.run(["run", "--chain", "segment", "--jobs", "0", CommandRunner.seedPath])
        #expect(output.status == 64)
        #expect(output.stderr.contains("--jobs must be at least 1"))
    }
}

@Suite(.enabled(if: CommandRunner.isAvailable, "needs the toolkit executable built beside the tests"))
struct RunReportingTests {
    @Test func provenanceRecordsTheResolvedChainAndVersions() throws {
        let output = try CommandRunner.run(["run", "--chain", "segment", "--format", "json", "--provenance", CommandRunner.seedPath])
        let document = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as! [String: Any]
        let provenance = document["provenance"] as! [String: Any]
        #expect(provenance["toolkit"] as? String == "0.1.0")
        #expect((provenance["icu"] as? String)?.split(separator: ".").count ?? 0 >= 2)
        #expect(provenance["unicode"] is String && provenance["cldr"] is String)
        let stages = (provenance["chain"] as! [String: Any])["stages"] as! [[String: Any]]
        #expect(stages.map { $0["stage"] as! String } == ["paragraphs", "sentences", "tokens"])
        #expect(stages[1]["locale"] as? String == "auto")
    }

    @Test func summaryLineEndsEveryRunUnlessQuiet() throws {
        let output = try CommandRunner.run(["run", "--chain", "segment", "--format", "jsonl", CommandRunner.seedPath])
        #expect(output.stderr.hasPrefix("toolkit: 1 document, 0 errors, 0.0 MB in "))
        let quiet = try CommandRunner.run(["run", "--chain", "segment", "--format", "jsonl", "--quiet", CommandRunner.seedPath])
        #expect(quiet.stderr.isEmpty)
        #expect(quiet.stdout == output.stdout)
    }
}

@Suite(.enabled(if: CommandRunner.isAvailable, "needs the toolkit executable built beside the tests"))
struct StreamingTests {
    /// A JSONL stream on standard input gives its first result while the input is still open,
    /// on one thread, on two, and in two worker processes (`romanize` transliterates with ICU).
    @Test(arguments: [("segment", 1), ("segment", 2), ("romanize", 2)])
    func firstResultAppearsBeforeTheInputEnds(chain: String, jobs: Int) throws {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["run", "--chain", chain, "--format", "jsonl", "--input-format", "jsonl",
                             "--jobs", String(jobs), "--quiet", "-"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        defer { process.terminate() }
        // With several workers a result is handed on when the next line is read, so send two.
        for id in ["first", "second"] {
            input.fileHandleForWriting.write(Data((#"{"id": "\#(id)", "text": "One sentence. Another."}"# + "\n").utf8))
        }
        var received = Data()
        while !received.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            received.append(chunk)
        }
        #expect(process.isRunning, "the toolkit should still be waiting for more input")
        let firstLine = received.split(separator: UInt8(ascii: "\n")).first.map { Data($0) } ?? Data()
        let document = try JSONSerialization.jsonObject(with: firstLine) as? [String: Any]
        #expect(document?["id"] as? String == "first")
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
