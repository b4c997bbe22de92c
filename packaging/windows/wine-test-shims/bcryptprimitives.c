/* TEST-ONLY Wine shim, never shipped in the release.
 *
 * Rust's standard library (inside the `cryptography` wheel that the test-only PDF reader pulls in) takes its
 * random numbers from bcryptprimitives!ProcessPrng on Windows 10 and later. Wine 8 has no such DLL; this one
 * answers from Wine's bcrypt.
 */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
