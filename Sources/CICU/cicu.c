// Forwards the toolkit's stable C names to the system libicu (see include/cicu.h).
#include "cicu.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uenum.h>
#include <unicode/ulocdata.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/uset.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

#define STATUS(p) ((UErrorCode *)(p))

const char *cicu_errorName(int32_t status) { return u_errorName((UErrorCode)status); }

void cicu_icuVersion(char *buffer) {
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, buffer);
}

void cicu_unicodeVersion(char *buffer) {
    UVersionInfo info;
    u_getUnicodeVersion(info);
    u_versionToString(info, buffer);
}

void cicu_cldrVersion(char *buffer, int32_t *status) {
    UVersionInfo info = {0};
    ulocdata_getCLDRVersion(info, STATUS(status));
    u_versionToString(info, buffer);
}

// MARK: Character properties

static int inCategories(int32_t c, uint32_t mask) { return (U_MASK(u_charType(c)) & mask) != 0; }

int cicu_isWhiteSpace(int32_t c) { return u_hasBinaryProperty(c, UCHAR_WHITE_SPACE); }
int cicu_isLetter(int32_t c) { return inCategories(c, U_GC_L_MASK); }
int cicu_isMark(int32_t c) { return inCategories(c, U_GC_M_MASK); }
int cicu_isDigit(int32_t c) { return u_charType(c) == U_DECIMAL_DIGIT_NUMBER; }
int cicu_isNumber(int32_t c) { return inCategories(c, U_GC_N_MASK); }
int cicu_isPunctuation(int32_t c) { return inCategories(c, U_GC_P_MASK); }
int cicu_isSymbol(int32_t c) { return inCategories(c, U_GC_S_MASK); }
int cicu_isFormat(int32_t c) { return u_charType(c) == U_FORMAT_CHAR; }
int cicu_isUppercase(int32_t c) { return u_isUUppercase(c); }
int cicu_isAlphabetic(int32_t c) { return u_isUAlphabetic(c); }

int cicu_isEmojiStart(int32_t c) {
    return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) || u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR);
}

int32_t cicu_wordBreakProperty(int32_t c) { return u_getIntPropertyValue(c, UCHAR_WORD_BREAK); }
int32_t cicu_sentenceBreakProperty(int32_t c) { return u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK); }
int cicu_isExtendedPictographic(int32_t c) { return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC); }
int cicu_isComplexContext(int32_t c) { return u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT; }

int32_t cicu_scriptNumber(int32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &status);
    return U_FAILURE(status) ? USCRIPT_UNKNOWN : script;
}

const char *cicu_scriptCode(int32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &status);
    return U_FAILURE(status) ? "Zzzz" : uscript_getShortName(script);
}

// MARK: Break iterators

CICUBreakIterator *cicu_breakOpen(int32_t kind, const char *locale, int32_t *status) {
    return (CICUBreakIterator *)ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, STATUS(status));
}

CICUBreakIterator *cicu_breakClone(const CICUBreakIterator *iterator, int32_t *status) {
    return (CICUBreakIterator *)ubrk_clone((const UBreakIterator *)iterator, STATUS(status));
}

void cicu_breakClose(CICUBreakIterator *iterator) { ubrk_close((UBreakIterator *)iterator); }

void cicu_breakSetText(CICUBreakIterator *iterator, const uint16_t *text, int32_t length, int32_t *status) {
    ubrk_setText((UBreakIterator *)iterator, (const UChar *)text, length, STATUS(status));
}

int32_t cicu_breakFirst(CICUBreakIterator *iterator) { return ubrk_first((UBreakIterator *)iterator); }
int32_t cicu_breakNext(CICUBreakIterator *iterator) { return ubrk_next((UBreakIterator *)iterator); }

int32_t cicu_breakFollowing(CICUBreakIterator *iterator, int32_t offset) {
    return ubrk_following((UBreakIterator *)iterator, offset);
}

int32_t cicu_breakPreceding(CICUBreakIterator *iterator, int32_t offset) {
    return ubrk_preceding((UBreakIterator *)iterator, offset);
}

int cicu_breakIsBoundary(CICUBreakIterator *iterator, int32_t offset) {
    return ubrk_isBoundary((UBreakIterator *)iterator, offset);
}

int32_t cicu_breakRuleStatus(CICUBreakIterator *iterator) { return ubrk_getRuleStatus((UBreakIterator *)iterator); }

