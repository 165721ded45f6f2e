"""A change's cost in extraction speed: this tree's reader against a git revision's, timed in turns.

The machines here move by 10-20 % between runs of the same code (bench_extract's ratio went 1.15x-1.36x
in one hour with one tree), more than a round of rules costs. So the two trees are timed alternately,
each in a fresh process of its own (the revision taken with `git archive` into a temporary folder),
over the same dev texts, `Reader.read_many`, CPU seconds of the reading alone. Each tree's median of
`--rounds` runs counts, and their ratio is printed with every run beside it.

    .venv/bin/python bench/bench_change.py --base REV [--rounds 3] [--limit 200] [--sets isaf,wad]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from bench_extract import DEFAULT_EVAL, DEV_FILES  # noqa: E402

# One run, in the child process: the tree's package first on the path, its reader warmed, then timed.
_CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1]); sys.path.insert(1, sys.argv[2])
from bench_extract import dev_texts, one_core
from pathlib import Path
one_core()
from tollwatch.extract.reader import Reader
from tollwatch.models import Article
texts = dev_texts(Path(sys.argv[3]), sys.argv[4].split(","), int(sys.argv[5]) or None)
articles = [Article(id=f"bench-{i}", text=t) for i, t in enumerate(texts)]
reader = Reader.load(max_seconds=0)
for _ in reader.read_many(articles[:64]):
    pass
started = time.process_time()
for _ in reader.read_many(articles):
    pass
import tollwatch
print(json.dumps({"texts": len(texts), "rate": len(texts) / (time.process_time() - started), "package": tollwatch.__file__}))
"""


def checkout(rev: str, into: Path, repo: Path = ROOT) -> Path:
    """The revision's `tollwatch` package (of the git repository `repo`), unpacked under `into`."""
    archive = subprocess.run(["git", "-C", str(repo), "archive", rev, "tollwatch"], check=True,
                             capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def one_run(tree: Path, eval_dir: Path, sets: str, limit: int) -> dict:
    """Articles per CPU-second of `tree`'s reader, in a process of its own."""
    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONPATH="")
    out = subprocess.run([sys.executable, "-c", _CHILD, str(tree), str(ROOT / "bench"), str(eval_dir), sets, str(limit)],
                         check=True, capture_output=True, text=True, env=env, cwd=tree)
    run = json.loads(out.stdout.strip().splitlines()[-1])
    if not Path(run["package"]).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"bench_change: the run meant for {tree} imported {run['package']}")
    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", required=True, help="the git revision to time against (e.g. HEAD~3, a tag)")
    parser.add_argument("--eval-dir", type=Path, default=Path(os.environ.get("TOLLWATCH_EVAL_DIR", DEFAULT_EVAL)))
    parser.add_argument("--limit", type=int, default=200, help="texts per dev set (0 = all; default 200)")
    parser.add_argument("--sets", default=",".join(DEV_FILES), help="comma-separated dev sets")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each tree, alternating (default 3)")
    args = parser.parse_args(argv)
    if not (args.eval_dir / "dev").is_dir():
        print(f"bench_change: no dev sets at {args.eval_dir / 'dev'}; nothing measured", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="tollwatch-base-") as tmp:
        base = checkout(args.base, Path(tmp))
        rates: dict[str, list[float]] = {"base": [], "this tree": []}
        for i in range(max(1, args.rounds)):
            for name, tree in ([("base", base), ("this tree", ROOT)] if i % 2 == 0 else [("this tree", ROOT), ("base", base)]):
                run = one_run(tree, args.eval_dir, args.sets, args.limit)
                rates[name].append(run["rate"])
                print(f"round {i + 1}, {name:9s}: {run['rate']:7.1f} articles/s ({run['texts']} texts)", flush=True)
    old, new = statistics.median(rates["base"]), statistics.median(rates["this tree"])
    print(f"median read_many: base ({args.base}) {old:.1f}, this tree {new:.1f} articles/s per CPU-second: "
          f"{new / old:.3f}x the base")
    return 0


if __name__ == "__main__":
    sys.exit(main())
