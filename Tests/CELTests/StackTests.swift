import CEL
import Foundation
import Testing

/// The deepest accepted expressions must parse, check and evaluate on a thread with a small stack.
///
/// Debug builds give every function a large frame: the deepest expressions need about 700 KiB
/// there, and under 512 KiB in release builds. Threads get 8 MiB by default on Linux.
@Suite struct StackTests {
    static let stackSize = 1024 * 1024

    static let deepest: [String] = [
        String(repeating: "(", count: 100) + "x" + String(repeating: ")", count: 100),
        String(repeating: "[", count: 100) + "x" + String(repeating: "]", count: 100),
        String(repeating: "{'k': ", count: 100) + "x" + String(repeating: "}", count: 100),
        String(repeating: "x.all(y, ", count: 99) + "true" + String(repeating: ")", count: 99),
        String(repeating: "size(", count: 99) + "'x'" + String(repeating: ")", count: 99),
        String(repeating: "false ? 1 : ", count: 100) + "x",
        String(repeating: "-", count: 100) + "x",
        "x" + String(repeating: " + 1", count: 100),
    ]

    @Test(arguments: deepest.indices)
    func deepestExpressionsFitASmallStack(index: Int) async {
        let source = Self.deepest[index]
        let outcome: String = await withCheckedContinuation { continuation in
            let thread = Thread {
                var outcome = ""
                do {
                    let program = try Program.parse(source)
                    _ = program.check(Declarations(variables: ["x"]))
                    _ = program.evaluate(Activation(variables: ["x": 1]))
                    _ = program.fieldSelections(on: "x")
                    outcome = "parsed"
                } catch {
                    outcome = "\(error)"
                }
                continuation.resume(returning: outcome)
            }
            thread.stackSize = Self.stackSize
            thread.start()
        }
        #expect(outcome == "parsed")
    }
}
