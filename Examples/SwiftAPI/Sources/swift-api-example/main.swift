import Foundation
import Segmentation
import Toolkit

// Usage: swift-api-example [--jobs N] [--lang CODE] [PATH ...]
// A PATH is a folder of .txt files, a .txt file or a .jsonl file; the default is ../../seeds.
var paths: [String] = []
var jobs = ProcessInfo.processInfo.activeProcessorCount
var language: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--jobs":
        guard let value = arguments.popFirst().flatMap(Int.init), value >= 1 else {
            fatalError("--jobs needs a number of at least 1")
        }
        jobs = value
    case "--lang":
        guard let value = arguments.popFirst() else { fatalError("--lang needs a language code, e.g. ar or en") }
        language = value
    default:
        paths.append(argument)
    }
}
if paths.isEmpty { paths = ["../../seeds"] }

// 1. Compose the chain in Swift. If a stage came before the one making a layer it requires,
//    this would throw here, naming the stage and the missing layer, before any text is read.
let chain = try Chain(name: "sentence-lengths") {
    ParagraphSegmenter()
    SentenceSegmenter()  // locale "auto": each document's language, else ICU's root rules
    Tokenizer()
    SentenceLengthCounter()  // written in this example, in SentenceLengths.swift
}

// 2. Read the inputs lazily, and run the chain on `jobs` worker threads. `finish` runs on the
//    worker that analysed the document; `deliver` runs here, in input order. A document that
//    fails arrives as a failure in its place, and the others go on.
let reader = DocumentReader(language: language)
let started = Date()
var documents = 0
var failures = 0
var sentences = 0
var words = 0
try chain.run(reader.documents(for: paths), jobs: jobs, finish: { $0.map(DocumentReport.init) }) { result in
    switch result {
    case .success(let report):
        documents += 1
        sentences += report.sentences
        words += report.words
        for line in report.lines { print(line) }
    case .failure(let failure):
        failures += 1
        print("failed: \(failure)")
    }
}

// 3. A summary of the run.
let seconds = Date().timeIntervalSince(started)
print("\(documents) documents (\(failures) failed), \(sentences) sentences, \(words) words "
    + "in \(String(format: "%.2f", seconds)) s on \(jobs) workers")
if failures > 0 { exit(1) }
