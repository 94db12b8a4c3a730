import Foundation

/// Worker threads fed from a queue, with results released in submission order (see ``Chain/run(_:jobs:inFlight:reading:finish:deliver:)``).
///
/// The calling thread delivers the results and, while none is ready, analyses documents too, so `jobs`
/// documents are analysed at once by `jobs - 1` worker threads and the caller. A reader thread queues
/// them (``SourceReading/ownThread``), or the analysing threads read them in turn, a batch at a time,
/// each analysing the batch it read (``SourceReading/inTurns``). Each kind of thread waits for one
/// thing: workers for documents to analyse (or, reading in turn, for room to read into), the reader
/// for room (fewer than `limit` documents in flight), the caller for the result next in order when
/// there is nothing to analyse. Each is woken only when what it waits for is there, and the reader only
/// once a quarter of the room is free. On two cores, the wake-ups of one condition shared by all took
/// 5% of the time of a run, a context switch for nearly every document; reading in turn, a run has a
/// tenth of the context switches of one with a reader thread.
///
/// Documents in flight live in rings of `limit` slots, document `n` in slot `n % limit`: a document's
/// slot is free again once the document before it by `limit` was delivered. Whoever analyses a document
/// writes its result into its slot without the lock and marks it ready with it.
final class OrderedWorkPool<Output: Sendable>: @unchecked Sendable {
    private enum Waiter: Int, CaseIterable { case worker, reader, deliverer }
    private let lock = WaitLock<Waiter>()
    private let chain: Chain
    private let jobs: Int
    private let limit: Int
    private let finish: @Sendable (Result<Document, DocumentFailure>) -> Output
    /// The documents, read by one thread at a time: the reader thread, or whichever analysing thread reads now.
    private let input: UncheckedBox<AnyIterator<DocumentSource>>
    private let readsInTurns: Bool
    /// Per slot: the result of its document, once ready.
    private let results: UnsafeMutablePointer<Output>
    // Guarded by `lock`:
    /// Per slot: its document, from submitted until a worker takes it.
    private var sources: [DocumentSource?]
    /// Per slot: whether its result is there and not yet delivered.
    private let isReady: UnsafeMutablePointer<Bool>
    private var submitted = 0
    private var taken = 0
    private var delivered = 0
    private var inputDone = false
    private var stopping = false
    private var liveWorkers = 0
    private var idleWorkers = 0
    private var readerWaits = false
    private var delivererWaits = false
    /// Reading in turn: whether an analysing thread is reading now.
    private var isReading = false

    init(
        chain: Chain, jobs: Int, limit: Int, input: some Sequence<DocumentSource>, reading: SourceReading,
        finish: @escaping @Sendable (Result<Document, DocumentFailure>) -> Output
    ) {
        self.chain = chain
        self.jobs = jobs
        self.limit = limit
        self.finish = finish
        self.input = UncheckedBox(AnyIterator(input.makeIterator()))
        readsInTurns = reading == .inTurns
        results = .allocate(capacity: limit)
        sources = Array(repeating: nil, count: limit)
        isReady = .allocate(capacity: limit)
        isReady.initialize(repeating: false, count: limit)
        liveWorkers = jobs - 1
        for index in 1..<jobs {
            let thread = Thread { [self] in work() }
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

    /// The most documents a worker takes from the queue at once: fewer lock round trips and
    /// wake-ups per document, which matter when documents are small.
    private static var batchLimit: Int { 8 }

    /// How much room must be free before the waiting reader is woken: it then queues that many documents in one go.
    private var refill: Int { max(1, limit / 4) }

    private func work() {
        let context = StageContext()
        var batch: [DocumentSource] = []
        lock.lock()
        while true {
            while taken == submitted && !inputDone && !stopping {
                if mayReadNow {
                    readAndAnalyse(context: context)
                    continue
                }
                idleWorkers += 1
                lock.wait(as: .worker)
                idleWorkers -= 1
            }
            if taken == submitted || stopping { break }
            // An even share of what is queued, so the other workers get work too.
            let first = taken
            let share = min(Self.batchLimit, max(1, (submitted - taken) / jobs))
            taken += share
            for sequence in first..<first + share {
                batch.append(sources[sequence % limit]!)
                sources[sequence % limit] = nil
            }
            lock.unlock()

            for (offset, source) in batch.enumerated() {
                (results + (first + offset) % limit).initialize(to: finish(chain.analyse(source, context: context)))
            }
            batch.removeAll(keepingCapacity: true)

            lock.lock()
            for sequence in first..<first + share { isReady[sequence % limit] = true }
            if delivererWaits && delivered == first { lock.signal(.deliverer) }
        }
        liveWorkers -= 1
        lock.signal(.deliverer)  // for `shutDown`
        lock.unlock()
    }

    /// Reading in turn: whether this thread may read now (no other thread does, and there is room).
    private var mayReadNow: Bool { readsInTurns && !isReading && !inputDone && submitted - delivered < limit }

    /// Reads a batch of documents, queues them as taken and analyses them on this thread; called with
    /// the lock held when ``mayReadNow``. Reading fewer than it asked for ends the input.
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
            lock.broadcast(.worker)
            lock.signal(.deliverer)
        } else if idleWorkers > 0 {
            lock.signal(.worker)  // the next batch is theirs to read
        }
        guard !stopping else { return }
        let first = submitted
        submitted += batch.count
        taken += batch.count
        lock.unlock()
        for (offset, source) in batch.enumerated() {
            (results + (first + offset) % limit).initialize(to: finish(chain.analyse(source, context: context)))
        }
        lock.lock()
        for sequence in first..<first + batch.count { isReady[sequence % limit] = true }
        if delivererWaits && delivered == first { lock.signal(.deliverer) }
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
        if idleWorkers > 0 { lock.signal(.worker) }
        // The caller analyses what the idle workers leave.
        if delivererWaits && submitted - taken > idleWorkers { lock.signal(.deliverer) }
        return true
    }

