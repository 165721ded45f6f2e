"""Each rule on short texts of our own; expected figures written by hand before running."""
import pytest


def K(toll, cat="killed"):
    r = toll.get(cat)
    return (r.low, r.best, r.high)


@pytest.mark.parametrize("text,cat,expected", [
    ("A roadside bomb killed 7 soldiers on Monday.", "killed", (7, 7, 7)),
    ("At least 12 villagers were killed when gunmen stormed the market.", "killed", (12, 12, None)),
    ("Police said 3 people died and 14 others were wounded in the blast.", "killed", (3, 3, 3)),
    ("Police said 3 people died and 14 others were wounded in the blast.", "injured", (14, 14, 14)),
    ("The attack left 9 dead and 20 injured.", "injured", (20, 20, 20)),
    ("An air strike killed a Taliban commander in Kunduz.", "killed", (1, 1, 1)),
    ("A policeman was shot dead at a checkpoint.", "killed", (1, 1, 1)),
    ("Security forces arrested two suspects and detained one other man.", "detained", (3, 3, 3)),
    ("The security force detained several suspected insurgents.", "detained", (3, 3, None)),
    ("Gunmen kidnapped four engineers near the dam.", "kidnapped", (4, 4, 4)),
    ("Around 40 people were killed in the shelling.", "killed", (36, 40, 44)),
    ("FOUR PEASANTS WERE MURDERED BY THE GUERRILLAS.", "killed", (4, 4, 4)),
    ("The raid killed 5 militants and 2 soldiers.", "killed", (7, 7, 7)),
    ("Three soldiers and two civilians were killed.", "killed", (5, 5, 5)),
    ("Fighting has displaced thousands of families.", "displaced", (0, 0, 0)),
    ("The clashes displaced hundreds of villagers.", "displaced", (200, 599, 999)),
])
def test_figures(read, text, cat, expected):
    _, toll = read(text)
    assert K(toll, cat) == expected


@pytest.mark.parametrize("text", [
    "A 12-year-old boy watched 30 trucks cross the border 970 km away.",
    "The 3rd battalion moved at 2220 with 40 vehicles and 12 rifles.",
    "Document 2011-11-S-034 was released for immediate release.",
    "The group threatened to kill 100 hostages if its demands were not met.",
    "Hundreds protested on Sunday against the killing of 12 students last year.",
    "No civilians were injured in the operation.",
    "The leader was responsible for attacks that killed 20 Afghan soldiers.",
    "Around 20 gunmen attacked the village on Friday.",
])
def test_not_casualty_figures(read, text):
    claims, toll = read(text)
    assert all(toll.get(c).low == 0 for c in ("killed", "injured", "detained", "kidnapped")), claims


def test_historical_year(read):
    claims, toll = read("In April 2021, clashes left more than 50 people dead. This week 6 soldiers were killed.")
    assert K(toll) == (6, 6, 6)
    assert [c.historical for c in claims] == [True, False]


def test_unnumbered_plural_and_unknown(read):
    _, toll = read("Several houses burned and civilians were killed in the shelling.")
    assert K(toll) == (2, 2, None)
    _, toll = read("Officials said civilians were killed, without specifying the number.")
    assert toll.killed.low == 0 and toll.killed.high is None


def test_summary_and_details_counted_once(read):
    text = ("Coalition forces killed several insurgents in Helmand. Two were killed by small-arms fire "
            "and a third insurgent died in an air strike.")
    _, toll = read(text)
    assert toll.killed.low == 3


def test_repeated_figure_counted_once(read):
    text = "An air strike killed two insurgents in Kandahar. The two insurgents were planting a bomb."
    _, toll = read(text)
    assert K(toll) == (2, 2, 2)


def test_including_is_part_of(read):
    claims, toll = read("The bomb killed 10 people, including 3 children.")
    assert K(toll) == (10, 10, 10)
    assert claims[1].part_of == claims[0].id


def test_distinct_incidents_add(read):
    text = "A car bomb killed 4 people in the north. In the south, gunmen shot dead 3 policemen."
    _, toll = read(text)
    assert K(toll) == (7, 7, 7)


