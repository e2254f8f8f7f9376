import CEL
import FuzzSupport

/// libFuzzer entry: parse the input as a CEL expression, check it, and evaluate it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let source = FuzzInput.text(data, size)
    guard let program = try? Program.parse(source) else { return 0 }
    _ = program.check(FuzzActivation.declarations)
    _ = program.calls(to: "level")
    _ = program.fieldSelections(on: "profile")
    if case .success(let value) = program.evaluate(FuzzActivation.activation) {
        _ = value.json
    }
    return 0
}
