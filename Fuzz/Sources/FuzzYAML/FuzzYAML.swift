import FuzzSupport
import YAML

/// libFuzzer entry: parse the input as a YAML file. Any outcome but a crash, hang or leak is fine.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    if let root = try? YAMLParser().parse(bytes, file: "fuzz.yaml") {
        // Walk the accessors too: every node's typed value and location.
        FuzzWalk.visit(root)
    }
    return 0
}
