/// Writing answered values as people write them: `3`, not `3.0`; `2.5` stays `2.5`.
public enum LevelText {
    /// `value` as an integer when it is whole and below 10^15 in size; nil otherwise. Text and JSON
    /// write such a value without a fractional part, and any other as Swift prints a double
    /// (inputs are bounded to 10^12, so larger values are never whole answers).
    public static func whole(_ value: Double) -> Int? {
        value.magnitude < 1e15 ? Int(exactly: value) : nil
    }

    /// `value` without a fractional part when it is whole.
    public static func format(_ value: Double) -> String {
        whole(value).map(String.init) ?? value.description
    }
}
