"""An article's text cut into plain runs and figures, each figure tied to its claims.

The template escapes every run; nothing from the article is ever rendered as HTML.
"""
from __future__ import annotations

from typing import Any

from ..models import Claim, Reading


def figure_span(text: str, claim: Claim) -> tuple[int, int]:
    """Where the claim's figure stands: its quantity text inside the evidence, else the evidence."""
    ev = claim.evidence
    start, end = max(0, ev.start), min(len(text), ev.end)
    if claim.text:
        at = text.find(claim.text, start, end) if end > start else -1
        if at < 0:
            at = text.lower().find(claim.text.lower(), start, end) if end > start else -1
        if at >= 0:
            return at, at + len(claim.text)
    return start, end


def explain(claim: Claim) -> str:
    """The hover text: what tollwatch read in the figure."""
    high = "open" if claim.high is None else claim.high
    who = claim.reported_by.name or claim.reported_by.kind or "unattributed"
    verified = {True: "confirmed", False: "not verified", None: "unverified"}[claim.verified]
    flags = [f for f, on in (("historical", claim.historical), ("partisan source", claim.partisan),
                             (f"part of {claim.part_of}", bool(claim.part_of))) if on]
    return (f"{claim.id}: {claim.category} {claim.low if claim.low is not None else '?'}–{high} "
            f"(best {claim.best_value if claim.best_value is not None else '?'}) · "
            f"side {claim.victims.side or '—'} · scope {claim.scope} · {who} · {verified}"
            + ("".join(f" · {f}" for f in flags)))


def from_headline(reading: Reading) -> list[Claim]:
    """Claims read from the headline (extract/headline.py): evidence 0-0, the headline its sentence."""
    title = " ".join((reading.article.title or "").split())
    return [c for c in reading.claims
            if title and c.evidence.start == c.evidence.end == 0 and c.evidence.sentence == title]


def segments(reading: Reading) -> list[dict[str, Any]]:
    """[{"text", "claims": [Claim, ...]}]: runs in order; runs with claims are figures."""
    text = reading.article.text
    spans: list[tuple[int, int, Claim]] = []
    for claim in reading.claims:
        start, end = figure_span(text, claim)
        if end > start:
            spans.append((start, end, claim))
    spans.sort(key=lambda s: (s[0], -s[1]))
    out: list[dict[str, Any]] = []
    pos = 0
    for start, end, claim in spans:
        if start < pos:  # overlaps the figure before: attach to it
            if out and out[-1]["claims"]:
                out[-1]["claims"].append(claim)
            continue
        if start > pos:
            out.append({"text": text[pos:start], "claims": []})
        out.append({"text": text[start:end], "claims": [claim]})
        pos = end
    if pos < len(text):
        out.append({"text": text[pos:], "claims": []})
    return out
