"""French, Spanish and Russian summaries of our own (seventh round), with the killed and injured
best each must give, written by hand before running. First set: 27 of 34 passed at first. Mended by
structure: a life noun's subject after the verb ("perdió la vida un patrullero"), whom a finding
verb finds without life ("hallaron sin vida a", "найден без признаков жизни"), "dar de baja" as a
phrasal verb, a count hung under the object's modifier ("le chef du village et deux de ses fils"),
a state word after a singular noun in a verbless clause ("Un hombre muerto y otro herido")."""
import pytest

from tollwatch.extract.text import split_sentences

from .helpers import figures_in, summary_tests

CASES = [  # (language, text, killed, injured)
 ("es", "Un hombre muerto y otro herido es el saldo de un ataque armado registrado anoche en una finca de Neiva.", 1, 1),
 ("es", "En el enfrentamiento con las tropas, uno de los delincuentes fue dado de baja y otro quedó herido.", 1, 1),
 ("es", "Un soldado murió y otros tres quedaron heridos tras pisar una mina antipersonal en Tumaco.", 1, 3),
 ("es", "Dos comerciantes fueron asesinados a tiros en el centro de Cúcuta la noche del sábado.", 2, 0),
 ("es", "El ataque contra la estación de policía dejó un saldo de cuatro muertos.", 4, 0),
 ("es", "En el hecho perdió la vida un patrullero de la Policía Nacional.", 1, 0),
 ("es", "Siete personas resultaron heridas por la explosión de un artefacto en Cali.", 0, 7),
 ("es", "Sicarios asesinaron a un líder social en zona rural del Cauca, denunció la Defensoría.", 1, 0),
 ("es", "Campesinos hallaron sin vida a un joven de 23 años en la vereda La Esperanza.", 1, 0),
 ("es", "La Fiscalía investiga la masacre de cinco jóvenes ocurrida en Samaniego.", 5, 0),
 ("es", "Un menor de edad murió en el hospital a causa de las heridas de bala.", 1, 0),
 ("es", "El cadáver de un concejal fue encontrado en una zanja a las afueras de la ciudad.", 1, 0),
 ("ru", "В результате обстрела погиб мирный житель, ещё трое ранены.", 1, 3),
 ("ru", "Жертвами теракта стали 12 человек, более 40 получили ранения.", 12, 40),
 ("ru", "Погибли двое военнослужащих, сообщили в министерстве обороны.", 2, 0),
 ("ru", "Тело убитого журналиста нашли в лесу под Махачкалой.", 1, 0),
 ("ru", "Число погибших при взрыве на рынке выросло до 15.", 15, 0),
 ("ru", "Ранения получили пятеро полицейских, их госпитализировали.", 0, 5),
 ("ru", "В перестрелке с силовиками были убиты трое боевиков.", 3, 0),
 ("ru", "Неизвестные застрелили главу сельского поселения у его дома.", 1, 0),
 ("ru", "При взрыве погибла женщина, её сын получил тяжелые ранения.", 1, 1),
 ("ru", "Пострадали восемь человек, двое из них в тяжелом состоянии.", 0, 8),
 ("fr", "L'explosion a fait trois morts et une dizaine de blessés, selon la police.", 3, 10),
 ("fr", "Un commerçant a été abattu par balles devant sa boutique à Marseille.", 1, 0),
 ("fr", "Un enfant a succombé à ses blessures à l'hôpital de Gao.", 1, 0),
 ("fr", "Des hommes armés ont tué le chef du village et deux de ses fils.", 3, 0),
 ("fr", "Cinq militaires ont été blessés, dont deux grièvement.", 0, 5),
 ("fr", "Un casque bleu a perdu la vie et quatre autres ont été blessés lors de l'explosion.", 1, 4),
 ("fr", "L'attaque, revendiquée par l'EI, a coûté la vie à 17 soldats nigériens.", 17, 0),
 ("es", "El atentado cobró la vida de nueve personas, entre ellas dos niños.", 9, 0),
 ("ru", "Теракт унёс жизни девяти человек, в том числе двух детей.", 9, 0),
 ("ru", "Один человек погиб, ещё семеро пострадали в результате ДТП с военным грузовиком.", 1, 7),
]

