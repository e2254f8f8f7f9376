import CoherenceKit
import Foundation

/// `GenerateAssessments FRAMEWORK.yaml COUNT DIR`: writes COUNT assessments of the framework into DIR.
@main
struct GenerateAssessments {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count == 4, let count = Int(arguments[2]), count > 0 else {
            FileHandle.standardError.write(Data("usage: GenerateAssessments FRAMEWORK.yaml COUNT DIR\n".utf8))
            exit(64)
        }
        let framework: Framework
        do {
            framework = try InputFile.framework(at: arguments[1])
        } catch {
            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            exit(65)
        }
        let directory = URL(fileURLWithPath: arguments[3])
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let writer = AssessmentWriter(framework: framework)
            for index in 0..<count {
                let name = String(format: "a%05d.yaml", index)
                try Data(writer.text(index: index).utf8).write(to: directory.appendingPathComponent(name))
            }
        } catch {
            FileHandle.standardError.write(Data("cannot write to \(directory.path): \(error)\n".utf8))
            exit(73)
        }
    }
}
