"""Summaries of our own (twelfth round), es/fr/ru/uk, with the killed and injured best each must
give, written by hand before the mend that meets them ran on them (Russian and Ukrainian news 21 of
25, Spanish regional and French news 23 of 25 at first run; the misses left are in GAPS)."""
from .helpers import figures_in, read_in, summary_tests

# Russian and Ukrainian news sentences: "унёс жизни", "жертвами стали", "среди погибших", an
# update of the dead, a relative count ("из них 12 — дети") inside a total.
RUSSIAN_NEWS = [
 ("ru", "Жертвами обрушения стали по меньшей мере девять человек, сообщает МЧС.", 9, 0),
 ("ru", "По данным минздрава, пострадали 40 человек, из них 12 — дети. Погибших нет.", 0, 40),
 ("ru", "Один военнослужащий погиб, ещё четверо ранены в результате обстрела позиций.", 1, 4),
 ("ru", "Среди погибших — двое детей и их мать.", 3, 0),
 ("ru", "Количество погибших в результате землетрясения возросло до 27 человек.", 27, 0),
 ("ru", "Тела пятерых мужчин обнаружили в лесу недалеко от села.", 5, 0),
 ("ru", "Водитель автобуса скончался в больнице, ещё 11 пассажиров получили травмы различной степени тяжести.", 1, 11),
 ("ru", "В результате нападения боевиков на блокпост погибли трое военных. Нападавшие скрылись.", 3, 0),
 ("ru", "Неизвестный открыл стрельбу в школе. Погибла учительница, ранены семь учеников.", 1, 7),
 ("ru", "Полиция задержала 15 человек. В ходе беспорядков пострадали восемь полицейских.", 0, 8),
 ("ru", "Двенадцать человек погибли и более двадцати ранены при взрыве газа в жилом доме.", 12, 20),
 ("ru", "Жертвой нападения стал 45-летний фермер.", 1, 0),
 ("ru", "Во время штурма были убиты двое заложников.", 2, 0),
 ("ru", "Погибшими числятся 33 человека, пропавшими без вести — ещё 10.", 33, 0),
 ("ru", "В ДТП с участием военного грузовика погибли пятеро военнослужащих.", 5, 0),
 ("ru", "От полученных ранений скончался ещё один человек, общее число погибших достигло восьми.", 8, 0),
 ("uk", "Унаслідок ракетного удару загинули четверо людей, ще 19 отримали поранення.", 4, 19),
 ("uk", "Під час обстрілу загинула жінка, її чоловік зазнав поранень.", 1, 1),
 ("uk", "Кількість загиблих зросла до 23, серед них троє дітей.", 23, 0),
 ("uk", "Поранено шістьох цивільних, один з них у важкому стані.", 0, 6),
 ("uk", "Двоє військових загинули, ще п'ятеро травмовані.", 2, 5),
 # an attacker's death is in the high only (CONTRACT.md), the police officers' in the best
 ("ru", "В перестрелке погибли два сотрудника полиции и один нападавший. Трое полицейских получили ранения.", 2, 3),
]

