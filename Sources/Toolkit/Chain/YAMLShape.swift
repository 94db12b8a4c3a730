import CYaml

/// A pass over a chain file's YAML events, before Yams composes them into nodes.
///
/// Yams builds its node tree recursively and hashes every mapping key. Left
/// unchecked, a deeply nested file could exhaust a worker thread's stack, and a
/// key that is an alias of a large collection (YAML's "billion laughs", in a
/// key) would take exponential time to hash. A chain file needs neither, so
/// this pass rejects both. Syntax errors are left to Yams, whose messages say more.
enum YAMLShape {
    /// What is wrong, and the 1-based line where it is.
    struct Problem: Error {
        let message: String
        let line: Int
    }

    /// Checks that lists and mappings nest at most `maximumDepth` deep and that every mapping key is a scalar.
    static func check(_ text: String, maximumDepth: Int) throws(Problem) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        var text = text
        let problem = text.withUTF8 { bytes -> Problem? in
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            // For each open collection: whether it is a mapping, and how many nodes it holds so far.
            var open: [(isMapping: Bool, count: Int)] = []
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    // libyaml stops at 1,000 levels, sometimes before this pass sees 64 of them.
                    guard let problem = parser.problem, String(cString: problem).hasPrefix("Maximum nesting level") else {
                        return nil
                    }
                    return Problem(message: "lists and mappings nest deeper than \(maximumDepth) levels",
                                   line: Int(parser.problem_mark.line) + 1)
                }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1
                let type = event.type
                if type == YAML_STREAM_END_EVENT { return nil }
                if type == YAML_SEQUENCE_END_EVENT || type == YAML_MAPPING_END_EVENT {
                    open.removeLast()
                    continue
                }
                guard type == YAML_SCALAR_EVENT || type == YAML_ALIAS_EVENT
                    || type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT
                else { continue }
                if let parent = open.last {
                    if parent.isMapping && parent.count % 2 == 0 && type != YAML_SCALAR_EVENT {
                        return Problem(
                            message: "a mapping key must be a plain name, not \(type == YAML_ALIAS_EVENT ? "an alias" : "a list or mapping")",
                            line: line)
                    }
                    open[open.count - 1].count += 1
                }
                if type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT {
                    guard open.count < maximumDepth else {
                        return Problem(message: "lists and mappings nest deeper than \(maximumDepth) levels", line: line)
                    }
                    open.append((type == YAML_MAPPING_START_EVENT, 0))
                }
            }
        }
        if let problem { throw problem }
    }
}
