/// Writing answered values as people write them: `3`, not `3.0`; `2.5` stays `2.5`.
public enum LevelText {
    /// `value` as an integer when it is whole and within ±2^53, where every integer is a double
    /// exactly; nil otherwise. Every output (text, JSON, YAML) writes such a value without a
    /// fractional part, and any other as a double.
    public static func whole(_ value: Double) -> Int? {
        value.magnitude <= 9_007_199_254_740_992 ? Int(exactly: value) : nil
    }

    /// `value` without a fractional part when it is whole.
    public static func format(_ value: Double) -> String {
        whole(value).map(String.init) ?? value.description
    }
}
