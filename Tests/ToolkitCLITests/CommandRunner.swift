import Foundation

/// Runs the built `toolkit` executable, which `swift test` builds beside the test bundle.
enum CommandRunner {
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
        /// Whether the command was killed for outrunning its time limit.
        var timedOut = false
    }

    static let executable: URL = {
        // On Linux the test bundle is an executable in the build folder, next to `toolkit`.
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = bundle.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("toolkit").path), folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("toolkit")
    }()

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: executable.path) }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let seedPath = packageRoot.appendingPathComponent("seeds/000_ef7fff25dfa5f362.txt").path

    /// Runs `toolkit` with `arguments`; `environment` adds variables to this process's. A command still
    /// running after `timeLimit` seconds is killed, and its output says so: a test of a run that could
    /// hang fails instead of waiting for ever.
    static func run(
        _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:], timeLimit: Double? = nil
    ) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = packageRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        let watchdog = timeLimit.map { Watchdog(process, seconds: $0) }
        let writer = Thread {
            if let stdin { input.fileHandleForWriting.write(stdin) }
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        // Read both pipes concurrently so neither fills up; the semaphore hands the data over
        // (polling `isFinished` did not, and ThreadSanitizer reported the race).
        nonisolated(unsafe) var errorData = Data()
        let errorRead = DispatchSemaphore(value: 0)
        let errorReader = Thread {
            errorData = err.fileHandleForReading.readDataToEndOfFile()
            errorRead.signal()
        }
        errorReader.start()
        let outputData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        errorRead.wait()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self),
            timedOut: watchdog?.stop() ?? false)
    }

    /// Kills a process that outruns its time limit, unless stopped first.
    private final class Watchdog: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false
        private var fired = false

        init(_ process: Process, seconds: Double) {
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
                lock.withLock {
                    guard !done else { return }
                    fired = true
                    kill(pid, SIGKILL)
                }
            }
        }

        /// Stops the watchdog once the process has ended; whether it killed the process.
        func stop() -> Bool {
            lock.withLock {
                done = true
                return fired
            }
        }
    }

    /// Writes `contents` to `name` in a fresh folder of its own; the caller removes that folder
    /// (and whatever the command wrote beside the file) with `removeFolder(of:)` in a `defer`.
    static func temporaryFile(_ name: String, _ contents: Data) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: contents)
        return path
    }

    /// Removes the folder `temporaryFile` made for `path`, with everything in it
    /// (only such a folder: any other path's parent is left alone).
    static func removeFolder(of path: String) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        guard folder.lastPathComponent.hasPrefix("toolkit-cli-") else { return }
        try? FileManager.default.removeItem(at: folder)
    }
}
