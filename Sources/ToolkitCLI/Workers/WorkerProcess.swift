import Foundation

/// A child process started from this program's own executable, with pipes to its standard
/// input and output; its standard error is this process's.
struct WorkerProcess {
    let pid: pid_t
    /// The parent's end of the child's standard input.
    let input: Int32
    /// The parent's end of the child's standard output.
    let output: Int32

    /// The executable this process runs, for starting workers of the same program (with the same stages).
    static var currentExecutable: String {
        var path = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &path, path.count - 1)
        return length > 0 ? String(decoding: path[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
    }

    /// Starts `executable` with `arguments`. The pipes are close-on-exec in this process, so a
    /// worker holds only its own and sees the end of its input when this process closes it
    /// (callers start workers one at a time, so no other worker is started between `pipe` and `fcntl`).
    static func start(_ executable: String, arguments: [String]) throws -> WorkerProcess {
        let toChild = try makePipe()
        let fromChild: [Int32]
        do {
            fromChild = try makePipe()
        } catch {
            close(toChild[0])
            close(toChild[1])
            throw error
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], STDOUT_FILENO)

        let argv = ([executable] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, nil, argv + [nil], environ)
        close(toChild[0])
        close(fromChild[1])
        guard status == 0 else {
            close(toChild[1])
            close(fromChild[0])
            throw WorkerError("cannot start a worker process '\(executable)': \(String(cString: strerror(status)))")
        }
        return WorkerProcess(pid: pid, input: toChild[1], output: fromChild[0])
    }

    /// A pipe whose two ends are closed when this process starts another program, with room for
    /// ``pipeCapacity`` bytes where the system allows it.
    private static func makePipe() throws -> [Int32] {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw WorkerError("cannot make a pipe: \(String(cString: strerror(errno)))") }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        _ = fcntl(ends[1], setPipeSize, Int32(pipeCapacity))
        return ends
    }

    /// Bytes a pipe to or from a worker holds: a JSON document is often larger than the usual 64 KiB,
    /// and each time a pipe fills, the writer waits for the reader to be scheduled.
    static let pipeCapacity = 1 << 20
    /// Linux's `F_SETPIPE_SZ`, which Swift's Glibc module does not export.
    private static let setPipeSize: Int32 = 1031

    /// How a process ended.
    struct Ending: CustomStringConvertible {
        /// The signal that killed it, or nil when it exited.
        let signal: Int32?
        let status: Int32

        var description: String {
            guard let signal else { return "exited with status \(status)" }
            return "was killed by signal \(signal) (\(String(cString: strsignal(signal))))"
        }
    }

    /// Waits for the process to end.
    func waitForExit() -> Ending {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? Ending(signal: nil, status: (status >> 8) & 0xff) : Ending(signal: signal, status: 0)
    }
}
