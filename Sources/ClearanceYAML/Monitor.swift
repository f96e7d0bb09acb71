#if canImport(Darwin)
internal import Darwin
#elseif canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#endif

/// A mutex and the one condition its waiters wait on: what the reader's threads (``EventPipeline``,
/// ``SpeculativeSegment``) share state under.
final class Monitor: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    func lock() { pthread_mutex_lock(mutex) }
    func unlock() { pthread_mutex_unlock(mutex) }
    /// Waits for a signal, with the lock held; holds it again on return.
    func wait() { pthread_cond_wait(condition, mutex) }
    func signal() { pthread_cond_signal(condition) }
    func broadcast() { pthread_cond_broadcast(condition) }

    /// Starts a thread that runs `body`; nil if no thread could be started. The thread must be joined
    /// (``join(_:)``).
    static func startThread(_ body: @escaping () -> Void) -> pthread_t? {
        let context = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        let status = pthread_create(&thread, nil, { Unmanaged<ThreadBody>.fromOpaque($0).takeRetainedValue().run(); return nil }, context)
        #else
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { Unmanaged<ThreadBody>.fromOpaque($0!).takeRetainedValue().run(); return nil }, context)
        #endif
        guard status == 0 else {
            Unmanaged<ThreadBody>.fromOpaque(context).release()
            return nil
        }
        return thread
    }

    /// Waits for a thread started by ``startThread(_:)`` to end.
    static func join(_ thread: pthread_t) {
        pthread_join(thread, nil)
    }

    private final class ThreadBody {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }
}
