"""The chart colours, as hex strings, shared by the printed charts (reportlab) and the window's (pyqtgraph)."""

SERIES = ("#1f5fa8", "#c0392b", "#2e8b57", "#d68910", "#7d3c98", "#117a8b")
HIGHLIGHT = "#c0392b"  # the own province
MUTED = "#9db4d0"  # the other provinces
