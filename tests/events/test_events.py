from datetime import date

from tollwatch.extract.events.build import build_events, classify
from tollwatch.models import Article, Claim, Span

TEXT = ("KABUL, Afghanistan (March 10, 2011) - An air strike in Nad Ali district, Helmand province, "
        "killed four insurgents yesterday. "
        "Separately, a suicide bomber struck a market in Kandahar city on Tuesday, killing nine civilians. "
        "Police arrested two men in Khost province today.")


def _claim(cid, text, needle, n):
    start = text.index(needle)
    return Claim(id=cid, category="killed", low=n, high=n, text=needle,
                 evidence=Span(start, start + len(needle), needle), rules="test")


def test_events_are_placed_and_dated_by_their_own_sentence():
    art = Article(id="a", text=TEXT, published=date(2011, 3, 10))
    claims = [_claim("c1", TEXT, "four insurgents", 4), _claim("c2", TEXT, "nine civilians", 9)]
    claims, events = build_events(art, claims)
    assert [e.sub_event_type for e in events] == ["Air/drone strike", "Suicide bomb", "Arrests"]
    assert [e.id for e in events] == ["e1", "e2", "e3"]
    assert [e.location.admin1 for e in events] == ["Helmand", "Kandahar", "Khost"]
    assert [e.date.start for e in events] == [date(2011, 3, 9), date(2011, 3, 8), date(2011, 3, 10)]
    assert events[0].claims == ("c1",) and events[1].claims == ("c2",) and events[2].claims == ()
    by_id = {c.id: c for c in claims}
    assert by_id["c2"].location.admin1 == "Kandahar" and by_id["c2"].period.start == date(2011, 3, 8)
    assert events[1].event_type == "Explosions/Remote violence"
    assert any(a.name == "Police Forces of Afghanistan" for a in events[2].actors)


def test_dateline_city_is_not_the_event_place():
    text = "KABUL, Afghanistan (Jan. 5, 2012) - Coalition forces detained a facilitator in Logar province."
    _, events = build_events(Article(id="b", text=text, published=date(2012, 1, 5)), [])
    assert events[0].location.admin1 == "Logar"


def test_unknown_place_stays_null():
    text = "Gunmen opened fire on a bus, killing three passengers, officials said."
    _, events = build_events(Article(id="c", text=text), [])
    assert events[0].sub_event_type == "Attack" and events[0].location is None and events[0].date.start is None


def test_classify_covers_acled_types():
    assert classify("Thousands marched peacefully through the capital.") == ("Protests", "Peaceful protest")
    assert classify("Police fired tear gas to disperse the protesters.")[1] == "Protest with intervention"
    assert classify("The two sides signed a ceasefire agreement.") == ("Strategic developments", "Agreement")
    assert classify("Artillery shelling hit the town.")[1] == "Shelling/artillery/missile attack"
    assert classify("A roadside bomb hit a patrol.")[1] == "Remote explosive/landmine/IED"
    assert classify("Rebels kidnapped five aid workers.")[1] == "Abduction/forced disappearance"
    assert classify("The weather was fine.") is None


def test_events_follow_the_contract():
    from tollwatch.contract import validate
    from tollwatch.models import Reading
    art = Article(id="a", text=TEXT, published=date(2011, 3, 10))
    claims, events = build_events(art, [_claim("c1", TEXT, "four insurgents", 4).with_(rules="casualties.v1")])
    validate(Reading(article=art, claims=tuple(claims), events=tuple(events)).to_dict(), "article")


def test_country_wide_summary_takes_the_region_of_its_detail():
    text = ("KABUL, Afghanistan (May 3, 2011) - Coalition forces killed three insurgents in southern "
            "Afghanistan today.\u2028\u2028The patrol came under fire in Garmsir district, Helmand province, "
            "and returned fire.")
    _, events = build_events(Article(id="d", text=text, published=date(2011, 5, 3)),
                             [_claim("c1", text, "three insurgents", 3)])
    assert events[0].location.admin1 == "Helmand"


def test_line_separator_ends_a_date_headed_headline():
    text = ("June 2: Forces detain suspects in Logar\u2028\u2028For Immediate Release\u2028\u2028"
            "Afghan and coalition forces detained four suspects in Khost province today.")
    _, events = build_events(Article(id="e", text=text, published=date(2010, 6, 2)), [])
    assert events[0].location.admin1 == "Khost"


def test_background_on_a_target_opens_no_event_and_lends_no_place():
    text = ("Afghan and coalition forces detained a bomb maker in Logar province on Monday. "
            "The bomb maker is responsible for attacks in Kabul. "
            "The force also detained two suspected insurgents.")
    art = Article(id="f", text=text, published=date(2012, 5, 9))
    _, events = build_events(art, [])
    assert [e.evidence.sentence[:20] for e in events] == ["Afghan and coalition"]
    assert events[0].location.admin1 == "Logar"


def test_country_in_an_organisation_name_is_no_place():
    text = "Afghan forces arrested two members of the Islamic Movement of Uzbekistan in Balkh province."
    _, events = build_events(Article(id="g", text=text, published=date(2012, 5, 9)), [])
    assert events[0].location.country == "AF" and events[0].location.admin1 == "Balkh"


def test_month_names_and_group_names_are_no_triggers():
    assert classify("THE 19 MARCH ELECTION WAS CALLED A FARCE BY THE REBELS.") is None
    assert classify("The National Liberation Front issued a communique.") is None
    assert classify("The ministry announced that the talks would resume.") is None
    assert classify("Protesters staged a march through the capital.")[1] == "Peaceful protest"
    assert classify("Troops liberated the town after a week.")[1] == "Government regains territory"


def test_explosives_thrown_or_planted_are_explosive_attacks():
    assert classify("Ten men hurled dynamite sticks at the embassy.")[1] == "Remote explosive/landmine/IED"
    assert classify("An attack with explosives damaged the building.")[1] == "Remote explosive/landmine/IED"
    assert classify("At the beginning of March, three officials were murdered.")[1] == "Attack"
    assert classify("This can be demonstrated by the record.") is None


def test_unplaced_event_takes_the_country_the_report_is_about():
    text = ("Gunmen opened fire on a bus, killing three passengers, officials said. "
            "They gave no further details. The road stayed closed. "
            "Syria has blamed rebels for such raids. Syria's government says it controls the road.")
    _, events = build_events(Article(id="h", text=text, published=date(2019, 5, 7)), [])
    attack = next(e for e in events if e.sub_event_type == "Attack")
    assert attack.location.country == "SY" and attack.location.precision == 3


def test_sub_headline_and_place_date_line_are_no_event():
    text = ("RIGHTS MONITOR - BRIEFING\nOsh, 19 September 2022\n\n"
            "Civilians bore the brunt of the border fighting\n\n"
            "Our researchers in Batken region documented the deaths of 19 civilians between 14 and "
            "17 September.")
    art = Article(id="i", text=text)
    from tollwatch.extract.events.dates import infer_published
    art = infer_published(art)
    assert art.published == date(2022, 9, 19)
    _, events = build_events(art, [_claim("c1", text, "19 civilians", 19)])
    assert events[0].evidence.sentence.startswith("Our researchers")
    assert events[0].location.admin1 == "Batken"
    assert (events[0].date.start, events[0].date.end) == (date(2022, 9, 14), date(2022, 9, 17))
