// The toolkit's bridge to the system's libicu, with stable, version-free names.
//
// ICU's own headers rename every function through macros (`ubrk_open` becomes
// `ubrk_open_72`) that Swift cannot import, and their types would clash with
// the copy of ICU inside Swift's Foundation. So this header exposes only
// plain C types and opaque handles; cicu.c includes ICU and forwards each call
// (translit_buffer.cpp reaches ICU's C++ API where its C API would cost more).
// Status codes are ICU's UErrorCode values: zero is success, positive is failure.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct CICUBreakIterator CICUBreakIterator;
typedef struct CICUTransliterator CICUTransliterator;
typedef struct CICUEnumeration CICUEnumeration;
typedef struct CICUNormalizer CICUNormalizer;

// MARK: Errors and versions

/// ICU's name for a status code, e.g. "U_ILLEGAL_ARGUMENT_ERROR".
const char *cicu_errorName(int32_t status);
/// ICU's library version, e.g. "72.1", into a buffer of at least 20 bytes.
void cicu_icuVersion(char *buffer);
/// The Unicode version ICU implements, e.g. "15.0".
void cicu_unicodeVersion(char *buffer);
/// The CLDR version of ICU's locale data, e.g. "42.0".
void cicu_cldrVersion(char *buffer, int32_t *status);

// MARK: Character properties

int cicu_isWhiteSpace(int32_t c);
int cicu_isLetter(int32_t c);
int cicu_isMark(int32_t c);
int cicu_isDigit(int32_t c);
int cicu_isNumber(int32_t c);
int cicu_isPunctuation(int32_t c);
int cicu_isSymbol(int32_t c);
int cicu_isFormat(int32_t c);
int cicu_isUppercase(int32_t c);
int cicu_isAlphabetic(int32_t c);
/// Extended_Pictographic or Regional_Indicator: the start of an emoji.
int cicu_isEmojiStart(int32_t c);
/// The ISO 15924 short name of the character's script, e.g. "Arab", "Latn", "Zyyy".
const char *cicu_scriptCode(int32_t c);
/// ICU's number for the character's script (a UScriptCode): equal for two characters of one script.
int32_t cicu_scriptNumber(int32_t c);
/// The character's Unicode Word_Break property, numbered as ICU's UWordBreakValues
/// (0 Other, 1 ALetter, 2 Format, …, 22 WSegSpace).
int32_t cicu_wordBreakProperty(int32_t c);
/// The character's Unicode Sentence_Break property, numbered as ICU's USentenceBreak
/// (0 Other, 1 ATerm, 2 Close, …, 14 SContinue).
int32_t cicu_sentenceBreakProperty(int32_t c);
/// Extended_Pictographic: emoji and other pictographs, which word rules treat apart.
int cicu_isExtendedPictographic(int32_t c);
/// Line_Break=Complex_Context (Thai, Lao, Khmer, Myanmar …): text ICU segments with dictionaries.
int cicu_isComplexContext(int32_t c);

// MARK: Break iterators

enum { CICU_BREAK_CHARACTER = 0, CICU_BREAK_WORD = 1, CICU_BREAK_LINE = 2, CICU_BREAK_SENTENCE = 3 };

CICUBreakIterator *cicu_breakOpen(int32_t kind, const char *locale, int32_t *status);
CICUBreakIterator *cicu_breakClone(const CICUBreakIterator *iterator, int32_t *status);
void cicu_breakClose(CICUBreakIterator *iterator);
/// ICU reads `text` in place: keep the buffer alive and unmoved while iterating.
void cicu_breakSetText(CICUBreakIterator *iterator, const uint16_t *text, int32_t length, int32_t *status);
int32_t cicu_breakFirst(CICUBreakIterator *iterator);
/// The next boundary, or -1 when there is none.
int32_t cicu_breakNext(CICUBreakIterator *iterator);
int32_t cicu_breakFollowing(CICUBreakIterator *iterator, int32_t offset);
int32_t cicu_breakPreceding(CICUBreakIterator *iterator, int32_t offset);
int cicu_breakIsBoundary(CICUBreakIterator *iterator, int32_t offset);
/// The status of the rule that made the current boundary (ICU's UWordBreak / USentenceBreakTag values).
int32_t cicu_breakRuleStatus(CICUBreakIterator *iterator);
/// The iterator's compiled rules, copied into `buffer` when they fit; returns their length in bytes.
/// Two iterators with the same compiled rules find the same boundaries.
int32_t cicu_breakBinaryRules(CICUBreakIterator *iterator, uint8_t *buffer, int32_t capacity, int32_t *status);

