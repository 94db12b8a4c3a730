import Foundation

extension NSCondition {
    /// Delivers results in input order on the calling thread, for a pool whose workers finish out of order
    /// and whose state this condition guards (``WorkerPool``; the chain's own pool of threads has a lock
    /// with a condition per kind of waiting thread instead).
    ///
    /// With the lock held, `takeNext` hands over the result next in order if it is there (and may throw to end
    /// the run), and `isFinished` tells whether every result has been delivered. The results taken are
    /// delivered with the lock released, after waking the waiters, since delivering makes room for more.
    func deliverInOrder<Output>(
        takeNext: () throws -> Output?, isFinished: () -> Bool, _ deliver: (Output) throws -> Void
    ) throws {
        lock()
        defer { unlock() }
        var ready: [Output] = []
        while true {
            // Every result that is next in order, taken in one go.
            while let output = try takeNext() { ready.append(output) }
            if !ready.isEmpty {
                broadcast()
                unlock()
                defer { lock() }
                for output in ready { try deliver(output) }
                ready.removeAll(keepingCapacity: true)
            } else if isFinished() {
                return
            } else {
                wait()
            }
        }
    }
}
