"""Casualty claims in an article (rules casualties.v1): `find_claims(article) -> list[Claim]`.

Sentences that carry no casualty word are skipped cheaply; the rest are read by the rules in
`extract/claims/` (figures, victims, verbs), then placed in context: who reports them
(`attribution`), whether they belong to an earlier episode, their scope, revisions, `part_of`.
`period` and `location` are left empty for `events.build_events` to fill.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ..errors import ExtractError
from ..models import Article, Claim, Source, Span, Victims
from .attribution import is_office, is_partisan, issuer, reporter_at, same_office, side_of, sides_in, states_in
from .claims import context
from .claims.lexicon import lexicon
from .claims.details import (died_of_the_listed, died_of_the_wounded, definite_restatements, earlier_reports, mixed_totals,
                             lone_pronouns, singular_details, the_others_told)
from .claims.part_of import assign_part_of
from .claims.perpetrators import attacker_among_victims, mark_perpetrators
from .claims.draft import Draft
from .claims.parsed import CueParses, parse_cue_sentences
from .claims.nil import tells_none
from .claims.reader import sentence_drafts
from .packs import LanguagePack
from .text import Sentence, blanked, link_lists, split_sentences

_PARAGRAPH = re.compile(r"\n\s*\n")
MAX_FIGURES = 2_000  # per article: far above any news report; bounds time and memory
MAX_CUE_SENTENCES = 5 * MAX_FIGURES  # sentences with a casualty word: beyond, no news report (bounds the parse's memory)


class TooManyFigures(ExtractError):
    code = "too_many_figures"
    status = 422


def _updates_a_record(d: Draft, claims: list[Claim], sentence: str) -> bool:
    """"The union has counted more than 400 civilian deaths since the fighting began. The WHO puts
    the overall toll at over 420": a running toll told right after a longer period's count of its
    category, in a sentence of its own, at least as large, updates that count, not the event's."""
    last = claims[-1] if claims else None
    return last is not None and last.historical and last.category == d.category \
        and last.evidence.sentence != sentence and last.low is not None and (d.low or 0) >= last.low


def sentences_of(text: str, pack: LanguagePack) -> list[Sentence]:
    """The text's sentences, link lists blanked out (the same offsets)."""
    return split_sentences(blanked(text, link_lists(text, pack.link_list)))


