import CoherenceKit
import FuzzSupport
import YAML

/// libFuzzer entry: parse the input as YAML and load it as a framework, then compile its expressions.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    guard let root = try? YAMLParser().parse(bytes, file: "fuzz.yaml") else { return 0 }
    do {
        let framework = try FrameworkLoader.load(root)
        _ = CompiledFramework(framework)
    } catch {
        // Diagnostics must render without trouble.
        _ = error.description
    }
    return 0
}
