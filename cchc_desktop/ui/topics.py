"""What kind of stored records a change touched: the payload of :attr:`AppSignals.data_changed`.

Whoever called a service that changed records announces one :class:`Topic` with
:meth:`AppSignals.announce`; each page names the topics it shows (its ``TOPICS``) and reloads only after those
(see :mod:`cchc_desktop.ui.refresh`). A topic is a kind of record, not a page: a task saved anywhere is
``Topic.TASKS``, whichever page or dialog saved it.
"""

from __future__ import annotations

import enum


class Topic(enum.Enum):
    """One kind of stored records. Announce the kind whose rows were added, changed or deleted."""

    AGENCIES = enum.auto()
    """Agencies and units (the catalogue of "Cơ quan, đơn vị")."""
    PEOPLE = enum.auto()
    """People and the positions they hold (added from the meeting and issuing-body editors)."""
    PLANS = enum.auto()
    """Plans and resolutions with their targets."""
    TASKS = enum.auto()
    """Tasks and their progress reports (from the tasks page, the plans page, a meeting's conclusion, imports)."""
    MEETINGS = enum.auto()
    """Meetings, their attendees, reports and conclusions."""
    CRITERIA = enum.auto()
    """Criteria versions and their trees of fields and items."""
    INDEXES = enum.auto()
    """The catalogue of indexes (names, scales, descriptions)."""
    RESULTS = enum.auto()
    """Imported result tables (scores and ranks of the provinces)."""
    ISSUING_BODIES = enum.auto()
    """Issuing bodies of notices (names, symbols, signers)."""
    NOTICES = enum.auto()
    """Notices, drafts and issued; issuing one also adds a register entry, so the register listens to it."""
    REGISTER = enum.auto()
    """Entries of the outgoing register changed other than by issuing a notice."""
    RECIPIENT_GROUPS = enum.auto()
    """Recipient groups and their lines."""
    SETTINGS = enum.auto()
    """The stored settings (own province, drafter initials)."""


ALL_TOPICS: frozenset[Topic] = frozenset(Topic)
"""Every topic: for a listener that shows something of everything (the audit log) and for "reload all"."""