def find_claims(article: Article, pack: LanguagePack, *, headline: bool = False,
                parses: CueParses | None = None) -> list[Claim]:
    """Every casualty figure in the article, in text order, with ids c1, c2, ...; `headline`:
    the text is a headline alone (no institution issues it); `parses`: its cue sentences parsed
    beforehand (Reader.read_many)."""
    text = article.text or ""
    lang = pack.language
    sentences = sentences_of(text, pack)
    if len(sentences) > MAX_CUE_SENTENCES and sum(pack.has_cue(s.text) for s in sentences) > MAX_CUE_SENTENCES:
        raise TooManyFigures(f"more than {MAX_CUE_SENTENCES:,} sentences with casualty figures in one article: "
                             "not read as a news report", source=article.origin or article.id)
    parsed = parse_cue_sentences(sentences, pack, parses)
    breaks = [m.start() for m in _PARAGRAPH.finditer(text)]
    claims: list[Claim] = []
    joined: list[str | None] = []  # each claim's Draft.joined: "including", "member" or None
    opening = text.strip().split("\n", 1)[0]  # "Боевики ликвидированы в Дагестане": a headline with a casualty, no issuer
    default_source = None if headline or pack.cue.search(opening) else issuer(text, lang)
    last_source: Source | None = None
    last_para = -1
    breakdown_of: dict[int, int] = {}  # a part's index -> its whole's
    unverified_from: list[int] = []  # indexes of claims in the current paragraph
    previous_para: list[int] = []
    offices: list[Source] = []  # the state offices named so far, with their state
    named_before: set[tuple[str | None, str | None]] = set()  # (category, victim noun) counted so far
    dead_before: set[str | None] = set()   # victim nouns counted as killed so far
    later_death = set(pack.grammar.get("later_death_pronouns", ()))  # none in the English pack
    none_told = False  # a sentence before said no one was harmed: the article's event, told
    for k, sent in enumerate(sentences):
        para = bisect_left(breaks, sent.start)
        if para != last_para:
            previous_para = unverified_from or previous_para
            last_source, last_para, unverified_from = None, para, []
        drafts = sentence_drafts(parsed[k], pack) if k in parsed else []
        if k in parsed and not drafts and not claims:
            none_told = none_told or tells_none(parsed[k].doc, pack)  # "There were no reports of injuries."
        sentence_source = None
        first_here = len(claims)  # the claims of this sentence are claims[first_here:]
        first_old = False  # its first figure is of an earlier episode: "On 5 December, ... killed 4 and wounded 26"
        referent = len(claims) - 1  # "Of those, 20 were soldiers": the last figure before this sentence
        for d in drafts:
            if not d.category and d.update:  # "la cifra subió a diez": the figure told last, in this sentence too
                last = len(claims) - 1
                if not pack.grammar.get("bare_toll_updates") or last < 0 or claims[last].historical:
                    continue
                dying = any(x.category == "killed" and not x.update for x in drafts)  # "... después de que murieran dos"
                d = replace(d, category="killed" if dying else claims[last].category)
            if d.group in later_death:  # "Il est décédé"
                d = _wounded_who_died(d, claims, pack)
                if d is None:
                    continue
            if d.shape == "referring":  # "Their bodies were found"
                d = _later_dead_group(d, claims, joined, sentences[k - 1].text if k else None)
                if d is None:
                    continue
            if d.restates and (d.category, d.head) not in named_before:
                d = _the_wounded_again(d, claims, sent.text, lang)  # "Un policía resultó herido ... El uniformado murió"
            if d.restates and (d.category, d.head) in named_before:
                continue  # "the insurgent", "Mahjur" again: a victim counted where first named
            if d.weak and _the_dead_again(d, dead_before, pack, claims):
                continue  # "the slaying of a reporter ... a gunman shot a reporter": the same death
            if d.weak and d.joined == "including" and any(
                    c.category == "killed" and c.evidence.sentence == sent.text for c in claims):
                continue  # "Eight were killed, among them a woman who was shot as she fled": one of the dead
            if d.side is None and d.category:
                d = replace(d, side=context.side_after(d, lang) or None)  # "35 citoyens tadjiks"
            named_before.add((d.category, d.head))  # "Khashoggi vanished ... Khashoggi was killed": both
            if d.category == "killed":
                dead_before.add(d.head)
            if d.joined == "breakdown":
                if referent < 0 or claims[referent].low is None:
                    continue
                d = replace(d, category=claims[referent].category,
                            side=_breakdown_side(d.group, claims[referent].evidence.sentence, lang))
                breakdown_of[len(claims)] = referent
            attribution = reporter_at(sent.text, d.anchor - sent.start, lang)
            historical = d.historical or context.earlier_episode(d, article.published, lang, first_old) or (
                (d.recalled or context.recalled(d, lang) or context.month_opening(d, lang))
                and (none_told or any(not c.historical and c.evidence.sentence != sent.text for c in claims)))
            historical = historical or (d.update and _updates_a_record(d, claims, sent.text))
            # "Earlier this week, ...": an earlier episode once a current figure was told in a sentence before
            # an earlier episode in a sentence of its own is the article's, not the last speaker's
            inherited = None if historical and attribution is None else last_source
            source = inherited if attribution is None or attribution.inherit else attribution.source
            source = source or default_source
            source = _resolve_office(source, inherited or default_source, offices, sent.text, lang)
            speaking = attribution is not None and not attribution.inherit
            if d.own_deed and not speaking and (source is None or source.kind != "armed_group"):
                source = Source(None, "armed_group")  # "The group said it had killed 20 soldiers": a party's
                # claim, not the last speaker's (an armed group named before stays the speaker)
            elif d.own_deed and (source is None or source.kind is None):
                source = Source(source.name if source else None, "armed_group")
            if attribution is not None and not attribution.inherit:
                sentence_source = source
            if source is not None and source.kind == "government" and source.side and len(source.side) == 2:
                offices.append(source)
            own = attribution is not None and not attribution.inherit
            claim = _claim(d, source, attribution.verb if attribution else "", own, historical, pack)
            first_old = first_old or (historical and len(claims) == first_here)
            unverified_from.append(len(claims))
            claims.append(claim)
            joined.append(d.joined)
            if len(claims) > MAX_FIGURES:
                raise TooManyFigures(f"more than {MAX_FIGURES:,} casualty figures in one article: "
                                     "not read as a news report", source=article.origin or article.id)
        if sentence_source is None:
            found = reporter_at(sent.text, len(sent.text), lang)
            if found is not None and not found.inherit:
                sentence_source = _resolve_office(found.source, last_source or default_source, offices, "", lang)
                if sentence_source.kind == "government" and sentence_source.side and len(sentence_source.side) == 2:
                    offices.append(sentence_source)
        last_source = sentence_source or last_source
        if context.unverified(sent.text, lang):
            # "The army said it killed 15, a figure that could not be verified": this sentence's figures;
            # "Neither account could be independently verified.": its paragraph's (alone in it: the one before)
            for i in [i for i in unverified_from if i >= first_here] or unverified_from or previous_para:
                claims[i] = claims[i].with_(verified=False)
    lone = lone_pronouns(claims, pack)  # "he later died" of one told wounded, else told where first named
    if lone:
        kept = {old: new for new, old in enumerate(i for i in range(len(claims)) if i not in lone)}
        breakdown_of = {kept[p]: kept[w] for p, w in breakdown_of.items() if p in kept and w in kept}
        claims, joined = [c for i, c in enumerate(claims) if i in kept], [j for i, j in enumerate(joined) if i in kept]
    claims = _local_sides([c.with_(id=f"c{i + 1}") for i, c in enumerate(claims)], text, lang)
    claims = _breakdowns(claims, breakdown_of)
    claims = _joined_parts(claims, joined)
    claims = _parts_of_earlier(mixed_totals(assign_part_of(_listed_not_totals(claims, text, lang), lang)))
    claims = died_of_the_wounded(earlier_reports(definite_restatements(singular_details(claims, pack), pack), pack), pack)
    claims = the_others_told(claims, pack)
    claims = died_of_the_listed(claims, pack)
    return mark_perpetrators(claims, text, lang)


