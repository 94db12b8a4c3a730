import Foundation
import Testing
@testable import Toolkit

/// The work pool behind `Chain.run(_:jobs:…)`: its rings of `inFlight` slots, its hand-offs, and stopping early.
struct WorkPoolTests {
    /// Pools of every shape deliver every document once, in order: fewer slots than workers (the pool takes
    /// one per worker), one slot a worker, and many.
    @Test(arguments: [(2, 1), (3, 2), (2, 2), (2, 5), (4, 64)])
    func everyResultArrivesOnceInOrder(jobs: Int, inFlight: Int) throws {
        let chain = try Chain { SpaceSplitter() }
        let documents = (0..<300).map { Document(id: "doc-\($0)", text: String(repeating: "w ", count: $0 % 7 + 1)) }
        var seen: [String] = []
        try chain.run(documents.map(DocumentSource.document), jobs: jobs, inFlight: inFlight, finish: { result in
            (try? result.get().id) ?? "failed"
        }) { seen.append($0) }
        #expect(seen == documents.map(\.id))
    }

    /// A delivery that throws ends the run with its error; the results the pool still held are freed, not leaked.
    @Test func aThrowingDeliveryStopsTheRunAndFreesTheResultsHeld() throws {
        struct Stop: Error {}
        let chain = try Chain { SpaceSplitter() }
        let documents = (0..<2_000).map { Document(id: "doc-\($0)", text: "a b c") }
        let live = LiveCount()
        var delivered = 0
        #expect(throws: Stop.self) {
            try chain.run(documents.map(DocumentSource.document), jobs: 2, inFlight: 16, finish: { _ in
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
