public import CoherenceKit
import Synchronization
public import YAML

/// The frameworks a server offers, loaded from one folder once each and shared by every request.
///
/// Finding a framework takes a lock, so each is loaded and its expressions parsed once, by the
/// first request that names it, and every later request reuses them.
public final class FrameworkCatalog: Sendable {
    private struct Loaded {
        var library: FrameworkLibrary
        var batch = ScoringBatch()
        /// The report crosswalk once read: `.some(nil)` when the folder has none.
        var crosswalk: Crosswalk??
    }

    private let loaded: Mutex<Loaded>
    public let directory: String

    public init(directory: String) {
        self.directory = directory
        loaded = Mutex(Loaded(library: FrameworkLibrary(directory: directory)))
    }

    /// Framework `id` at `version` (the last version in the folder when nil), with its expressions compiled.
    public func framework(_ id: String, version: String?) throws(Diagnostics) -> CompiledFramework {
        try loaded.withLock { loaded throws(Diagnostics) in
            let chosen = version ?? loaded.library.versions(of: id).last ?? ""
            let reference = FrameworkReference(
                id: id, version: chosen, location: .init(file: "request", line: 1, column: 1))
            return loaded.batch.compiled(try loaded.library.framework(for: reference))
        }
    }

    /// The crosswalk gap reports show a country's profile on (the folder's `crosswalks/gcm.yaml`),
    /// read once; nil when the folder has none or it does not load, as `coherence report` would refuse it.
    public var reportCrosswalk: Crosswalk? {
        loaded.withLock { loaded in
            if let cached = loaded.crosswalk { return cached }
            let read = try? InputFile.reportCrosswalk(library: &loaded.library)
            loaded.crosswalk = .some(read)
            return read
        }
    }
}
