"""Measure the extractor on annotated reports (../shared/eval/dev): `evaluate(path)`."""
from .run import EvalReport, evaluate, format_table

__all__ = ["EvalReport", "evaluate", "format_table"]