# Second set: 27 of 31 passed at first. Mended: a bare toll noun updates a figure told earlier in
# its own sentence ("о пяти погибших, теперь их число выросло до семи"); a counted adjective with
# a preposition is a noun ("la muerte de tres menores"); "neuf" before a plural is nine, not new.
MORE = [
 ("ru", "В Дагестане боевики обстреляли патруль ДПС, один полицейский погиб, двое получили ранения.", 1, 2),
 ("ru", "Взрыв прогремел у входа в торговый центр; по предварительным данным, пострадали 18 человек.", 0, 18),
 ("ru", "Жертвами авиаудара по рынку стали не менее 25 мирных жителей, сообщает местная администрация.", 25, 0),
 ("ru", "Нападавший открыл огонь по прохожим и убил четырёх человек, после чего был задержан.", 4, 0),
 ("ru", "Тела трёх журналистов были обнаружены на окраине города.", 3, 0),
 ("ru", "Погибшим оказался 35-летний местный житель, ещё один мужчина ранен.", 1, 1),
 ("ru", "Снайпер застрелил двоих военных и ранил офицера.", 2, 1),
 ("ru", "От полученных ранений в больнице скончались ещё двое пострадавших.", 2, 0),
 ("ru", "Семь человек были похищены вооружёнными людьми, один из них позже убит.", 1, 0),
 ("ru", "При обстреле школы погибли учительница и двое учеников.", 3, 0),
 ("ru", "Ранее сообщалось о пяти погибших, теперь их число выросло до семи.", 7, 0),
 ("ru", "В ходе спецоперации ликвидированы трое боевиков, пострадавших среди силовиков нет.", 3, 0),
 ("ru", "Смертник подорвал себя на блокпосту, убив шестерых полицейских и ранив ещё десятерых.", 6, 10),
 ("uk", "Внаслідок обстрілу Херсона загинули двоє людей, ще семеро отримали поранення.", 2, 7),
 ("uk", "Російський дрон атакував автобус: загинув водій, поранено п'ятьох пасажирів.", 1, 5),
 ("uk", "Під завалами знайшли тіла ще трьох загиблих, загальна кількість жертв зросла до 14.", 14, 0),
 ("es", "Un enfrentamiento entre disidencias dejó al menos siete muertos en zona rural de Argelia, Cauca.", 7, 0),
 ("es", "Murieron dos policías y un civil en el ataque, y otras seis personas resultaron lesionadas.", 3, 6),
 ("es", "El cuerpo sin vida de una mujer fue hallado en un lote baldío del barrio San José.", 1, 0),
 ("es", "Las autoridades confirmaron la muerte de tres menores en el bombardeo.", 3, 0),
 ("es", "Un patrullero resultó herido de gravedad y su compañero murió en el lugar.", 1, 1),
 ("es", "La cifra de fallecidos por la explosión subió a 14, según el último balance oficial.", 14, 0),
 ("es", "Desconocidos ultimaron a balazos a un comerciante en el mercado municipal.", 1, 0),
 ("fr", "Deux soldats français ont été tués et un troisième grièvement blessé dans l'explosion d'une mine.", 2, 1),
 ("fr", "L'attaque a fait au moins 15 morts parmi les civils, selon des sources locales.", 15, 0),
 ("fr", "Un homme a été tué par balle et sa femme blessée lors d'un cambriolage qui a mal tourné.", 1, 1),
 ("fr", "Les corps de six villageois ont été découverts dans un puits près de Djibo.", 6, 0),
 ("fr", "Trois personnes ont succombé à leurs blessures, portant le bilan à neuf morts.", 9, 0),
 ("fr", "Les assaillants ont exécuté le maire et enlevé son adjoint.", 1, 0),
 ("fr", "Un gendarme a perdu la vie et deux autres ont été blessés, a annoncé la préfecture.", 1, 2),
]

