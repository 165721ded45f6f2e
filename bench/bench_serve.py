"""Bench: the API and the conflict page with 100,000 stored claims, under a bounded loopback load.

Synthetic readings (4 conflicts, 60 days, 20 claims and 2 events per article; each article
worded differently, so near-duplicate detection sees distinct reports) are stored in a
temporary SQLite database, a real `tollwatch serve` answers on a free local port, and
2,000 requests (8 at a time, httpx async) are spread over the main calls. Prints p50/p99 per
call and overall; the target is a median under 200 ms.

    .venv/bin/python bench/bench_serve.py [--claims 100000] [--requests 2000] [--concurrency 8]
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

from tollwatch.models import (Actor, Article, Claim, Event, EventDate, Period, Place, Range,
                              Reading, Source, Span, Toll, Victims)
from tollwatch.store import open_store

WARS = [("KG", "TJ", 40.1, 70.8), ("AM", "AZ", 39.8, 46.7), ("ET", "ER", 14.5, 39.0), ("IN", "PK", 34.5, 74.0)]
SOURCES = ["health ministry", "defence ministry", "Reuters", "Red Cross", "local officials"]
CATS = ["killed", "killed", "killed", "injured", "missing", "detained"]
CLAIMS_PER_ARTICLE = 20
GROUPS = ["people", "soldiers", "civilians", "residents", "border guards", "villagers", "police officers"]
VERBS = ["were hurt or killed", "were reported dead", "were wounded", "fell", "were caught in shelling",
         "died in clashes", "were hit by drone fire", "were taken to hospital"]
PLACES = ["near the border", "in the valley", "outside the town", "at a checkpoint", "on the road",
          "in the hills", "by the river", "at the market", "in two villages", "near a school"]
WHEN = ["on Monday", "on Tuesday", "overnight", "at dawn", "late on Friday", "this week", "on Sunday"]


def synthetic(n_articles: int):
    start = date(2022, 9, 1)
    for i in range(n_articles):
        a_side, b_side, lat, lon = WARS[i % len(WARS)]
        day = start + timedelta(days=(i // len(WARS)) % 60)
        sentences, claims = [], []
        rnd = random.Random(i)
        for k in range(CLAIMS_PER_ARTICLE):
            side = (a_side, b_side)[k % 2]
            n = 3 + (i * 7 + k * 13) % 90
            s = (f"{n} {rnd.choice(GROUPS)} from {side} {rnd.choice(VERBS)} {rnd.choice(PLACES)} "
                 f"{rnd.choice(WHEN)}, {SOURCES[k % 5]} said. ")
            at = len(f"Report {i}. ") + sum(len(x) for x in sentences)
            sentences.append(s)
            claims.append(Claim(id=f"c{k + 1}", category=CATS[k % len(CATS)], low=n, high=n,
                                text=f"{n} people", evidence=Span(at, at + len(s) - 1, s.strip()),
                                rules="bench.v1", victims=Victims("people", side),
                                reported_by=Source(SOURCES[k % 5], "government", side),
                                verified=(None, True, False)[k % 3], period=Period(day, day),
                                scope="side" if k % 4 else "incident"))
        place = Place(name="border", country=a_side, lat=lat + (i % 10) / 10, lon=lon + (i % 7) / 10)
        events = tuple(Event(id=f"e{j + 1}", event_type=("Battles", "Explosions/Remote violence")[j],
                             sub_event_type=("Armed clash", "Shelling/artillery/missile attack")[j],
                             evidence=claims[j].evidence, date=EventDate(day, day, "day"),
                             actors=(Actor(f"Military Forces of {a_side}", a_side),
                                     Actor(f"Military Forces of {b_side}", b_side, "actor2")),
                             location=place, claims=(f"c{j + 1}",)) for j in range(2))
        text = f"Report {i}. " + "".join(sentences)
        yield Reading(Article(id=f"bench-{i}", text=text, title=f"Report {i} from the {a_side}-{b_side} border",
                              published=day), tuple(claims), events, Toll(killed=Range(1, 1, 1)))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def load(base: str, paths: list[str], total: int, concurrency: int) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {p: [] for p in paths}
    queue = [paths[i % len(paths)] for i in range(total)]
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        async def worker():
            while queue:
                path = queue.pop()
                t0 = time.perf_counter()
                resp = await client.get(path)
                timings[path].append((time.perf_counter() - t0) * 1000)
                if resp.status_code != 200:
                    raise SystemExit(f"{path}: HTTP {resp.status_code} {resp.text[:200]}")
        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return timings


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=2_000)
    ap.add_argument("--concurrency", type=int, default=8)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        t0 = time.perf_counter()
        with open_store(url) as store:
            saved, _ = store.save_many(synthetic(args.claims // CLAIMS_PER_ARTICLE))
            counts = store.count()
        print(f"stored {counts} in {time.perf_counter() - t0:.1f} s")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        tw = Path(sys.executable).with_name("tollwatch")
        env = {k: v for k, v in os.environ.items()}
        server = subprocess.Popen([str(tw), "serve", "--db", url, "--port", str(port)], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(300):
                try:
                    httpx.get(base + "/api/v1/openapi.json", timeout=2)
                    break
                except httpx.HTTPError:
                    time.sleep(0.2)
            t0 = time.perf_counter()
            conflicts = httpx.get(base + "/api/v1/conflicts", timeout=600).json()["items"]
            print(f"first answer (reading the store, linking and reconciling): {time.perf_counter() - t0:.1f} s, "
                  f"{len(conflicts)} conflicts")
            cid = conflicts[0]["conflict"]["id"]
            paths = [f"/conflicts/{cid}", "/api/v1/conflicts", f"/api/v1/conflicts/{cid}",
                     f"/api/v1/conflicts/{cid}/series", f"/api/v1/claims?conflict={cid}&limit=100",
                     "/api/v1/claims?side=KG&category=killed&verified=true&limit=50&offset=200",
                     f"/api/v1/events?conflict={cid}&format=geojson&limit=200",
                     "/api/v1/articles/bench-123", "/articles/bench-123"]
            for p in paths:  # warm every cache once
                httpx.get(base + p, timeout=600)
            t0 = time.perf_counter()
            timings = asyncio.run(load(base, paths, args.requests, args.concurrency))
            wall = time.perf_counter() - t0
        finally:
            server.terminate()
            server.wait(10)
    every = [t for ts in timings.values() for t in ts]
    print(f"{args.requests} requests, {args.concurrency} concurrent, {wall:.1f} s ({args.requests / wall:.0f} req/s)")
    for p, ts in timings.items():
        print(f"  p50 {pct(ts, 50):7.1f} ms  p99 {pct(ts, 99):7.1f} ms  {p}")
    p50 = pct(every, 50)
    print(f"overall p50 {p50:.1f} ms, p99 {pct(every, 99):.1f} ms "
          f"({'meets' if p50 < 200 else 'MISSES'} the 200 ms median target)")


if __name__ == "__main__":
    main()
