// Transliteration straight into a growable UTF-16 buffer (see cicu_translitApplyInBuffer in include/cicu.h).
//
// ICU's C call, utrans_transUChars, wraps the caller's array in a UnicodeString, transforms it
// and copies the result back, and reports an overflow only after the work is done. A transform
// run token by token pays that wrapping on every token. Here ICU edits the buffer itself, through
// a Replaceable over one piece of it, and the buffer grows when a replacement needs room.
#include "cicu.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/rep.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

namespace {

/// The units `buffer->units[base ..< base + length]` as a whole text: what lies before `base` is
/// not context, and nothing follows the piece in the buffer, so replacements move only its tail.
class BufferPiece final : public icu::Replaceable {
  public:
    BufferPiece(CICUTextBuffer *buffer, int32_t base, int32_t length)
        : buffer_(buffer), base_(base), length_(length) {}

    int32_t length() const { return length_; }
    bool failed() const { return failed_; }

    void handleReplaceBetween(int32_t start, int32_t limit, const icu::UnicodeString &text) override {
        clamp(start, limit);
        const int32_t inserted = text.length();
        const int32_t newLength = length_ - (limit - start) + inserted;
        if (newLength > length_ && !reserve(base_ + newLength)) return;
        char16_t *piece = units();
        memmove(piece + start + inserted, piece + limit, sizeof(char16_t) * (size_t)(length_ - limit));
        if (inserted > 0) text.extract(0, inserted, piece + start);
        length_ = newLength;
    }

    void extractBetween(int32_t start, int32_t limit, icu::UnicodeString &target) const override {
        clamp(start, limit);
        target.setTo(units() + start, limit - start);
    }

    void copy(int32_t start, int32_t limit, int32_t dest) override {
        clamp(start, limit);
        icu::UnicodeString copied(units() + start, limit - start);
        handleReplaceBetween(dest, dest, copied);
    }

    UBool hasMetaData() const override { return false; }

  protected:
    int32_t getLength() const override { return length_; }

    char16_t getCharAt(int32_t offset) const override {
        return offset >= 0 && offset < length_ ? units()[offset] : 0xFFFF;
    }

    UChar32 getChar32At(int32_t offset) const override {
        if (offset < 0 || offset >= length_) return 0xFFFF;
        UChar32 c;
        U16_GET(units(), 0, offset, length_, c);
        return c;
    }

  private:
    CICUTextBuffer *buffer_;
    int32_t base_;
    int32_t length_;
    bool failed_ = false;

    char16_t *units() const { return reinterpret_cast<char16_t *>(buffer_->units) + base_; }

    /// Keeps `start` and `limit` within the piece and in order, as UnicodeString does.
    void clamp(int32_t &start, int32_t &limit) const {
        if (start < 0) start = 0;
        if (start > length_) start = length_;
        if (limit < start) limit = start;
        if (limit > length_) limit = length_;
    }

    bool reserve(int32_t capacity) {
        if (failed_ || !cicu_textBufferReserve(buffer_, capacity)) {
            failed_ = true;
            return false;
        }
        return true;
    }
};

} // namespace

int cicu_textBufferReserve(CICUTextBuffer *buffer, int32_t capacity) {
    if (capacity <= buffer->capacity) return 1;
    int64_t grown = (int64_t)buffer->capacity * 2;
    if (grown < capacity) grown = capacity;
    if (grown > INT32_MAX) grown = INT32_MAX;
    void *units = realloc(buffer->units, sizeof(uint16_t) * (size_t)grown);
    if (units == NULL) return 0;
    buffer->units = static_cast<uint16_t *>(units);
    buffer->capacity = (int32_t)grown;
    return 1;
}

void cicu_textBufferFree(CICUTextBuffer *buffer) {
    free(buffer->units);
    buffer->units = NULL;
    buffer->capacity = 0;
}

int32_t cicu_translitApplyInBuffer(const CICUTransliterator *trans, CICUTextBuffer *buffer, int32_t start,
                                   int32_t length, int32_t *status) {
    if (*status > 0) return length;
    BufferPiece piece(buffer, start, length);
    reinterpret_cast<const icu::Transliterator *>(trans)->transliterate(piece, 0, length);
    if (piece.failed()) *status = U_MEMORY_ALLOCATION_ERROR;
    return piece.length();
}
