/// Which threads read the documents of ``Chain/run(_:jobs:inFlight:reading:finish:deliver:)`` when it
/// runs more than one job.
public enum SourceReading: Sendable {
    /// A thread of its own reads ahead, so that results are delivered while reading waits for more
    /// input: for pipes, sockets and terminals.
    case ownThread
    /// The analysing threads read in turn, a batch at a time, each analysing the batch it read: one
    /// thread fewer, a tenth of the context switches, and each document read on the core that
    /// analyses it. A thread analyses its batch once it has read it whole, so an input that pauses
    /// would hold back the documents read before the pause: this is for inputs that never keep a
    /// read waiting, such as regular files.
    case inTurns
}
