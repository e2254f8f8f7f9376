import Foundation

/// Tells the event streams of a workshop that something changed, right after it is durable.
///
/// Streams read the changes themselves from the store (from the last id they sent), so a wake-up
/// that is missed or merged with another loses nothing. `@unchecked Sendable`: the listeners are
/// only touched with `lock` held.
public final class EventHub: @unchecked Sendable {
    private let lock = NSLock()
    private var listeners: [String: [UUID: AsyncStream<Void>.Continuation]] = [:]

    public init() {}

    /// A stream that yields once now and after every change to `workshop`, until `stop` is called with its id.
    public func listen(to workshop: String) -> (id: UUID, wakeUps: AsyncStream<Void>) {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let id = UUID()
        lock.lock()
        listeners[workshop, default: [:]][id] = continuation
        lock.unlock()
        continuation.yield()
        return (id, stream)
    }

    /// Wakes one listener up without a change (a heartbeat).
    public func poke(_ id: UUID, in workshop: String) {
        lock.lock()
        let continuation = listeners[workshop]?[id]
        lock.unlock()
        continuation?.yield()
    }

    public func stop(_ id: UUID, in workshop: String) {
        lock.lock()
        let continuation = listeners[workshop]?.removeValue(forKey: id)
        if listeners[workshop]?.isEmpty == true { listeners[workshop] = nil }
        lock.unlock()
        continuation?.finish()
    }

    /// Wakes every listener of `workshop`.
    public func publish(_ workshop: String) {
        lock.lock()
        let all = Array(listeners[workshop]?.values ?? [:].values)
        lock.unlock()
        for continuation in all { continuation.yield() }
    }

    /// How many streams are open, for tests.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return listeners.values.reduce(0) { $0 + $1.count }
    }
}
