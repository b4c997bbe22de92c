"""Run by the Windows Python under Wine: post WM_CLOSE to the visible top-level windows whose title starts with
the given text, as Windows does when the user closes them; prints how many."""

import ctypes
import sys
from ctypes import wintypes

WM_CLOSE = 0x0010
user32 = ctypes.windll.user32
prefix = sys.argv[1]
found = []


@ctypes.WINFUNCTYPE(wintypes.BOOL, wintypes.HWND, wintypes.LPARAM)
def visit(hwnd, _):
    length = user32.GetWindowTextLengthW(hwnd)
    buffer = ctypes.create_unicode_buffer(length + 1)
    user32.GetWindowTextW(hwnd, buffer, length + 1)
    if user32.IsWindowVisible(hwnd) and buffer.value.startswith(prefix):
        found.append((hwnd, buffer.value))
    return True


user32.EnumWindows(visit, 0)
for hwnd, title in found:
    user32.PostMessageW(hwnd, WM_CLOSE, 0, 0)
    print("WM_CLOSE", title.encode("ascii", "replace").decode())
print("closed", len(found))
