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
/// Worker threads take the inputs in order and put each result in a ring of `window` slots; the
/// calling thread hands the results on in input order as they become ready, while the workers go
/// on with the inputs after them. A worker waits before starting an input more than `window` ahead
/// of the one being handed on, so memory holds at most `window` results however many inputs
/// there are.
public enum OrderedWork {
    /// The number of threads worth using on this machine: its active processors.
    public static var availableJobs: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// Calls `work` for each index of `0..<count` and `deliver` with each result, in index order.
    ///
    /// With `jobs` 1 (or a single input) everything runs on the calling thread, one input after
    /// another. Otherwise `work` runs on `jobs` other threads and must be safe to call from several
    /// at once; `deliver` is only ever called on the calling thread. When `deliver` throws, no
    /// later result is delivered, and the call returns once the workers have stopped.
    public static func run<Result: Sendable>(
        count: Int, jobs: Int, window: Int, work: @Sendable (Int) -> Result,
        deliver: (Int, Result) throws -> Void
    ) rethrows {
        guard jobs > 1, count > 1 else {
            for index in 0..<count { try deliver(index, work(index)) }
            return
        }
        let ring = Ring<Result>(size: max(window, jobs))
        try withoutActuallyEscaping(work) { work in
            let workers = DispatchGroup()
            // A serial queue per worker gets a thread of its own at once; the global queue would
            // hold back a worker while others wait for a free slot.
            for worker in 0..<min(jobs, count) {
                DispatchQueue(label: "coherence.worker.\(worker)").async(group: workers) {
                    while let index = ring.claim(below: count) {
                        ring.put(work(index), at: index)
                    }
                }
            }
            // However delivery ends, the workers stop before the ring and `work` go away.
            defer {
                ring.cancel(workers: jobs)
                workers.wait()
            }
            for index in 0..<count {
                try deliver(index, ring.take(at: index))
            }
        }
    }
}

/// The results between workers and the delivering thread: `size` slots, the result of input `i`
/// in slot `i % size`.
///
/// `vacant` counts the slots a worker may still fill: a worker takes one before it claims an input
/// and the deliverer gives it back when it takes a result, so input `i` is claimed only once the
/// result of input `i - size`, which used the same slot, has been taken. Each slot has a semaphore
/// the worker signals when the result is in it, for the deliverer to wait on.
private final class Ring<Result: Sendable>: Sendable {
    private let size: Int
    private let slots: Mutex<[Result?]>
    private let filled: [DispatchSemaphore]
    private let vacant: DispatchSemaphore
    private let next = Atomic<Int>(0)
    private let cancelled = Atomic<Bool>(false)

    init(size: Int) {
        self.size = size
        slots = Mutex([Result?](repeating: nil, count: size))
        filled = (0..<size).map { _ in DispatchSemaphore(value: 0) }
        // Made empty and then signalled: libdispatch traps when a semaphore is freed holding less
        // than it was made with, which `vacant` does when delivery stops early.
        vacant = DispatchSemaphore(value: 0)
        for _ in 0..<size { vacant.signal() }
    }

    /// The next input for a worker, once a slot is free for it; nil when there is none left or
    /// delivery has stopped.
    func claim(below count: Int) -> Int? {
        vacant.wait()
        guard !cancelled.load(ordering: .acquiring) else { return nil }
        let index = next.add(1, ordering: .relaxed).oldValue
        return index < count ? index : nil
    }

    func put(_ result: Result, at index: Int) {
        slots.withLock { $0[index % size] = result }
        filled[index % size].signal()
    }

    /// The result of input `index`, once it is ready; its slot is then free again.
    func take(at index: Int) -> Result {
        filled[index % size].wait()
        let result = slots.withLock { $0[index % size].take()! }
        vacant.signal()
        return result
    }

    /// Stops the workers: each one waiting for a slot, or asking for its next input, gets none.
    func cancel(workers: Int) {
        cancelled.store(true, ordering: .releasing)
        for _ in 0..<workers { vacant.signal() }
    }
}
