"""Extraction speed: articles per second per core, read_article versus a plain spaCy pass.

Both run in this one process over the same dev texts (../shared/eval/dev): the plain pass is the
same spaCy pipeline tollwatch loads (same model, same components), warmed, `nlp.pipe` with
batch_size=64, every component of the installed English model (NER included: "a plain full spaCy
pass"). The target (issue 12) is read_article >= 1.3x the plain pass: the claim reader parses only
the sentences its cue filter keeps, NER off, in one batch per article.

Each side runs `--rounds` times (default 3), interleaved; the best rate of each counts, as timeit
takes the minimum (a shared machine only slows a run down: single runs ranged 1.20x-1.46x here).

    .venv/bin/python bench/bench_extract.py [--eval-dir DIR] [--limit N] [--sets isaf,wiki_terror] [--rounds N]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

DEV_FILES = {"isaf": "isaf_dev.jsonl", "wiki_terror": "wiki_terror_dev.jsonl",
             "muc4": "muc4_dev.jsonl", "case2021": "case2021_subtypes_dev.jsonl", "wad": "wad_dev.jsonl"}
DEFAULT_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


# CPU time of this process, not wall time: on a shared machine the rate stays "per core".
def one_core() -> None:
    """Keep numeric libraries to one thread, so the rate is per core."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"


def dev_texts(eval_dir: Path, sets: list[str], limit: int | None) -> list[str]:
    from tollwatch.evaluate.adapters import datasets
    table = datasets(None)
    texts: list[str] = []
    for name in sets:
        cases = table[name].read(eval_dir / "dev" / DEV_FILES[name])
        chosen = [c.text for c in cases if c.text]
        texts.extend(chosen[:limit] if limit else chosen)
    return texts


def read_article_runner(texts: list[str]):
    """A function that reads every text once with a Reader built (and warmed) once."""
    from tollwatch.extract.reader import Reader
    from tollwatch.models import Article
    reader = Reader.load(max_seconds=0)                         # built once, as every entry point does
    articles = [Article(id=f"bench-{i}", text=t) for i, t in enumerate(texts)]
    reader.read(articles[0])                                    # warm: models, lexicons, caches

    def run() -> None:
        for article in articles:
            reader.read(article)
    return run


def plain_spacy_runner(texts: list[str]):
    """A function that runs the English pack's whole spaCy pipeline over every text once."""
    import importlib
    from tollwatch.extract.packs import load_pack
    names = load_pack("en", parser=object()).grammar["parser"]  # the pack's model, loaded whole
    nlp = next(importlib.import_module(n) for n in names if importlib.util.find_spec(n)).load()
    for _ in nlp.pipe(texts[:64], batch_size=64):             # warm
        pass

    def run() -> None:
        for _ in nlp.pipe(texts, batch_size=64):
            pass
    return run


def best_rates(count: int, runners: list, rounds: int) -> list[float]:
    """Items per CPU-second of each runner, the best of `rounds` interleaved runs (as timeit takes
    the minimum: a shared machine only ever slows a run down)."""
    best = [0.0] * len(runners)
    for _ in range(rounds):
        for i, run in enumerate(runners):
            started = time.process_time()
            run()
            best[i] = max(best[i], count / (time.process_time() - started))
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=Path(os.environ.get("TOLLWATCH_EVAL_DIR", DEFAULT_EVAL)))
    parser.add_argument("--limit", type=int, default=200,
                        help="texts per dev set (0 = all; default 200)")
    parser.add_argument("--sets", default=",".join(DEV_FILES), help="comma-separated dev sets")
    parser.add_argument("--rounds", type=int, default=3,
                        help="interleaved runs of each side; the best rate of each counts (default 3)")
    args = parser.parse_args(argv)
    if not (args.eval_dir / "dev").is_dir():
        print(f"bench_extract: no dev sets at {args.eval_dir / 'dev'}; nothing measured", file=sys.stderr)
        return 2
    one_core()
    texts = dev_texts(args.eval_dir, args.sets.split(","), args.limit or None)
    chars = sum(map(len, texts))
    ours, plain = best_rates(len(texts), [read_article_runner(texts), plain_spacy_runner(texts)],
                             max(1, args.rounds))
    print(f"texts: {len(texts)} ({chars / len(texts):.0f} characters on average), one process, "
          f"rates per CPU-second, best of {max(1, args.rounds)} interleaved runs each")
    print(f"read_article:      {ours:8.1f} articles/s")
    print(f"plain spaCy pipe:  {plain:8.1f} articles/s (batch_size=64, the full pipeline)")
    print(f"ratio:             {ours / plain:8.2f}x (target >= 1.3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
