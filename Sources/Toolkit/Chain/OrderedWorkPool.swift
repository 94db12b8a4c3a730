import Foundation

/// Threads that analyse documents and deliver the results in input order (see
/// ``Chain/run(_:jobs:inFlight:reading:finish:deliver:)``).
///
/// `jobs` threads analyse: `jobs - 1` worker threads and the caller. A reader thread queues the
/// documents (``SourceReading/ownThread``), or the analysing threads read them in turn, a batch at a
/// time, each analysing the batch it read (``SourceReading/inTurns``). Whichever thread finishes the
/// document next in order delivers it, with every result ready after it, while the other threads go
/// on; one thread delivers at a time. So a thread mostly writes out what it has just made, from its
/// own core's cache.
///
/// Each kind of thread waits for one thing, and is woken only when it is there: the analysing threads
/// for documents to analyse or room to read into (the caller, at the end, for the last delivery), the
/// reader thread for room (fewer than `limit` documents in flight), woken once a quarter of the room
/// is free.
///
/// Documents in flight live in rings of `limit` slots, document `n` in slot `n % limit`: a document's
/// slot is free again once the document before it by `limit` was delivered. Whoever analyses a document
/// writes its result into its slot without the lock and marks it ready with it.
final class OrderedWorkPool<Output: Sendable>: @unchecked Sendable {
    private enum Waiter: Int, CaseIterable {
        /// A thread that analyses documents, the caller among them.
        case analyser
        case reader
        /// The caller, waiting for the worker threads to end.
        case caller
    }
    private let lock = WaitLock<Waiter>()
    private let chain: Chain
    private let jobs: Int
    private let limit: Int
    private let finish: @Sendable (Result<Document, DocumentFailure>) -> Output
    /// The documents, read by one thread at a time: the reader thread, or whichever analysing thread reads now.
    private let input: UncheckedBox<AnyIterator<DocumentSource>>
    private let readsInTurns: Bool
    /// The caller's delivery, called by one thread at a time (the one that set `isDelivering`); set
    /// for the run only, so that the caller's closure does not outlive it.
    private var deliver: ((Output) throws -> Void)?
    /// Per slot: the result of its document, once ready.
    private let results: UnsafeMutablePointer<Output>
    // Guarded by `lock`:
    /// Per slot: its document, from submitted until a thread takes it.
    private var sources: [DocumentSource?]
    /// Per slot: whether its result is there and not yet delivered.
    private let isReady: UnsafeMutablePointer<Bool>
    private var submitted = 0
    private var taken = 0
    private var delivered = 0
    private var inputDone = false
    private var stopping = false
    private var liveWorkers = 0
    private var idleAnalysers = 0
    private var readerWaits = false
    /// Reading in turn: whether an analysing thread is reading now.
    private var isReading = false
    /// Whether a thread is delivering results now; no other may start.
    private var isDelivering = false
    /// What a delivery threw; the run stops with it.
    private var deliveryError: (any Error)?

    init(
        chain: Chain, jobs: Int, limit: Int, input: some Sequence<DocumentSource>, reading: SourceReading,
        finish: @escaping @Sendable (Result<Document, DocumentFailure>) -> Output, deliver: @escaping (Output) throws -> Void
    ) {
        self.chain = chain
        self.jobs = jobs
        self.limit = limit
        self.finish = finish
        self.deliver = deliver
        self.input = UncheckedBox(AnyIterator(input.makeIterator()))
        readsInTurns = reading == .inTurns
        results = .allocate(capacity: limit)
        sources = Array(repeating: nil, count: limit)
        isReady = .allocate(capacity: limit)
        isReady.initialize(repeating: false, count: limit)
        liveWorkers = jobs - 1
        for index in 1..<jobs {
            let thread = Thread { [self] in
                let context = StageContext()
                lock.lock()
                analyseAndDeliver(context: context, isCaller: false)
                liveWorkers -= 1
                lock.signal(.caller)  // for `shutDown`
                lock.unlock()
            }
            thread.name = "toolkit-worker-\(index)"
            thread.stackSize = 8 << 20
            thread.start()
        }
        if !readsInTurns {
            let reader = Thread { [self] in
                while let source = self.input.value.next(), submit(source) {}
                inputEnded()
            }
            reader.name = "toolkit-reader"
            reader.start()
        }
    }

    deinit {
        isReady.deallocate()
        results.deallocate()
    }

    /// The most documents a thread takes or reads at once: fewer lock round trips and
    /// wake-ups per document, which matter when documents are small.
    private static var batchLimit: Int { 8 }

    /// How much room must be free before the waiting reader is woken: it then queues that many documents in one go.
    private var refill: Int { max(1, limit / 4) }

    /// Analyses and delivers on the calling thread until every result is delivered, then rethrows what
    /// a delivery threw, if one did.
    func analyseAndDeliverAll() throws {
        let context = StageContext()
        lock.lock()
        analyseAndDeliver(context: context, isCaller: true)
        let error = deliveryError
        lock.unlock()
        if let error { throw error }
    }

