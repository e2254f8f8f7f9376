import CEL

/// Parses and evaluates `source`, turning a parse error into a failed result.
func evaluate(
    _ source: String, _ variables: [String: Value] = [:], limits: Limits = .default
) -> Result<
    Value, CELError
> {
    do {
        return try Program.parse(source, limits: limits).evaluate(Activation(variables: variables))
    } catch {
        return .failure(error)
    }
}

/// The parse error of `source`, or nil when it parses.
func parseError(_ source: String, limits: Limits = .default) -> CELError? {
    do {
        _ = try Program.parse(source, limits: limits)
        return nil
    } catch {
        return error
    }
}

extension Result where Success == Value, Failure == CELError {
    /// The error message, or nil on success.
    var errorMessage: String? {
        if case .failure(let error) = self { return error.message }
        return nil
    }

    var value: Value? { try? get() }
}
