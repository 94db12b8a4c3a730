import Foundation

/// A stage's options from a chain file, checked against the stage's
/// ``StageOption`` list: no unknown names, every value of the declared type.
///
/// Getters return the chain file's value, else the option's default.
public struct StageOptions: Sendable {
    public let stageName: String
    /// The folder of the chain file, for options that name other files.
    public let baseDirectory: URL?
    /// Where the stage was declared, for error messages (`chain.yaml, stage 2 (line 7)`).
    public let location: ConfigLocation
    private let values: [String: JSONValue]
    private let specs: [String: StageOption]

    /// Checks `values` against `specs`; the error names the option, the stage and the closest valid option.
    public init(
        _ values: [String: JSONValue], for stageName: String, specs: [StageOption],
        baseDirectory: URL? = nil, location: ConfigLocation = ConfigLocation()
    ) throws(ConfigError) {
        let byName = Dictionary(specs.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var checked: [String: JSONValue] = [:]
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            guard let spec = byName[name] else {
                let valid = specs.map(\.name)
                var message = "stage '\(stageName)' has no option '\(name)'"
                if let close = closestName(to: name, among: valid) {
                    message += "; did you mean '\(close)'?"
                } else if valid.isEmpty {
                    message += "; it takes no options"
                } else {
                    message += "; its options are \(valid.joined(separator: ", "))"
                }
                throw ConfigError(message, at: location)
            }
            checked[name] = try Self.check(value, against: spec, stageName: stageName, location: location)
        }
        self.stageName = stageName
        self.baseDirectory = baseDirectory
        self.location = location
        self.values = checked
        self.specs = byName
    }

    /// No options: every getter gives the default.
    public static func defaults(for stage: any ConfigurableStage.Type) -> StageOptions {
        try! StageOptions([:], for: stage.name, specs: stage.options)
    }

    private static func check(
        _ value: JSONValue, against spec: StageOption, stageName: String, location: ConfigLocation
    ) throws(ConfigError) -> JSONValue {
        func mismatch() -> ConfigError {
            ConfigError(
                "option '\(spec.name)' of stage '\(stageName)' must be \(spec.kind.expectation), not \(value.typeDescription)",
                at: location)
        }
        switch (spec.kind, value) {
        case (.string, .string), (.file, .string), (.boolean, .bool), (.integer, .int), (.number, .double):
            return value
        case (.number, .int(let i)):
            return .double(Double(i))
        case (.strings, .string(let s)):
            return .array([.string(s)])
        case (.strings, .array(let items)):
            guard items.allSatisfy({ $0.stringValue != nil }) else { throw mismatch() }
            return value
        case (.choice(let allowed), .string(let s)):
            guard allowed.contains(s) else {
                var message = "option '\(spec.name)' of stage '\(stageName)' must be one of \(allowed.joined(separator: ", ")), not '\(s)'"
                if let close = closestName(to: s, among: allowed) { message += "; did you mean '\(close)'?" }
                throw ConfigError(message, at: location)
            }
            return value
        default:
            throw mismatch()
        }
    }

    private func resolved(_ name: String) -> JSONValue? {
        precondition(specs[name] != nil, "stage '\(stageName)' reads option '\(name)', which it does not declare")
        return values[name] ?? specs[name]?.defaultValue
    }

    /// Whether the chain file set this option (as opposed to its default applying).
    public func isSet(_ name: String) -> Bool { values[name] != nil }

    public func string(_ name: String) -> String? { resolved(name)?.stringValue }

    public func int(_ name: String) -> Int? {
        if case .int(let i)? = resolved(name) { i } else { nil }
    }

    public func double(_ name: String) -> Double? {
        switch resolved(name) {
        case .double(let d)?: d
        case .int(let i)?: Double(i)
        default: nil
        }
    }

    public func bool(_ name: String) -> Bool? {
        if case .bool(let b)? = resolved(name) { b } else { nil }
    }

    public func strings(_ name: String) -> [String]? {
        switch resolved(name) {
        case .array(let items)?: items.compactMap(\.stringValue)
        case .string(let s)?: [s]
        default: nil
        }
    }

    /// A file option resolved against the chain file's folder.
    ///
    /// A relative path may not leave that folder through `..`: a chain file
    /// from elsewhere must not reach files outside its own folder.
    public func file(_ name: String) throws(ConfigError) -> URL? {
        guard let path = string(name) else { return nil }
        if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
        guard !path.split(separator: "/").contains("..") else {
            throw ConfigError(
                "option '\(name)' of stage '\(stageName)' names '\(path)', which leaves the chain file's folder through '..'; move the file beside the chain file or give an absolute path",
                at: location)
        }
        let base = baseDirectory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return base.appendingPathComponent(path)
    }

    /// Reads a file option as UTF-8 text; a missing or unreadable file is a ``ConfigError`` naming it.
    public func fileContents(_ name: String) throws(ConfigError) -> String? {
        guard let url = try file(name) else { return nil }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ConfigError("option '\(name)' of stage '\(stageName)': cannot read '\(url.path)'", at: location)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError("option '\(name)' of stage '\(stageName)': '\(url.path)' is not valid UTF-8", at: location)
        }
        return text
    }

    /// An error about this stage's options, located where the stage was declared.
    public func error(_ message: String) -> ConfigError {
        ConfigError("stage '\(stageName)': \(message)", at: location)
    }
}

extension StageOption.Kind {
    fileprivate var expectation: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .number: "a number"
        case .boolean: "true or false"
        case .strings: "a string or a list of strings"
        case .choice(let values): "one of \(values.joined(separator: ", "))"
        case .file: "a file path"
        }
    }
}
