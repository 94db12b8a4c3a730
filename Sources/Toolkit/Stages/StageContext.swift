/// What one worker keeps between documents: resources a stage must not share
/// across threads, such as ICU handles.
///
/// Each worker of a chain run has its own context, used by one thread at a
/// time. A resource made here lives until the worker finishes, so an ICU handle
/// is opened once per worker, reused for every document, and closed when the
/// context goes away (the resource's `deinit` closes it).
public final class StageContext {
    private struct Key: Hashable {
        let stageIndex: Int
        let type: ObjectIdentifier
        let name: String
    }

    private var resources: [Key: AnyObject] = [:]
    /// Each stage's resource keys, oldest first.
    private var madeInOrder: [Int: [Key]] = [:]
    /// The position of the running stage in its chain; resources are kept per position.
    public internal(set) var stageIndex = 0

    /// The most resources one stage keeps. Names can come from the input (a break iterator per
    /// document language), so making one more releases the stage's oldest, and memory stays bounded.
    public static let maximumResourcesPerStage = 16

    public init() {}

    /// The running stage's resource of this type and name, made on first use.
    public func resource<R: AnyObject>(
        _ type: R.Type = R.self, named name: String = "", make: () throws -> R
    ) rethrows -> R {
        let key = Key(stageIndex: stageIndex, type: ObjectIdentifier(R.self), name: name)
        if let existing = resources[key] as? R { return existing }
        let made = try make()
        var keys = madeInOrder[stageIndex, default: []]
        if keys.count == Self.maximumResourcesPerStage { resources.removeValue(forKey: keys.removeFirst()) }
        keys.append(key)
        madeInOrder[stageIndex] = keys
        resources[key] = made
        return made
    }

    /// Closes every resource now rather than when the context goes away.
    public func releaseResources() {
        resources.removeAll()
        madeInOrder.removeAll()
    }
}
