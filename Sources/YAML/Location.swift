#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A place in a source file: 1-based line and column, columns counted in characters.
///
/// Every node of a parsed tree has one, so it holds its file as a number among the names
/// ``FileNames`` keeps rather than as a string: copying or freeing a location then touches no
/// reference count, where a string of more than 15 bytes (most paths) is retained and released
/// with every node, from every thread.
public struct Location: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    /// The file's number in ``FileNames/shared``: equal numbers are equal names.
    private var fileNumber: UInt32

    public var file: String {
        get { FileNames.shared.name(fileNumber) }
        set { fileNumber = FileNames.shared.number(of: newValue) }
    }

    public init(file: String, line: Int, column: Int) {
        self.init(fileNumber: FileNames.shared.number(of: file), line: line, column: column)
    }

    /// A location in the file numbered `fileNumber` (see ``FileNames/number(of:)``).
    init(fileNumber: UInt32, line: Int, column: Int) {
        self.line = line
        self.column = column
        self.fileNumber = fileNumber
    }

    /// `file:line:column`, the form editors and terminals link to.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (a: Location, b: Location) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// The names of the files that locations point into, each kept once for the life of the process.
///
/// Names are only ever added: a location must be able to name its file for as long as it
/// exists, and a run reads a bounded set of files (one short string each). Safe to use from
/// several threads: a pthread mutex, which the thread sanitizer understands, guards the tables.
final class FileNames: @unchecked Sendable {
    static let shared = FileNames()

    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    /// Names by number, and numbers by name.
    private var names: [String] = []
    private var numbers: [String: UInt32] = [:]

    private init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    /// The number of `name`, given it the first time it is asked for.
    func number(of name: String) -> UInt32 {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if let number = numbers[name] { return number }
        let number = UInt32(names.count)
        names.append(name)
        numbers[name] = number
        return number
    }

    /// The name numbered `number`.
    func name(_ number: UInt32) -> String {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return names[Int(number)]
    }
}
