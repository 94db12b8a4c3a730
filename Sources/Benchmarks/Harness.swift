import Foundation

/// One way of doing a benchmark's work, timed against the others side by side.
struct Contender {
    let name: String
    let work: () throws -> Void
}

/// A comparison's result: each contender's median time over interleaved rounds, and its median speed
/// relative to the first contender's in the same round.
struct Comparison {
    let title: String
    let megabytes: Double
    let medians: [(name: String, seconds: Double, relative: Double)]

    /// Rows of a markdown table: contender, MB/s, and its speed relative to the first contender.
    var rows: [String] {
        medians.map { entry in
            "| \(title) | \(entry.name) | \(format(megabytes / entry.seconds, 1)) | \(format(entry.relative, 2)) |"
        }
    }
}

func format(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

/// Times every contender `rounds` times, interleaved (A B C, A B C, …) so that a noisy
/// machine slows them alike, and keeps each one's median time. Its speed relative to the first
/// contender is the median of the ratios within each round: this machine's speed drifts between
/// rounds by more than most differences measured, and a ratio of medians taken from different
/// rounds moved by ±0.3 from run to run where the ratios of one round hold.
func compare(_ title: String, bytes: Int, rounds: Int, _ contenders: [Contender]) throws -> Comparison {
    var times = Array(repeating: [Double](), count: contenders.count)
    for contender in contenders { try contender.work() }  // warm up: caches, lazy ICU data
    for _ in 0..<rounds {
        for (index, contender) in contenders.enumerated() {
            times[index].append(try seconds(contender.work))
        }
    }
    let medians = zip(contenders, times).map { contender, samples in
        let relative = zip(times[0], samples).map { reference, time in reference / time }
        return (contender.name, median(samples), median(relative))
    }
    let comparison = Comparison(title: title, megabytes: Double(bytes) / 1e6, medians: medians)
    for row in comparison.rows { emit(row) }
    return comparison
}

/// How long `body` takes, in seconds by the wall clock.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The middle value (the upper of the two middle ones for an even count).
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

/// Prints a line at once, even when standard output is a pipe.
func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
