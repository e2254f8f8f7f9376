import CoherenceKit
import Foundation
import FuzzSupport

/// libFuzzer entry: read the input as an .xlsx answer sheet of the fixed framework (zip, XML, cells,
/// then the assessment it stands for).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Data(FuzzInput.bytes(data, size))
    do {
        _ = try AnswerSheetImport.read(bytes, file: "fuzz.xlsx", framework: FixedFramework.framework).text
    } catch {
        _ = error.description
    }
    return 0
}