    /// What each analysing thread does, with the lock held: deliver the results next in order when no
    /// other thread does, else analyse queued documents, else read some, else wait. A worker thread
    /// returns once no document is left; the caller once every result is delivered.
    private func analyseAndDeliver(context: StageContext, isCaller: Bool) {
        // Results taken from their slots at once (so that the slots are free), delivered without the lock.
        let taking = UnsafeMutablePointer<Output>.allocate(capacity: limit)
        defer { taking.deallocate() }
        while !stopping {
            if !isDelivering && delivered < submitted && isReady[delivered % limit] {
                deliverReady(through: taking)
            } else if taken < submitted {
                // An even share of what is queued, so the other threads get work too.
                let first = taken
                let share = min(Self.batchLimit, max(1, (submitted - taken) / jobs))
                taken += share
                var batch: [DocumentSource] = []
                for sequence in first..<first + share {
                    batch.append(sources[sequence % limit]!)
                    sources[sequence % limit] = nil
                }
                analyse(batch, from: first, context: context)
            } else if readsInTurns && !isReading && !inputDone && submitted - delivered < limit {
                readAndAnalyse(context: context)
            } else if inputDone && (!isCaller || (delivered == submitted && !isDelivering)) {
                return
            } else {
                idleAnalysers += 1
                lock.wait(as: .analyser)
                idleAnalysers -= 1
            }
        }
    }

    /// Analyses documents `first...` without the lock, and marks them ready.
    private func analyse(_ batch: [DocumentSource], from first: Int, context: StageContext) {
        lock.unlock()
        for (offset, source) in batch.enumerated() {
            (results + (first + offset) % limit).initialize(to: finish(chain.analyse(source, context: context)))
        }
        lock.lock()
        for sequence in first..<first + batch.count { isReady[sequence % limit] = true }
    }

    /// Reads a batch of documents, queues them as taken and analyses them on this thread; called with
    /// the lock held when no other thread reads and there is room. Reading fewer than it asked for
    /// ends the input.
    private func readAndAnalyse(context: StageContext) {
        let wanted = min(Self.batchLimit, limit - (submitted - delivered))
        isReading = true
        lock.unlock()
        var batch: [DocumentSource] = []
        while batch.count < wanted, let source = input.value.next() { batch.append(source) }
        lock.lock()
        isReading = false
        if batch.count < wanted {
            inputDone = true
            lock.broadcast(.analyser)
        } else if idleAnalysers > 0 {
            lock.signal(.analyser)  // the next batch is theirs to read
        }
        guard !stopping else { return }
        let first = submitted
        submitted += batch.count
        taken += batch.count
        analyse(batch, from: first, context: context)
    }

    /// Delivers every result ready in order, until the next is not ready; called with the lock held when
    /// no other thread delivers. A delivery that throws stops the run.
    private func deliverReady(through taking: UnsafeMutablePointer<Output>) {
        isDelivering = true
        while !stopping {
            var count = 0
            while delivered + count < submitted && isReady[(delivered + count) % limit] {
                let slot = (delivered + count) % limit
                (taking + count).moveInitialize(from: results + slot, count: 1)
                isReady[slot] = false
                count += 1
            }
            if count == 0 { break }
            delivered += count
            if readerWaits && submitted - delivered <= limit - refill { lock.signal(.reader) }
            // Reading in turn, a thread may be waiting for room to read into.
            if readsInTurns && idleAnalysers > 0 { lock.signal(.analyser) }
            lock.unlock()
            var next = 0
            var error: (any Error)?
            while next < count && error == nil {
                let output = (taking + next).move()
                next += 1
                do { try deliver!(output) } catch let thrown { error = thrown }
            }
            (taking + next).deinitialize(count: count - next)
            lock.lock()
            if let error {
                deliveryError = error
                stopping = true
                lock.broadcast(.analyser)
                lock.broadcast(.reader)
            }
        }
        isDelivering = false
        // The caller may be waiting for the last delivery.
        if inputDone && delivered == submitted { lock.broadcast(.analyser) }
    }

    /// Queues a document, waiting while `limit` documents are in flight; false once the run is stopping.
    private func submit(_ source: DocumentSource) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        while submitted - delivered >= limit && !stopping {
            readerWaits = true
            lock.wait(as: .reader)
            readerWaits = false
        }
        guard !stopping else { return false }
        sources[submitted % limit] = source
        submitted += 1
        if idleAnalysers > 0 { lock.signal(.analyser) }
        return true
    }

    private func inputEnded() {
        lock.lock()
        inputDone = true
        lock.broadcast(.analyser)
        lock.unlock()
    }

    /// Stops the workers (dropping work not yet started), waits for them to release their contexts, and
    /// drops the results not delivered (when a run stops early). A reader blocked on its input stops at
    /// its next document.
    func shutDown() {
        lock.lock()
        stopping = true
        for sequence in taken..<submitted { sources[sequence % limit] = nil }
        lock.broadcast(.analyser)
        lock.broadcast(.reader)
        while liveWorkers > 0 { lock.wait(as: .caller) }
        // Every result a worker made is marked ready by now, and no thread delivers.
        for slot in 0..<limit where isReady[slot] {
            (results + slot).deinitialize(count: 1)
            isReady[slot] = false
        }
        deliver = nil
        lock.unlock()
    }
}
