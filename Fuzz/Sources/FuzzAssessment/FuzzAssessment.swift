import CoherenceKit
import FuzzSupport
import YAML

/// libFuzzer entry: parse the input as YAML and load it as an assessment of the fixed framework.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    guard let file = try? AssessmentFile(bytes: bytes, file: "fuzz.yaml") else { return 0 }
    do {
        _ = try file.frameworkReference()
    } catch {
        _ = error.description
    }
    do {
        _ = try file.assessment(against: FixedFramework.framework)
    } catch {
        _ = error.description
    }
    return 0
}