# Spanish regional news and French wire copy: "acabaron con la vida de", "dejó como saldo", a state
# noun put first ("Un muerto y cuatro heridos dejó una balacera"), a second state after a
# coordination ("dos uniformados muertos y siete civiles heridos").
SPANISH_AND_FRENCH = [
 ("es", "Sicarios acabaron con la vida de un comerciante en el barrio El Centro de Tuluá.", 1, 0),
 ("es", "El hecho dejó como saldo tres personas muertas y dos más lesionadas.", 3, 2),
 ("es", "Un muerto y cuatro heridos dejó una balacera en una discoteca de Cali.", 1, 4),
 ("es", "El joven fue ultimado a bala cuando salía de su casa.", 1, 0),
 ("es", "Dos soldados perdieron la vida y otros tres resultaron lesionados tras pisar una mina antipersonal.", 2, 3),
 ("es", "Fue hallado sin vida el cuerpo de un campesino que había sido reportado como desaparecido.", 1, 0),
 ("es", "La víctima murió de manera instantánea. Su acompañante quedó herido.", 1, 1),
 ("es", "Con este crimen ya son 15 los líderes sociales asesinados en el departamento en lo corrido del año. El último fue asesinado el lunes.", 1, 0),
 ("es", "Hombres armados asesinaron a cinco personas en una vereda de Samaniego, en lo que se configura como una nueva masacre.", 5, 0),
 ("es", "El ataque con explosivos contra la estación de policía dejó dos uniformados muertos y siete civiles heridos.", 2, 7),
 ("es", "Murieron calcinados los tres ocupantes del vehículo.", 3, 0),
 ("es", "El patrullero falleció en el centro asistencial al que fue trasladado.", 1, 0),
 ("es", "Se registró la muerte de un menor de edad y otro resultó herido en el enfrentamiento.", 1, 1),
 ("es", "Las autoridades confirmaron el homicidio de un joven de 19 años en el sector de La Playa.", 1, 0),
 ("es", "En el ataque murió un guerrillero y fueron capturados otros dos.", 1, 0),
 ("es", "Al menos 12 personas murieron y más de 30 resultaron heridas en el atentado, según el Ministerio de Defensa.", 12, 30),
 ("es", "La cifra de muertos por el ataque ascendió a nueve, informó la Fiscalía.", 9, 0),
 ("es", "El conductor del bus y dos pasajeros murieron en el lugar.", 3, 0),
 ("es", "Dos presuntos disidentes de las FARC fueron abatidos por el Ejército en zona rural de Argelia.", 2, 0),
 ("es", "La mujer recibió tres impactos de bala y murió camino al hospital.", 1, 0),
 ("fr", "Deux gendarmes ont perdu la vie et trois autres ont été grièvement blessés lors de l'embuscade.", 2, 3),
 ("fr", "L'attaque a coûté la vie à sept soldats, selon l'état-major.", 7, 0),
 ("fr", "Le bilan fait état de quatre morts, dont deux enfants, et d'une dizaine de blessés.", 4, 10),
 ("fr", "Un policier a succombé à ses blessures samedi, portant le bilan à trois morts.", 3, 0),
 ("fr", "Les corps sans vie de trois bergers ont été retrouvés près du village.", 3, 0),
 ("es", "Un ataque con explosivos contra la estación de policía dejó como saldo un patrullero muerto y "
        "cuatro civiles heridos.", 1, 4),
 ("es", "La explosión dejó dos muertos y tres civiles heridos.", 2, 3),
 ("es", "La explosión dejó dos policías y tres civiles heridos.", 0, 5),
 ("es", "Hubo un policía muerto y tres civiles heridos.", 1, 3),
 ("fr", "L'explosion a fait deux morts et trois civils blessés.", 2, 3),
 ("en", "The blast left two soldiers dead and seven civilians wounded.", 2, 7),
]

# Known gaps of this round (strict: a pass means the gap closed).
GAPS = [
 # "госпитализированы" as hurt (as in en/fr/es) cost two multilingual build rows (gold = 0) and a
 # check row: a hurt person who later died, told hospitalised in a relative clause, counted twice
 ("ru", "Взрыв на рынке в Грозном унёс жизни 14 человек. Ещё 30 человек госпитализированы.", 14, 30),
 # "their number reached 18": a pronoun standing for the wounded before it
 ("ru", "Раненых доставили в больницу, их число достигло 18. Погибли шесть человек.", 6, 18),
 # the parser hangs "жизни" on the verb of the second clause
 ("ru", "Удар по селу унёс жизни двух мирных жителей, ещё трое пострадали.", 2, 3),
]

CASES = RUSSIAN_NEWS + SPANISH_AND_FRENCH

test_summary_in_its_language, test_known_gaps = summary_tests(CASES, GAPS)


def test_a_plural_proper_noun_is_a_group_not_one_named_person(reader):
    """"the killing of ethnic Oromo and Tigrayans", "killed Palestinians": a plural name (no first
    name before it) is an unnumbered plural (at least two, no upper figure), not one named person."""
    r = read_in(reader, "The attack killed Palestinians and Israelis.", "en")
    assert [(c.low, c.high) for c in r.claims] == [(2, None), (2, None)]
    assert figures_in(reader, "Gunmen killed Mr Williams and his driver.", "en") == (2, 0)
