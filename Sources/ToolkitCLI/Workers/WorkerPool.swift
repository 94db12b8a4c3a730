import Foundation
import Toolkit

/// Runs documents through `toolkit worker` processes and delivers their results in input order.
///
/// For chains whose stages take a process-wide lock (``Chain/runsInParallelThreads``), where
/// threads would take turns. This process reads the input and hands each document to a worker
/// with room for it; the workers decode, analyse and render. A worker that dies fails only the
/// document it was analysing: it is started again and given the documents it had not begun.
///
/// Each thread here waits on a condition of its own and is woken only when what it waits for is
/// there: the reader for room, a worker's sender for room in that worker's window, the caller for
/// the result next in order. A sender whose window is full waits until half of it is free, then
/// sends that many documents in one go. (With one condition for all, each document woke every
/// thread: nine wake-ups per document, a tenth of a run's time in the kernel.)
final class WorkerPool: @unchecked Sendable {
    private let executable: String
    private let arguments: [String]
    /// Documents read but not yet delivered, at most.
    private let limit: Int
    /// Documents sent to one worker and not yet answered, at most: enough to keep it busy while its
    /// sender waits to be woken (with 4, `romanize --jobs 2` took 2.5% longer).
    private static let window = 8
    /// A sender whose window is full is woken once no more than this many documents are left in it.
    private static let windowLowWater = window / 2
    /// Workers killed with no document in hand, one after another, before the run gives up.
    private static let maximumIdleDeaths = 3

    /// The threads that wait on the pool's lock: the reader, the caller, and each worker's sender.
    private struct Waiter: RawRepresentable {
        let rawValue: Int
        static let reader = Waiter(rawValue: 0)
        /// The calling thread, delivering results (and waiting for the pool's threads to end).
        static let deliverer = Waiter(rawValue: 1)
        static func sender(_ slot: Int) -> Waiter { Waiter(rawValue: 2 + slot) }
    }

    private let lock: WaitLock<Waiter>
    // Guarded by `lock`:
    private var slots: [Slot] = []
    private var pending: [Sent] = []
    private var pendingHead = 0
    private var completed: [Int: Result<RenderedDocument, DocumentFailure>] = [:]
    private var submitted = 0
    private var delivered = 0
    private var inputDone = false
    private var stopping = false
    private var failure: WorkerError?
    private var liveThreads = 0
    private var idleDeaths = 0
    private var readerWaits = false
    private var delivererWaits = false

    /// A document for a worker: its place in the input, its origin and its frame.
    private struct Sent {
        let sequence: Int
        let origin: String
        let frame: [UInt8]
    }

    /// One worker process and what it has been sent.
    private struct Slot {
        var process: WorkerProcess
        /// Sent and not yet answered, in the order sent (the order the worker answers in).
        var inHand: [Sent] = []
        /// Whether the slot's writer is writing to `process.input` now (then the writer closes it when stale).
        var writing = false
        /// Whether the slot's writer waits for documents or for room in the worker's window.
        var senderWaits = false
    }

    /// Starts `count` workers: `executable` run with `arguments`.
    init(count: Int, executable: String = WorkerProcess.currentExecutable, arguments: [String], limit: Int) throws {
        self.executable = executable
        self.arguments = arguments
        self.limit = max(limit, count * Self.window)
        lock = WaitLock(count: Waiter.sender(count).rawValue)
        do {
            for _ in 0..<count { slots.append(Slot(process: try WorkerProcess.start(executable, arguments: arguments))) }
        } catch {
            // The workers already started see their input end, and exit.
            for slot in slots {
                close(slot.process.input)
                close(slot.process.output)
                _ = slot.process.waitForExit()
            }
            throw error
        }
        for index in slots.indices {
            startThread(named: "toolkit-send-\(index)") { [self] in sendDocuments(slot: index) }
            startThread(named: "toolkit-receive-\(index)") { [self] in receiveResults(slot: index) }
        }
    }

