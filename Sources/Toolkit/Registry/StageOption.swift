/// One option a stage accepts in a chain file, as `toolkit stages` lists it.
public struct StageOption: Sendable {
    /// The types an option's value can have.
    public enum Kind: Sendable, Equatable, CustomStringConvertible {
        case string
        case integer
        case number
        case boolean
        /// A list of strings; a single string is taken as a list of one.
        case strings
        /// One of a fixed set of strings.
        case choice([String])
        /// A path to a file, relative to the chain file's folder.
        case file

        public var description: String {
            switch self {
            case .string: "string"
            case .integer: "integer"
            case .number: "number"
            case .boolean: "boolean"
            case .strings: "list of strings"
            case .choice(let values): values.joined(separator: "|")
            case .file: "file path"
            }
        }
    }

    public let name: String
    public let kind: Kind
    /// The value used when the chain file leaves the option out; `nil` means "not set".
    public let defaultValue: JSONValue?
    public let help: String

    public init(_ name: String, _ kind: Kind, default defaultValue: JSONValue? = nil, help: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.help = help
    }
}
