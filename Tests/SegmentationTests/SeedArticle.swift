import Foundation
import Toolkit

/// The seed article, `seeds/000_ef7fff25dfa5f362.txt` in this repository (from the team's shared seeds).
enum SeedArticle {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds/000_ef7fff25dfa5f362.txt")

    static var text: String { try! String(contentsOf: url, encoding: .utf8) }

    static var document: Document { Document(id: "000_ef7fff25dfa5f362", text: text, language: "ar") }
}
