/// `mini`: a two-item framework and an assessment of it, small enough to read in a test.
public enum Mini {
    public static let framework = """
        framework:
          id: mini
          version: "1"
          title: Mini checklist
          default_scale: maturity
          default_target: 2
        scales:
          maturity:
            levels:
              - {value: 0, label: Absent}
              - {value: 1, label: Adopted}
              - {value: 2, label: Implemented}
        sections:
          - id: law
            title: Law
            items:
              - {id: LAW-01, question: Is there a migration law?}
              - {id: LAW-02, question: Is it enforced?}

        """

    public static let assessment = """
        assessment:
          framework: mini
          framework_version: "1"
          country: {code: VLR, name: Valoria}
          period: "2026"
        answers:
          LAW-01: Implemented
          LAW-02: 1

        """

    /// A fresh folder with `Frameworks/mini.yaml` and `a.yaml`.
    ///
    /// - Throws: The file system's error when the files cannot be written.
    public static func workspace() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.write("Frameworks/mini.yaml", framework)
        try directory.write("a.yaml", assessment)
        return directory
    }
}
