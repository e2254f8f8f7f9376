import CoherenceKit
import Foundation
import Synchronization
import Testing

/// Work spread over threads comes back in input order, in bounded windows, whatever the timing.
@Suite struct OrderedWorkTests {
    /// Every index is worked once and delivered once, in order, for every mix of sizes.
    @Test(arguments: [(0, 4, 8), (1, 4, 8), (7, 1, 3), (100, 2, 8), (100, 4, 7), (1000, 3, 64), (5, 8, 2)])
    func deliversEveryResultOnceInOrder(count: Int, jobs: Int, window: Int) {
        let worked = Worked()
        var delivered: [Int] = []
        OrderedWork.run(count: count, jobs: jobs, window: window) { index in
            worked.append(index)
            return index * index
        } deliver: { index, square in
            #expect(square == index * index)
            delivered.append(index)
        }
        #expect(delivered == Array(0..<count))
        #expect(worked.indices.sorted() == Array(0..<count))
    }

    /// Never more than a window of results is held: the work on input i starts only once the
    /// result of input i - window has been taken to be handed on.
    @Test func holdsAtMostOneWindowOfResults() {
        let window = 8
        let delivered = Atomic<Int>(0)
        let earlyStarts = Atomic<Int>(0)
        OrderedWork.run(count: 200, jobs: 4, window: window) { index in
            if delivered.load(ordering: .sequentiallyConsistent) < index - window {
                earlyStarts.add(1, ordering: .sequentiallyConsistent)
            }
            return index
        } deliver: { _, _ in
            delivered.add(1, ordering: .sequentiallyConsistent)
        }
        #expect(earlyStarts.load(ordering: .sequentiallyConsistent) == 0)
        #expect(delivered.load(ordering: .sequentiallyConsistent) == 200)
    }

    /// Uneven work (some inputs far slower than others) still comes back in order.
    @Test func slowInputsDoNotReorderResults() {
        var delivered: [Int] = []
        OrderedWork.run(count: 40, jobs: 3, window: 16) { index in
            var sum = 0
            for step in 0..<(index % 5 == 0 ? 200_000 : 10) { sum &+= step }
            return (index, sum)
        } deliver: { index, result in
            #expect(result.0 == index)
            delivered.append(index)
        }
        #expect(delivered == Array(0..<40))
    }

    /// A delivery that throws stops the run: nothing after it is delivered.
    @Test func aThrowingDeliveryStopsTheRun() {
        struct Stop: Error {}
        var delivered: [Int] = []
        #expect(throws: Stop.self) {
            try OrderedWork.run(count: 50, jobs: 2, window: 8) {
                $0
            } deliver: { index, _ in
                if index == 11 { throw Stop() }
                delivered.append(index)
            }
        }
        #expect(delivered == Array(0..<11))
    }

    @Test func availableJobsIsAtLeastOne() {
        #expect(OrderedWork.availableJobs >= 1)
    }
}

/// The indices worked, from any thread. A pthread mutex (`NSLock`), not `Synchronization.Mutex`,
/// so that the thread sanitizer sees the locking.
private final class Worked: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [Int] = []

    func append(_ index: Int) {
        lock.lock()
        defer { lock.unlock() }
        list.append(index)
    }

    var indices: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}
