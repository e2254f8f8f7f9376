import ArgumentParser

/// A command whose operands are any number of file names: `Coherence.main` hands most of them to it
/// past swift-argument-parser, whose handling of a repeated argument takes time quadratic in the
/// number of values (each value copies the list gathered so far).
protocol FileOperandsCommand: ParsableCommand {
    /// The property that swift-argument-parser fills with the file names.
    static var operands: WritableKeyPath<Self, [String]> { get }
}

/// The arguments of one command line with each run of consecutive file names folded into one
/// placeholder, and the runs to unfold them again once swift-argument-parser has parsed the rest.
///
/// Only names that cannot be an option's value are folded: a word that follows another word (every
/// option of these commands takes at most one value), and everything after `--`. The first word
/// after an option stays where it is for swift-argument-parser to decide. So options, their values,
/// `--help`, error messages and exit codes are exactly as if every name had been given to it, and
/// the names keep their order.
struct FileOperands {
    /// The arguments to parse, with a placeholder where each run of names was.
    private(set) var arguments: [String]
    private var runs: [[String]] = []

    /// A placeholder no command line can hold: arguments are C strings, which end at a NUL byte.
    private static let placeholderPrefix = "\u{0}operands "

    /// Folds the names in `arguments` (the command line after the program's name) when its first
    /// word is the name of one of `commands`; otherwise keeps `arguments` as they are.
    init(_ arguments: [String], commands: [any FileOperandsCommand.Type]) {
        guard let name = arguments.first,
            commands.contains(where: { $0.configuration.commandName == name })
        else {
            self.arguments = arguments
            return
        }
        self.arguments = [name]
        var afterOption = false
        var afterTerminator = false
        var previousFolded = false
        for argument in arguments.dropFirst() {
            let isName = afterTerminator || (!argument.hasPrefix("-") && !afterOption)
            guard isName else {
                self.arguments.append(argument)
                afterOption = argument.hasPrefix("-") && argument != "--"
                afterTerminator = argument == "--"
                previousFolded = false
                continue
            }
            if previousFolded {
                runs[runs.count - 1].append(argument)
            } else {
                self.arguments.append(Self.placeholderPrefix + String(runs.count))
                runs.append([argument])
                previousFolded = true
            }
        }
    }

    /// `values` with each placeholder replaced by the names it stands for.
    func unfolded(_ values: [String]) -> [String] {
        guard !runs.isEmpty else { return values }
        var result: [String] = []
        result.reserveCapacity(values.count + runs.reduce(0) { $0 + $1.count })
        for value in values {
            if value.hasPrefix(Self.placeholderPrefix), let run = Int(value.dropFirst(Self.placeholderPrefix.count)) {
                result += runs[run]
            } else {
                result.append(value)
            }
        }
        return result
    }

    /// `command` with its file names unfolded, when it takes file names.
    func unfolded(_ command: any ParsableCommand) -> any ParsableCommand {
        guard var command = command as? any FileOperandsCommand else { return command }
        command.unfoldOperands(self)
        return command
    }
}

extension FileOperandsCommand {
    fileprivate mutating func unfoldOperands(_ operands: FileOperands) {
        self[keyPath: Self.operands] = operands.unfolded(self[keyPath: Self.operands])
    }
}
