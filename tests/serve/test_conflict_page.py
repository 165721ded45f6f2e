"""The conflict page: as it stood on a day (?as_of=), each claim's role in the toll (as the
reconciler decided it), filters by role, side and category, and how verification reads.

Figures by hand in tests/serve/roles_readings.py.
"""
from __future__ import annotations

import html as html_lib
import re

import pytest

from tollwatch.serve.roles import claim_roles
from tollwatch.serve.view import View

from .conftest import client_over
from .roles_readings import every_role

CID = "kg-tj-2022-09"


@pytest.fixture
def roles_client(store, db_url):
    with client_over(store, db_url, every_role()) as c:
        yield c


def rows(html: str) -> dict[str, dict[str, str]]:
    """{row id: {"role": data-role, "cell": the role cell's text, "verified": its text}}."""
    out = {}
    for m in re.finditer(r'<tr id="row-([^"]+)"[^>]*data-role="([^"]+)"[^>]*>(.*?)</tr>', html, re.S):
        cell = re.search(r'<td class="role">(.*?)</td>', m.group(3), re.S).group(1)
        verified = re.search(r'<td class="verified-[^"]+"[^>]*>(.*?)</td>', m.group(3)).group(1)
        out[m.group(1)] = {"role": m.group(2), "cell": html_lib.unescape(re.sub(r"<[^>]+>", "", cell)),
                           "verified": verified}
    return out


def test_each_claim_has_the_role_the_reconciler_gave_it():
    view = View.build(every_role())
    roles = {k: (v["role"], v["by"]) for k, v in claim_roles(view.toll(CID)).items()}
    assert roles == {
        ("roles-1", "c1"): ("superseded", "roles-2#c1"),
        ("roles-1", "c2"): ("inside", "roles-1#c1"),
        ("roles-1", "c3"): ("historical", None),
        ("roles-2", "c1"): ("counted", None),
        ("roles-2", "c2"): ("adversary", None),
        ("roles-2-copy", "c1"): ("copy", "roles-2#c1"),
        ("roles-2-copy", "c2"): ("copy", "roles-2#c2"),
        ("roles-3", "c1"): ("counted", None),
    }


def test_the_claims_table_says_each_role_and_names_the_other_claim(roles_client):
    html = roles_client.get(f"/conflicts/{CID}").text
    table = rows(html)
    assert len(table) == 8
    assert table["roles-1-c1"]["cell"] == "superseded by “15 Kyrgyz killed”"
    assert table["roles-1-c2"]["cell"] == "inside “10 Kyrgyz citizens”"
    assert table["roles-1-c3"]["cell"] == "historical"
    assert table["roles-2-c1"]["cell"] == "counted"
    assert table["roles-2-c2"]["cell"] == "an adversary's claim"
    assert table["roles-2-copy-c1"]["cell"] == "a copy of “15 Kyrgyz killed”"
    assert table["roles-3-c1"]["cell"] == "counted"
    assert 'href="http://testserver/articles/roles-2#claim-c1"' in html


def test_unverified_and_not_verified_read_differently(roles_client):
    table = rows(roles_client.get(f"/conflicts/{CID}").text)
    assert table["roles-3-c1"]["verified"] == "not verified"      # could not be verified
    assert table["roles-2-c1"]["verified"] == "unverified"        # nobody said


@pytest.mark.parametrize("query,expected", [
    ("role=superseded", {"roles-1-c1"}),
    ("role=copy", {"roles-2-copy-c1", "roles-2-copy-c2"}),
    ("role=counted&side=TJ", {"roles-3-c1"}),
    ("side=TJ", {"roles-2-c2", "roles-2-copy-c2", "roles-3-c1"}),
    ("category=injured", set()),
    ("role=&side=&category=killed", {"roles-1-c1", "roles-1-c2", "roles-1-c3", "roles-2-c1",
                                     "roles-2-c2", "roles-2-copy-c1", "roles-2-copy-c2", "roles-3-c1"}),
])
def test_the_claims_filter(roles_client, query, expected):
    resp = roles_client.get(f"/conflicts/{CID}?{query}")
    assert resp.status_code == 200
    assert set(rows(resp.text)) == expected


def test_an_unknown_role_is_refused(roles_client):
    resp = roles_client.get(f"/conflicts/{CID}?role=invented")
    assert resp.status_code == 422 and "counted" in resp.text


def test_as_of_redraws_the_toll_the_claims_and_the_charts(roles_client):
    html = roles_client.get(f"/conflicts/{CID}?as_of=2022-09-17").text
    assert "as of 2022-09-17" in html
    killed = re.search(r'data-category="killed" data-side="all">.*?<td class="num best">(\d+)</td>',
                       html, re.S).group(1)
    assert killed == "10"
    table = rows(html)
    assert set(table) == {"roles-1-c1", "roles-1-c2", "roles-1-c3"}
    # on the 17th the ministry's 10 was its latest word: counted, not yet superseded
    assert table["roles-1-c1"]["cell"] == "counted"
    chart = re.search(r'<script type="application/json" id="chart-data">(.*?)</script>', html, re.S).group(1)
    assert '"2022-09-18"' not in chart and '"2022-09-17"' in chart
    assert 'value="2022-09-17"' in html and 'max="2022-09-18"' in html
    latest = roles_client.get(f"/conflicts/{CID}").text
    assert "as of 2022-09-18" in latest
    assert re.search(r'data-category="killed" data-side="all">.*?<td class="num best">23</td>',
                     latest, re.S)


def test_as_of_keeps_filters_in_the_links(roles_client):
    html = roles_client.get(f"/conflicts/{CID}?as_of=2022-09-17&role=counted").text
    assert '<input type="hidden" name="as_of" value="2022-09-17">' in html
    assert '<option value="counted" selected>' in html


def test_as_of_before_the_conflict_says_it_had_not_begun(roles_client):
    resp = roles_client.get(f"/conflicts/{CID}?as_of=2022-09-01")
    assert resp.status_code == 404
    assert "had not begun on 2022-09-01" in resp.text and "2022-09-17" in resp.text
