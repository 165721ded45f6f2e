"""Ingest benchmark: `ingest` (one process) versus `batch` (Dask, 2 workers) on a synthetic WARC.

Builds a WARC.gz of N HTML news pages (bench/ingest_pages.py: own templates plus demo corpus
paragraphs, >= 90 % distinct), then runs each command in a fresh subprocess and prints
articles/s, the batch/ingest ratio (target >= 1.7x on 2 cores) and the peak RSS of the largest
process, for a quarter of N and for N pages (peak memory should stay flat as input grows).

    .venv/bin/python bench/bench_ingest.py [--pages 20000] [--workers 2] [--only ingest|batch]
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from ingest_pages import build_warc  # noqa: E402

SUMMARY = re.compile(r"ingested (\d+), duplicates (\d+), skipped (\d+), failed (\d+) in "
                     r"([\d.]+) s")


def measure(cmd: list[str]) -> dict:
    out = subprocess.run([sys.executable, str(HERE / "ingest_measure.py"), *cmd],
                         capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    m = SUMMARY.search(result["stderr"])
    if not m:
        raise SystemExit(f"no summary from {' '.join(cmd)}:\n{result['stderr']}")
    result.update(ingested=int(m[1]), failed=int(m[4]), run_seconds=float(m[5]))
    result["rate"] = result["ingested"] / result["seconds"]          # wall, start-up included
    result["run_rate"] = result["ingested"] / max(result["run_seconds"], 1e-9)  # inside the run
    return result


def run(mode: str, warc: Path, workdir: Path, workers: int) -> dict:
    db = f"sqlite:///{workdir / f'{mode}-{warc.stem}.db'}"
    tw = str(Path(sys.executable).with_name("tollwatch"))
    cmd = [tw, mode, str(warc), "--db", db, "--quiet"]
    if mode == "batch":
        cmd += ["--workers", str(workers)]
    return measure(cmd)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=20_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--only", choices=["ingest", "batch"])
    ap.add_argument("--corpus", type=Path, default=ROOT / "demo" / "corpus")
    args = ap.parse_args()
    modes = [args.only] if args.only else ["ingest", "batch"]
    sizes = sorted({max(1, args.pages // 4), args.pages})
    with tempfile.TemporaryDirectory(prefix="tw-bench-") as tmp:
        work = Path(tmp)
        results: dict[tuple[str, int], dict] = {}
        for n in sizes:
            warc = work / f"pages-{n}.warc.gz"
            distinct = build_warc(warc, n, corpus=args.corpus)
            print(f"{n} pages: {warc.stat().st_size / 1e6:.1f} MB WARC.gz, "
                  f"{distinct:.1%} distinct", flush=True)
            for mode in modes:
                r = results[(mode, n)] = run(mode, warc, work, args.workers)
                print(f"  {mode:6s} {r['ingested']:6d} articles in {r['seconds']:7.1f} s wall "
                      f"= {r['rate']:6.1f} articles/s ({r['run_rate']:.1f}/s after start-up); "
                      f"CPU {1000 * r['cpu_seconds'] / max(r['ingested'], 1):.1f} ms/article "
                      f"(all processes, start-up included); peak RSS {r['peak_mb']:6.0f} MB; "
                      f"failed {r['failed']}", flush=True)
        big = args.pages
        if len(modes) == 2:
            ratio = results[("batch", big)]["rate"] / results[("ingest", big)]["rate"]
            print(f"batch ({args.workers} workers) / ingest at {big} pages: {ratio:.2f}x "
                  "(target >= 1.7x on 2 cores)")
        if len(sizes) == 2:
            marginal = {}
            for mode in modes:
                a, b = results[(mode, sizes[0])], results[(mode, sizes[1])]
                extra = b["seconds"] - a["seconds"]
                marginal[mode] = (b["ingested"] - a["ingested"]) / extra if extra > 0 else 0.0
                print(f"{mode} marginal rate {sizes[0]} -> {sizes[1]} pages (start-up cancels "
                      f"out): {marginal[mode]:.1f} articles/s")
            if len(modes) == 2 and marginal["ingest"] > 0:
                print(f"marginal batch / ingest: {marginal['batch'] / marginal['ingest']:.2f}x")
            cpu = {}
            for mode in modes:  # CPU time is steadier than wall time on a busy machine
                a, b = results[(mode, sizes[0])], results[(mode, sizes[1])]
                cpu[mode] = (b["cpu_seconds"] - a["cpu_seconds"]) / max(
                    b["ingested"] - a["ingested"], 1)
                print(f"{mode} CPU per extra article: {1000 * cpu[mode]:.1f} ms")
            if len(modes) == 2 and cpu["batch"] > 0:
                print(f"projection, not a measurement: on {args.workers} idle cores batch would "
                      f"reach at most {args.workers * cpu['ingest'] / cpu['batch']:.2f}x ingest")
            for mode in modes:
                a, b = results[(mode, sizes[0])], results[(mode, sizes[1])]
                print(f"{mode} peak RSS {sizes[0]} -> {sizes[1]} pages: {a['peak_mb']:.0f} -> "
                      f"{b['peak_mb']:.0f} MB ({b['peak_mb'] / a['peak_mb']:.2f}x)")


if __name__ == "__main__":
    main()
