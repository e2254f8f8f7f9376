import CoherenceKit
import FuzzSupport
import YAML

/// libFuzzer entry: load the input as an assessment of the fixed framework, score it, render it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    guard let root = try? YAMLParser().parse(bytes, file: "fuzz.yaml"),
        let assessment = try? AssessmentLoader.load(root, against: FixedFramework.framework)
    else { return 0 }
    let card = Scorer.score(assessment, against: FixedFramework.compiled)
    _ = ScorecardJSON.render(card)
    _ = ScorecardText.render(card)
    return 0
}
