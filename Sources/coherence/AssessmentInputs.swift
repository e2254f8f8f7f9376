import ArgumentParser

/// What every command over assessments takes: the assessment files or their folders, and the
/// folder their frameworks are found in.
struct AssessmentInputs: ParsableArguments {
    @Argument(help: "Assessment files, or folders of them.")
    var assessments: [String]

    @Option(help: "The folder where assessments' frameworks are found.")
    var frameworks = "Frameworks"
}
