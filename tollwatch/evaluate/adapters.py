"""One small adapter per annotated file format in ../shared/eval/dev.

An adapter reads a file into `Case`s (cases.py): the text the extractor sees plus the gold
value of each scored field (None = not scored). The dataset's id stays in `Case.doc_id` for the report only;
the extractor gets an Article whose id is scrambled (see run.py), no file name, no origin.
Which toll bound or which event a field is compared with is declared in `Dataset.fields`.
"""
from __future__ import annotations

import ast
import json
import re
from datetime import date
from pathlib import Path
from typing import Any, Iterator

import lxml.html

from ..errors import IngestError
from . import scoring as s
from .cases import Case, Dataset, read_jsonl as _jsonl
from .news import language_fields, read_multilingual, read_wad

__all__ = ["Case", "Dataset", "datasets", "sniff", "html_text"]

MUC_REGION_WORDS = ("department", "departamento", "departement")


# ---- ISAF press releases: {"text", "gold": {min_killed, min_captured, start_date, province}} --

def read_isaf(path: Path) -> Iterator[Case]:
    for row in _jsonl(path):
        g = row.get("gold") or {}
        yield Case(row["id"], row.get("text"), {
            "killed": g.get("min_killed"), "detained": g.get("min_captured"),
            "date": g.get("start_date"),
            # an empty or '??' province is no gold value: not scored
            "province": {p for p in g.get("province") or [] if p and p.strip("?")} or None,
        })


# ---- Wikipedia terrorist incidents: {"text", "gold": {dead, injured}} ------------------------

def read_wiki(path: Path) -> Iterator[Case]:
    for row in _jsonl(path):
        g = row.get("gold") or {}
        yield Case(row["id"], row.get("text"), {"killed": g.get("dead"), "injured": g.get("injured")})


# ---- MUC-4: {"text", "templates": [...]}; killed = sum of derived_killed, non-optional ones -----

def _muc_country(location: str) -> str | None:
    head = location.split(":")[0].split("/")[0].strip(" ?()")  # "? (COLOMBIA) / (COLOMBIA"
    if not head or head == "-":
        return None
    import pycountry  # imported here: loading its tables is not free
    try:
        return pycountry.countries.lookup(head.title()).alpha_2
    except LookupError:
        return None


_MUC_REGION = re.compile(r"^\s*([^()]+?)\s*\(DEPARTMENT\)")


def _muc_regions(location: str) -> set[str]:
    """Admin-1 names the key gives: "COLOMBIA: ANTIOQUIA (DEPARTMENT): MEDELLIN (CITY)".
    Only departments: a Peruvian (PROVINCE) is admin-2."""
    return {m.group(1).strip(" ?") for seg in location.split(":")[1:]
            if (m := _MUC_REGION.match(seg.strip(" ?")))}


def read_muc(path: Path) -> Iterator[Case]:
    accepted = s.load_table("muc_to_acled.json")["types"]
    for row in _jsonl(path):
        templates = [t for t in row.get("templates") or [] if not t.get("optional")]
        counts = [t.get("derived_killed") for t in templates]
        killed = None if any(c is None for c in counts) else sum(counts)
        types = {sub for t in templates for sub in accepted.get(t.get("type") or "", [])}
        countries = {c for t in templates if (c := _muc_country(t.get("location") or ""))}
        regions = {r for t in templates for r in _muc_regions(t.get("location") or "")}
        yield Case(row["id"], row.get("text_mixed_case") or row.get("text"), {
            "killed": killed, "incident_type": types or None, "country": countries or None,
            "region": regions or None,
        })


# ---- CASE 2021 snippets: {"text", "gold": {sub_type}} -> ACLED sub_event_type -----------------

def read_case(path: Path) -> Iterator[Case]:
    labels = s.load_table("case_to_acled.json")["labels"]
    for row in _jsonl(path):
        label = (row.get("gold") or {}).get("sub_type")
        yield Case(row["id"], row.get("text"), {"sub_event_type": labels.get(label)})


# ---- UCDP GED sample: {"text": headline or null, "gold": GED row}; attribution and victims --

def read_ucdp(path: Path) -> Iterator[Case]:
    for row in _jsonl(path):
        g = row.get("gold") or {}
        raw = (g.get("source_original") or "").replace(",", ";")
        names = frozenset(n.strip().casefold() for n in raw.split(";") if n.strip())
        armed = (g.get("deaths_a") or 0) + (g.get("deaths_b") or 0)
        civilians = g.get("deaths_civilians") or 0
        kind = ("civilians" if civilians and not armed else
                "combatants" if armed and not civilians else None)
        yield Case(str(row["id"]), row.get("text"), {"source": names or None, "victims": kind})


# ---- HRDsAttack: one JSON array; HTML text; gold possibly a Python-literal string -------------

