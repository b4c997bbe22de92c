/* TEST-ONLY Wine shim, never shipped in the release.
 *
 * Python 3.12's `platform` module asks WMI through _wmi.pyd, which converts every value with
 * propsys!VariantToString. Wine 8 exports it as an unimplemented stub that aborts the process (SQLAlchemy
 * calls `platform` on import). This proxy implements it and forwards every other export to Wine's own
 * propsys (copied as propsys_wine).
 */
#include <windows.h>
#include <oleauto.h>

#define INSUFFICIENT_BUFFER ((HRESULT)0x8007007AL)

HRESULT WINAPI VariantToString(const VARIANT *var, PWSTR out, UINT cch)
{
    VARIANT text;
    HRESULT hr;
    UINT len;

    if (!out || !cch)
        return E_INVALIDARG;
    out[0] = 0;
    VariantInit(&text);
    hr = VariantChangeType(&text, (VARIANT *)var, 0, VT_BSTR);
    if (FAILED(hr))
        return hr;
    len = text.bstrVal ? SysStringLen(text.bstrVal) : 0;
    if (len >= cch) {
        VariantClear(&text);
        return INSUFFICIENT_BUFFER;
    }
    if (len)
        memcpy(out, text.bstrVal, len * sizeof(WCHAR));
    out[len] = 0;
    VariantClear(&text);
    return S_OK;
}
