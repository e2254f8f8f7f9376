/// A compiled `matches()` pattern: RE2 syntax, matched in time linear in the text.
///
/// The pattern compiles to a small program run as a Pike VM (a breadth-first NFA simulation), so
/// no pattern can backtrack catastrophically. Matching is over Unicode code points and finds the
/// pattern anywhere in the text, as RE2's partial match does.
///
/// Supported, as in RE2: literals; escapes `\n \t \r \f \v \a`, `\x41`, `\x{263A}`, octal `\101`
/// and escaped punctuation; `.`; classes `[...]` with ranges, negation, escapes and POSIX names
/// (`[[:alpha:]]`, `[[:^digit:]]`); `\d \w \s` and their negations (ASCII, as in RE2); `\pL`,
/// `\p{Lu}`, `\PN` general categories and `\p{Any}`; `^ $ \A \z \b \B` (`$` matches only at the
/// end unless `(?m)`); groups `(...)`, `(?:...)`, `(?P<name>...)`, `(?<name>...)`; flags `i s m U`
/// as `(?i)`, `(?i:...)`, `(?-i)`; alternation; quantifiers `* + ? {n} {n,} {n,m}` and their lazy
/// forms, with counts up to 1,000.
///
/// Where it differs from RE2: Unicode scripts (`\p{Greek}`), `\Q...\E` and `\C` are errors;
/// `(?i)` matches a character's simple lower-, upper- and titlecase forms rather than RE2's
/// case-folding orbits (so `k` does not match the Kelvin sign); categories follow the Unicode
/// version of the Swift runtime; a program is limited to 10,000 instructions rather than by
/// memory. Backreferences and lookaround are errors, as in RE2.
struct Pattern: Sendable {
    enum Instruction: Sendable {
        case set(ScalarSet)
        case split(Int, Int)
        case jump(Int)
        case assert(PatternAssertion)
        case match
    }

    static let maxInstructions = 10_000
    let program: [Instruction]

    init(_ pattern: String, at offset: Int) throws(CELError) {
        do {
            var parser = PatternParser(pattern)
            let node = try parser.parse()
            var compiler = Compiler()
            try compiler.emit(node)
            compiler.program.append(.match)
            program = compiler.program
        } catch {
            throw CELError("invalid regular expression '\(pattern)': \(error.message)", offset: offset)
        }
    }

    /// Whether the pattern matches anywhere in `text`.
    func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var current = ThreadList(size: program.count)
        var next = ThreadList(size: program.count)
        for i in 0...scalars.count {
            if add(0, to: &current, at: i, in: scalars) { return true }
            guard i < scalars.count else { break }
            let c = scalars[i]
            next.clear()
            for pc in current.pcs {
                if case .set(let set) = program[pc], set.contains(c), add(pc + 1, to: &next, at: i + 1, in: scalars) {
                    return true
                }
            }
            swap(&current, &next)
        }
        return false
    }

    /// Adds the thread at `start` and everything reachable from it without reading a character;
    /// true when that reaches a match.
    private func add(_ start: Int, to list: inout ThreadList, at i: Int, in text: [Unicode.Scalar]) -> Bool {
        var stack = [start]
        while let pc = stack.popLast() {
            guard list.insert(pc) else { continue }
            switch program[pc] {
            case .set: break
            case .match: return true
            case .jump(let target): stack.append(target)
            case .split(let first, let second):
                stack.append(second)
                stack.append(first)
            case .assert(let assertion):
                if holds(assertion, at: i, in: text) { stack.append(pc + 1) }
            }
        }
        return false
    }

    private func holds(_ assertion: PatternAssertion, at i: Int, in text: [Unicode.Scalar]) -> Bool {
        let before = i > 0 ? text[i - 1] : nil
        let after = i < text.count ? text[i] : nil
        switch assertion {
        case .textStart: return i == 0
        case .textEnd: return i == text.count
        case .lineStart: return i == 0 || before == "\n"
        case .lineEnd: return i == text.count || after == "\n"
        case .wordBoundary, .notWordBoundary:
            let boundary = (before?.isWordCharacter ?? false) != (after?.isWordCharacter ?? false)
            return boundary == (assertion == .wordBoundary)
        }
    }

    /// The program counters of the threads at one position, without repeats.
    private struct ThreadList {
        var pcs: [Int] = []
        var present: [Bool]

        init(size: Int) { present = Array(repeating: false, count: size) }

        mutating func insert(_ pc: Int) -> Bool {
            if present[pc] { return false }
            present[pc] = true
            pcs.append(pc)
            return true
        }

        mutating func clear() {
            for pc in pcs { present[pc] = false }
            pcs.removeAll(keepingCapacity: true)
        }
    }

    /// Turns a ``PatternNode`` into instructions.
    private struct Compiler {
        var program: [Instruction] = []

        mutating func append(_ instruction: Instruction) throws(PatternParser.Failure) -> Int {
            if program.count >= Pattern.maxInstructions {
                throw PatternParser.Failure(message: "pattern is too large")
            }
            program.append(instruction)
            return program.count - 1
        }

        /// Nodes emitted so far: `(){1000}` nested emits no instruction but still takes time.
        var emitted = 0

        mutating func emit(_ node: PatternNode) throws(PatternParser.Failure) {
            emitted += 1
            if emitted > Pattern.maxInstructions * 10 { throw PatternParser.Failure(message: "pattern is too large") }
            switch node {
            case .empty: break
            case .set(let set): _ = try append(.set(set))
            case .assertion(let a): _ = try append(.assert(a))
            case .concat(let items): for item in items { try emit(item) }
            case .alternate(let branches):
                var exits: [Int] = []
                for (n, branch) in branches.enumerated() {
                    if n == branches.count - 1 {
                        try emit(branch)
                    } else {
                        let split = try append(.split(0, 0))
                        try emit(branch)
                        exits.append(try append(.jump(0)))
                        program[split] = .split(split + 1, program.count)
                    }
                }
                for exit in exits { program[exit] = .jump(program.count) }
            case .repeat(let body, let min, let max):
                for _ in 0..<min { try emit(body) }
                if let max {
                    var splits: [Int] = []
                    for _ in min..<max {
                        splits.append(try append(.split(0, 0)))
                        try emit(body)
                    }
                    for split in splits { program[split] = .split(split + 1, program.count) }
                } else {
                    let loop = try append(.split(0, 0))
                    try emit(body)
                    _ = try append(.jump(loop))
                    program[loop] = .split(loop + 1, program.count)
                }
            }
        }
    }
}
