from tollwatch.extract.places import best_place, find_places, normalise


def test_transliteration_variants_share_a_region():
    a = best_place(find_places("Fighting in Paktiya province killed three Afghan police."))
    b = best_place(find_places("Fighting in Paktya province killed three Afghan police."))
    assert a.admin1 == b.admin1 == "Paktya" and a.country == "AF" and a.precision == 3


def test_border_towns_on_both_sides():
    ms = find_places("Kyrgyz and Tajik troops clashed near Vorukh, Isfara and Batken.")
    got = {m.text: (m.place.country, m.place.admin1) for m in ms}
    assert got["Vorukh"] == ("TJ", "Sughd")
    assert got["Isfara"] == ("TJ", "Sughd")
    assert got["Batken"][0] == "KG"


def test_town_resolves_to_its_region_with_coordinates():
    p = best_place(find_places("Afghan forces cleared Sangin on Monday."))
    assert p.country == "AF" and p.admin1 == "Helmand" and p.precision == 1
    assert 31 < p.lat < 33 and 64 < p.lon < 65.5


def test_unknown_name_is_not_guessed_into_another_country():
    assert find_places("Afghan officials met Brigadier Smith at Camp Bastion.") == [] or all(
        m.place.country == "AF" for m in find_places("Afghan officials met Brigadier Smith at Camp Bastion."))


def test_normalise():
    assert normalise("Qal’ah-ye Zāl") == "qalah ye zal"
