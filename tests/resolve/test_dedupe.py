"""Near-duplicate articles: wire copies and light rewrites map to one canonical article."""
from __future__ import annotations

from datetime import date

from tollwatch.models import Article
from tollwatch.resolve.dedupe import canonical_articles

WIRE = ("BISHKEK, Sept 17 - Fighting along the disputed border between Kyrgyzstan and "
        "Tajikistan has killed 36 people on the Kyrgyz side, the health ministry in Bishkek "
        "said on Saturday, as both governments accused each other of shelling villages and "
        "moving heavy weapons toward the frontier. A ceasefire agreed on Friday appeared to "
        "be holding in some places, local officials said, while thousands of residents were "
        "taken by bus away from the villages nearest to the fighting.")
REWRITE = WIRE.replace("BISHKEK, Sept 17 - ", "").replace("on Saturday", "on Saturday morning") \
    + " Our correspondent contributed reporting."
OTHER = ("YEREVAN - Armenia said on Wednesday that 49 of its soldiers had died in overnight "
         "shelling by Azerbaijani forces along their shared frontier, the worst fighting "
         "between the two neighbours since the war of 2020, and asked Russia for help under "
         "a mutual defence treaty signed decades ago by the two former Soviet republics.")


def art(aid, text, day):
    return Article(id=aid, text=text, published=day)


def test_wire_copy_and_light_rewrite_map_to_the_earliest():
    arts = [art("b-copy", WIRE, date(2022, 9, 18)), art("a-wire", WIRE, date(2022, 9, 17)),
            art("c-rewrite", REWRITE, date(2022, 9, 17)), art("d-other", OTHER, date(2022, 9, 14))]
    canon = canonical_articles(arts)
    assert canon == {"a-wire": "a-wire", "b-copy": "a-wire", "c-rewrite": "a-wire",
                     "d-other": "d-other"}
    assert canonical_articles(reversed(arts)) == canon


def test_short_texts_with_other_figures_are_updates_not_copies():
    arts = [art("s1", "Border clash: 24 Kyrgyz dead, ministry says.", date(2022, 9, 16)),
            art("s2", "Border clash: 24 Kyrgyz dead, ministry says", date(2022, 9, 16)),
            art("s3", "Border clash: 36 Kyrgyz dead, ministry says.", date(2022, 9, 17))]
    canon = canonical_articles(arts)
    assert canon == {"s1": "s1", "s2": "s1", "s3": "s3"}
