/// An ordered list of stages, checked when it is built: every stage's required
/// layers are produced by an earlier stage. A chain that is built can run.
public struct Chain: Sendable {
    public let name: String
    public let summary: String
    public let stages: [any Stage]

    /// Builds a chain from stages written in a block.
    ///
    /// - Parameters:
    ///   - name: the chain's name, for messages and provenance.
    ///   - summary: one line on what the chain does.
    ///   - registry: used only to name, in an error, the registered stages that produce a missing layer.
    ///   - stages: the stages, in the order they run.
    public init(
        name: String = "chain", summary: String = "", registry: StageRegistry? = nil,
        @ChainBuilder _ stages: () -> [any Stage]
    ) throws(ConfigError) {
        try self.init(name: name, summary: summary, stages: stages(), registry: registry)
    }

    /// Builds a chain from a list of stages.
    ///
    /// - Parameters:
    ///   - name: the chain's name, for messages and provenance.
    ///   - summary: one line on what the chain does.
    ///   - stages: the stages, in the order they run.
    ///   - registry: used only to name, in an error, the registered stages that produce a missing layer.
    ///   - locations: where each stage was declared in a chain file, for error messages.
    public init(
        name: String = "chain", summary: String = "", stages: [any Stage], registry: StageRegistry? = nil,
        locations: [ConfigLocation] = []
    ) throws(ConfigError) {
        var available = Set<String>()
        for (index, stage) in stages.enumerated() {
            let stageName = type(of: stage).name
            for layer in stage.requires where !available.contains(layer.name) {
                let location = index < locations.count ? locations[index] : ConfigLocation(stageIndex: index + 1)
                var message = "stage '\(stageName)' requires the layer '\(layer.name)', which no earlier stage produces"
                let producers = registry?.producers(of: layer.name) ?? []
                if !producers.isEmpty {
                    let list = producers.map { "'\($0)'" }.joined(separator: " or ")
                    message += "; add \(list) before '\(stageName)'"
                } else {
                    message += "; add a stage that produces '\(layer.name)' before '\(stageName)'"
                }
                throw ConfigError(message, at: location)
            }
            for layer in stage.produces { available.insert(layer.name) }
        }
        self.name = name
        self.summary = summary
        self.stages = stages
    }

    /// The layers the chain's output holds.
    public var producedLayers: [String] {
        var seen: [String] = []
        for stage in stages { for layer in stage.produces where !seen.contains(layer.name) { seen.append(layer.name) } }
        return seen
    }

    /// Whether the chain's documents analysed on several threads run at the same time: false when
    /// one of its stages takes a process-wide lock (``Stage/runsInParallelThreads``).
    public var runsInParallelThreads: Bool { stages.allSatisfy(\.runsInParallelThreads) }

    /// Runs every stage on one document, with a fresh worker context.
    public func run(_ document: Document) throws(DocumentFailure) -> Document {
        var document = document
        try process(&document, context: StageContext())
        return document
    }

    /// Runs every stage on one document with a worker's context; a stage's error names the document and the stage.
    public func process(_ document: inout Document, context: StageContext) throws(DocumentFailure) {
        for (index, stage) in stages.enumerated() {
            context.stageIndex = index
            do {
                try stage.process(&document, context: context)
            } catch {
                throw DocumentFailure(
                    documentID: document.id, stage: type(of: stage).name, message: String(describing: error))
            }
        }
    }

    /// The chain as a config: every stage with every option's value.
    public var configuration: ChainConfig {
        ChainConfig(
            name: name, summary: summary,
            stages: stages.map { StageConfig(name: type(of: $0).name, options: $0.configuration) })
    }
}

/// One document that could not be read or analysed, and why. Other documents go on.
public struct DocumentFailure: Error, Sendable, CustomStringConvertible {
    /// The document's id, when it was read far enough to have one.
    public var documentID: String?
    /// Where the document came from: a file, or a file and line for JSONL.
    public var origin: String?
    /// The stage that failed, or `nil` when the input could not be read.
    public var stage: String?
    public var message: String

    public init(documentID: String? = nil, origin: String? = nil, stage: String? = nil, message: String) {
        self.documentID = documentID
        self.origin = origin
        self.stage = stage
        self.message = message
    }

    public var description: String {
        var parts: [String] = []
        if let origin { parts.append(origin) }
        if let documentID { parts.append("document '\(documentID)'") }
        if let stage { parts.append("stage '\(stage)'") }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}
