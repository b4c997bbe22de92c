"""The Qt-free domain, in two layers.

Kernel: the modules directly in this package (``text``, ``formats``, ``body``, ``deadlines``, ``workdays``,
``ranks``, ``criteria``, ``provinces``, ``errors``, ``enums``, ``paste``, ``table_reader``, ``xlsx_io``,
``atomic_files``, ``register_chain``, ``register_row``, ``result_tables``, ``notice_builder``, ``notice_model``,
``notice_drafting``, ``task_drafting``, ``os_errors``, …). Value types and rules on plain values; they import only
the standard library, small third-party libraries (holidays, openpyxl for reading) and other kernel modules: never
``cchc_desktop.store``, ``core.services``, ``core.demo``, SQLAlchemy, Alembic or Qt. ``documents/`` builds on the
kernel alone.

Application: :mod:`cchc_desktop.core.services` (one short transaction per use case, against the store) and
:mod:`cchc_desktop.core.demo` (builds the demo database through the services and the store). The window and the
CLI reach the data only through the services.

``tests/test_architecture.py`` enforces both rules.
"""
