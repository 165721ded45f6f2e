"""Re-pin the gate's floors: measure the dev sets now and write figure - margin into floors.json.

    .venv/bin/python tests/eval/pin_floors.py [--eval-dir ../shared/eval]

Review the diff of floors.json before committing it: a lowered floor is a visible, explicit
change. Keys not measured (field absent from the report) are left as they were.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from datetime import date
from pathlib import Path

from tollwatch.evaluate import evaluate

FLOORS = Path(__file__).with_name("floors.json")
DEFAULT_EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    args = parser.parse_args(argv)
    data = json.loads(FLOORS.read_text(encoding="utf-8"))
    margin = data["margin"]
    for name, spec in data["sets"].items():
        report = evaluate(args.eval_dir / "dev" / name, limit=spec["limit"])
        for key in spec["floors"]:
            field, group, measure = key.split("/")
            got = report.metric(field, group, measure)
            if got is not None:
                spec["floors"][key] = max(0.0, math.floor((got - margin) * 1000) / 1000)
            print(f"{name:<30}{key:<28}{got!s:<8}-> floor {spec['floors'][key]}")
    data["measured"] = (f"{date.today().isoformat()}, tests/eval/pin_floors.py "
                        f"(tollwatch eval on each file, full sets)")
    FLOORS.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
