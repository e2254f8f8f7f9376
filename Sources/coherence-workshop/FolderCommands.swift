import ArgumentParser
import CoherenceKit
import Foundation
import WorkshopKit

/// Options shared by the commands that open the database.
struct StoreOptions: ParsableArguments {
    @Option(help: "The SQLite database file, or a PostgreSQL database's URL (postgres://USER@HOST:PORT/DATABASE).")
    var db = "workshop.sqlite"

    @Option(help: "The folder where frameworks are found.")
    var frameworks = "Frameworks"

    /// The service over the database; the admin token is not needed to export or import.
    func service() async throws -> WorkshopService {
        WorkshopService(
            store: try await StoreOpening.open(db), catalog: FrameworkCatalog(directory: frameworks),
            adminToken: Tokens.generate())
    }
}

/// `coherence-workshop export`: a workshop as a folder of YAML files.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Write a workshop as a folder: responses/ID.yaml per ministry and assessment.yaml (national, with decisions); with --all, every workshop of the server, whole (with workshop.yaml and history.yaml), one folder each."
    )

    @Argument(help: "The workshop id (not with --all).")
    var workshop: String?

    @Flag(help: "Export every workshop, archived ones included, so that 'import --all' can rebuild the server.")
    var all = false

    @Option(name: [.customShort("o"), .customLong("output")], help: "The folder to write.")
    var output: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await Failure.report {
            switch (workshop, all) {
            case (let id?, false):
                for path in try await WorkshopFolder.export(id, from: try await store.service(), to: output) {
                    print(path)
                }
            case (nil, true):
                for path in try await ServerFolder.export(from: try await store.service(), to: output) { print(path) }
            default:
                Failure.fail("error: give a workshop id, or --all for every workshop, not both", code: 64)
            }
        }
    }
}

/// `coherence-workshop import`: a folder of responses (and decisions) as a new workshop.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Create a workshop from a folder written by export or from responses filled in offline (FOLDER/responses/*.yaml); with --into, add offline responses to a workshop."
    )

    @Argument(help: "The folder to read; with --into, response files or folders of them.")
    var folder: [String]

    @Option(help: "Add the responses to this existing workshop instead of creating one.")
    var into: String?

    @Flag(
        help:
            "Read a folder written by 'export --all': every workshop with its id, status and history; new tokens are printed."
    )
    var all = false

    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await Failure.report {
            if let into {
                let count = try await WorkshopFolder.add(responses: folder, to: into, in: try await store.service())
                print("workshop \(into): \(count) answers imported")
                return
            }
            guard folder.count == 1 else {
                Failure.fail(
                    "error: import reads one folder (or pass --into WORKSHOP to add response files to a workshop)",
                    code: 64)
            }
            let created =
                all
                ? try await ServerFolder.import(from: folder[0], into: try await store.service())
                : [try await WorkshopFolder.import(from: folder[0], into: try await store.service())]
            for workshop in created {
                print("workshop \(workshop.id)")
                print("facilitator: token \(workshop.facilitator.token), code \(workshop.facilitator.code)")
                for holder in workshop.respondents { print("\(holder.id): token \(holder.token), code \(holder.code)") }
            }
        }
    }
}

/// Errors on stderr with the exit codes of DESIGN.md §7.
enum Failure {
    static func report(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as WorkshopError {
            let message = error.message.contains(": error: ") ? error.message : "error: " + error.message
            fail(message, code: error == .notFound(error.message) ? 66 : 65)
        } catch let error as InputError {
            if case .invalid = error { fail(error.description, code: 65) }
            fail(error.description, code: 66)
        } catch let error as OutputError {
            fail(error.description, code: 73)
        } catch {
            fail("error: \(error)", code: 74)
        }
    }

    static func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
        exit(code)
    }
}
