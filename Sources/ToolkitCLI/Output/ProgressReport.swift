import Foundation

/// Progress of a run on standard error: a live line when standard error is a terminal
/// (documents done, MB/s, errors, time left), and always a one-line summary at the end.
final class ProgressReport {
    private let totalBytes: Int?
    private let live: Bool
    private let quiet: Bool
    private let start = Date()
    private var lastDrawn = Date.distantPast
    private var documents = 0
    private var failures = 0
    private var bytes = 0

    /// - Parameter totalBytes: the size of the input when known, for the time left.
    init(totalBytes: Int?, quiet: Bool) {
        self.totalBytes = totalBytes
        self.quiet = quiet
        self.live = !quiet && isatty(STDERR_FILENO) == 1
    }

    func documentDone(inputBytes: Int, failed: Bool) {
        documents += 1
        bytes += inputBytes
        if failed { failures += 1 }
        guard live, Date().timeIntervalSince(lastDrawn) >= 0.2 else { return }
        lastDrawn = Date()
        write("\r\u{1B}[K" + liveLine())
    }

    /// Prints the summary line (after clearing the live line).
    func finish() {
        guard !quiet else { return }
        if live { write("\r\u{1B}[K") }
        write(summaryLine() + "\n")
    }

    private var elapsed: Double { max(Date().timeIntervalSince(start), 1e-6) }
    private var megabytes: Double { Double(bytes) / 1e6 }

    private func liveLine() -> String {
        var parts = [counted(documents, "document"), "\(format(megabytes)) MB", "\(format(megabytes / elapsed)) MB/s"]
        if failures > 0 { parts.append("\(failures) errors") }
        if let totalBytes, bytes > 0, totalBytes > bytes {
            let left = elapsed * Double(totalBytes - bytes) / Double(bytes)
            parts.append("\(Int(left.rounded())) s left")
        }
        return parts.joined(separator: " · ")
    }

    func summaryLine() -> String {
        "toolkit: \(counted(documents, "document")), \(counted(failures, "error")), \(format(megabytes)) MB in \(String(format: "%.2f", elapsed)) s (\(format(megabytes / elapsed)) MB/s)"
    }

    /// `1 document`, `2 documents`.
    private func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    private func format(_ value: Double) -> String { String(format: "%.1f", value) }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
