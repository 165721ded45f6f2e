"""Extraction speed: articles per second per core, tollwatch's reader versus a plain spaCy pass.

All run in this one process over the same dev texts (../shared/eval/dev): the plain pass is the
same spaCy pipeline tollwatch loads (same model, same components), warmed, `nlp.pipe` with
batch_size=64, every component of the installed English model (NER included: "a plain full spaCy
pass"). The target (issue 12) is the reader >= 1.3x the plain pass: the claim reader parses only
the sentences its cue filter keeps, NER off. `Reader.read_many` (what `tollwatch ingest`,
`extract` and the Dask batch call) parses the cue sentences of 32 articles in one batch; `read`
(one article, as the HTTP API reads) parses each article's in a batch of its own. Both readings
are compared first: they must be the same, article for article.

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


def reader_runners(texts: list[str]):
    """Two functions that read every text once with a Reader built (and warmed) once: article by
    article (`read`), and `read_many`. Raises if the two read any text differently."""
    from tollwatch.extract.reader import Reader
    from tollwatch.models import Article
    reader = Reader.load(max_seconds=0)                         # built once, as every entry point does
    articles = [Article(id=f"bench-{i}", text=t) for i, t in enumerate(texts)]
    one = [reader.read(a).to_dict() for a in articles]         # warm: models, lexicons, caches
    many = [r.to_dict() if not isinstance(r, Exception) else repr(r) for _, r in reader.read_many(articles)]
    differ = [a.id for a, x, y in zip(articles, one, many) if x != y]
    if differ:
        raise SystemExit(f"bench_extract: read and read_many differ on {len(differ)} texts: {differ[:5]}")

    def each() -> None:
        for article in articles:
            reader.read(article)

    def together() -> None:
        for _ in reader.read_many(articles):
            pass
    return together, each


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
    ours, each, plain = best_rates(len(texts), [*reader_runners(texts), plain_spacy_runner(texts)],
                                   max(1, args.rounds))
    print(f"texts: {len(texts)} ({chars / len(texts):.0f} characters on average), one process, "
          f"rates per CPU-second, best of {max(1, args.rounds)} interleaved runs each; read and "
          f"read_many gave the same readings")
    print(f"read_many:         {ours:8.1f} articles/s (ingest, extract, batch)")
    print(f"read, one by one:  {each:8.1f} articles/s (the HTTP API)")
    print(f"plain spaCy pipe:  {plain:8.1f} articles/s (batch_size=64, the full pipeline)")
    print(f"ratio:             {ours / plain:8.2f}x (target >= 1.3x); one by one {each / plain:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
