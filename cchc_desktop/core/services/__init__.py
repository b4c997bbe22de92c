"""Use cases: each public method is one short transaction against the store.

Services take a :class:`~cchc_desktop.store.db.Database`, return plain dataclasses (never live ORM objects, so
no session outlives a call) and raise :class:`~cchc_desktop.core.errors.CchcError` subclasses with Vietnamese
messages for the user.
"""