GAPS = [  # "douze" tagged a name closed in round 12 (tests/extract/test_round12.py); "trouver la mort"
          # closed in round 13 (tests/extract/test_round13.py); "госпитализированы" of a counted group
          # closed in round 14 (tests/extract/test_round14.py)
]


def test_glued_sentences_split_at_their_full_stop():
    text = "Un hombre murió en la vereda de Neiva.Los delincuentes huyeron. Visit www.Reuters.com now."
    assert [s.text for s in split_sentences(text)] == [
        "Un hombre murió en la vereda de Neiva.", "Los delincuentes huyeron.", "Visit www.Reuters.com now."]


def test_another_after_a_figure_of_its_own_sentence_is_the_summary_told_again(reader):
    # "otro más" is set against "un guardia" of its own sentence, not one more than the summary.
    # (The killed side still adds "un guardia" to "Un muerto": a known gap, groups differ.)
    text = ("Un muerto y otro herido es el saldo de un asalto a una finca. "
            "En el cruce de disparos un guardia murió y otro más resultó herido.")
    assert figures_in(reader, text, "es")[1] == 1


# Running counts over a country or a year are no figure of the event (written before the mend),
# and "acabar con la vida de" takes a life.
RUNNING_AND_LIVES = [
 ("es", "Un exguerrillero fue asesinado el martes en Planadas. Con él, 198 firmantes de la paz han sido "
        "asesinados en todo el territorio colombiano.", 1, 0),
 ("es", "En lo que va del año han sido asesinados 120 líderes sociales, según la Defensoría.", 0, 0),
 ("en", "So far this year 45 journalists have been killed worldwide, the group said.", 0, 0),
 ("es", "Los sicarios acabaron con la vida de un comerciante en Cali.", 1, 0),
]


# Short articles of our own with background paragraphs (written before running; 4 of 6 passed at
# first). Mended: a running count opening its clause ("en lo que va de 2021 han sido asesinados
# 87 líderes"), and an update given with the side of its source replaces the figure told without
# a side when the article names no other side ("погибли 12 человек ... число погибших выросло до 14").
ARTICLES = [
 ("es", """Un líder comunal fue asesinado a tiros en la vereda El Diamante, zona rural de Planadas, Tolima.

Según la Policía, dos hombres en motocicleta llegaron hasta su vivienda y le dispararon en varias ocasiones. El hombre, de 52 años, murió antes de llegar al hospital. Su esposa resultó herida en un brazo.

El año pasado, otros tres dirigentes de la misma junta fueron asesinados en el municipio. De acuerdo con organizaciones sociales, en lo que va de 2021 han sido asesinados 87 líderes sociales en el país.""", 1, 1),
 ("es", """La explosión de un carro bomba frente a una estación de policía en Corinto dejó cuatro uniformados muertos y 14 personas heridas, entre ellas tres menores.

El gobernador del Cauca confirmó que dos de los heridos se encuentran en estado grave. En 2019, un ataque similar en el mismo municipio había causado la muerte de seis personas.""", 4, 14),
 ("ru", """В Кабуле смертник подорвал себя у входа в министерство, погибли 12 человек.

Как сообщили в министерстве здравоохранения Афганистана, ещё 25 человек получили ранения, пятеро из них в тяжёлом состоянии. Позднее число погибших выросло до 14.

В прошлом году в результате аналогичного теракта в столице погибли более 40 человек.""", 14, 25),
 ("ru", """Двое военнослужащих погибли и трое получили ранения в результате обстрела позиций в районе села.

Об этом сообщила пресс-служба министерства обороны. По данным ведомства, раненые доставлены в госпиталь, их жизни ничего не угрожает. С начала месяца на этом участке погибли восемь военных.""", 2, 3),
 ("fr", """Au moins 20 civils ont été tués dimanche dans l'attaque d'un village du nord du Burkina Faso, selon des sources locales.

«Les assaillants sont arrivés à moto et ont tiré sur les habitants», a raconté un témoin. Une dizaine de blessés ont été évacués vers l'hôpital de Djibo. Depuis 2015, les violences jihadistes ont fait plus de 2 000 morts dans le pays.""", 20, 10),
 ("fr", """Un policier a été tué et deux autres blessés lors d'une fusillade à Marseille, a annoncé la préfecture.

Le policier tué, âgé de 34 ans, était père de deux enfants. Les deux blessés ont été hospitalisés. L'auteur des tirs a été interpellé.""", 1, 2),
]


