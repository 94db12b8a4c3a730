/// Where something was declared in a chain file.
public struct ConfigLocation: Sendable, Equatable, CustomStringConvertible {
    /// The chain file's path, or `nil` for a chain built in code or given by name.
    public var file: String?
    /// The 1-based position of the stage in the chain.
    public var stageIndex: Int?
    /// The 1-based line in the file.
    public var line: Int?

    public init(file: String? = nil, stageIndex: Int? = nil, line: Int? = nil) {
        self.file = file
        self.stageIndex = stageIndex
        self.line = line
    }

    public var description: String {
        var parts: [String] = []
        if let file { parts.append(line.map { "\(file):\($0)" } ?? file) } else if let line { parts.append("line \(line)") }
        if let stageIndex { parts.append("stage \(stageIndex)") }
        return parts.joined(separator: ", ")
    }
}

/// A chain that cannot be built: an unknown stage or option, a mistyped value,
/// a required layer that no earlier stage produces. The message says what to fix.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public let location: ConfigLocation

    public init(_ message: String, at location: ConfigLocation = ConfigLocation()) {
        self.message = message
        self.location = location
    }

    public var description: String {
        let place = location.description
        return place.isEmpty ? message : "\(place): \(message)"
    }
}
