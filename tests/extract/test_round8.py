"""Summaries of our own (eighth round), en/fr/es/ru, with the killed and injured best each must
give, written by hand before the mend that meets them ran on them."""
import pytest

from .helpers import figures_in

# A life taken with a possessive: "claimed his life", "acabaron con su vida", "унёс его жизнь" is
# one death where the article counted none; the wounded one when he was counted wounded; nobody
# new after a death.
POSSESSIVE_LIFE = [
 ("en", "A roadside bomb exploded next to a police pickup near Lashkar Gah. The blast claimed his life, "
        "the district chief said.", 1, 0),
 ("en", "A police officer was shot outside his home in Peshawar on Monday. The wounds claimed his life "
        "hours later.", 1, 0),
 ("en", "A soldier was killed in Helmand on Sunday. A roadside bomb claimed his life, officials said.", 1, 0),
 ("es", "Desconocidos dispararon contra un comerciante en Tuluá; los disparos acabaron con su vida.", 1, 0),
 ("es", "Dos soldados murieron en Arauca. Una mina acabó con su vida.", 2, 0),
 ("ru", "Неизвестные напали на фермера у его дома. Удар ножом унёс его жизнь.", 1, 0),
]


@pytest.mark.parametrize("language,text,killed,injured", POSSESSIVE_LIFE)
def test_summary_in_its_language(reader, language, text, killed, injured):
    assert figures_in(reader, text, language) == (killed, injured)


# An armed group's own count set against the figure of the article or of officials: the best is
# the conservative figure, the group's claim widens the high (ACLED's most conservative estimate).
ARMED_GROUP_ACCOUNTS = [
 ("en", "Five soldiers were killed when gunmen attacked a checkpoint in Zabul, the provincial police chief "
        "said. The Taliban said 20 soldiers had died in the assault.", 5, 0),
 ("en", "Seven villagers were killed in the raid. The rebels said nine people were killed, but the army "
        "said it could confirm only seven deaths.", 7, 0),
 ("fr", "Quatre soldats ont été tués dans l'attaque, selon l'armée. Les jihadistes affirment que quinze "
        "militaires ont été tués.", 4, 0),
]


@pytest.mark.parametrize("language,text,killed,injured", ARMED_GROUP_ACCOUNTS)
def test_an_armed_groups_count_widens_the_high_only(reader, language, text, killed, injured):
    assert figures_in(reader, text, language) == (killed, injured)
