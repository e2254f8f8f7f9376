/// Framework YAML that several test fixtures share, written once and interpolated into their text.
public enum FixtureText {
    /// The five-level maturity scale (0 Absent, 1 Initiated, 2 Adopted, 3 Implemented,
    /// 4 Monitored) as an entry of a framework's `scales:` mapping, at its indentation.
    public static let maturityScale = """
          maturity:
            levels:
              - {value: 0, label: Absent}
              - {value: 1, label: Initiated}
              - {value: 2, label: Adopted}
              - {value: 3, label: Implemented}
              - {value: 4, label: Monitored}
        """
}