def test_revised_figure_replaces(read):
    text = "Five people were killed in the blast. By evening the death toll rose to 15."
    _, toll = read(text)
    assert K(toll) == (15, 15, 15)


def test_sides_and_total_are_one_toll(read):
    text = ("At least 30 people were killed in total on both sides. "
            "Armenia said 20 Armenian soldiers were killed; Azerbaijan said 15 Azerbaijani soldiers died.")
    claims, toll = read(text)
    assert toll.killed.low == 35


def test_unverified_and_claimed(read):
    claims, _ = read("The Taliban claimed they killed 40 soldiers. The figure could not be independently verified.")
    assert claims[0].verified is False


@pytest.mark.parametrize("text,cat,expected", [
    ("An Afghan and coalition force killed Taliban leader Saifullah during an operation.", "killed", (1, 1, 1)),
    ("THE GUERRILLAS ASSASSINATED HECTOR ORTIZ AND MARIA LOPEZ IN THE CAPITAL.", "killed", (2, 2, 2)),
    ("Karim Dost, a senior commander in the area, was killed during the raid.", "killed", (1, 1, 1)),
    ("Forces killed the commander Wali Khan. Later reports said Wali Khan was killed in the strike.", "killed", (1, 1, 1)),
    ("The security force engaged the fighters, killing several of them.", "killed", (3, 3, None)),
    ("40 people, 6 police officers and 34 civilians, were killed in the assault.", "killed", (40, 40, 40)),
    ("Nine people were killed and 37 were injured.", "injured", (37, 37, 37)),
    ("Two Killed, One Detained in Raid. Forces killed two insurgents and detained one suspect.", "killed", (2, 2, 2)),
    ("Forces have detained more than 25 leaders since December 1. On Monday they detained two suspects.",
     "detained", (2, 2, 2)),
    ("Forces conducted an operation to arrest a Taliban leader in the district.", "detained", (0, 0, 0)),
    ("Fedahi is the seventh Taliban leader captured in the districts.", "detained", (0, 0, 0)),
    ("No 1 was injured in the blast.", "injured", (0, 0, 0)),
    ("Several insurgents attacked the patrol and were killed by return fire.", "killed", (3, 3, None)),
    ("The blast killed 5 people and wounded 10 others (four of them children) in the market.", "injured", (10, 10, 10)),
])
def test_more_figures(read, text, cat, expected):
    _, toll = read(text)
    assert K(toll, cat) == expected


@pytest.mark.parametrize("text,expected", [
    ("AFTER SENATOR RAMON ORTEGA'S MURDER, SECURITY WAS RAISED.", 1),
    ("TWO BODIES WERE FOUND TODAY IN THE PARK.", 2),
    ("THE JUDGES CONDEMNED THE MURDERS OF JAIME ROJAS, COLONEL PEDRO SALAS, AND ANA GIL.", 3),
    ("WE HAVE NOT MURDERED ANYONE.", 0),
])
def test_upper_case_wires(read, text, expected):
    _, toll = read(text, published=None)
    assert toll.killed.low == expected


def test_release_issuer_reports_unattributed_figures(read):
    text = ("Ministry of Health of the Kyrgyz Republic\n\nBISHKEK - Hospitals have received the bodies of "
            "12 citizens of the Kyrgyz Republic who died in the shelling.")
    claims, toll = read(text)
    assert toll.killed.low == 12
    assert (claims[0].reported_by.kind, claims[0].reported_by.side, claims[0].partisan) == ("government", "KG", True)


def test_unverifiable_paragraph_applies_to_the_one_before(read):
    text = ("Tajikistan's border service said one of its guards was killed.\n\n"
            "Neither account could be independently verified.")
    claims, _ = read(text)
    assert claims[0].verified is False


def test_revision_replaces_same_side(read):
    text = ("The Kyrgyz health ministry reported that 31 people had been wounded. "
            "By evening the ministry said the number of wounded had risen to 87.")
    _, toll = read(text)
    assert (toll.injured.low, toll.injured.high) == (87, 87)


def test_up_from_is_not_a_figure(read):
    _, toll = read("The number of soldiers killed has risen to 36, up from 24 reported on Friday.")
    assert (toll.killed.low, toll.killed.high) == (36, 36)
