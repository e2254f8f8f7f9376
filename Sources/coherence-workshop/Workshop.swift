import ArgumentParser

/// `coherence-workshop`: the local web app for a national review workshop (DESIGN.md §10).
@main
struct Workshop: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coherence-workshop",
        abstract: "Run a review workshop: ministries answer from their browsers, the room sees coherence live.",
        subcommands: [ServeCommand.self, ExportCommand.self, ImportCommand.self]
    )
}