    /// Starts a thread that runs `body` with the lock held (`body` may wait on it), counted in
    /// `liveThreads` until `body` returns.
    private func startThread(named name: String, _ body: @escaping @Sendable () -> Void) {
        liveThreads += 1
        let thread = Thread { [self] in
            lock.lock()
            body()
            liveThreads -= 1
            lock.signal(.deliverer)  // for `shutDown`
            lock.unlock()
        }
        thread.name = name
        thread.start()
    }

    /// Whether every document read has been delivered and no more will come.
    private var isFinished: Bool { inputDone && delivered == submitted }

    /// Reads `sources` on a thread of its own and delivers every result on the calling thread, in input order.
    func run(_ sources: some Sequence<DocumentSource>, deliver: (Result<RenderedDocument, DocumentFailure>) throws -> Void) throws {
        defer { shutDown() }
        let input = UncheckedBox(AnyIterator(sources.makeIterator()))
        let feeder = Thread { [self] in
            while let source = input.value.next(), submit(source) {}
            lock.lock()
            inputDone = true
            lock.signal(.deliverer)
            if isFinished { wakeSenders() }
            lock.unlock()
        }
        feeder.name = "toolkit-reader"
        feeder.start()
        try deliverAll(deliver)
    }

    /// Delivers the results on the calling thread, in input order, until every one is delivered.
    private func deliverAll(_ deliver: (Result<RenderedDocument, DocumentFailure>) throws -> Void) throws {
        // Every result next in order, taken at once and delivered without the lock.
        var ready: [Result<RenderedDocument, DocumentFailure>] = []
        lock.lock()
        defer { lock.unlock() }
        while true {
            if let failure { throw failure }
            while let result = completed.removeValue(forKey: delivered) {
                ready.append(result)
                delivered += 1
            }
            if !ready.isEmpty {
                if readerWaits && submitted - delivered <= limit - max(1, limit / 4) { lock.signal(.reader) }
                if isFinished { wakeSenders() }
                lock.unlock()
                defer { lock.lock() }
                for result in ready { try deliver(result) }
                ready.removeAll(keepingCapacity: true)
            } else if isFinished {
                return
            } else {
                delivererWaits = true
                lock.wait(as: .deliverer)
                delivererWaits = false
            }
        }
    }

    /// Queues a document for a worker (a document not from a JSONL line is read here); false once stopping.
    private func submit(_ source: DocumentSource) -> Bool {
        let frame = WorkerFrames.documentFrame(for: source)
        lock.lock()
        defer { lock.unlock() }
        while submitted - delivered >= limit && !stopping {
            readerWaits = true
            lock.wait(as: .reader)
            readerWaits = false
        }
        guard !stopping else { return false }
        switch frame {
        case .success(let frame):
            pending.append(Sent(sequence: submitted, origin: source.origin, frame: frame))
            for index in slots.indices where slots[index].senderWaits && slots[index].inHand.count < Self.window {
                lock.signal(.sender(index))
            }
        case .failure(let failure):
            completed[submitted] = .failure(failure)
            if delivererWaits && submitted == delivered { lock.signal(.deliverer) }
        }
        submitted += 1
        return true
    }

    /// Wakes every sender, to look again at the run's state (its end, or documents sent back).
    private func wakeSenders() {
        for index in slots.indices { lock.signal(.sender(index)) }
    }

