"""The recipient groups page (nhóm nơi nhận)."""

from .page import RecipientGroupsPage

__all__ = ["RecipientGroupsPage"]
