"""The plans and resolutions page (kế hoạch, nghị quyết) and its editor of targets (chỉ tiêu)."""

from .page import PlansPage

__all__ = ["PlansPage"]
