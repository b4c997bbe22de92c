"""TEST-ONLY, for the Windows CPython that runs the test suite under Wine; never shipped in the release.

Wine 8's kernel32 exports CopyFile2 as an unimplemented stub that aborts the process; Python 3.12's
shutil.copy2 (and so shutil.copytree) calls it whenever _winapi has it. Without it, shutil uses its portable
copy, as on Python 3.11.
"""

import _winapi

if hasattr(_winapi, "CopyFile2"):
    del _winapi.CopyFile2
