"""Interactive charts (pyqtgraph) for the "Đồ thị" page.

Each chart widget only draws what it is handed (see :mod:`.data` for the plain values it takes); the page owns
the data. The printable counterparts for reports and the CLI are in :mod:`cchc_desktop.documents.charts` and use
the same colours. pyqtgraph is imported by these modules, so import them only where a chart is shown (the pages
are built lazily), never at start-up.
"""
