/// What one worker of the `keywords` stage keeps between documents, through `StageContext`:
/// used by one thread at a time, reused for every document the worker gets.
///
/// A class holding values, so that a document's work takes the values by `inout` once and
/// then runs without the run-time exclusivity checks that each access to a class's stored
/// properties would cost.
final class KeywordWorker {
    var wordForms: WordFormCache

    init(addedStopWords: InternTable) {
        wordForms = WordFormCache(addedStopWords: addedStopWords)
    }
}