    /// The writer of one slot: sends queued documents while the worker has room for them.
    /// Runs with the lock held, except while writing.
    private func sendDocuments(slot index: Int) {
        // A worker that has died makes writes to its pipe fail with EPIPE; without this the signal would end the run.
        var blocked = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &blocked, nil)
        var batch: [Sent] = []
        while true {
            if stopping || isFinished {
                close(slots[index].process.input)
                return
            }
            let count = min(Self.window - slots[index].inHand.count, pending.count - pendingHead)
            guard count > 0 else {
                slots[index].senderWaits = true
                lock.wait(as: .sender(index))
                slots[index].senderWaits = false
                continue
            }
            batch.append(contentsOf: pending[pendingHead..<pendingHead + count])
            pendingHead += count
            if pendingHead > 1024 && pendingHead * 2 > pending.count {
                pending.removeFirst(pendingHead)
                pendingHead = 0
            }
            slots[index].inHand.append(contentsOf: batch)
            slots[index].writing = true
            let process = slots[index].process
            lock.unlock()
            // A failed write means the worker died; its reader sends the documents on again.
            for document in batch { try? writeAll(document.frame, to: process.input) }
            batch.removeAll(keepingCapacity: true)
            lock.lock()
            slots[index].writing = false
            if slots[index].process.pid != process.pid { close(process.input) }
        }
    }

    /// The reader of one slot: takes the worker's answers in order, and starts it again when it dies.
    /// Runs with the lock held, except while reading and waiting for the worker to end.
    private func receiveResults(slot index: Int) {
        while true {
            let process = slots[index].process
            lock.unlock()
            var output = PipeReader(descriptor: process.output)
            var unreadable: String?
            while true {
                do {
                    guard let result = try WorkerFrames.readResult(from: &output) else { break }
                    lock.lock()
                    let document = slots[index].inHand.removeFirst()
                    completed[document.sequence] = result
                    idleDeaths = 0
                    if delivererWaits && document.sequence == delivered { lock.signal(.deliverer) }
                    if slots[index].senderWaits && slots[index].inHand.count <= Self.windowLowWater && pendingHead < pending.count {
                        lock.signal(.sender(index))
                    }
                    lock.unlock()
                } catch {
                    unreadable = "\(error)"
                    kill(process.pid, SIGKILL)
                    break
                }
            }
            close(process.output)
            // Its output has ended: because its input was closed at the end of the run, or because it died.
            let ending = process.waitForExit()
            lock.lock()
            if stopping || (isFinished && slots[index].inHand.isEmpty) { return }
            if let unreadable {
                return fail(WorkerError("a worker process's answer was unreadable: \(unreadable)"))
            }
            guard ending.signal != nil else {
                // A worker exits only when its input ends; exiting before that means it cannot run (its error is above).
                return fail(WorkerError("a worker process \(ending) before the input ended"))
            }
            if let first = slots[index].inHand.first {
                // The document it was analysing fails; the ones it had not begun go to the next free worker.
                completed[first.sequence] = .failure(DocumentFailure(
                    origin: first.origin,
                    message: "the worker process analysing this document \(ending); run it with --workers threads to see more"))
                pending.insert(contentsOf: slots[index].inHand.dropFirst(), at: pendingHead)
                slots[index].inHand = []
                lock.signal(.deliverer)
            } else {
                idleDeaths += 1
                if idleDeaths > Self.maximumIdleDeaths {
                    return fail(WorkerError("worker processes keep dying while idle (the last \(ending))"))
                }
            }
            if !slots[index].writing { close(process.input) }
            do {
                slots[index].process = try WorkerProcess.start(executable, arguments: arguments)
            } catch {
                return fail(error as? WorkerError ?? WorkerError("\(error)"))
            }
            wakeSenders()
        }
    }

    /// Stops the run with an error; called with the lock held.
    private func fail(_ error: WorkerError) {
        if failure == nil { failure = error }
        stopping = true
        lock.signal(.reader)
        lock.signal(.deliverer)
        wakeSenders()
    }

    /// Stops the workers and waits for the threads that talk to them.
    private func shutDown() {
        lock.lock()
        defer { lock.unlock() }
        if !isFinished {
            stopping = true
            for slot in slots { kill(slot.process.pid, SIGKILL) }
        }
        lock.signal(.reader)
        wakeSenders()
        while liveThreads > 0 { lock.wait(as: .deliverer) }
    }
}
