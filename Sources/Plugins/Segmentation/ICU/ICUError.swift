import CICU

/// An ICU call that failed, with ICU's name for the error.
public struct ICUError: Error, Sendable, CustomStringConvertible {
    public let operation: String
    /// ICU's name for the status, e.g. `U_ILLEGAL_ARGUMENT_ERROR`.
    public let code: String

    init(_ operation: String, status: Int32) {
        self.operation = operation
        self.code = String(cString: cicu_errorName(status))
    }

    public var description: String { "\(operation) failed: \(code)" }

    /// Throws when `status` is a failure (positive).
    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
        if status > 0 { throw ICUError(operation(), status: status) }
    }
}
