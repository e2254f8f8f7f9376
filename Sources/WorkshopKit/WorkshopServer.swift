import Foundation
public import Hummingbird
import Logging

/// The workshop web app: the JSON API and the pages, over one service.
public enum WorkshopServer {
    /// The router of every route.
    public static func router(_ service: WorkshopService) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        // First, so that it wraps every route added after it.
        router.add(middleware: RequestLogMiddleware(logger: service.logger))
        AdminAPI.add(to: router, service: service)
        WorkshopAPI.add(to: router, service: service)
        PageRoutes.add(to: router, service: service)
        AdminRoutes.add(to: router, service: service)
        return router
    }

    /// The application, listening on `host`:`port` (0: a free port); `onRunning` gets the port bound.
    public static func application(
        _ service: WorkshopService, host: String, port: Int,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        // The framework's own messages, in the same format; requests and changes are logged by the service.
        var logger = service.logger
        logger.logLevel = .warning
        return Application(
            router: router(service),
            configuration: .init(address: .hostname(host, port: port), serverName: "coherence-workshop"),
            services: [ChangeRelay(service: service)],
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }
}

/// The admin token: read from its file, or made and written there (mode 0600) when the file is missing.
public enum AdminToken {
    public static func load(_ path: String) throws -> String {
        let manager = FileManager.default
        if manager.fileExists(atPath: path) {
            let text = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else {
                throw WorkshopError.invalid(
                    "\(path): error: the admin token file is empty: delete it to make a new token")
            }
            return text
        }
        let token = Tokens.generate()
        guard
            manager.createFile(
                atPath: path, contents: Data((token + "\n").utf8), attributes: [.posixPermissions: 0o600])
        else {
            throw WorkshopError.invalid(
                "\(path): error: cannot write the admin token file: check that its folder exists and is writable")
        }
        return token
    }
}
