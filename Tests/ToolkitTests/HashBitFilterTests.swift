import Testing
import Toolkit

/// The filter the keyword and quote stages ask before their large tables: it may say yes wrongly, never no.
struct HashBitFilterTests {
    @Test func everyInsertedHashIsFoundAndAnEmptyFilterHoldsNothing() {
        var generator = SystemRandomNumberGenerator()
        let inserted = (0..<5_000).map { _ in UInt64.random(in: .min ... .max, using: &generator) }
        var filter = HashBitFilter()
        #expect(!inserted.contains { filter.mayContain(hash: $0) })
        for hash in inserted { filter.insert(hash: hash) }
        #expect(inserted.allSatisfy { filter.mayContain(hash: $0) })
        // 5,000 bits of 131,072 set: about 4% of other hashes pass.
        let others = (0..<10_000).map { _ in UInt64.random(in: .min ... .max, using: &generator) }
        #expect(others.filter { filter.mayContain(hash: $0) }.count < 1_000)
    }
}