def test_life_taken_as_an_indirect_object(reader):
    # written before the mend: the parser makes "жизни" an iobj here ("девяти человек" an obj)
    assert figures_in(reader, "Обстрел унёс жизни пятерых мирных жителей.", "ru") == (5, 0)


@pytest.mark.parametrize("text,figures", [
    ("Министерство обороны Румынии заявило, что при взрыве погибли двое. "
     "Повстанцы «Талибана» утверждают, что взрыв унёс жизни семерых солдат.", (2, 2, 7)),
    # a known gap until round 8 ('военный' and 'солдат' two groups): an armed group's count is now
    # another account whatever its words (tests/extract/test_round8.py)
    ("Министерство обороны Румынии заявило, что погиб один военный. "
     "Повстанцы «Талибана» утверждают, что взрыв унёс жизни семерых солдат.", (1, 1, 7)),
])
def test_an_armed_groups_claim_against_an_official_figure_widens_the_high_only(reader, text, figures):
    # written before the mend: the insurgents' claim was attributed to the ministry and taken as the toll
    from .helpers import read_in
    r = read_in(reader, text, "ru")
    claim = next(c for c in r.claims if c.low == 7)
    assert (claim.reported_by.kind, claim.verified, claim.partisan) == ("armed_group", False, True)
    assert (r.toll.killed.low, r.toll.killed.best, r.toll.killed.high) == figures


# Fourth set (fr/es; written before running; 14 of 18 passed at first). Mended: "mortellement" /
# "mortalmente" make an injury a death (also as an adverb on a state, and where the French model
# lemmatised it "mortellemer" or hung it as an auxiliary); "quinzaine"/"quincena" as vague heads;
# a counted noun left as a caseless oblique before a subjectless verb is its subject ("Au moins 50
# personnes, parmi lesquelles ..., ont été tuées"). Gap: an elided "une quatrième [blessée]".
FOURTH = [
 ("fr", "Selon un bilan provisoire, l'attaque a fait sept morts, dont deux enfants, et une quinzaine de blessés.", 7, 15),
 ("fr", "Le bilan s'est alourdi mardi à 32 morts après le décès de trois blessés à l'hôpital.", 32, 0),
 ("fr", "Quatre militaires ont perdu la vie et six autres ont été blessés, a indiqué l'état-major.", 4, 6),
 ("fr", "Deux jeunes hommes sont morts après avoir été touchés par des balles perdues.", 2, 0),
 ("fr", "Au moins 50 personnes, parmi lesquelles des femmes et des enfants, ont été tuées lors du raid.", 50, 0),
 ("fr", "Un otage a été exécuté par ses ravisseurs, a annoncé le groupe.", 1, 0),
 ("fr", "L'armée affirme avoir neutralisé une vingtaine de terroristes.", 20, 0),
 ("fr", "Aucune victime n'est à déplorer, selon les pompiers.", 0, 0),
 ("fr", "Un adolescent de 16 ans a été mortellement poignardé à la sortie de son lycée.", 1, 0),
 ("fr", "Les violences ont fait au moins 12 morts depuis vendredi, dont neuf manifestants.", 12, 0),
 ("fr", "Deux soldats ont été tués. Un troisième, grièvement blessé, a été évacué.", 2, 1),
 ("es", "Un ataque armado contra un bar dejó como saldo cinco personas muertas y dos lesionadas.", 5, 2),
 ("es", "Los cuerpos sin vida de dos hombres fueron localizados a un costado de la carretera.", 2, 0),
 ("es", "Tres presuntos guerrilleros murieron en combates con el Ejército, según el reporte oficial.", 3, 0),
 ("es", "Al menos una decena de personas resultaron heridas durante los enfrentamientos.", 0, 10),
 ("es", "El policía, que había sido herido de gravedad, falleció este martes.", 1, 0),
 ("es", "Con este crimen ya son cuatro los líderes asesinados en el municipio este año.", 0, 0),
]

