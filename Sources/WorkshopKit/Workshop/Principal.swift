/// Who a request comes from, as its token says.
public enum Principal: Sendable, Hashable {
    /// The server's administrator: creates workshops.
    case admin
    /// The facilitator of one workshop.
    case facilitator(workshop: String)
    /// One ministry of one workshop.
    case respondent(workshop: String, id: String)

    /// How the history names them.
    public var name: String {
        switch self {
        case .admin: "admin"
        case .facilitator: "facilitator"
        case .respondent(_, let id): id
        }
    }

    /// Whether this is the facilitator of `workshop`.
    func facilitates(_ workshop: String) -> Bool {
        self == .facilitator(workshop: workshop)
    }

    /// Whether this principal may read and change `respondent`'s answers in `workshop`: that
    /// respondent, or the workshop's facilitator.
    func answers(for respondent: String, in workshop: String) -> Bool {
        facilitates(workshop) || self == .respondent(workshop: workshop, id: respondent)
    }

    /// Whether this principal belongs to `workshop` at all.
    func belongs(to workshop: String) -> Bool {
        switch self {
        case .admin: false
        case .facilitator(let id), .respondent(let id, _): id == workshop
        }
    }
}

/// Why a request is refused; the API maps each case to its status code (DESIGN.md §10).
public enum WorkshopError: Error, Sendable, Equatable {
    /// 401: no token, or one the server does not know.
    case unauthorized(String)
    /// 403: a known token of another role, respondent or workshop.
    case forbidden(String)
    /// 404: no such workshop, respondent or item.
    case notFound(String)
    /// 409: the item changed since the answer was loaded.
    case conflict(String)
    /// 413: a body over the limit.
    case tooLarge(String)
    /// 422: an invalid answer or request.
    case invalid(String)

    public var message: String {
        switch self {
        case .unauthorized(let m), .forbidden(let m), .notFound(let m), .conflict(let m), .tooLarge(let m),
            .invalid(let m):
            m
        }
    }
}
