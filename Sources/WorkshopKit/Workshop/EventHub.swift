public import Foundation
import Synchronization

/// Tells the event streams of a workshop that something changed, right after it is durable: a
/// change made by this process (the service), or by another process on the same database (the
/// store's `relayChanges`).
///
/// Streams read the changes themselves from the store (from the last id they sent), so a wake-up
/// that is missed, merged with another or repeated loses nothing and sends nothing twice.
public final class EventHub: Sendable {
    private let listeners = Mutex<[String: [UUID: AsyncStream<Void>.Continuation]]>([:])

    public init() {}

    /// A stream that yields once now and after every change to `workshop`, until `stop` is called with its id.
    public func listen(to workshop: String) -> (id: UUID, wakeUps: AsyncStream<Void>) {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let id = UUID()
        listeners.withLock { $0[workshop, default: [:]][id] = continuation }
        continuation.yield()
        return (id, stream)
    }

    /// Wakes one listener up without a change (a heartbeat).
    public func poke(_ id: UUID, in workshop: String) {
        listeners.withLock { $0[workshop]?[id] }?.yield()
    }

    public func stop(_ id: UUID, in workshop: String) {
        let continuation = listeners.withLock { all in
            defer { if all[workshop]?.isEmpty == true { all[workshop] = nil } }
            return all[workshop]?.removeValue(forKey: id)
        }
        continuation?.finish()
    }

    /// Wakes every listener of `workshop`.
    public func publish(_ workshop: String) {
        for continuation in listeners.withLock({ Array($0[workshop]?.values ?? [:].values) }) { continuation.yield() }
    }

    /// Wakes every listener of every workshop (after a lost connection to the database's notifications).
    public func publishAll() {
        for continuation in listeners.withLock({ $0.values.flatMap(\.values) }) { continuation.yield() }
    }

    /// How many streams are open, for tests.
    public var count: Int {
        listeners.withLock { $0.values.reduce(0) { $0 + $1.count } }
    }
}
