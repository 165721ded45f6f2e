"""Conflict linking: episodes stay apart however reports mention other countries.

Regression for a bench store where four country pairs became one conflict: template-like
bulletins about different countries were taken for copies of one report, and a report naming
countries of two episodes chained them together.
"""
from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from tollwatch.models import Article
from tollwatch.resolve import assign_conflicts, reconcile
from tollwatch.resolve.dedupe import canonical_articles

from .factory import claim, reading

D = date


def _pair(prefix, a, b, start, n=3):
    return [reading(f"{prefix}-{k}", start + timedelta(days=k),
                    claim("c1", "killed", 10 + k, side=a, by=f"{a} ministry", by_side=a, country=a),
                    claim("c2", "killed", 5 + k, side=b, by=f"{b} ministry", by_side=b, country=b))
            for k in range(n)]


def test_a_report_naming_countries_of_two_episodes_does_not_chain_them():
    kt = _pair("kt", "KG", "TJ", D(2022, 9, 14))
    aa = _pair("aa", "AM", "AZ", D(2022, 9, 13))
    # a regional round-up: Tajik and Armenian losses, equally weighted
    roundup = reading("roundup", D(2022, 9, 15),
                      claim("c1", "killed", 35, side="TJ", country="TJ"),
                      claim("c2", "killed", 105, side="AM", country="AM"))
    got = assign_conflicts(kt + aa + [roundup])
    assert {got[f"kt-{k}"] for k in range(3)} == {"kg-tj-2022-09"}
    assert {got[f"aa-{k}"] for k in range(3)} == {"am-az-2022-09"}
    assert got["roundup"] == "am-tj-2022-09"
    tolls = {t.conflict.id: t for t in reconcile(kt + aa + [roundup])}
    assert tolls["kg-tj-2022-09"].tolls["killed"].best == 12 + 7
    assert tolls["am-az-2022-09"].tolls["killed"].best == 12 + 7


def test_a_report_naming_one_country_joins_the_nearest_episode_of_that_country():
    kt = _pair("kt", "KG", "TJ", D(2022, 9, 14))
    only_kg = reading("kg-only", D(2022, 9, 20), claim("c1", "killed", 46, side="KG",
                                                       country="KG"))
    far_kg = reading("kg-later", D(2022, 11, 20), claim("c1", "killed", 2, side="KG",
                                                        country="KG"))
    got = assign_conflicts(kt + [only_kg, far_kg])
    assert got["kg-only"] == "kg-tj-2022-09"
    assert got["kg-later"] == "kg-2022-11"


def test_a_country_named_in_passing_is_no_party():
    heavy = [claim(f"c{k}", "killed", 3, side="KG", country="KG") for k in range(1, 6)]
    passing = claim("c9", "injured", 1, side="UZ")   # weight 2 against KG's 20
    r = reading("r", D(2022, 9, 16), *heavy, passing)
    assert assign_conflicts([r]) == {"r": "kg-2022-09"}


BULLETIN = ("{n} soldiers from {side} were killed near the border, the ministry said on {day}. "
            "Shelling went on through the night and residents of the villages nearest to the "
            "frontier sheltered in basements while officials counted the damage to houses, "
            "schools and the roads leading to the district centre. {m} people were wounded.")


def test_bulletins_with_other_figures_or_countries_are_not_copies():
    def art(aid, **kw):
        return Article(id=aid, text=BULLETIN.format(**kw), published=D(2022, 9, 16))

    arts = [art("a", n=24, side="Kyrgyzstan", day="Friday", m=87),
            art("b", n=24, side="Kyrgyzstan", day="Friday.", m=87),      # a copy
            art("c", n=36, side="Kyrgyzstan", day="Saturday", m=129),   # the next bulletin
            art("d", n=24, side="Armenia", day="Friday", m=87)]          # same words, other war
    about = {"a": ("KG", "TJ"), "b": ("KG", "TJ"), "c": ("KG", "TJ"), "d": ("AM", "AZ")}
    assert canonical_articles(arts, about) == {"a": "a", "b": "a", "c": "c", "d": "d"}


def test_template_reports_of_four_wars_give_four_conflicts():
    wars = [("KG", "TJ"), ("AM", "AZ"), ("ER", "ET"), ("IN", "PK")]
    rs = []
    for i in range(40):
        a, b = wars[i % 4]
        day = D(2022, 9, 1) + timedelta(days=i // 4)
        text = " ".join(f"{3 + (i * 7 + k * 13) % 90} people from {(a, b)[k % 2]} were hurt "
                        f"near the border, officials said." for k in range(6))
        rs.append(reading(f"w{i}", day, claim("c1", "killed", 3 + i, side=a, country=a),
                          claim("c2", "killed", 4 + i, side=b, country=b), text=text))
    got = Counter(assign_conflicts(rs).values())
    assert got == {"kg-tj-2022-09": 10, "am-az-2022-09": 10, "er-et-2022-09": 10,
                   "in-pk-2022-09": 10}
