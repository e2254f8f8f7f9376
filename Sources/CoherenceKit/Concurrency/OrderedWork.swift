import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Work on many independent inputs spread over several threads, with every result handed back in
/// input order, as if the inputs had been worked through one after another.
///
/// Inputs are taken in windows of at most `window`: a window's results are all made, on up to
/// `jobs` threads, then delivered in order on the calling thread before the next window starts, so
/// memory holds at most one window of results however many inputs there are.
public enum OrderedWork {
    /// The number of threads worth using on this machine: its active processors.
    public static var availableJobs: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// Calls `work` for each index of `0..<count` and `deliver` with each result, in index order.
    ///
    /// With `jobs` 1 (or a single input) everything runs on the calling thread, one input after
    /// another. `work` must be safe to call from several threads at once; `deliver` is only ever
    /// called on the calling thread.
    public static func run<Result: Sendable>(
        count: Int, jobs: Int, window: Int, work: @Sendable (Int) -> Result,
        deliver: (Int, Result) throws -> Void
    ) rethrows {
        guard jobs > 1, count > 1 else {
            for index in 0..<count { try deliver(index, work(index)) }
            return
        }
        let size = max(window, jobs)
        let results = Slots<Result>(count: size)
        defer { results.free() }
        var start = 0
        while start < count {
            let (first, length) = (start, min(size, count - start))
            let next = Atomic<Int>(0)
            // Each thread claims the next unmade index of the window, so a slow input does not hold
            // up the inputs behind it on the same thread. Every slot is written by one thread only.
            DispatchQueue.concurrentPerform(iterations: min(jobs, length)) { _ in
                while true {
                    let offset = next.add(1, ordering: .relaxed).oldValue
                    guard offset < length else { return }
                    results.buffer[offset] = work(first + offset)
                }
            }
            for offset in 0..<length {
                let result = results.buffer[offset].take()!
                try deliver(start + offset, result)
            }
            start += length
        }
    }
}

/// One slot per result of a window, each written by exactly one thread and read only after every
/// thread is done (`concurrentPerform` returns then), which is what makes sharing them safe.
private struct Slots<Result: Sendable>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    func free() {
        _ = buffer.deinitialize()
        buffer.deallocate()
    }
}
