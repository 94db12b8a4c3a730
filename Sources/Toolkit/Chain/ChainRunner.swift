import Foundation

extension Chain {
    /// Runs the chain over many documents, `jobs` at a time, and hands back the
    /// results in input order.
    ///
    /// The calling thread and `jobs - 1` worker threads analyse the documents,
    /// which a thread of their own reads, or which they read in turn (see
    /// ``SourceReading``). At most `inFlight` documents (default `16 × jobs`)
    /// are read but not yet delivered, so memory stays bounded on endless
    /// streams. Each worker, the caller included, has its own ``StageContext``
    /// (its own ICU handles), closed when the run ends. `finish` runs on the
    /// thread that analysed the document (use it to serialize output in
    /// parallel). `deliver` is called in input order, as soon as a result is
    /// next, one call at a time, each before the next and all before `run`
    /// returns: by the thread that finished the document next in order (the
    /// caller or a worker), which also delivers the results ready after it. So
    /// an output is mostly delivered by the thread that made it, from its own
    /// core's cache. A document that fails is delivered as a failure in its
    /// place; the others go on. What `deliver` throws stops the run, and `run`
    /// throws it.
    public func run<Output: Sendable>(
        _ sources: some Sequence<DocumentSource>,
        jobs: Int,
        inFlight: Int? = nil,
        reading: SourceReading = .ownThread,
        finish: @escaping @Sendable (Result<Document, DocumentFailure>) -> Output,
        deliver: (Output) throws -> Void
    ) throws {
        let jobs = max(1, jobs)
        if jobs == 1 {
            let context = StageContext()
            for source in sources { try deliver(finish(analyse(source, context: context))) }
            return
        }
        // The pool lets go of `deliver` in `shutDown`, before this returns.
        try withoutActuallyEscaping(deliver) { deliver in
            let pool = OrderedWorkPool(
                chain: self, jobs: jobs, limit: max(jobs, inFlight ?? 16 * jobs), input: sources, reading: reading,
                finish: finish, deliver: deliver)
            defer { pool.shutDown() }
            try pool.analyseAndDeliverAll()
        }
    }

    /// Runs the chain over documents in memory and returns every result in input order.
    public func run(_ documents: [Document], jobs: Int) -> [Result<Document, DocumentFailure>] {
        var results: [Result<Document, DocumentFailure>] = []
        results.reserveCapacity(documents.count)
        try! run(documents.lazy.map(DocumentSource.document), jobs: jobs, reading: .inTurns, finish: { $0 }) {
            results.append($0)
        }
        return results
    }

    func analyse(_ source: DocumentSource, context: StageContext) -> Result<Document, DocumentFailure> {
        do {
            var document = try source.makeDocument()
            try process(&document, context: context)
            return .success(document)
        } catch {
            return .failure(error)
        }
    }
}