def _literal(value: Any) -> Any:
    return ast.literal_eval(value) if isinstance(value, str) else value


def html_text(html: str) -> str:
    """Plain text of an HTML fragment, one paragraph per block element."""
    if not html or not html.strip():
        return ""
    root = lxml.html.fromstring(f"<div>{html}</div>")
    for el in root.iter("p", "br", "li", "div", "h1", "h2", "h3", "h4", "tr"):
        el.tail = "\n\n" + (el.tail or "")
    return "\n\n".join(p.strip() for p in root.text_content().split("\n\n") if p.strip())


def read_hrds(path: Path) -> Iterator[Case]:
    kinds = s.load_table("hrds_violations.json")["violations"]
    rows = json.loads(path.read_text(encoding="utf-8"))
    for n, row in enumerate(rows):
        sample, gold = _literal(row.get("sample")) or {}, _literal(row.get("merged_sample")) or {}
        types = set(gold.get("violation_types") or [])
        scored = bool(types - {"unknown"})
        published = (sample.get("Input.publish_date") or "")[:10]
        yield Case(f"hrdsattack-{n:03d}", html_text(sample.get("Input.article_interface") or ""),
                   {f"{cat}_present": int(kind in types) if scored else None
                    for kind, cat in kinds.items()},
                   title=sample.get("Input.title") or None,
                   published=date.fromisoformat(published) if published else None)


# ---- the table: which adapter reads a file, and what is scored ----------------------------------

def datasets(aliases: Path | None = None) -> dict[str, Dataset]:
    region = s.region_normaliser(aliases)
    hrds_cats = s.load_table("hrds_violations.json")["violations"].values()
    return {
        "isaf": Dataset("isaf", read_isaf, (
            s.Field("killed", s.COUNT, s.toll_bound("killed", "low")),
            s.Field("detained", s.COUNT, s.toll_bound("detained", "low")),
            s.Field("date", s.LABEL, s.first_event_date),
            s.Field("province", s.LABEL, s.first_event_admin1, region),
        )),
        "wiki_terror": Dataset("wiki_terror", read_wiki, (
            s.Field("killed", s.COUNT, s.toll_bound("killed", "best")),
            s.Field("injured", s.COUNT, s.toll_bound("injured", "best")),
        )),
        "muc4": Dataset("muc4", read_muc, (
            s.Field("killed", s.COUNT, s.toll_bound("killed", "best")),
            s.Field("incident_type", s.LABEL, s.first_event_subtype),
            s.Field("country", s.LABEL, s.first_event_country),
            s.Field("region", s.LABEL, s.first_event_admin1,
                    s.region_normaliser(aliases, s.REGION_WORDS + MUC_REGION_WORDS)),
        )),
        "case2021": Dataset("case2021", read_case, (
            s.Field("sub_event_type", s.LABEL, s.first_event_subtype),
        )),
        "ucdp": Dataset("ucdp", read_ucdp, (
            s.Field("source", s.LABEL, s.reporters, match=s.source_match),
            s.Field("victims", s.LABEL, s.victim_kind),
        )),
        "hrdsattack": Dataset("hrdsattack", read_hrds, tuple(
            s.Field(f"{cat}_present", s.COUNT, s.toll_present(cat), literal=False)
            for cat in hrds_cats
        )),
        "wad": Dataset("wad", read_wad, (
            s.Field("killed", s.COUNT, s.toll_bound("killed", "best")),
            s.Field("injured", s.COUNT, s.toll_bound("injured", "best")),
            s.Field("country", s.LABEL, s.first_event_country),
        )),
        "multilingual": Dataset("multilingual", read_multilingual, tuple(
            s.Field(name, s.COUNT, s.toll_bound(name.split("_")[0], "best"))
            for name in ("killed", "injured") + language_fields()
        )),
    }


def sniff(path: Path) -> str:
    """Which adapter reads `path`, told from the shape of its first record (not its name)."""
    with path.open(encoding="utf-8") as fh:
        head = fh.read(1)
        if head == "[":
            return "hrdsattack"
        fh.seek(0)
        first = json.loads(fh.readline() or "{}")
    gold = first.get("gold") or {}
    if "templates" in first:
        return "muc4"
    if "killed" in gold and "lang" in first:
        return "multilingual"
    if "killed" in gold and "country" in first:
        return "wad"
    for key, name in (("min_killed", "isaf"), ("dead", "wiki_terror"), ("sub_type", "case2021"),
                      ("source_original", "ucdp")):
        if key in gold:
            return name
    raise IngestError("not a known annotated format (expected ISAF, Wikipedia, MUC-4, CASE 2021, "
                      "UCDP GED, HRDsAttack, WAD or multilingual rows)", source=str(path))
