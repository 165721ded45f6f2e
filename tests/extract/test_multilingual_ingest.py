"""The language a source declares reaches the reading (ingest -> Reader), with the network off."""
import io

import pytest

from tollwatch.extract.reader import Reader
from tollwatch.ingest.feeds import feed_articles
from tollwatch.ingest.html import html_article
from tollwatch.ingest.jsonl import jsonl_articles
from tollwatch.ingest.language import html_language, source_language

BODY_FR = ("<p>Trois soldats ont été tués lundi lors d'une embuscade près de la frontière, "
           "a indiqué l'armée dans un communiqué publié dans la soirée.</p>" * 3)


@pytest.mark.parametrize("tag, code", [("fr-FR", "fr"), ("ru_RU", "ru"), ("es", "es"), ("EN-gb", "en"),
                                       ("", None), ("français", None), (None, None), (7, None)])
def test_declared_tags_read_as_codes(tag, code):
    assert source_language(tag) == code


def test_html_lang_and_metadata():
    assert html_language('<!doctype html><html class="x" lang="fr-FR"><head></head>') == "fr"
    assert html_language('<html><head><meta http-equiv="Content-Language" content="es"></head>') == "es"
    assert html_language('<html><head><meta content="ru_RU" property="og:locale"></head>') == "ru"
    assert html_language("<html><head><title>x</title></head>") is None


def test_declared_languages_reach_the_reading(network_off):
    page = f'<html lang="fr"><head><title>Embuscade</title></head><body><article>{BODY_FR}</article></body></html>'
    art = html_article(page.encode(), source="page.html")
    assert art.language == "fr"
    lines = (b'{"id": "a", "text": "Dos soldados murieron el lunes.", "language": "es"}\n'
             b'{"id": "b", "text": "Two soldiers died on Monday."}\n')
    es, en = list(jsonl_articles(io.BytesIO(lines), name="x.jsonl", limit=10_000))
    assert (es.language, en.language) == ("es", "en")
    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Лента</title><language>ru-RU</language>"
            "<item><title>Обстрел</title><link>https://example.org/1</link>"
            "<description>Два пограничника погибли в понедельник.</description></item></channel></rss>")
    (item,) = list(feed_articles(feed.encode(), source="feed.xml"))
    assert item.language == "ru"
    reader = Reader.load(detect=False)  # detection off: only the declared language decides
    assert reader.read(es).claims[0].rules.startswith("casualties.v2-es-")
    assert reader.read(item).claims[0].rules.startswith("casualties.v2-ru-")
    assert reader.read(art).claims[0].rules.startswith("casualties.v2-fr-")
