import Foundation

extension Chain {
    /// Runs the chain over many documents on `jobs` worker threads and hands
    /// back the results in input order.
    ///
    /// At most `inFlight` documents (default `16 × jobs`) are read but not yet
    /// delivered, so memory stays bounded on endless streams. Each worker has
    /// its own ``StageContext`` (its own ICU handles), closed when the run ends.
    /// `finish` runs on the worker that analysed the document (use it to
    /// serialize output in parallel); `deliver` runs on the calling thread, in
    /// input order. A document that fails is delivered as a failure in its
    /// place; the others go on.
    public func run<Output: Sendable>(
        _ sources: some Sequence<DocumentSource>,
        jobs: Int,
        inFlight: Int? = nil,
        finish: @escaping @Sendable (Result<Document, DocumentFailure>) -> Output,
        deliver: (Output) throws -> Void
    ) throws {
        let jobs = max(1, jobs)
        if jobs == 1 {
            let context = StageContext()
            for source in sources { try deliver(finish(analyse(source, context: context))) }
            return
        }
        let pool = OrderedWorkPool(chain: self, jobs: jobs, limit: max(jobs, inFlight ?? 16 * jobs), finish: finish)
        defer { pool.shutDown() }
        // Reading happens on its own thread, so results are delivered as soon as they are
        // ready, even while the input waits for more data.
        let input = UncheckedBox(AnyIterator(sources.makeIterator()))
        let feeder = Thread {
            while let source = input.value.next(), pool.submit(source) {}
            pool.inputEnded()
        }
        feeder.name = "toolkit-reader"
        feeder.start()
        try pool.deliverAll(deliver)
    }

    /// Runs the chain over documents in memory and returns every result in input order.
    public func run(_ documents: [Document], jobs: Int) -> [Result<Document, DocumentFailure>] {
        var results: [Result<Document, DocumentFailure>] = []
        results.reserveCapacity(documents.count)
        try! run(documents.lazy.map(DocumentSource.document), jobs: jobs, finish: { $0 }) { results.append($0) }
        return results
    }

    func analyse(_ source: DocumentSource, context: StageContext) -> Result<Document, DocumentFailure> {
        do {
            var document = try source.makeDocument()
            try process(&document, context: context)
            return .success(document)
        } catch {
            return .failure(error)
        }
    }
}

/// Worker threads fed from a queue, with results released in submission order.
private final class OrderedWorkPool<Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let chain: Chain
    private let jobs: Int
    private let limit: Int
    private let finish: @Sendable (Result<Document, DocumentFailure>) -> Output
    // Guarded by `condition`:
    private var queue: [(Int, DocumentSource)] = []
    private var queueHead = 0
    private var completed: [Int: Output] = [:]
    private var submitted = 0
    private var delivered = 0
    private var inputDone = false
    private var stopping = false
    private var liveWorkers = 0

    init(chain: Chain, jobs: Int, limit: Int, finish: @escaping @Sendable (Result<Document, DocumentFailure>) -> Output) {
        self.chain = chain
        self.jobs = jobs
        self.limit = limit
        self.finish = finish
        liveWorkers = jobs
        for index in 0..<jobs {
            let thread = Thread { [self] in work() }
            thread.name = "toolkit-worker-\(index)"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// The most documents a worker takes from the queue at once: fewer lock round trips and
    /// wake-ups per document, which matter when documents are small.
    private static var batchLimit: Int { 8 }

    private func work() {
        let context = StageContext()
        var batch: [(Int, DocumentSource)] = []
        var outputs: [(Int, Output)] = []
        while true {
            condition.lock()
            while queueHead == queue.count && !inputDone && !stopping { condition.wait() }
            if queueHead == queue.count || stopping {
                liveWorkers -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            // An even share of what is queued, so the other workers get work too.
            let share = min(Self.batchLimit, max(1, (queue.count - queueHead) / jobs))
            batch.append(contentsOf: queue[queueHead..<queueHead + share])
            queueHead += share
            if queueHead > 1024 && queueHead * 2 > queue.count {
                queue.removeFirst(queueHead)
                queueHead = 0
            }
            condition.unlock()

            for (sequence, source) in batch {
                outputs.append((sequence, finish(chain.analyse(source, context: context))))
            }
            batch.removeAll(keepingCapacity: true)

            condition.lock()
            for (sequence, output) in outputs { completed[sequence] = output }
            condition.broadcast()
            condition.unlock()
            outputs.removeAll(keepingCapacity: true)
        }
    }

    /// Queues a document, waiting while `limit` documents are in flight; false once the run is stopping.
    func submit(_ source: DocumentSource) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while submitted - delivered >= limit && !stopping { condition.wait() }
        guard !stopping else { return false }
        // Workers wait only on an empty queue, so only the first document queued needs to wake them.
        if queueHead == queue.count { condition.broadcast() }
        queue.append((submitted, source))
        submitted += 1
        return true
    }

    func inputEnded() {
        condition.lock()
        inputDone = true
        condition.broadcast()
        condition.unlock()
    }

    /// Delivers every result in order on the calling thread, until the input has ended and all are delivered.
    func deliverAll(_ deliver: (Output) throws -> Void) throws {
        try condition.deliverInOrder(
            takeNext: {
                guard let output = completed.removeValue(forKey: delivered) else { return nil }
                delivered += 1
                return output
            },
            isFinished: { inputDone && delivered == submitted }, deliver)
    }

    /// Stops the workers (dropping work not yet started) and waits for them to release their contexts.
    /// A reader blocked on its input stops at its next document.
    func shutDown() {
        condition.lock()
        stopping = true
        queue.removeAll()
        queueHead = 0
        condition.broadcast()
        while liveWorkers > 0 { condition.wait() }
        condition.unlock()
    }
}