def _joined_parts(claims: list[Claim], joined: list[str | None]) -> list[Claim]:
    """"killed 10 people, including 3 children": a part joins the figure before it in its
    sentence, or the one after it there ("two nurses were among the 15 people killed"); opening
    its sentence, the figure told before ("Two of them died at the scene"). A member of the dead
    ("Those killed included a nurse") joins the figure told before or after it anywhere."""
    out = list(claims)
    for i, kind in enumerate(joined):
        if kind not in ("including", "member"):
            continue
        part = out[i]
        wholes = [j for j in range(len(out)) if j != i and joined[j] != "member" and out[j].category == part.category
                  and out[j].part_of is None]
        here = [j for j in wholes if out[j].evidence.sentence == part.evidence.sentence]
        whole = next((out[j] for j in reversed(here) if j < i), None) or next(
            (out[j] for j in here if _larger(out[j], part)), None)
        if whole is None and kind == "including":  # "Among the dead were 17 police officers and five civilians,
            whole = next((out[j] for j in reversed(range(i)) if joined[j] == "member"  # including a priest"
                          and out[j].evidence.sentence == part.evidence.sentence and out[j].category == part.category), None)
        told = [j for j in wholes if not out[j].historical and out[j].low is not None]
        if whole is None and (kind == "member" or part.evidence.sentence.lstrip(" \"'«“").startswith(part.text)):
            whole = next((out[j] for j in reversed(told) if j < i and not attacker_among_victims(part, out[j])), None)
        if whole is None and kind == "member":
            whole = next((out[j] for j in told if j > i and _larger(out[j], part)), None)
        if whole is not None and not _larger(part, whole):  # "injuring 15 in all" is no part of 6
            out[i] = part.with_(part_of=whole.id)
    return out


def _larger(a: Claim, b: Claim) -> bool:
    return None not in (a.low, b.low) and a.low > b.low


def _the_dead_again(d: Draft, dead_before: set, pack: LanguagePack, claims: list[Claim]) -> bool:
    """"killed a community leader ... shot her husband in the head": one victim named again with
    a definite or possessive word after a death, shot with no outcome of its own (not "the second
    person was shot"); so is a count of the dead told before again ("Six people were killed ...
    gunmen stopped the bus and shot six men")."""
    if lexicon(pack.language).cue("addition_words").search(d.text):
        return False
    if d.shape == "number" and d.low is not None and d.low == d.high and not any(
            w.lower() in lexicon(pack.language).words("others_words") for w in d.text.split()) and any(
            c.category == "killed" and not c.historical and c.low == d.low for c in claims):
        return True
    before = d.sentence.text[:d.start - d.sentence.start].split()[-1:]  # "The two were shot": the article before the count
    opening = d.text.split()[:1] + before
    return d.head in dead_before or (bool(dead_before) and (d.shape == "plural" or (  # "shot residents"
        d.low in (1, 2) and any(w.lower() in pack.words("plural_definite") for w in opening))))


