"""Synthetic news pages for the ingest benchmark, written for it (not taken from any dataset).

Each page mixes a templated lead (varied places, figures, officials, dates, outlets) with a
background paragraph from the demo corpus when there is one, so nearly every page is distinct
and reaches extraction.
"""
from __future__ import annotations

import io
import random
from datetime import date, timedelta
from html import escape
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PLACES = [("Batken", "Kyrgyzstan"), ("Isfara", "Tajikistan"), ("Kunduz", "Afghanistan"),
          ("Baidoa", "Somalia"), ("Mopti", "Mali"), ("Idlib", "Syria"), ("Marib", "Yemen"),
          ("Goma", "DR Congo"), ("Maiduguri", "Nigeria"), ("Kharkiv", "Ukraine"),
          ("Sittwe", "Myanmar"), ("Beni", "DR Congo"), ("Ghazni", "Afghanistan"),
          ("Sirte", "Libya"), ("Djibo", "Burkina Faso"), ("Tillaberi", "Niger")]
SOURCES = ["the regional governor", "the health ministry", "a police spokesman",
           "the defence ministry", "local hospital officials", "a UN humanitarian office",
           "witnesses reached by telephone", "the provincial council", "an army statement"]
ATTACKS = ["an artillery barrage", "a drone strike", "a roadside bomb", "an attack by gunmen",
           "a suicide car bomb", "clashes between rival units", "rocket fire", "an air raid"]
VICTIMS = ["civilians", "soldiers", "police officers", "villagers", "fighters", "border guards"]
OUTLETS = ["Frontline Daily", "The Regional Observer", "Crisis Wire", "Morning Ledger",
           "Northern Courier", "Valley Times"]
LEADS = [
    "{attack} on {place}, {country}, killed {k} {victims} and wounded {w} on {day}, "
    "{source} said.",
    "At least {k} {victims} died and {w} others were injured when {attack} hit {place} on "
    "{day}, according to {source}.",
    "{source_cap} said {k} {victims} were killed in {attack} near {place} on {day}; "
    "another {w} were taken to hospital.",
    "The toll from {attack} in {place} rose to {k} dead on {day}, {source} said, with {w} "
    "wounded and {m} still missing.",
]
FOLLOW = [
    "Residents said the fighting began before dawn and lasted several hours.",
    "The figures could not be independently verified.",
    "Aid groups warned that roads to the area remained closed.",
    "{n} families had fled to nearby towns by evening, the local administration said.",
    "Officials said the number of casualties could rise as rescuers searched the rubble.",
]


def demo_paragraphs(corpus: Path) -> list[str]:
    paras: list[str] = []
    for f in sorted(corpus.glob("*.txt")) if corpus.is_dir() else []:
        paras += [p.strip() for p in f.read_text(encoding="utf-8").split("\n\n")
                  if len(p.strip()) > 120]
    return paras


def page(i: int, rng: random.Random, background: list[str]) -> tuple[str, str]:
    """(url, html) of page number i."""
    place, country = rng.choice(PLACES)
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(3000))
    source = rng.choice(SOURCES)
    slots = dict(attack=rng.choice(ATTACKS), place=place, country=country,
                 k=rng.randrange(1, 400), w=rng.randrange(0, 900), m=rng.randrange(1, 40),
                 victims=rng.choice(VICTIMS), day=day.strftime("%A %d %B %Y"), source=source,
                 source_cap=source[0].upper() + source[1:], n=rng.randrange(20, 5000))
    lead = rng.choice(LEADS).format(**slots)
    paras = [lead[0].upper() + lead[1:]] + [s.format(**slots) for s in rng.sample(FOLLOW, 2)]
    if background and rng.random() < 0.5:
        paras.append(rng.choice(background))
    outlet = rng.choice(OUTLETS)
    title = f"{slots['k']} killed in {place} ({i})"
    body = "".join(f"<p>{escape(p)}</p>" for p in paras)
    html = (f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
            f"<meta property='og:site_name' content='{outlet}'>"
            f"<meta property='article:published_time' content='{day.isoformat()}'></head>"
            f"<body><nav>Home | World | Region</nav><article><h1>{escape(title)}</h1>{body}"
            f"</article><footer>© {outlet}</footer></body></html>")
    return f"https://{outlet.lower().replace(' ', '')}.example/{day:%Y/%m}/{i}", html


def build_warc(path: Path, pages: int, *, corpus: Path, seed: int = 7) -> float:
    """Write `pages` HTML responses to a WARC.gz at `path`; returns the share of distinct pages."""
    rng = random.Random(seed)
    background = demo_paragraphs(corpus)
    seen: set[int] = set()
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(pages):
            url, html = page(i, rng, background)
            seen.add(hash(html.split("<article>", 1)[1].split("</h1>", 1)[1]))
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode()), http_headers=http))
    return len(seen) / pages if pages else 1.0
