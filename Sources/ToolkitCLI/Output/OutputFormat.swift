import ArgumentParser
import Toolkit

/// How `toolkit run` writes documents.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// One document as an object, several as an array.
    case json
    /// One compact object per line.
    case jsonl
    /// A readable listing.
    case text
}

extension InputFormat: ExpressibleByArgument {}
