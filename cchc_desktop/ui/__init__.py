"""The PySide6 user interface: main window, pages, dialogs and table models.

Widgets only build and show; behaviour lives in presenters that call the core services. Questions to the user
go through :class:`~cchc_desktop.ui.prompts.Prompter`, which tests replace with a fake.
"""
