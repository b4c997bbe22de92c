/* TEST-ONLY Wine shim, never shipped in the release.
 *
 * Qt 6.12's Qt6Core.dll imports 20 ucnv_* functions from the system ICU (icuuc.dll, part of Windows 10 1809
 * and later). Wine 8 has no icuuc.dll, so Qt6Core does not load at all. This stub answers "no converter"
 * for every charset, which makes Qt fall back to its built-in codecs (UTF-8/16/32, Latin-1, system locale):
 * enough for the test suite and the smoke test, which never use legacy code pages through Qt.
 */
#include <stdint.h>
#include <stddef.h>

typedef int32_t UErrorCode;
typedef uint16_t UChar;
typedef int8_t UBool;
typedef void UConverter;
typedef void (*Callback)(void);

enum { U_UNSUPPORTED_ERROR = 16, U_FILE_ACCESS_ERROR = 4 };

static void fail(UErrorCode *err, UErrorCode code)
{
    if (err && *err <= 0)
        *err = code;
}

UConverter *ucnv_open(const char *name, UErrorCode *err)
{
    (void)name;
    fail(err, U_FILE_ACCESS_ERROR);
    return NULL;
}

void ucnv_close(UConverter *cnv) { (void)cnv; }
void ucnv_reset(UConverter *cnv) { (void)cnv; }
void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
int8_t ucnv_getMaxCharSize(const UConverter *cnv) { (void)cnv; return 1; }
int32_t ucnv_countAvailable(void) { return 0; }
const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }

const char *ucnv_getName(const UConverter *cnv, UErrorCode *err)
{
    (void)cnv;
    fail(err, U_UNSUPPORTED_ERROR);
    return "";
}

const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err)
{
    (void)name; (void)standard;
    fail(err, U_UNSUPPORTED_ERROR);
    return NULL;
}

void ucnv_getToUCallBack(const UConverter *cnv, Callback *action, const void **context)
{
    (void)cnv;
    if (action) *action = NULL;
    if (context) *context = NULL;
}

void ucnv_getFromUCallBack(const UConverter *cnv, Callback *action, const void **context)
{
    ucnv_getToUCallBack(cnv, action, context);
}

void ucnv_setToUCallBack(UConverter *cnv, Callback action, const void *context,
                                               Callback *old_action, const void **old_context, UErrorCode *err)
{
    (void)action; (void)context;
    ucnv_getToUCallBack(cnv, old_action, old_context);
    fail(err, U_UNSUPPORTED_ERROR);
}

void ucnv_setFromUCallBack(UConverter *cnv, Callback action, const void *context,
                                                 Callback *old_action, const void **old_context, UErrorCode *err)
{
    ucnv_setToUCallBack(cnv, action, context, old_action, old_context, err);
}

void ucnv_toUnicode(UConverter *cnv, UChar **target, const UChar *target_limit,
                                          const char **source, const char *source_limit, int32_t *offsets,
                                          UBool flush, UErrorCode *err)
{
    (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
    fail(err, U_UNSUPPORTED_ERROR);
}

void ucnv_fromUnicode(UConverter *cnv, char **target, const char *target_limit,
                                            const UChar **source, const UChar *source_limit, int32_t *offsets,
                                            UBool flush, UErrorCode *err)
{
    (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
    fail(err, U_UNSUPPORTED_ERROR);
}

void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length,
                                                 int32_t offset_index, UErrorCode *err)
{
    (void)args; (void)source; (void)length; (void)offset_index;
    fail(err, U_UNSUPPORTED_ERROR);
}

void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *source_limit,
                                                   int32_t offset_index, UErrorCode *err)
{
    (void)args; (void)source; (void)source_limit; (void)offset_index;
    fail(err, U_UNSUPPORTED_ERROR);
}

int32_t ucnv_toUCountPending(const UConverter *cnv, UErrorCode *err)
{
    (void)cnv; (void)err;
    return 0;
}

int32_t ucnv_fromUCountPending(const UConverter *cnv, UErrorCode *err)
{
    (void)cnv; (void)err;
    return 0;
}
