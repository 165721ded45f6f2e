"""Measure the gate's floors: each set of floors.json on its check half, floor = figure - margin.

    .venv/bin/python tests/eval/pin_floors.py [--write] [--eval-dir ../shared/eval]

Prints, per set and key, the old floor, the check figure now and the new floor; `--write`
rewrites floors.json with the new floors. Review its diff before committing: a lowered floor is a
visible, explicit change. A `report_only` set is measured and printed, its floors stay null. A key
the report does not give (field absent) keeps its old floor.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from datetime import datetime, timezone
from pathlib import Path

from tollwatch.evaluate import evaluate

FLOORS = Path(__file__).with_name("floors.json")
DEFAULT_EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"


def floor_of(figure: float, margin: float) -> float:
    """figure - margin, rounded down to 0.001 (never below 0)."""
    return max(0.0, math.floor(round((figure - margin) * 1000, 6)) / 1000)


def measure(data: dict, eval_dir: Path) -> dict:
    """A copy of floors.json's data with every floor re-measured; prints old -> new."""
    new = json.loads(json.dumps(data))
    margin = data["margin"]
    print(f"{'set':<28}{'key':<26}{'old':>7}{'check':>8}{'new':>7}")
    for name, spec in new["sets"].items():
        report = evaluate(eval_dir / "dev" / name, split=spec["split"], limit=spec.get("limit"))
        for key, old in spec["floors"].items():
            field, group, measure_ = key.split("/")
            got = report.metric(field, group, measure_)
            if got is not None and not spec.get("report_only"):
                spec["floors"][key] = floor_of(got, margin)
            shown = "-" if got is None else f"{got:.3f}"
            print(f"{name:<28}{key:<26}{old!s:>7}{shown:>8}{spec['floors'][key]!s:>7}")
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    new["measured"] = f"{stamp}, tests/eval/pin_floors.py --write (tollwatch eval --split check)"
    return new


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--write", action="store_true", help="rewrite floors.json")
    args = parser.parse_args(argv)
    if not (args.eval_dir / "dev").is_dir():
        print(f"no dev sets under {args.eval_dir}", file=sys.stderr)
        return 2
    new = measure(json.loads(FLOORS.read_text(encoding="utf-8")), args.eval_dir)
    if args.write:
        FLOORS.write_text(json.dumps(new, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {FLOORS}")
    else:
        print("(not written: --write rewrites floors.json)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
