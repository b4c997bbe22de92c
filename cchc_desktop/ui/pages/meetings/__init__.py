"""The meetings page (cuộc họp, kết luận): list, editor with attendees, reports, conclusion and tasks."""

from .page import MeetingsPage

__all__ = ["MeetingsPage"]
