/* TEST-ONLY Wine shim, never shipped in the release.
 *
 * Qt's Windows platform plugin asks mscms!WcsCreateIccProfile for the screen's colour profile when a window
 * first shows. Wine 8 exports it as an unimplemented stub that aborts the process. This proxy answers "no
 * profile" (Qt then assumes sRGB) and forwards every other export to Wine's own mscms (copied as mscms_wine).
 */
#include <windows.h>

HANDLE WINAPI WcsCreateIccProfile(HANDLE profile, DWORD options)
{
    (void)profile; (void)options;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}
