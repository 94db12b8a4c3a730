// Plain C loops over ICU: the baselines the benchmarks compare the toolkit against.
#ifndef ICU_BASELINE_H
#define ICU_BASELINE_H

#include <stdint.h>

/// A reusable set of ICU handles and a UTF-16 buffer for the baseline loops.
typedef struct ICUBaseline ICUBaseline;

ICUBaseline *icu_baseline_open(const char *locale);
void icu_baseline_close(ICUBaseline *baseline);

/// Converts UTF-8 to UTF-16 into the baseline's buffer; returns the UTF-16 length, or -1 on error.
int32_t icu_baseline_convert(ICUBaseline *baseline, const char *utf8, int32_t length);

/// Counts sentence boundaries in the converted text.
int32_t icu_baseline_sentences(ICUBaseline *baseline, int32_t length);
/// Counts sentence boundaries in a UTF-16 text held elsewhere (a document's own buffer).
int32_t icu_baseline_sentences_in(ICUBaseline *baseline, const uint16_t *text, int32_t length);
/// Counts word boundaries in the converted text.
int32_t icu_baseline_words(ICUBaseline *baseline, int32_t length);
/// Transliterates the converted text with `transform` (opened once by the caller's ID); returns the output length.
int32_t icu_baseline_transliterate(ICUBaseline *baseline, const uint16_t *transformID, int32_t idLength,
                                   int32_t length);
/// Transliterates each of `count` pieces of the converted text separately (piece `i` is the UTF-16 units
/// `bounds[2i] ..< bounds[2i+1]`, e.g. the word tokens), as a transform by token does; returns the total output length.
int32_t icu_baseline_transliterate_pieces(ICUBaseline *baseline, const uint16_t *transformID, int32_t idLength,
                                          const int32_t *bounds, int32_t count);

#endif
