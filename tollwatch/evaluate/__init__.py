"""Measure the extractor on annotated reports (../shared/eval/dev): `evaluate(path, split=)`."""
from .report import EvalReport, format_side_by_side, format_table
from .run import evaluate, evaluate_splits

__all__ = ["EvalReport", "evaluate", "evaluate_splits", "format_side_by_side", "format_table"]
