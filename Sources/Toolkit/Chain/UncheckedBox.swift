/// Hands a value that one thread at a time uses to another thread.
package final class UncheckedBox<Value>: @unchecked Sendable {
    package var value: Value
    package init(_ value: Value) { self.value = value }
}
