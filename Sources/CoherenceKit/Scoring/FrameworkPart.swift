/// The part of a scorecard entry that the framework alone decides (ids, titles, lists), kept once
/// per framework and shared by reference, compared and hashed by value.
///
/// An entry is copied into every scorecard and again while it is rendered; copying it then
/// retains this one object instead of each string and list in it, from whichever thread.
/// Each conforming class is a plain (not generic) class: a generic one had its metadata built at
/// run time, once per process, for each kind of entry.
protocol FrameworkPart: AnyObject, Hashable, Sendable {
    associatedtype Fields: Hashable & Sendable
    var fields: Fields { get }
}

extension FrameworkPart {
    static func == (left: Self, right: Self) -> Bool {
        left === right || left.fields == right.fields
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(fields)
    }
}
