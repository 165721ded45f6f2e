"""docs/RECONCILE.md states the rules the code applies."""
from pathlib import Path

from tollwatch.resolve import conflicts, dedupe
from tollwatch.resolve.reconcile import RULES

DOC = Path(__file__).resolve().parents[2] / "docs" / "RECONCILE.md"


def test_doc_names_the_rules_version_and_thresholds():
    text = DOC.read_text(encoding="utf-8")
    assert f"`{RULES}`" in text
    assert f"**{conflicts.WINDOW_DAYS} days**" in text
    assert f"under {dedupe.SHORT_WORDS} words" in text
    assert "more than half" in text and dedupe.JACCARD == 0.5
    assert "## Worked example" in text
