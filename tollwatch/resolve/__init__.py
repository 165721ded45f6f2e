"""Many reports, one toll: pure functions, no I/O.

dedupe (near-duplicate articles) -> conflicts (episodes) -> series (each source's latest
figures) -> reconcile (low / best / high per conflict, category and side, with provenance).
"""
from .conflicts import Conflict
from .reconcile import CategoryToll, ConflictToll, SideToll, assign_conflicts, reconcile

__all__ = ["CategoryToll", "Conflict", "ConflictToll", "SideToll", "assign_conflicts",
           "reconcile"]
