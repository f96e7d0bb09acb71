import Foundation

/// A value computed on a thread of its own, waited for where it is first needed.
///
/// `check` builds the catalog this way (``CatalogOptions/inBackground()``) while the main thread reads and parses
/// the manifest, which does not need it: the machine's second core is otherwise idle then. The work runs on a new
/// `Thread`, not on Dispatch's pool, so that it cannot wait behind the pool's threads that wait for it.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchGroup()
    /// Written once by the thread before it leaves `finished`; read only after waiting for it.
    private var result: Value?

    /// Starts `work` on a new thread.
    init(_ work: @escaping @Sendable () -> Value) {
        finished.enter()
        Thread.detachNewThread { [self] in
            result = work()
            finished.leave()
        }
    }

    /// The value, once the work is done; any thread may ask, any number of times.
    var value: Value {
        finished.wait()
        return result.unsafelyUnwrapped
    }
}