_LATER_DEAD = ("injured", "kidnapped", "missing")  # "was kidnapped ...; his body was found": killed too


def _the_wounded_again(d: Draft, claims: list[Claim], sentence: str, language: str) -> Draft:
    """"Un policía resultó herido en el ataque. El uniformado murió horas más tarde": one person,
    told again by a definite noun in a later sentence that says they died, is the one wounded
    victim the article counted last, when it counted no death before (not an attacker)."""
    if d.category != "killed" or d.shape != "singular" or d.low != 1 or (d.group or "").lower() in lexicon(
            language).raw["perpetrator_groups"] or any(c.category == "killed" and not c.historical for c in claims):
        return d
    last = next((c for c in reversed(claims) if not c.historical), None)
    if last is None or last.category != "injured" or not last.low == last.high == 1 \
            or last.victims.group in (None, "named") or last.evidence.sentence == sentence:
        return d
    return replace(d, group=last.victims.group, restates=False)


def _wounded_who_died(d: Draft, claims: list[Claim], pack: LanguagePack) -> Draft | None:
    """"Un policier a été grièvement blessé ... Il est décédé à l'hôpital": a pronoun killed stands
    for the one victim the article last counted, when that victim was wounded (the toll then
    counts him killed, not also injured); a possessive ("acabaron con su vida") is the article's
    first death where none was counted; any other pronoun is nobody new ("Il a succombé" may be
    the attacker)."""
    last = next((c for c in reversed(claims) if c.low == c.high == 1 and not c.historical), None)
    first = not any(c.category == "killed" and not c.historical for c in claims)
    if d.category == "killed" and d.group in pack.words("possessive_singular") and first and (
            last is None or last.category not in _LATER_DEAD):
        return replace(d, restates=False)
    if d.category != "killed" or last is None or last.category not in _LATER_DEAD or last.victims.group in (None, "named"):
        return None
    return replace(d, group=last.victims.group, restates=False)


def _later_dead_group(d: Draft, claims: list[Claim], joined: list[str | None], before: str | None) -> Draft | None:
    """"Armed men abducted nine farmers. Their bodies were found", "Gunmen shot three farmers. They
    later died": a plural pronoun's death is of the people the last figure counted, when that
    figure is the one of its category in the sentence right before and told them wounded,
    kidnapped or missing (nine killed; of the wounded, `part_of` them: details.died_of_the_wounded);
    otherwise no one new (the dead told again, or people not counted)."""
    last = next((c for c in reversed(claims) if not c.historical), None)
    if d.category != "killed" or last is None or last.category not in _LATER_DEAD or last.low is None \
            or last.evidence.sentence != before or claims[-1] is not last:
        return None
    if sum(c.category == last.category and c.evidence.sentence == before and j is None
           for c, j in zip(claims, joined)) != 1:
        return None  # "shot the manager and two employees. They died": not the last figure alone
    return replace(d, low=last.low, high=last.high, best=last.best, approximate=last.approximate, shape="plural")


def _resolve_office(source: Source | None, ref: Source | None, offices: list[Source],
                    sentence: str = "", language: str = "en") -> Source | None:
    """A state office named without its state: "a ministry spokeswoman" after "the Kyrgyz health
    ministry" is that ministry; "Emergency Situations Minister X" or "the ministry" in a passage
    where a state's government spoke last is that state's (so partisan); failing both, the one
    state its sentence names ("figures from the health ministry, 46 Kyrgyz citizens died")."""
    if source is None or source is ref or source.side is not None:
        return source
    lex = lexicon(language)
    if is_office(source, language):
        named = next((o for o in reversed(offices) if same_office(source, o, language)), None)
        if named is not None:
            return named
    if (ref is not None and source.name and source.kind == ref.kind
            and (is_office(source, language) or lex.pattern("definite_pattern").search(source.name.lower()))):
        return replace(source, side=ref.side)
    states = states_in(sentence, language)
    if is_office(source, language) and lex.pattern("ministry_pattern").search(source.name) and len(states) == 1 and not ref:
        return replace(source, side=next(iter(states)))
    return source


def _parts_of_earlier(claims: list[Claim]) -> list[Claim]:
    """"On 21 August [months ago], an airstrike killed 11 people, including four children": a part
    told in the sentence of an earlier episode's figure belongs to that episode too."""
    by_id = {c.id: c for c in claims}
    return [c.with_(historical=True) if c.part_of in by_id and by_id[c.part_of].historical and not c.historical
            and by_id[c.part_of].evidence.sentence == c.evidence.sentence else c for c in claims]


