"""``python -m cchc_desktop`` starts the desktop application."""

import sys

from .app import main

sys.exit(main())
