import Foundation

extension InputFile {
    /// The crosswalk `name` names: a file when it ends in `.yaml` or `.yml` or holds a `/`, else
    /// `crosswalks/NAME.yaml` in the library's folder; validated against the library's frameworks.
    public static func crosswalk(_ name: String, library: inout FrameworkLibrary) throws(InputError) -> Crosswalk {
        let isPath = name.contains("/") || name.hasSuffix(".yaml") || name.hasSuffix(".yml")
        let path =
            isPath
            ? name
            : ((library.directory as NSString).appendingPathComponent("crosswalks") as NSString)
                .appendingPathComponent(name + ".yaml")
        let root = try parse(path, limits: library.limits)
        do {
            return try CrosswalkLoader.load(root, library: &library)
        } catch {
            throw .invalid(error)
        }
    }

    /// The crosswalk that gap reports show a country's profile on, `crosswalks/gcm.yaml` in the
    /// library's folder (the GCM objectives); nil when the folder has none.
    public static func reportCrosswalk(library: inout FrameworkLibrary) throws(InputError) -> Crosswalk? {
        let path = ((library.directory as NSString).appendingPathComponent("crosswalks") as NSString)
            .appendingPathComponent("gcm.yaml")
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try crosswalk(path, library: &library)
    }
}