def _claim(d: Draft, source: Source | None, verb: str, own: bool, historical: bool,
           pack: LanguagePack) -> Claim:
    lang, rules = pack.language, pack.rules
    scope, side = context.scope_and_side(d, source.side if source else None,
                                         source.kind if source else None, own, lang)
    if d.summary and scope == "incident" and side is None:
        scope = "total"  # "Un hombre muerto y otro herido, es el saldo": the article's toll, told again below
    verified = False if verb in lexicon(lang).raw["claim_verbs"] or context.unverified(d.sentence.text, lang) else (
        True if context.verified(d.sentence.text, lang) else None)
    return Claim(
        id="", category=d.category, low=d.low, high=d.high, text=d.text,
        evidence=Span(d.start, d.end, d.sentence.text), rules=rules, approximate=d.approximate,
        best=d.best, victims=Victims(d.group, side), reported_by=source or Source(),
        verified=verified, partisan=is_partisan(source), scope=scope,
        part_of=None, historical=historical, cumulative=d.update or (
            context.cumulative(d, lang, pack.cue) and (d.group or "").lower() not in lexicon(lang).words("perpetrator_groups")),
    )



def _local_sides(claims: list[Claim], text: str, language: str = "en") -> list[Claim]:
    """"KABUL, Afghanistan - ... four police officers were killed": soldiers, police and civilians
    with no side of their own are the dateline country's, when the article names no other state."""
    raw = lexicon(language).raw
    m = re.search(raw["dateline_pattern"], text[:400])
    home = side_of(m.group(1), language) if m else None
    if home is None or len(home) != 2 or not states_in(text, language) <= {home}:
        return claims
    local = set(raw["local_victims"])
    return [c.with_(victims=replace(c.victims, side=home))
            if c.victims.side is None and c.victims.group in local and c.scope != "total" else c for c in claims]


def _breakdown_side(group: str | None, whole_sentence: str, language: str = "en") -> str | None:
    """"Of those, 20 were soldiers and 15 were jihadists": soldiers are the one state's named with
    the whole, fighters the one armed group's."""
    raw = lexicon(language).raw
    if group in raw["state_forces"]:
        states = states_in(whole_sentence, language)
        return next(iter(states)) if len(states) == 1 else None
    if group in raw["armed_group_fighters"]:
        groups = {s for s in sides_in(whole_sentence, language) if not (len(s) == 2 and s.isupper())}
        return next(iter(groups)) if len(groups) == 1 else None
    return None


def _breakdowns(claims: list[Claim], breakdown_of: dict[int, int]) -> list[Claim]:
    """Parts are inside their whole; parts of two or more sides make the whole a total."""
    for i, w in breakdown_of.items():
        claims[i] = claims[i].with_(part_of=claims[w].id, scope="side" if claims[i].victims.side else "incident")
    for w in set(breakdown_of.values()):
        sides = {claims[i].victims.side for i, x in breakdown_of.items() if x == w}
        if len(sides) >= 2 and None not in sides and claims[w].scope == "incident":
            claims[w] = claims[w].with_(scope="total", victims=replace(claims[w].victims, side=None))
    return claims


_ASIDES = re.compile(r"\([^()]{0,80}\)|--[^-]{0,80}--")


def _listed_not_totals(claims: list[Claim], text: str, language: str = "en") -> list[Claim]:
    """"the murder of six Jesuits and two employees": figures listed side by side are parts of
    one incident, however many states their sentence names, not each a total of both sides."""
    listed: set[int] = set()
    roots = [i for i, c in enumerate(claims) if c.part_of is None]  # "five guards -- ... -- and a driver"
    for i, k in zip(roots, roots[1:]):
        a, b = claims[i], claims[k]
        gap = _ASIDES.sub("", text[a.evidence.end:b.evidence.start]) if a.evidence.end <= b.evidence.start else ";"
        if a.category == b.category and a.evidence.sentence == b.evidence.sentence \
                and lexicon(language).pattern("listed_gap_pattern").match(gap) \
                and "total" in (a.scope, b.scope) and not context.total_cue(b.evidence.sentence, language):
            listed.update((i, k))
    return [c.with_(scope="incident") if i in listed and c.scope == "total" and c.victims.side is None else c
            for i, c in enumerate(claims)]

