"""Entry point of ``CCHC Desktop.exe`` in the frozen Windows build."""

from cchc_desktop.app import main

raise SystemExit(main())
