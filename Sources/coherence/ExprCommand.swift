import ArgumentParser
import CEL
import CoherenceKit
import YAML

struct ExprCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expr",
        abstract: "Evaluate one expression of the rules language and print its value as JSON.",
        discussion: "Example: coherence expr \"size(rcps) > 1 && 'colombo-process' in rcps\" --vars profile.yaml"
    )

    @Argument(help: "The expression, in the rules language (a subset of CEL).")
    var expression: String

    @Option(help: "A YAML or JSON mapping of variable names to values.")
    var vars: String?

    func run() throws {
        var variables: [String: Value] = [:]
        if let vars {
            do {
                variables = try ExpressionVariables.variables(from: InputFile.parse(vars))
            } catch let error as InputError {
                Console.report(error)
                throw Exit.code(for: error)
            } catch let error as Diagnostics {
                Console.report(.invalid(error))
                throw Exit.invalidInput
            }
        }
        let program: Program
        do {
            program = try Program.parse(expression)
        } catch {
            // Parse errors already name their column.
            Console.error("error: \(error.message)")
            throw Exit.invalidInput
        }
        switch program.evaluate(Activation(variables: variables)) {
        case .success(let value):
            Console.print(value.json)
        case .failure(let error):
            Console.error("error: \(error.message)" + (error.offset.map { " (column \($0 + 1))" } ?? ""))
            throw Exit.invalidInput
        }
    }
}
