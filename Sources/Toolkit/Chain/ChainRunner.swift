import Foundation

extension Chain {
    /// Runs the chain over many documents on `jobs` worker threads and hands
    /// back the results in input order.
    ///
    /// At most `inFlight` documents (default `4 × jobs`) are read but not yet
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
        let pool = OrderedWorkPool(chain: self, jobs: jobs, finish: finish)
        defer { pool.shutDown() }
        let limit = max(jobs, inFlight ?? 4 * jobs)
        for source in sources {
            try pool.submit(source, limit: limit, deliver: deliver)
        }
        try pool.drain(deliver: deliver)
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
    private let finish: @Sendable (Result<Document, DocumentFailure>) -> Output
    // Guarded by `condition`:
    private var queue: [(Int, DocumentSource)] = []
    private var queueHead = 0
    private var completed: [Int: Output] = [:]
    private var submitted = 0
    private var delivered = 0
    private var closing = false
    private var liveWorkers = 0

    init(chain: Chain, jobs: Int, finish: @escaping @Sendable (Result<Document, DocumentFailure>) -> Output) {
        self.chain = chain
        self.finish = finish
        liveWorkers = jobs
        for index in 0..<jobs {
            let thread = Thread { [self] in work() }
            thread.name = "toolkit-worker-\(index)"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    private func work() {
        let context = StageContext()
        while true {
            condition.lock()
            while queueHead == queue.count && !closing { condition.wait() }
            if queueHead == queue.count {
                liveWorkers -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            let (sequence, source) = queue[queueHead]
            queueHead += 1
            if queueHead > 1024 && queueHead * 2 > queue.count {
                queue.removeFirst(queueHead)
                queueHead = 0
            }
            condition.unlock()

            let output = finish(chain.analyse(source, context: context))

            condition.lock()
            completed[sequence] = output
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Takes the results ready in order; call with the lock held.
    private func takeReady() -> [Output] {
        var ready: [Output] = []
        while let output = completed.removeValue(forKey: delivered) {
            ready.append(output)
            delivered += 1
        }
        return ready
    }

    /// Delivers with the lock released, so workers go on meanwhile.
    private func deliverUnlocked(_ outputs: [Output], _ deliver: (Output) throws -> Void) throws {
        condition.unlock()
        defer { condition.lock() }
        for output in outputs { try deliver(output) }
    }

    func submit(_ source: DocumentSource, limit: Int, deliver: (Output) throws -> Void) throws {
        condition.lock()
        defer { condition.unlock() }
        queue.append((submitted, source))
        submitted += 1
        condition.signal()
        while true {
            let ready = takeReady()
            if !ready.isEmpty { try deliverUnlocked(ready, deliver) }
            if submitted - delivered < limit { return }
            if completed[delivered] == nil { condition.wait() }
        }
    }

    func drain(deliver: (Output) throws -> Void) throws {
        condition.lock()
        defer { condition.unlock() }
        closing = true
        condition.broadcast()
        while delivered < submitted {
            let ready = takeReady()
            if ready.isEmpty { condition.wait() } else { try deliverUnlocked(ready, deliver) }
        }
    }

    /// Stops the workers (dropping work not yet started) and waits for them to close their contexts.
    func shutDown() {
        condition.lock()
        closing = true
        queue.removeAll()
        queueHead = 0
        condition.broadcast()
        while liveWorkers > 0 { condition.wait() }
        condition.unlock()
    }
}