int32_t cicu_breakBinaryRules(CICUBreakIterator *iterator, uint8_t *buffer, int32_t capacity, int32_t *status) {
    return ubrk_getBinaryRules((UBreakIterator *)iterator, buffer, capacity, STATUS(status));
}

// MARK: Transliterators

CICUTransliterator *cicu_translitOpen(const uint16_t *id, int32_t idLength, int32_t direction,
                                      const uint16_t *rules, int32_t rulesLength,
                                      int32_t *errorLine, int32_t *errorOffset, int32_t *status) {
    UParseError parseError = {0};
    UTransliterator *trans = utrans_openU((const UChar *)id, idLength, (UTransDirection)direction,
                                          (const UChar *)rules, rulesLength, &parseError, STATUS(status));
    if (errorLine) *errorLine = parseError.line;
    if (errorOffset) *errorOffset = parseError.offset;
    return (CICUTransliterator *)trans;
}

CICUTransliterator *cicu_translitOpenInverse(const CICUTransliterator *trans, int32_t *status) {
    return (CICUTransliterator *)utrans_openInverse((const UTransliterator *)trans, STATUS(status));
}

CICUTransliterator *cicu_translitClone(const CICUTransliterator *trans, int32_t *status) {
    return (CICUTransliterator *)utrans_clone((const UTransliterator *)trans, STATUS(status));
}

void cicu_translitClose(CICUTransliterator *trans) { utrans_close((UTransliterator *)trans); }

const uint16_t *cicu_translitID(const CICUTransliterator *trans, int32_t *length) {
    return (const uint16_t *)utrans_getUnicodeID((const UTransliterator *)trans, length);
}

CICUEnumeration *cicu_translitAvailableIDs(int32_t *status) {
    return (CICUEnumeration *)utrans_openIDs(STATUS(status));
}

// MARK: Enumerations

const uint16_t *cicu_enumNext(CICUEnumeration *enumeration, int32_t *length, int32_t *status) {
    return (const uint16_t *)uenum_unext((UEnumeration *)enumeration, length, STATUS(status));
}

void cicu_enumClose(CICUEnumeration *enumeration) { uenum_close((UEnumeration *)enumeration); }

// MARK: Normalization and case

const CICUNormalizer *cicu_normalizer(int32_t form, int32_t *status) {
    switch (form) {
    case CICU_NFC: return (const CICUNormalizer *)unorm2_getNFCInstance(STATUS(status));
    case CICU_NFD: return (const CICUNormalizer *)unorm2_getNFDInstance(STATUS(status));
    case CICU_NFKC: return (const CICUNormalizer *)unorm2_getNFKCInstance(STATUS(status));
    case CICU_NFKD: return (const CICUNormalizer *)unorm2_getNFKDInstance(STATUS(status));
    case CICU_NFKC_CASEFOLD: return (const CICUNormalizer *)unorm2_getNFKCCasefoldInstance(STATUS(status));
    default: *status = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
}

int32_t cicu_normalize(const CICUNormalizer *normalizer, const uint16_t *source, int32_t length,
                       uint16_t *destination, int32_t capacity, int32_t *status) {
    return unorm2_normalize((const UNormalizer2 *)normalizer, (const UChar *)source, length,
                            (UChar *)destination, capacity, STATUS(status));
}

int cicu_normalizerBoundaryBefore(const CICUNormalizer *normalizer, int32_t c) {
    return unorm2_hasBoundaryBefore((const UNormalizer2 *)normalizer, c);
}

int32_t cicu_foldCase(const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity,
                      int32_t *status) {
    return u_strFoldCase((UChar *)destination, capacity, (const UChar *)source, length, U_FOLD_CASE_DEFAULT,
                         STATUS(status));
}

// MARK: Sentence rules

int cicu_isLowercase(int32_t c) { return u_isULowercase(c); }
// MARK: Transliteration plugin (transform source sets)

int32_t cicu_translitSourceRanges(const CICUTransliterator *trans, int32_t *ranges, int32_t capacity,
                                  int32_t *status) {
    USet *set = utrans_getSourceSet((const UTransliterator *)trans, false, NULL, STATUS(status));
    if (U_FAILURE(*STATUS(status))) return 0;
    int32_t count = uset_getRangeCount(set);
    for (int32_t i = 0; i < count && i < capacity; i++) {
        UChar32 start, end;
        uset_getItem(set, i, &start, &end, NULL, 0, STATUS(status));
        ranges[2 * i] = start;
        ranges[2 * i + 1] = end;
    }
    uset_close(set);
    return count;
}
