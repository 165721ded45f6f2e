from datetime import date

from tollwatch.extract.events.dates import event_date, infer_published
from tollwatch.models import Article


def _pub(text):
    return infer_published(Article(id="a", text=text))


def test_dateline_with_year_is_the_publication_date():
    a = _pub("0000-00-X\n\nKABUL, Afghanistan (Jan. 25, 2013)\nTroops raided a compound yesterday.")
    assert a.published == date(2013, 1, 25) and a.published_inferred is True


def test_upper_case_dateline_with_two_digit_year():
    a = _pub("SAN SALVADOR, 13 JAN 90 (RADIO) -- GUERRILLAS ATTACKED A POST ON 2 JAN 90.")
    assert a.published == date(1990, 1, 13)


def test_dateline_without_year_borrows_it_from_the_release_number():
    a = _pub("Release 2010-09-CA-005\nKABUL, Afghanistan (Sept. 1) - A patrol detained two men Tuesday.")
    assert a.published == date(2010, 9, 1)


def test_latest_absolute_date_when_no_dateline():
    a = _pub("Talks began on March 3, 2021 and a truce was signed on 9 April 2021 in the capital.")
    assert a.published == date(2021, 4, 9) and a.published_inferred


def test_given_date_is_kept_and_nothing_is_guessed():
    given = Article(id="a", text="KABUL, Afghanistan (Jan. 25, 2013) text", published=date(2020, 1, 1))
    assert infer_published(given) is given
    bare = Article(id="b", text="Fighting went on for days.")
    assert infer_published(bare) is bare


def test_relative_days_from_publication():
    pub = date(2022, 9, 20)  # a Tuesday
    assert event_date("Two soldiers died yesterday.", pub).start == date(2022, 9, 19)
    d = event_date("The village was shelled on Sunday.", pub)
    assert (d.start, d.precision) == (date(2022, 9, 18), "day")
    d = event_date("Clashes went on between Wednesday and Friday.", pub)
    assert (d.start, d.end, d.precision) == (date(2022, 9, 14), date(2022, 9, 16), "week")
    d = event_date("Dozens were arrested last week.", pub)
    assert d.precision == "week" and d.end < pub and d.start <= d.end


def test_date_without_year_never_after_publication():
    assert event_date("The raid on Dec. 28 killed four.", date(2011, 1, 3)).start == date(2010, 12, 28)
    assert event_date("The raid on Sept. 26 killed four.", date(2011, 10, 3)).start == date(2011, 9, 26)


def test_no_date_words_gives_none():
    assert event_date("Insurgents attacked the post.", date(2011, 1, 1)) is None


def test_day_of_the_statement_is_not_the_day_of_the_event():
    d = event_date("Officials today confirmed the capture of a leader in Zabul province, June 14.",
                   date(2011, 6, 21))
    assert d.start == date(2011, 6, 14)


def test_past_two_days_is_a_range_back_from_publication():
    got = event_date("Troops killed 12 fighters during the past two days.", date(2011, 4, 9))
    assert (got.start, got.end, got.precision) == (date(2011, 4, 7), date(2011, 4, 9), "week")


def test_date_naming_an_earlier_event_is_not_the_event_date():
    s = "Police confirmed the death of a planner of the March 3 bombing in a raid on Tuesday."
    got = event_date(s, date(2014, 6, 12))  # a Thursday
    assert got.start == date(2014, 6, 10)
    assert event_date("The bombing on March 3 killed four.", date(2014, 6, 12)).start == date(2014, 3, 3)


def test_dateline_with_the_country_in_brackets():
    a = _pub("MOSCOW (USSR), 6 JUL 89 (TASS) -- [TEXT] THE AMBASSADOR PROTESTED AN ATTACK ON SEAMEN.")
    assert a.published == date(1989, 7, 6) and a.published_inferred


def test_span_of_days_in_one_month():
    got = event_date("Researchers counted 19 dead between 14 and 17 September.", date(2022, 9, 19))
    assert (got.start, got.end, got.precision) == (date(2022, 9, 14), date(2022, 9, 17), "week")


def test_a_historical_mention_never_dates_an_undated_report():
    text = ("Border clashes flared again on Sunday, killing 12 villagers.\n\n"
            "The previous round of fighting, on 9 April 2021, left more than 40 people dead.\n\n"
            "The 14 May 2021 ceasefire collapsed within weeks.")
    assert _pub(text).published is None  # only an earlier episode is dated: stays undated
    assert _pub("Fighting that began in April 2021 resumed on Friday.").published is None


def test_a_pointer_to_another_report_dates_nothing():
    text = ("Shelling hit the market on Friday.\n\nSEE ALSO - Photos from 16 September 2022 "
            "of the town after the shelling")
    assert _pub(text).published is None


def test_a_current_full_date_still_dates_the_report_beside_an_old_one():
    text = ("Troops and rebels fought near the dam on 3 October 2023, officials said. The previous "
            "fighting, on 9 April 2021, left 40 dead.")
    assert _pub(text).published == date(2023, 10, 3)
