import Testing
@testable import Toolkit

/// A worker's resources, which stages name after input (a break iterator per document language).
struct StageContextRegressionTests {
    final class Handle {
        nonisolated(unsafe) static var open = 0
        init() { Self.open += 1 }
        deinit { Self.open -= 1 }
    }

    /// 20,000 JSONL records with 20,000 different `lang` values kept 40,000 ICU break iterators
    /// open in one worker of the segment chain (250 MB, against 28 MB for one language).
    @Test func aStageKeepsABoundedNumberOfResourcesAndClosesTheOldest() {
        let context = StageContext()
        weak let first = context.resource(named: "lang-0") { Handle() }
        for index in 1..<1000 { _ = context.resource(named: "lang-\(index)") { Handle() } }
        #expect(first == nil)
        #expect(Handle.open == StageContext.maximumResourcesPerStage)
        #expect(context.resource(named: "lang-999") { Handle() } === context.resource(named: "lang-999") { Handle() })
        context.releaseResources()
        #expect(Handle.open == 0)
    }
}
