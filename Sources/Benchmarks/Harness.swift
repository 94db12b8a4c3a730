import Foundation

/// One way of doing a benchmark's work, timed against the others side by side.
struct Contender {
    let name: String
    let work: () throws -> Void
}

/// A comparison's result: each contender's median throughput over interleaved rounds.
struct Comparison {
    let title: String
    let megabytes: Double
    let medians: [(name: String, seconds: Double)]

    /// Rows of a markdown table: contender, MB/s, and its speed relative to the first contender.
    var rows: [String] {
        let reference = medians[0].seconds
        return medians.map { entry in
            let rate = megabytes / entry.seconds
            let ratio = reference / entry.seconds
            return "| \(title) | \(entry.name) | \(format(rate, 1)) | \(format(ratio, 2)) |"
        }
    }
}

func format(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

/// Times every contender `rounds` times, interleaved (A B C, A B C, …) so that a noisy
/// machine slows them alike, and keeps each one's median.
func compare(_ title: String, bytes: Int, rounds: Int, _ contenders: [Contender]) throws -> Comparison {
    var times = Array(repeating: [Double](), count: contenders.count)
    for contender in contenders { try contender.work() }  // warm up: caches, lazy ICU data
    for _ in 0..<rounds {
        for (index, contender) in contenders.enumerated() {
            let start = DispatchTime.now().uptimeNanoseconds
            try contender.work()
            times[index].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
    }
    let medians = zip(contenders, times).map { contender, samples in
        (contender.name, samples.sorted()[samples.count / 2])
    }
    let comparison = Comparison(title: title, megabytes: Double(bytes) / 1e6, medians: medians)
    for row in comparison.rows { emit(row) }
    return comparison
}

/// Prints a line at once, even when standard output is a pipe.
func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
