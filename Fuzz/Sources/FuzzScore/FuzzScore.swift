import CoherenceKit
import FuzzSupport
import YAML

/// libFuzzer entry: load the input as an assessment of the fixed framework, score it, render it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    guard let file = try? AssessmentFile(bytes: bytes, file: "fuzz.yaml"),
        let assessment = try? file.assessment(against: FixedFramework.framework)
    else { return 0 }
    // Compiled per input, not kept in a static: LeakSanitizer would take the parsed expressions
    // of a static (reached through enum payloads) for leaks, and its stacks are too deep to suppress.
    let card = Scorer.score(assessment, against: FixedFramework.framework)
    _ = ScorecardJSON.render(card)
    _ = ScorecardText.render(card)
    return 0
}
