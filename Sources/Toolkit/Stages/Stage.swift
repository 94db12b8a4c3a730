/// One step of analysis: it reads the layers it requires and adds the layers it produces.
///
/// A stage is a `Sendable` value configured once and run on many documents,
/// possibly on several threads at once. Anything that is not thread-safe (an
/// ICU handle, a scratch buffer) belongs in the worker's ``StageContext``,
/// never in the stage itself.
///
/// ```swift
/// struct Shout: Stage {
///     static let name = "shout"
///     var requires: [any Layer.Type] { [Sentences.self] }
///     var produces: [any Layer.Type] { [Shouts.self] }
///     func process(_ document: inout Document, context: StageContext) throws {
///         document[Shouts.self] = document[Sentences.self]!.filter { document[$0.span].hasSuffix("!") }.map(\.span)
///     }
/// }
/// ```
public protocol Stage: Sendable {
    /// The stage's name in chain files and error messages, e.g. `"sentences"`.
    static var name: String { get }
    /// The layers that must be present before this stage runs.
    var requires: [any Layer.Type] { get }
    /// The layers this stage adds.
    var produces: [any Layer.Type] { get }
    /// Every option with its current value, as a chain file would spell it.
    var configuration: [String: JSONValue] { get }
    /// Whether copies of the stage on several threads run at the same time (`true` unless said).
    ///
    /// A stage whose work holds a lock shared by the whole process says `false`: ICU's
    /// rule-based transliterators hold one mutex for every call, so threads take turns.
    /// `toolkit run --jobs N` runs a chain with such a stage in N worker processes instead.
    var runsInParallelThreads: Bool { get }
    /// Analyses one document, adding the layers the stage produces.
    func process(_ document: inout Document, context: StageContext) throws
}

extension Stage {
    public var requires: [any Layer.Type] { [] }
    public var configuration: [String: JSONValue] { [:] }
    public var runsInParallelThreads: Bool { true }
}

/// A stage that can be made from a chain file's options, and so registered
/// in a ``StageRegistry`` and listed by `toolkit stages`.
///
/// Built-in stages and a user's stages conform the same way.
public protocol ConfigurableStage: Stage {
    /// One line on what the stage does.
    static var summary: String { get }
    /// The options the stage accepts, with their types, defaults and help.
    static var options: [StageOption] { get }
    /// Makes the stage from options already checked against ``options``.
    init(options: StageOptions) throws
}

extension ConfigurableStage {
    public static var options: [StageOption] { [] }
}
