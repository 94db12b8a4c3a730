#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A mutex with a condition variable for each kind of thread that waits on it, so that a signal
/// wakes only threads that wait for what changed. (`NSCondition` has one condition per mutex: a
/// broadcast wakes every waiter, and each wake-up is a context switch.)
///
/// `Waiter`'s raw values number the conditions from 0; a waiter may stand for one thread (a role
/// per worker) when the number of roles is known only at run time.
package final class WaitLock<Waiter: RawRepresentable>: @unchecked Sendable where Waiter.RawValue == Int {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let conditions: UnsafeMutablePointer<pthread_cond_t>
    private let count: Int

    /// A lock with `count` conditions, for the waiters whose raw values are `0..<count`.
    package init(count: Int) {
        self.count = count
        conditions = .allocate(capacity: count)
        pthread_mutex_init(mutex, nil)
        for index in 0..<count { pthread_cond_init(conditions + index, nil) }
    }

    deinit {
        for index in 0..<count { pthread_cond_destroy(conditions + index) }
        pthread_mutex_destroy(mutex)
        conditions.deallocate()
        mutex.deallocate()
    }

    package func lock() { pthread_mutex_lock(mutex) }
    package func unlock() { pthread_mutex_unlock(mutex) }

    /// Releases the lock until a `waiter` is signalled (or wakes spuriously), then takes it again.
    package func wait(as waiter: Waiter) { pthread_cond_wait(conditions + index(of: waiter), mutex) }

    /// Wakes one thread waiting as `waiter`, if any.
    package func signal(_ waiter: Waiter) { pthread_cond_signal(conditions + index(of: waiter)) }

    /// Wakes every thread waiting as `waiter`.
    package func broadcast(_ waiter: Waiter) { pthread_cond_broadcast(conditions + index(of: waiter)) }

    private func index(of waiter: Waiter) -> Int {
        precondition((0..<count).contains(waiter.rawValue), "a waiter with no condition of its own")
        return waiter.rawValue
    }
}

extension WaitLock where Waiter: CaseIterable {
    /// A lock with a condition for each case of `Waiter`.
    package convenience init() { self.init(count: Waiter.allCases.count) }
}
