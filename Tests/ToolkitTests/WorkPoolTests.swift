import Foundation
import Testing
@testable import Toolkit

/// The work pool behind `Chain.run(_:jobs:…)`: its rings of `inFlight` slots, its hand-offs, and stopping early.
struct WorkPoolTests {
    /// Pools of every shape deliver every document once, in order: fewer slots than workers (the pool takes
    /// one per worker), one slot a worker, and many; with a reader thread, and read in turn.
    @Test(arguments: [(2, 1), (3, 2), (2, 2), (2, 5), (4, 64)], [SourceReading.ownThread, .inTurns])
    func everyResultArrivesOnceInOrder(shape: (jobs: Int, inFlight: Int), reading: SourceReading) throws {
        let chain = try Chain { SpaceSplitter() }
        let documents = (0..<300).map { Document(id: "doc-\($0)", text: String(repeating: "w ", count: $0 % 7 + 1)) }
        var seen: [String] = []
        try chain.run(
            documents.map(DocumentSource.document), jobs: shape.jobs, inFlight: shape.inFlight, reading: reading,
            finish: { result in (try? result.get().id) ?? "failed" }
        ) { seen.append($0) }
        #expect(seen == documents.map(\.id))
    }

    /// Read in turn, each batch is analysed by the thread that read it: with two jobs, the caller and the
    /// worker thread both read, and no third thread does (with a reader thread, only that one reads).
    @Test(arguments: [SourceReading.ownThread, .inTurns])
    func whichThreadsReadTheInput(reading: SourceReading) throws {
        let chain = try Chain { SpaceSplitter() }
        let caller = pthread_self()
        let readers = ReadingThreads()
        // Documents long enough that analysing a batch takes longer than reading the next.
        let text = String(repeating: "word ", count: 20_000)
        let sources = (0..<200).lazy.map { number in
            readers.add(pthread_self())
            return DocumentSource.document(Document(id: "doc-\(number)", text: text))
        }
        var count = 0
        try chain.run(sources, jobs: 2, reading: reading, finish: { _ in 0 }) { _ in count += 1 }
        #expect(count == 200)
        switch reading {
        case .inTurns:
            #expect(readers.threads.count == 2)
            #expect(readers.threads.contains(caller))
        case .ownThread:
            #expect(readers.threads.count == 1)
            #expect(!readers.threads.contains(caller))
        }
    }

    /// Deliveries come from whichever thread finished the next document, but one at a time, each
    /// ending before the next begins, and all before `run` returns.
    @Test(arguments: [SourceReading.ownThread, .inTurns])
    func deliveriesNeverOverlap(reading: SourceReading) throws {
        let chain = try Chain { SpaceSplitter() }
        // Analysing a document takes longer than delivering one, so that each thread delivers too.
        let documents = (0..<300).map { Document(id: "doc-\($0)", text: String(repeating: "w ", count: 5_000 + $0 % 50)) }
        let overlaps = LiveCount()
        let inside = LiveCount()
        var delivering: Set<pthread_t> = []
        var seen = 0
        try chain.run(documents.map(DocumentSource.document), jobs: 3, reading: reading, finish: { _ in 0 }) { _ in
            inside.add(1)
            if inside.value > 1 { overlaps.add(1) }
            delivering.insert(pthread_self())
            usleep(20)
            seen += 1
            inside.add(-1)
        }
        #expect(seen == 300)
        #expect(overlaps.value == 0)
        #expect(delivering.count > 1, "the workers deliver too, not only the caller")
    }

    /// A delivery that throws ends the run with its error; the results the pool still held are freed, not leaked.
    @Test(arguments: [SourceReading.ownThread, .inTurns])
    func aThrowingDeliveryStopsTheRunAndFreesTheResultsHeld(reading: SourceReading) throws {
        struct Stop: Error {}
        let chain = try Chain { SpaceSplitter() }
        let documents = (0..<2_000).map { Document(id: "doc-\($0)", text: "a b c") }
        let live = LiveCount()
        var delivered = 0
        #expect(throws: Stop.self) {
            try chain.run(documents.map(DocumentSource.document), jobs: 2, inFlight: 16, reading: reading, finish: { _ in
                TrackedResult(live)
            }) { _ in
                delivered += 1
                if delivered == 40 { throw Stop() }
            }
        }
        #expect(delivered == 40)
        #expect(live.value == 0)
    }
}

/// The threads that read a sequence.
private final class ReadingThreads: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: Set<pthread_t> = []
    var threads: Set<pthread_t> { lock.withLock { seen } }
    func add(_ thread: pthread_t) { _ = lock.withLock { seen.insert(thread) } }
}

/// How many ``TrackedResult``s exist.
private final class LiveCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add(_ change: Int) { lock.withLock { count += change } }
}

/// A result that counts itself while it exists.
private final class TrackedResult: Sendable {
    private let live: LiveCount
    init(_ live: LiveCount) {
        self.live = live
        live.add(1)
    }
    deinit { live.add(-1) }
}
