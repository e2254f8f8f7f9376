/// Writing answered values as people write them: `3`, not `3.0`; `2.5` stays `2.5`.
public enum LevelText {
    /// `value` without a fractional part when it is whole.
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), value.magnitude < 1e15 { return String(Int(value)) }
        return value.description
    }
}