    private func inputEnded() {
        lock.lock()
        inputDone = true
        lock.broadcast(.worker)
        lock.signal(.deliverer)
        lock.unlock()
    }

    /// Delivers every result in order on the calling thread, until the input has ended and all are delivered,
    /// and analyses documents on it while the next result is not ready.
    func deliverAll(_ deliver: (Output) throws -> Void) throws {
        let context = StageContext()
        // The results taken from their slots at once (so that the slots are free), delivered without the lock.
        let taking = UnsafeMutablePointer<Output>.allocate(capacity: limit)
        defer { taking.deallocate() }
        lock.lock()
        defer { lock.unlock() }
        while true {
            var count = 0
            while count < submitted - delivered && isReady[(delivered + count) % limit] {
                let slot = (delivered + count) % limit
                (taking + count).moveInitialize(from: results + slot, count: 1)
                isReady[slot] = false
                count += 1
            }
            if count > 0 {
                delivered += count
                if readerWaits && submitted - delivered <= limit - refill { lock.signal(.reader) }
                // Reading in turn, a worker may be waiting for room to read into.
                if readsInTurns && idleWorkers > 0 { lock.signal(.worker) }
                lock.unlock()
                var next = 0
                defer {
                    (taking + next).deinitialize(count: count - next)
                    lock.lock()
                }
                while next < count {
                    let output = (taking + next).move()
                    next += 1
                    try deliver(output)
                }
            } else if inputDone && delivered == submitted {
                return
            } else if taken == submitted && mayReadNow {
                readAndAnalyse(context: context)
            } else if taken < submitted {
                // One document at a time, so that results ready meanwhile wait at most one document.
                let slot = taken % limit
                let source = sources[slot]!
                sources[slot] = nil
                taken += 1
                lock.unlock()
                (results + slot).initialize(to: finish(chain.analyse(source, context: context)))
                lock.lock()
                isReady[slot] = true
            } else {
                delivererWaits = true
                lock.wait(as: .deliverer)
                delivererWaits = false
            }
        }
    }

    /// Stops the workers (dropping work not yet started), waits for them to release their contexts, and
    /// drops the results not delivered (when a run stops early). A reader blocked on its input stops at
    /// its next document.
    func shutDown() {
        lock.lock()
        stopping = true
        for sequence in taken..<submitted { sources[sequence % limit] = nil }
        lock.broadcast(.worker)
        lock.broadcast(.reader)
        while liveWorkers > 0 { lock.wait(as: .deliverer) }
        // Every result a worker made is marked ready by now.
        for slot in 0..<limit where isReady[slot] {
            (results + slot).deinitialize(count: 1)
            isReady[slot] = false
        }
        lock.unlock()
    }
}