FOURTH_GAPS = [
 ("fr", "Trois personnes ont été grièvement blessées et une quatrième légèrement.", 0, 4),
]


# Fifth set (ru agency style; written before running; 11 of 12 passed at first). Mended:
# "расстрелять" takes people only ("расстреляли автобус" is no victim).
FIFTH = [
 ("ru", "По данным МЧС, в результате взрыва погибли шесть человек, еще 14 получили ранения различной степени тяжести.", 6, 14),
 ("ru", "Как сообщил источник в силовых структурах, убиты двое сотрудников ДПС, нападавшему удалось скрыться.", 2, 0),
 ("ru", "В результате атаки беспилотника пострадали три мирных жителя, один из них скончался по дороге в больницу.", 1, 2),
 ("ru", "Число жертв теракта в концертном зале возросло до 137 человек, сообщил СК.", 137, 0),
 ("ru", "Ранения получили 12 человек, в том числе четверо детей, их жизни ничего не угрожает.", 0, 12),
 ("ru", "Погибшими числятся 9 человек, пропавшими без вести — еще трое.", 9, 0),
 ("ru", "Боевики расстреляли автобус с паломниками: 11 человек погибли на месте, 20 ранены.", 11, 20),
 ("ru", "Минобороны сообщило о гибели трёх военнослужащих в ходе столкновения на границе.", 3, 0),
 ("ru", "Пострадавших нет, сообщили в пресс-службе ведомства.", 0, 0),
 ("ru", "В перестрелке погиб сотрудник полиции, ещё двое получили ранения.", 1, 2),
 ("ru", "Жертвами стрельбы в торговом центре стали пять человек.", 5, 0),
 ("ru", "Удар пришелся по жилому дому; под завалами обнаружены тела 8 человек.", 8, 0),
]


@pytest.mark.parametrize("language,text,killed", [
    # written before the mend: the pluperfect of the verb a counted noun is the object of
    ("fr", "Un policier a été tué lundi. Les attentats de janvier avaient fait 17 morts.", 1),
    ("es", "Un policía murió el lunes. Un ataque similar había dejado 17 muertos.", 1),
    ("fr", "L'attaque a fait 17 morts.", 17),
])
def test_a_counted_noun_under_a_pluperfect_is_an_earlier_episode(reader, language, text, killed):
    assert figures_in(reader, text, language)[0] == killed


@pytest.mark.parametrize("text,killed", [
    # found while writing the test above: fr_core_news_sm made "tué" the case marker of the day after it (0 each)
    ("Un policier a été tué lundi.", 1),
    ("Deux soldats ont été tués dimanche.", 2),
])
def test_a_participle_before_a_day_heads_its_clause(reader, text, killed):
    assert figures_in(reader, text, "fr")[0] == killed


test_summary_in_its_language, test_known_gaps = summary_tests(CASES + MORE + RUNNING_AND_LIVES + ARTICLES + FOURTH + FIFTH, GAPS + FOURTH_GAPS, gaps_named="GAPS and FOURTH_GAPS")
