public import CoherenceKit
public import Foundation
import YAML

/// Answers in the JSON forms of DESIGN.md §10, read and checked by the core's own answer reader
/// (the one `answers:` of an assessment file goes through), and written back in one canonical form.
public enum AnswerJSON {
    /// Why a body is not an answer, in the CLI's wording.
    public struct Invalid: Error, Sendable {
        public var message: String
    }

    /// The JSON object in `body`, or why it is not one.
    public static func object(_ body: Data) throws(Invalid) -> [String: Any] {
        guard let object = try? JSONSerialization.jsonObject(with: body), let fields = object as? [String: Any] else {
            throw Invalid(message: "the body is not a JSON object: send an answer such as {\"level\": 2}")
        }
        return fields
    }

    /// The answer in `fields` to `item`, checked against its scale; nil for an empty answer.
    public static func answer(
        _ fields: [String: Any], to item: Item, of framework: Framework, respondents: [Respondent] = []
    ) throws(Invalid) -> Answer? {
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes]),
            let text = String(data: data, encoding: .utf8)
        else { throw Invalid(message: "the body is not a JSON object: send an answer such as {\"level\": 2}") }
        do {
            // A JSON object is a YAML flow mapping: the core reads it as it reads an answer in a file.
            let node = try YAMLParser().parse(text, file: "answer")
            return try AssessmentLoader.answer(node, to: item, of: framework, respondents: respondents)
        } catch {
            throw Invalid(message: error.all.map(\.message).joined(separator: "; "))
        }
    }

    /// `answer` as canonical JSON text: `level` (a value), or `status` with its `reason`; then the details.
    public static func text(_ answer: Answer) -> String {
        var fields: [String: Any] = [:]
        switch answer.response {
        case .level(let value):
            fields["level"] = LevelText.whole(value).map { $0 as Any } ?? value as Any
        case .unknown: fields["status"] = "unknown"
        case .notApplicable(let reason):
            fields["status"] = "n/a"
            if let reason { fields["reason"] = reason }
        }
        if !answer.evidence.isEmpty { fields["evidence"] = answer.evidence }
        if let note = answer.note { fields["note"] = note }
        if let by = answer.by { fields["by"] = by }
        return serialized(fields)
    }

    /// The answer as people write it: a level value, `n/a` or `unknown`.
    public static func short(_ response: Answer.Response) -> String {
        switch response {
        case .level(let value): LevelText.format(value)
        case .notApplicable: "n/a"
        case .unknown: "unknown"
        }
    }

    /// A JSON object as compact text with sorted keys.
    public static func serialized(_ fields: [String: Any]) -> String {
        let data =
            (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// A stored JSON object; an empty one when the text is not one (the store only keeps what `serialized` wrote).
    public static func fields(_ text: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }
}
