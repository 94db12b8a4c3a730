import Toolkit

// Small stages for testing the core without ICU.

/// Words separated by spaces, as spans.
enum Words: Layer {
    typealias Value = [Span]
    static let name = "words"
}

/// The number of words.
enum WordCount: Layer {
    typealias Value = Int
    static let name = "word-count"
}

struct SpaceSplitter: ConfigurableStage {
    static let name = "split"
    static let summary = "Words between spaces."
    static let options = [StageOption("fail-on", .string, help: "fail on documents whose text contains this")]
    var failOn: String?

    init(failOn: String? = nil) { self.failOn = failOn }
    init(options: StageOptions) { failOn = options.string("fail-on") }

    var produces: [any Layer.Type] { [Words.self] }
    var configuration: [String: JSONValue] { failOn.map { ["fail-on": .string($0)] } ?? [:] }

    struct Refused: Error, CustomStringConvertible {
        var description: String { "refused on purpose" }
    }

    func process(_ document: inout Document, context: StageContext) throws {
        if let failOn, document.text.contains(failOn) { throw Refused() }
        var spans: [Span] = []
        var start: Int?
        for (offset, scalar) in document.text.unicodeScalars.enumerated() {
            if scalar == " " {
                if let s = start { spans.append(Span(start: s, end: offset)) }
                start = nil
            } else if start == nil {
                start = offset
            }
        }
        if let s = start { spans.append(Span(start: s, end: document.scalarCount)) }
        document[Words.self] = spans
    }
}

struct Counter: ConfigurableStage {
    static let name = "count"
    static let summary = "Counts words."
    static let options = [
        StageOption("scale", .integer, default: 1, help: "multiply the count"),
        StageOption("mode", .choice(["fast", "exact"]), default: "exact", help: "how to count"),
    ]
    var scale = 1
    init() {}
    init(options: StageOptions) { scale = options.int("scale")! }
    var requires: [any Layer.Type] { [Words.self] }
    var produces: [any Layer.Type] { [WordCount.self] }
    var configuration: [String: JSONValue] { ["scale": .int(scale)] }
    func process(_ document: inout Document, context: StageContext) throws {
        document[WordCount.self] = document[Words.self]!.count * scale
    }
}

let testRegistry = StageRegistry(plugins: [Plugin(name: "Test", stages: [SpaceSplitter.self, Counter.self])])
