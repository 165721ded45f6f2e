"""Many reports, one toll: pure functions, no I/O.

dedupe (near-duplicate articles) -> conflicts (episodes) -> series (each source's latest
figures) -> reconcile (low / best / high per conflict, category and side, with provenance).
"""
from .conflicts import Conflict
from .episodes import Episodes, assign_conflicts, link_episodes
from .reconcile import CategoryToll, ConflictToll, SideToll, reconcile

__all__ = ["CategoryToll", "Conflict", "ConflictToll", "Episodes", "SideToll",
           "assign_conflicts", "link_episodes", "reconcile"]
