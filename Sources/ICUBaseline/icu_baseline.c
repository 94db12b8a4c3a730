#include "icu_baseline.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

struct ICUBaseline {
    UBreakIterator *sentences;
    UBreakIterator *words;
    UTransliterator *transform;
    UChar *buffer;
    int32_t capacity;
    UChar *scratch;
    int32_t scratchCapacity;
};

ICUBaseline *icu_baseline_open(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    ICUBaseline *b = calloc(1, sizeof(ICUBaseline));
    b->sentences = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &status);
    b->words = ubrk_open(UBRK_WORD, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        icu_baseline_close(b);
        return NULL;
    }
    return b;
}

void icu_baseline_close(ICUBaseline *b) {
    if (!b) return;
    if (b->sentences) ubrk_close(b->sentences);
    if (b->words) ubrk_close(b->words);
    if (b->transform) utrans_close(b->transform);
    free(b->buffer);
    free(b->scratch);
    free(b);
}

static void reserve(UChar **buffer, int32_t *capacity, int32_t needed) {
    if (needed <= *capacity) return;
    *capacity = needed * 2;
    *buffer = realloc(*buffer, sizeof(UChar) * (size_t)*capacity);
}

int32_t icu_baseline_convert(ICUBaseline *b, const char *utf8, int32_t length) {
    reserve(&b->buffer, &b->capacity, length + 1);
    UErrorCode status = U_ZERO_ERROR;
    int32_t out = 0;
    u_strFromUTF8(b->buffer, b->capacity, &out, utf8, length, &status);
    return U_FAILURE(status) ? -1 : out;
}

static int32_t count(UBreakIterator *it, const UChar *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(it, text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t n = 0;
    for (int32_t p = ubrk_first(it); p != UBRK_DONE; p = ubrk_next(it)) n++;
    return n;
}

int32_t icu_baseline_sentences(ICUBaseline *b, int32_t length) { return count(b->sentences, b->buffer, length); }

int32_t icu_baseline_sentences_in(ICUBaseline *b, const uint16_t *text, int32_t length) {
    return count(b->sentences, (const UChar *)text, length);
}

int32_t icu_baseline_words(ICUBaseline *b, int32_t length) { return count(b->words, b->buffer, length); }

/// Opens the baseline's transform on first use; returns whether it is open.
static int openTransform(ICUBaseline *b, const uint16_t *transformID, int32_t idLength) {
    if (b->transform) return 1;
    UErrorCode status = U_ZERO_ERROR;
    b->transform = utrans_openU((const UChar *)transformID, idLength, UTRANS_FORWARD, NULL, 0, NULL, &status);
    return U_SUCCESS(status);
}

/// Copies `length` units of the converted text from `start` into the scratch buffer and transliterates them there.
static int32_t transformPiece(ICUBaseline *b, int32_t start, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    reserve(&b->scratch, &b->scratchCapacity, length * 4 + 16);
    memcpy(b->scratch, b->buffer + start, sizeof(UChar) * (size_t)length);
    int32_t textLength = length, limit = length;
    utrans_transUChars(b->transform, b->scratch, &textLength, b->scratchCapacity, 0, &limit, &status);
    return U_FAILURE(status) ? -1 : textLength;
}

int32_t icu_baseline_transliterate(ICUBaseline *b, const uint16_t *transformID, int32_t idLength, int32_t length) {
    if (!openTransform(b, transformID, idLength)) return -1;
    return transformPiece(b, 0, length);
}

int32_t icu_baseline_transliterate_pieces(ICUBaseline *b, const uint16_t *transformID, int32_t idLength,
                                          const int32_t *bounds, int32_t count) {
    if (!openTransform(b, transformID, idLength)) return -1;
    int32_t total = 0;
    for (int32_t i = 0; i < count; i++) {
        int32_t written = transformPiece(b, bounds[2 * i], bounds[2 * i + 1] - bounds[2 * i]);
        if (written < 0) return -1;
        total += written;
    }
    return total;
}
