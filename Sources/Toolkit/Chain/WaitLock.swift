#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A mutex with a condition variable for each kind of thread that waits on it, so that a signal
/// wakes only threads that wait for what changed. (`NSCondition` has one condition per mutex: a
/// broadcast wakes every waiter, and each wake-up is a context switch.)
final class WaitLock<Waiter: RawRepresentable & CaseIterable>: @unchecked Sendable where Waiter.RawValue == Int {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let conditions = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: Waiter.allCases.count)

    init() {
        pthread_mutex_init(mutex, nil)
        for index in 0..<Waiter.allCases.count { pthread_cond_init(conditions + index, nil) }
    }

    deinit {
        for index in 0..<Waiter.allCases.count { pthread_cond_destroy(conditions + index) }
        pthread_mutex_destroy(mutex)
        conditions.deallocate()
        mutex.deallocate()
    }

    func lock() { pthread_mutex_lock(mutex) }
    func unlock() { pthread_mutex_unlock(mutex) }

    /// Releases the lock until a `waiter` is signalled (or wakes spuriously), then takes it again.
    func wait(as waiter: Waiter) { pthread_cond_wait(conditions + waiter.rawValue, mutex) }

    /// Wakes one thread waiting as `waiter`, if any.
    func signal(_ waiter: Waiter) { pthread_cond_signal(conditions + waiter.rawValue) }

    /// Wakes every thread waiting as `waiter`.
    func broadcast(_ waiter: Waiter) { pthread_cond_broadcast(conditions + waiter.rawValue) }
}
