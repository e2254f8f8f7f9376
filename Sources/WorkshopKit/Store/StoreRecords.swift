/// A workshop as the store keeps it: what is reviewed, by whom.
public struct WorkshopRecord: Sendable, Hashable {
    public var id: String
    public var framework: String
    public var version: String
    public var countryCode: String
    public var countryName: String
    public var period: String
    /// The day it was created, `YYYY-MM-DD`: the date of its responses.
    public var date: String
    /// The ministries taking part, in the order given.
    public var respondents: [RespondentRecord]
    /// The country profile (DESIGN.md §4) as a JSON object, which `applies_if` conditions read.
    public var profile: String
    /// Active, or archived (read-only).
    public var status: WorkshopStatus

    public init(
        id: String, framework: String, version: String, countryCode: String, countryName: String, period: String,
        date: String, respondents: [RespondentRecord], profile: String = "{}", status: WorkshopStatus = .active
    ) {
        self.profile = profile
        self.status = status
        self.id = id
        self.framework = framework
        self.version = version
        self.countryCode = countryCode
        self.countryName = countryName
        self.period = period
        self.date = date
        self.respondents = respondents
    }
}

/// Whether a workshop still takes changes. An archived workshop is kept whole and can be read,
/// exported and restored, but the store refuses every change to it.
public enum WorkshopStatus: String, Sendable, Hashable, CaseIterable {
    case active, archived
}

/// A line of the admin's list of workshops.
public struct WorkshopSummary: Sendable, Hashable {
    public var workshop: WorkshopRecord
    /// When its latest change was made (ISO 8601, UTC); nil when nothing was changed yet.
    public var lastChange: String?
    /// How many changes its history holds.
    public var changeCount: Int

    public init(workshop: WorkshopRecord, lastChange: String?, changeCount: Int) {
        self.workshop = workshop
        self.lastChange = lastChange
        self.changeCount = changeCount
    }
}

public struct RespondentRecord: Sendable, Hashable, Codable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// What a token (or a join code) lets its holder do. Tokens are kept only as their hash.
public struct TokenRecord: Sendable, Hashable {
    public enum Role: String, Sendable {
        case facilitator, respondent
    }

    public var hash: String
    public var workshop: String
    public var role: Role
    /// The respondent a respondent token answers for.
    public var respondent: String?

    public init(hash: String, workshop: String, role: Role, respondent: String? = nil) {
        self.hash = hash
        self.workshop = workshop
        self.role = role
        self.respondent = respondent
    }
}

/// The current value of one thing a workshop records: a ministry's answer to an item (scope: the
/// respondent id), the room's decision (scope `#decision`), or the room's state (scopes `#room`,
/// `#reveal`, `#round`). Values are JSON text.
public struct Entry: Sendable, Hashable {
    public var scope: String
    public var item: String
    public var value: String
    /// 1 for the first change, one more for each change after it (a delete included).
    public var revision: Int

    public init(scope: String, item: String, value: String, revision: Int) {
        self.scope = scope
        self.item = item
        self.value = value
        self.revision = revision
    }
}

/// One entry of the append-only history: who changed what, when, from what to what.
public struct Change: Sendable, Hashable {
    /// Increasing over the whole store: the id of the change's event.
    public var sequence: Int64
    public var workshop: String
    /// An ISO 8601 time in UTC.
    public var at: String
    public var who: String
    public var scope: String
    public var item: String
    /// The value before (JSON text), nil when there was none.
    public var before: String?
    /// The value after (JSON text), nil when the change removed it.
    public var after: String?
    public var revision: Int

    public init(
        sequence: Int64, workshop: String, at: String, who: String, scope: String, item: String, before: String?,
        after: String?, revision: Int
    ) {
        self.sequence = sequence
        self.workshop = workshop
        self.at = at
        self.who = who
        self.scope = scope
        self.item = item
        self.before = before
        self.after = after
        self.revision = revision
    }
}

/// A change to make: set (or, with a nil value, remove) one entry.
public struct ChangeRequest: Sendable, Hashable {
    public var workshop: String
    public var scope: String
    public var item: String
    public var value: String?
    public var who: String
    public var at: String
    /// The revision the change was made from: when the entry has moved on since, the change is
    /// refused (`StoreError.conflict`). Nil: no check.
    public var expectedRevision: Int?
    /// A resent request with the same key makes no second change.
    public var idempotencyKey: String?

    public init(
        workshop: String, scope: String, item: String, value: String?, who: String, at: String,
        expectedRevision: Int? = nil, idempotencyKey: String? = nil
    ) {
        self.workshop = workshop
        self.scope = scope
        self.item = item
        self.value = value
        self.who = who
        self.at = at
        self.expectedRevision = expectedRevision
        self.idempotencyKey = idempotencyKey
    }
}

/// What a change did once durable: the entry's new revision and the change's sequence number;
/// `replayed` when an earlier change with the same idempotency key is what is reported.
public struct ChangeOutcome: Sendable, Hashable {
    public var revision: Int
    public var sequence: Int64
    public var replayed: Bool

    public init(revision: Int, sequence: Int64, replayed: Bool) {
        self.revision = revision
        self.sequence = sequence
        self.replayed = replayed
    }
}

public enum StoreError: Error, Sendable {
    /// The entry changed since the revision the request was made from; `latest` is the change that moved it.
    case conflict(expected: Int, current: Int, latest: Change?)
    /// A workshop with this id exists already.
    case duplicateWorkshop(String)
    /// No workshop has this id.
    case unknownWorkshop(String)
    /// The workshop is archived: it takes no change until it is restored.
    case archived(String)
}
