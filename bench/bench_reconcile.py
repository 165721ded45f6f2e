"""Reconciliation speed: synthetic stores of 10,000 / 30,000 / 100,000 claims.

Each synthetic article (about 60 words, 5 claims) belongs to one of many two-country
episodes spread over a year; one article in five is a wire copy of another. Prints the seconds
`reconcile()` takes (dedupe, episodes, tolls, series, band, provenance) for each size, and how
they split between linking episodes (`link_episodes`: dedupe and conflicts, done once per
store state in the server) and the tolls (`reconcile(episodes=...)`, done per `as_of`).

    .venv/bin/python bench/bench_reconcile.py [SIZES...]
"""
from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta

from tollwatch.models import Article, Claim, Period, Place, Reading, Source, Span, Victims
from tollwatch.resolve import link_episodes, reconcile

COUNTRIES = ["AF", "AM", "AZ", "CD", "CO", "ET", "IQ", "KG", "LY", "ML", "MM", "NG", "PK",
             "SD", "SO", "SY", "TJ", "UA", "YE", "RU"]
WORDS = ("shelling border village soldiers ministry said clashes ceasefire residents fled "
         "officials reported attack forces region night killed wounded drone strike convoy "
         "police statement hospital medics agency correspondent local government").split()
CLAIMS_PER_ARTICLE = 5


def synthetic(n_claims: int, seed: int = 7) -> list[Reading]:
    rnd = random.Random(seed)
    n_articles = n_claims // CLAIMS_PER_ARTICLE
    n_conflicts = max(1, n_articles // 400)
    pairs = [tuple(rnd.sample(COUNTRIES, 2)) for _ in range(n_conflicts)]
    starts = [date(2022, 1, 1) + timedelta(days=rnd.randrange(365)) for _ in range(n_conflicts)]
    out: list[Reading] = []
    for i in range(n_articles):
        k = rnd.randrange(n_conflicts)
        if out and rnd.random() < 0.2:  # a wire copy, a day later
            src = rnd.choice(out)
            a = src.article
            out.append(Reading(Article(f"art-{i:06d}", a.text, published=a.published +
                                       timedelta(days=1)), src.claims))
            continue
        day = starts[k] + timedelta(days=rnd.randrange(20))
        text = " ".join(rnd.choice(WORDS) for _ in range(60)) + f" story {i}"
        claims = []
        for j in range(CLAIMS_PER_ARTICLE):
            side = rnd.choice([*pairs[k], None])
            reporter = rnd.choice([None, *pairs[k]])
            claims.append(Claim(
                id=f"c{j}", category=rnd.choice(["killed", "killed", "injured", "detained"]),
                low=rnd.randrange(0, 200), high=None, text="n", evidence=Span(0, 1, "n"),
                rules="bench", victims=Victims("people", side),
                reported_by=Source(f"ministry {reporter}" if reporter else rnd.choice(
                    ["Reuters", "AFP", None]), "government", reporter),
                partisan=reporter is not None, scope=rnd.choice(["side", "incident", "total"]),
                period=Period(day, day), location=Place(name=f"town {rnd.randrange(30)}",
                                                        country=side or pairs[k][0],
                                                        admin1=f"region {rnd.randrange(5)}")))
        out.append(Reading(Article(f"art-{i:06d}", text, published=day), tuple(claims)))
    return out


def main(sizes: list[int]) -> None:
    t0 = time.perf_counter()
    reconcile(synthetic(50))  # loads datasketch, rapidfuzz and pycountry once
    print(f"first call (library imports): {time.perf_counter() - t0:.2f} s", flush=True)
    for n in sizes:
        readings = synthetic(n)
        t0, c0 = time.perf_counter(), time.process_time()
        tolls = reconcile(readings)
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
        c1 = time.process_time()
        episodes = link_episodes(readings)
        c2 = time.process_time()
        reconcile(readings, episodes=episodes)
        c3 = time.process_time()
        print(f"{n:>7} claims  {len(readings):>6} articles  {len(tolls):>4} conflicts  "
              f"{secs:6.2f} s wall  {cpu:6.2f} s cpu  ({cpu / n * 1e6:.0f} µs/claim; "
              f"cpu: linking {c2 - c1:.2f} s, tolls {c3 - c2:.2f} s)", flush=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 30_000, 100_000])
