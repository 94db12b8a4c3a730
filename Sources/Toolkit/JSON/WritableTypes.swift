import Foundation

/// Which types write themselves with ``JSONWriter``, looked up once per type: casting each
/// document's layer values to `any JSONWritable` costs the runtime's conformance check every
/// time (about 2,500 instructions for an array of tokens).
enum WritableTypes {
    private static let lock = NSLock()
    /// `nil` for a type found not to conform; guarded by `lock`.
    nonisolated(unsafe) private static var known: [ObjectIdentifier: (any JSONWritable.Type)?] = [:]

    /// `type` as a ``JSONWritable`` type, or `nil` when it is not one.
    static func writable(_ type: any Any.Type) -> (any JSONWritable.Type)? {
        lock.lock()
        defer { lock.unlock() }
        if let found = known[ObjectIdentifier(type)] { return found }
        let writable = type as? any JSONWritable.Type
        known[ObjectIdentifier(type)] = .some(writable)
        return writable
    }
}
