import Foundation
import Yams

/// A chain as a file spells it: a name, a description and stages with options.
///
/// ```yaml
/// name: segment
/// description: Paragraphs, sentences and word tokens
/// stages:
///   - stage: paragraphs
///   - stage: sentences
///     locale: ar
///   - stage: tokens
/// ```
///
/// JSON with the same shape is read too. ``yaml`` writes a config back out, so
/// a built chain round-trips through a file.
public struct ChainConfig: Sendable, Equatable {
    public var name: String
    public var summary: String
    public var stages: [StageConfig]
    /// The file the config was read from, for error messages and relative paths.
    public var file: String?

    public init(name: String, summary: String = "", stages: [StageConfig], file: String? = nil) {
        self.name = name
        self.summary = summary
        self.stages = stages
        self.file = file
    }

    /// The largest chain file accepted, in bytes.
    public static let maximumFileSize = 1 << 20
    /// The deepest nesting of lists and mappings accepted in an option's value.
    public static let maximumDepth = 16
    /// The deepest nesting of lists and mappings anywhere in a chain file, checked before the file is composed.
    public static let maximumFileDepth = 64
    /// The most values (scalars, lists and mappings) one option's value may hold.
    public static let maximumValues = 10_000

    /// Reads a chain file (YAML or JSON).
    public init(contentsOf url: URL) throws(ConfigError) {
        let path = url.path
        let location = ConfigLocation(file: path)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw ConfigError("no chain file at '\(path)'", at: location)
        }
        if let size = attributes[.size] as? Int, size > Self.maximumFileSize {
            throw ConfigError(
                "the chain file is \(size) bytes; chain files are limited to \(Self.maximumFileSize) bytes", at: location)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError("cannot read the chain file", at: location)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError("the chain file is not valid UTF-8", at: location)
        }
        try self.init(parsing: text, file: path)
    }

    /// Parses a chain from YAML or JSON text.
    public init(parsing text: String, file: String? = nil) throws(ConfigError) {
        func fail(_ message: String, line: Int? = nil, stage: Int? = nil) -> ConfigError {
            ConfigError(message, at: ConfigLocation(file: file, stageIndex: stage, line: line))
        }
        guard text.utf8.count <= Self.maximumFileSize else {
            throw fail("the chain is \(text.utf8.count) bytes; chain files are limited to \(Self.maximumFileSize) bytes")
        }
        do {
            try YAMLShape.check(text, maximumDepth: Self.maximumFileDepth)
        } catch {
            throw fail("not a chain file: \(error.message)", line: error.line)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw fail("not valid YAML or JSON: \(error.shortDescription)", line: error.line)
        } catch {
            throw fail("not valid YAML or JSON: \(error)")
        }
        guard let root, case .mapping(let top) = root else {
            throw fail("a chain file must be a mapping with 'name' and 'stages'")
        }
        var name: String?
        var summary = ""
        var stageNodes: Node.Sequence?
        for (keyNode, valueNode) in top {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line
            switch key {
            case "name":
                guard let value = valueNode.scalar?.string else { throw fail("'name' must be a string", line: line) }
                name = value
            case "description":
                guard let value = valueNode.scalar?.string else {
                    throw fail("'description' must be a string", line: line)
                }
                summary = value
            case "stages":
                guard case .sequence(let sequence) = valueNode else {
                    throw fail("'stages' must be a list of stages, each a mapping with 'stage: NAME'", line: line)
                }
                stageNodes = sequence
            default:
                var message = "unknown key '\(key)' in the chain file"
                if let close = closestName(to: key, among: ["name", "description", "stages"]) {
                    message += "; did you mean '\(close)'?"
                } else {
                    message += "; the keys are name, description and stages"
                }
                throw fail(message, line: line)
            }
        }
        guard let stageNodes else { throw fail("the chain file has no 'stages' list") }
        var stages: [StageConfig] = []
        for (index, node) in stageNodes.enumerated() {
            let line = node.mark?.line
            guard case .mapping(let mapping) = node else {
                throw fail("each stage must be a mapping such as '- stage: sentences'", line: line, stage: index + 1)
            }
            var stageName: String?
            var options: [String: JSONValue] = [:]
            for (keyNode, valueNode) in mapping {
                guard let key = keyNode.scalar?.string else {
                    throw fail("option names must be strings", line: keyNode.mark?.line, stage: index + 1)
                }
                if key == "stage" {
                    guard let value = valueNode.scalar?.string else {
                        throw fail("'stage' must be a stage name", line: keyNode.mark?.line, stage: index + 1)
                    }
                    stageName = value
                } else {
                    do {
                        var budget = Self.maximumValues
                        options[key] = try Self.jsonValue(valueNode, depth: 0, budget: &budget)
                    } catch {
                        throw fail("option '\(key)': \(error.message)", line: keyNode.mark?.line, stage: index + 1)
                    }
                }
            }
            guard let stageName else {
                throw fail("a stage entry needs 'stage: NAME'", line: line, stage: index + 1)
            }
            stages.append(StageConfig(name: stageName, options: options, line: line))
        }
        self.init(name: name ?? file.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } ?? "chain",
                  summary: summary, stages: stages, file: file)
    }

    /// Converts a YAML node, bounded in depth and in the number of values (YAML aliases can multiply them).
    private static func jsonValue(_ node: Node, depth: Int, budget: inout Int) throws(ConfigError) -> JSONValue {
        guard depth < maximumDepth else {
            throw ConfigError("nested deeper than \(maximumDepth) levels")
        }
        budget -= 1
        guard budget >= 0 else {
            throw ConfigError("holds more than \(maximumValues) values (YAML aliases multiply them); write a smaller value")
        }
        switch node {
        case .alias:
            throw ConfigError("unresolved YAML alias")
        case .scalar(let scalar):
            if scalar.style == .plain {
                if node.null != nil { return .null }
                if let b = node.bool { return .bool(b) }
                if let i = node.int { return .int(i) }
                if let d = node.float {
                    guard d.isFinite else { throw ConfigError("'\(scalar.string)' is not a finite number") }
                    return .double(d)
                }
            }
            return .string(scalar.string)
        case .sequence(let sequence):
            var items: [JSONValue] = []
            for item in sequence { items.append(try jsonValue(item, depth: depth + 1, budget: &budget)) }
            return .array(items)
        case .mapping(let mapping):
            var members: [String: JSONValue] = [:]
            for (key, value) in mapping {
                members[key.string ?? ""] = try jsonValue(value, depth: depth + 1, budget: &budget)
            }
            return .object(members)
        }
    }

    /// The config as YAML, in the format ``init(parsing:file:)`` reads.
    public var yaml: String {
        var lines = ["name: \(Self.scalarText(.string(name)))"]
        if !summary.isEmpty { lines.append("description: \(Self.scalarText(.string(summary)))") }
        lines.append("stages:")
        for stage in stages {
            lines.append("  - stage: \(Self.scalarText(.string(stage.name)))")
            for key in stage.options.keys.sorted() {
                lines.append("    \(Self.keyText(key)): \(Self.scalarText(stage.options[key]!))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The config as a JSON value: `{"name", "description", "stages": [{"stage": NAME, option: value, …}]}`.
    public var jsonValue: JSONValue {
        .object([
            "name": .string(name),
            "description": .string(summary),
            "stages": .array(stages.map { stage in
                var members = stage.options
                members["stage"] = .string(stage.name)
                return .object(members)
            }),
        ])
    }

    /// The config as JSON.
    public var json: String {
        var writer = JSONWriter()
        writer.value(jsonValue)
        return Self.yamlSafe(writer.bytes)
    }

    /// A value in JSON syntax, which YAML reads as the same value.
    public static func scalarText(_ value: JSONValue) -> String {
        var writer = JSONWriter()
        writer.value(value)
        return yamlSafe(writer.bytes)
    }

    /// An option name as a YAML key: bare when it is a plain name, else quoted.
    static func keyText(_ key: String) -> String {
        let isPlain = key.first.map { $0.isASCII && ($0.isLetter || $0 == "_") } ?? false
            && key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        return isPlain ? key : scalarText(.string(key))
    }

    /// JSON text with `\u` escapes for the characters YAML cannot hold raw (DEL, C1 controls,
    /// U+FFFE, U+FFFF) or folds as line breaks (U+0085, U+2028, U+2029). In JSON these can only
    /// occur inside strings, where an escape means the same character to JSON and YAML alike.
    static func yamlSafe(_ json: [UInt8]) -> String {
        var text = String.UnicodeScalarView()
        for scalar in String(decoding: json, as: UTF8.self).unicodeScalars {
            switch scalar.value {
            case 0x7F...0x9F, 0x2028, 0x2029, 0xFFFE, 0xFFFF:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                text.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            default:
                text.append(scalar)
            }
        }
        return String(text)
    }
}

/// One stage entry of a chain file: its name and options.
public struct StageConfig: Sendable, Equatable {
    public var name: String
    public var options: [String: JSONValue]
    /// The line of the entry in its file.
    public var line: Int?

    public init(name: String, options: [String: JSONValue] = [:], line: Int? = nil) {
        self.name = name
        self.options = options
        self.line = line
    }

    public static func == (lhs: StageConfig, rhs: StageConfig) -> Bool {
        lhs.name == rhs.name && lhs.options == rhs.options
    }

    /// The stage on one line, its options sorted as in a chain file: `transliterate {scheme: "buckwalter"}`.
    public var label: String {
        guard !options.isEmpty else { return name }
        let members = options.keys.sorted().map { "\($0): \(ChainConfig.scalarText(options[$0]!))" }
        return "\(name) {\(members.joined(separator: ", "))}"
    }
}

extension ChainConfig {
    public static func == (lhs: ChainConfig, rhs: ChainConfig) -> Bool {
        lhs.name == rhs.name && lhs.summary == rhs.summary && lhs.stages == rhs.stages
    }
}

extension YamlError {
    fileprivate var line: Int? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    fileprivate var shortDescription: String {
        switch self {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
            .composer(let context, let problem, _, _):
            [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        default:
            String(describing: self)
        }
    }
}