// MARK: Transliterators

enum { CICU_FORWARD = 0, CICU_REVERSE = 1 };

/// Opens a transform by ID (`rules` NULL) or from rules (then `id` names it).
/// On a rules syntax error, `errorLine` and `errorOffset` say where it is.
CICUTransliterator *cicu_translitOpen(const uint16_t *id, int32_t idLength, int32_t direction,
                                      const uint16_t *rules, int32_t rulesLength,
                                      int32_t *errorLine, int32_t *errorOffset, int32_t *status);
CICUTransliterator *cicu_translitOpenInverse(const CICUTransliterator *trans, int32_t *status);
CICUTransliterator *cicu_translitClone(const CICUTransliterator *trans, int32_t *status);
void cicu_translitClose(CICUTransliterator *trans);
/// A UTF-16 buffer that transforms write into, grown with `realloc`; start it zeroed.
typedef struct CICUTextBuffer {
    uint16_t *units;
    int32_t capacity;
} CICUTextBuffer;
/// Makes room for at least `capacity` units, keeping the contents; returns 0 when memory runs out.
int cicu_textBufferReserve(CICUTextBuffer *buffer, int32_t capacity);
void cicu_textBufferFree(CICUTextBuffer *buffer);
/// Transliterates `buffer->units[start ..< start + length]` in place, as a text of its own (the units
/// before it are not context), growing the buffer when the result needs more room; returns the
/// result's length. Units after the piece are not kept. Faster than `cicu_translitApply` on short
/// pieces: ICU edits the buffer itself rather than a string copied back at the end.
int32_t cicu_translitApplyInBuffer(const CICUTransliterator *trans, CICUTextBuffer *buffer, int32_t start,
                                   int32_t length, int32_t *status);
/// The transliterator's ID (UTF-16, not NUL-terminated).
const uint16_t *cicu_translitID(const CICUTransliterator *trans, int32_t *length);
/// Every registered transform ID.
CICUEnumeration *cicu_translitAvailableIDs(int32_t *status);

// MARK: Enumerations

/// The next string (UTF-16), or NULL at the end.
const uint16_t *cicu_enumNext(CICUEnumeration *enumeration, int32_t *length, int32_t *status);
void cicu_enumClose(CICUEnumeration *enumeration);

// MARK: Normalization and case

enum { CICU_NFC = 0, CICU_NFD = 1, CICU_NFKC = 2, CICU_NFKD = 3, CICU_NFKC_CASEFOLD = 4 };

/// A shared normalizer; never closed (ICU owns it).
const CICUNormalizer *cicu_normalizer(int32_t form, int32_t *status);
/// Normalizes `source` into `destination`; returns the full length needed.
int32_t cicu_normalize(const CICUNormalizer *normalizer, const uint16_t *source, int32_t length,
                       uint16_t *destination, int32_t capacity, int32_t *status);
/// Whether a normalization boundary falls before `c` (text can be normalized piecewise there).
int cicu_normalizerBoundaryBefore(const CICUNormalizer *normalizer, int32_t c);
/// Full case folding of `source` into `destination`; returns the full length needed.
int32_t cicu_foldCase(const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity,
                      int32_t *status);

// MARK: Sentence rules
/// Whether `c` is lowercase (Unicode Lowercase), for telling a sentence's continuation from its start.
int cicu_isLowercase(int32_t c);

// MARK: Transliteration plugin (transform source sets)

/// The characters `trans` may change, as inclusive ranges: `ranges[2i]...ranges[2i+1]`.
/// Fills at most `capacity` ranges and returns how many there are (call again with more room when larger).
/// Multi-character strings in the set are not reported.
int32_t cicu_translitSourceRanges(const CICUTransliterator *trans, int32_t *ranges, int32_t capacity,
                                  int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
