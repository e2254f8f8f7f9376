import CoherenceKit
import Foundation
import YAML

/// The frameworks a server offers, loaded from one folder once each and shared by every request.
///
/// `@unchecked Sendable`: its mutable state is only touched with `lock` held.
public final class FrameworkCatalog: @unchecked Sendable {
    private let lock = NSLock()
    private var library: FrameworkLibrary
    private var batch = ScoringBatch()
    /// The report crosswalk once read: `.some(nil)` when the folder has none.
    private var crosswalk: Crosswalk??

    public init(directory: String) {
        library = FrameworkLibrary(directory: directory)
    }

    public var directory: String { library.directory }

    /// Framework `id` at `version` (the last version in the folder when nil), with its expressions compiled.
    public func framework(_ id: String, version: String?) throws(Diagnostics) -> CompiledFramework {
        lock.lock()
        defer { lock.unlock() }
        let chosen = version ?? library.versions(of: id).last ?? ""
        let reference = FrameworkReference(
            id: id, version: chosen, location: .init(file: "request", line: 1, column: 1))
        return batch.compiled(try library.framework(for: reference))
    }

    /// The crosswalk gap reports show a country's profile on (the folder's `crosswalks/gcm.yaml`),
    /// read once; nil when the folder has none or it does not load, as `coherence report` would refuse it.
    public var reportCrosswalk: Crosswalk? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = crosswalk { return cached }
        let loaded = try? InputFile.reportCrosswalk(library: &library)
        crosswalk = .some(loaded)
        return loaded
    }
}
