import ArgumentParser
import Toolkit

/// How `toolkit run` writes documents.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// One document as an object, several as an array.
    case json
    /// One compact object per line.
    case jsonl
    /// A readable summary.
    case text
    /// One self-contained HTML page for the whole run.
    case html
}

extension InputFormat: ExpressibleByArgument {}
