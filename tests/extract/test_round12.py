"""Summaries of our own (twelfth round), en/fr/es/ru/uk, with the killed and injured best each
must give, written by hand before the mend that meets them ran on them. First-run rates per
battery: Russian and Ukrainian news 21 of 25, Spanish regional and French news 23 of 25, English
agency sentences 31 of 32 and paragraphs 12 of 15, sums across sides and numbers in words 9 of 20,
numbers in words 21 of 30, regional verbs and pairs 24 of 30, hedges 17 of 24, later deaths and
accounts 8 of 13, more agency sentences 17 of 20, background 8 of 15, victims told again 11 of
12, tolls and parts 15 of 20, French Sahel copy 13 of 15, Colombian copy 12 of 14. Where a first guess went
against CONTRACT.md (an attacker is in the high only; "nearly 50" is 45-49; "scores" 40-99), the
case is written to the contract and says so; the misses left are in GAPS."""
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

# An apposition placing the victim in a series has its own time ("the third reporter killed this
# year"): the victim's death is today's. "One of the wounded later died" after a killed figure moves
# one from the hurt to the dead. Closed gaps of rounds 6 to 9 and a Russian relative pronoun whose
# clause the parser hung on a noun of another gender.
SERIES_AND_LATER_DEATHS = [
 ("en", "Gunmen shot dead a journalist in Veracruz, the third reporter killed in Mexico this year.", 1, 0),
 ("es", "Sicarios asesinaron a un periodista en Veracruz, el tercero asesinado en México este año.", 1, 0),
 ("en", "A tribal elder was shot dead on Tuesday, the third such killing in the district this month.", 1, 0),
 ("en", "Gunmen shot dead a local councillor on Friday, police said, the second such killing in the town "
        "this month.", 1, 0),
 ("en", "A grenade thrown into a crowd at a political rally killed two and wounded 30. One of the injured, a "
        "child, later died in hospital.", 3, 29),
 ("en", """Two people were killed and seven injured when a bomb went off near a mosque in the city on Friday, police said.

The death toll later rose to four after two of the wounded died in hospital, a hospital official said.""", 4, 5),
 ("ru", "Это человек, который погиб, и женщина, которая получила серьезные ранения.", 1, 1),
]

# English agency sentences and paragraphs (32 of 32 and 12 of 15 at first run, one first guess
# against the contract: an attacker's wound is in the high only).
AGENCY_SENTENCES = [
 ("en", "Gunmen on motorcycles opened fire on worshippers leaving a mosque in Zamfara, killing 11 and injuring 7.", 11, 7),
 ("en", "The death toll from Sunday's attack has climbed to 23 after four of the injured succumbed.", 23, 0),
 ("en", "Police recovered the bodies of three men who had been abducted on Friday.", 3, 0),
 ("en", "At least two people died after security forces fired tear gas and live rounds at protesters.", 2, 0),
 ("en", "A suicide blast killed nine people in Kabul. A Red Cross volunteer was among those killed.", 9, 0),
 ("en", "Among the dead were a district official and his deputy.", 2, 0),
 ("en", "Fighters loyal to the warlord executed seven prisoners of war.", 7, 0),
 ("en", "An airstrike hit a wedding party, leaving 20 dead, most of them women and children.", 20, 0),
 ("en", "The attack killed a policeman and wounded his colleague.", 1, 1),
 ("en", "Five members of one family, including three children, were burned alive in their home.", 5, 0),
 ("en", "Two Indian soldiers and three militants were killed in a gunfight in Kashmir.", 5, 0),
 ("en", "Unknown assailants hacked to death a 60-year-old farmer.", 1, 0),
 ("en", "The body of a kidnapped businessman was found in a ditch outside the city.", 1, 0),
 ("en", "A grenade attack on a bar killed one person and left 15 injured.", 1, 15),
 ("en", "Eleven people, among them a child, lost their lives in the shelling.", 11, 0),
 ("en", "Four people died and 10 were hurt when a bomb went off near a bus station.", 4, 10),
 ("en", "Two people have died of their wounds, bringing the death toll to nine.", 9, 0),
 ("en", "Gunmen abducted and later killed a local councillor in Guerrero.", 1, 0),
 ("en", "Armed men stormed a village in Mopti, killing at least 30 residents and torching homes.", 30, 0),
 ("en", "Houthi shelling killed a woman and wounded her two daughters in Taiz.", 1, 2),
 ("en", "A landmine explosion killed three shepherds, all brothers, in Daraa province.", 3, 0),
 ("en", "Clashes between rival clans left eight dead and a dozen wounded.", 8, 12),
 ("en", "Troops killed a suspected bomb maker during a raid on his hideout.", 1, 0),
 ("en", "The explosion killed the driver and a passenger and injured nine bystanders.", 2, 9),
 ("en", "Two children were among six people killed when a shell hit a house.", 6, 0),
 ("en", "Seven border guards of the State Security Service were killed.", 7, 0),
 ("en", "A 12-year-old girl was shot to death.", 1, 0),
 ("en", "Rebels killed a schoolteacher.", 1, 0),
 ("en", "A customs officer and two of his colleagues died.", 3, 0),
 ("en", "Gunmen killed the mayor, her bodyguard and a passer-by.", 3, 0),
 ("en", "Authorities raised the number of those killed to 17.", 17, 0),
 ("en", "A policewoman was stabbed to death at a checkpoint; her attacker was shot and wounded.", 1, 0),
]

AGENCY_PARAGRAPHS = [
 ("en", "Gunmen attacked a bus in Baluchistan on Monday, killing 14 passengers. The victims were pulled off the bus and shot. Eleven of the dead were members of the navy.", 14, 0),
 ("en", "A car bomb exploded near a market in Mogadishu, killing at least eight people. A police officer said five of the dead were traders. Last month a similar blast killed 20 people in the same district.", 8, 0),
 ("en", "Militants stormed an army post in Tillaberi overnight. Seventeen soldiers were killed and six were missing, the defence ministry said. The army said 30 attackers were 'neutralised'.", 47, 0),  # 'neutralised' read as killed since round 22 (as 'neutralisé' in French): a fight: both sides' dead count
 ("en", "Two people were killed and five wounded when a bomb hidden in a rickshaw exploded in Peshawar. Police said one of the wounded was in critical condition.", 2, 5),
 ("en", "The number of people killed in the attack on a hotel in Mogadishu has risen to 15, police said on Sunday. Earlier, officials had given a toll of nine.", 15, 0),
 ("en", "An Israeli airstrike killed a Palestinian militant in Gaza. The health ministry identified him as Ahmed Saleh, 24. Another man was wounded.", 1, 1),
 ("en", "Suspected jihadists killed four civilians in an attack on a village in northern Burkina Faso. They also burned a health centre. Two other villagers were injured.", 4, 2),
 ("en", "Bandits killed 12 villagers in Zamfara. Residents said the gunmen arrived on motorcycles and shot at everyone they saw. A local official put the toll at 15.", 15, 0),
 ("en", "A roadside bomb killed a district police chief and two of his guards in Helmand on Saturday. Police blamed the Taliban, who did not comment.", 3, 0),
 ("en", "Thirteen people, including six children, were killed when shells hit a residential area of Donetsk. The separatist authorities said 10 others were hurt.", 13, 10),
 ("en", "Armed men killed a priest and a catechist in southern Cameroon. The two were on their way to a wedding.", 2, 0),
 ("en", "At least 25 people were killed in intercommunal clashes in South Sudan's Jonglei state, a local official said. The fighting, which broke out on Tuesday, also left 40 injured. In a separate incident, three aid workers were killed in an ambush.", 28, 40),
]

# Security forces' word for killing ("нейтрализовали двух боевиков"), of people only: a French
# "neutralised" bomb is no one.
NEUTRALISED = [
 ("ru", "Сотрудники ФСБ нейтрализовали двух боевиков в Кабардино-Балкарии.", 2, 0),
 ("uk", "Під час затримання правоохоронці нейтралізували озброєного нападника.", 1, 0),
 ("fr", "L'armée a neutralisé 12 engins explosifs sur la route de Gao.", 0, 0),
]

# Sums across sides and numbers in words: a compound numeral the parser split ("treinta y cuatro
# resultaron heridas", "о восьмидесяти пяти раненых"), a subject after an intransitive verb the
# parser made its object ("En los combates murieron cinco soldados"), a figure whose clause left
# out its verb ("таджикская — о 35", "поранених — до 35"), the people hospitalised with burns
# ("троих госпитализировали с ожогами"). 9 of 20 at first run.
SIDES_AND_NUMBER_WORDS = [
 ("ru", "В результате столкновений на границе погибли 24 гражданина Киргизии и 22 гражданина Таджикистана.", 46, 0),
 ("ru", "Киргизская сторона сообщила о 36 погибших, таджикская — о 35.", 71, 0),
 ("ru", "Минздрав Киргизии сообщил о двенадцати погибших и восьмидесяти пяти раненых.", 12, 85),
 ("ru", "Жертвами нападения стали семеро военнослужащих, ещё одиннадцать получили ранения.", 7, 11),
 ("ru", "По уточнённым данным, погибли сорок два человека. Ранее сообщалось о тридцати погибших.", 42, 0),
 ("ru", "При взрыве погибли пятеро рабочих, троих госпитализировали с ожогами.", 5, 3),
 ("ru", "Погибли двое, ранены четверо.", 2, 4),
 ("ru", "Девятерых раненых доставили в больницу.", 0, 9),
 ("fr", "Les affrontements ont fait 24 morts côté kirghize et 22 côté tadjik.", 46, 0),
 ("es", "En los combates murieron cinco soldados y doce guerrilleros.", 17, 0),
 ("es", "La cifra de fallecidos se elevó a 23, informó la Fiscalía. Inicialmente se había hablado de 18 muertos.", 23, 0),
 ("es", "Veintiún personas murieron y treinta y cuatro resultaron heridas.", 21, 34),
 ("uk", "Унаслідок обстрілу загинули двоє людей, ще семеро дістали поранення.", 2, 7),
 ("uk", "Кількість загиблих зросла до 14, поранених — до 35.", 14, 35),
 ("uk", "Загинув один військовий, ще троє поранені.", 1, 3),
 ("es", "Cuarenta y dos murieron en el ataque.", 42, 0),
 ("es", "Murieron cuarenta y dos.", 42, 0),
 ("fr", "Le bilan s'élève désormais à douze morts, a indiqué le ministère.", 12, 0),
 ("en", "Doctors treated 12 people for injuries.", 0, 12),
 # a gap until round 36: the second account, opening with its state after the comma, is that
 # state's (claims/context._account_of)
 ("fr", "Le Kirghizistan a fait état de 36 morts, le Tadjikistan de 35.", 71, 0),
]

# Hedges and numbers in words the small models tag as adverbs, names or determiners ("vingt-trois
# civils", "veintidós campesinos", "Treinta y un soldados", "quarante et un morts"), Russian
# genitives ("свыше ста", "не менее двадцати трёх"), "полтора десятка". 21 of 30 at first run.
NUMBERS_IN_WORDS = [
 ("ru", "Погибли не менее двадцати трёх человек.", 23, 0),
 ("ru", "Как минимум семеро погибли, ещё около двух десятков ранены.", 7, 20),
 ("ru", "В результате атаки погибли полтора десятка человек.", 15, 0),
 ("ru", "Свыше ста человек получили ранения.", 0, 100),
 ("ru", "Погибли порядка тридцати человек.", 30, 0),
 ("ru", "Жертвами стали два десятка мирных жителей.", 20, 0),
 ("ru", "Погибли трое детей и пятеро взрослых.", 8, 0),
 ("ru", "Ранения получили сорок семь человек, погибли одиннадцать.", 11, 47),
 ("ru", "Убиты четверо военнослужащих, ранены двенадцать.", 4, 12),
 ("ru", "Погибшими значатся 1200 человек.", 1200, 0),
 ("ru", "Число погибших превысило сто человек.", 100, 0),
 ("uk", "Загинули щонайменше двадцять три людини.", 23, 0),
 ("uk", "Поранень зазнали понад сорок осіб.", 0, 40),
 ("uk", "Загинули п'ятеро цивільних, серед них двоє дітей.", 5, 0),
 ("uk", "Внаслідок удару загинули троє людей, ще дев'ятеро поранені.", 3, 9),
 ("fr", "Une vingtaine de personnes ont été tuées et une cinquantaine blessées.", 20, 50),
 ("fr", "Au moins vingt-trois civils ont péri dans l'attaque.", 23, 0),
 ("fr", "Le bilan s'élève à quarante et un morts.", 41, 0),
 ("fr", "Soixante-dix personnes ont été blessées, dont quinze grièvement.", 0, 70),
 ("fr", "L'attaque a fait plus d'une centaine de victimes, dont 37 morts.", 37, 0),
 ("es", "Una veintena de personas murieron en el ataque.", 20, 0),
 ("es", "Al menos cincuenta y seis personas resultaron heridas.", 0, 56),
 ("es", "El saldo es de ciento veinte muertos.", 120, 0),
 ("es", "Murieron por lo menos 23 personas y otras 40 quedaron heridas.", 23, 40),
 ("es", "Más de treinta personas perdieron la vida.", 30, 0),
 ("es", "Treinta y un soldados murieron en la emboscada.", 31, 0),
 ("es", "Fueron asesinados veintidós campesinos.", 22, 0),
 ("en", "Twenty-three people were killed and forty-one were injured.", 23, 41),
 ("en", "A hundred and twenty people died.", 120, 0),
 ("en", "Some two dozen villagers were killed.", 24, 0),
]

# Verbs and verbless pairs of regional news: "perecieron", "fueron acribillados", "égorgés",
# "застрелены", "Раненых — 12, погибших — пятеро" (dashes that pair words with figures are no
# aside), "Число погибших — 14", "пострадавших травмированы" (now a cue). 24 of 30 at first run.
VERBS_AND_PAIRS = [
 ("es", "Tres personas fallecieron y dos sufrieron heridas de gravedad.", 3, 2),
 ("es", "Cuatro mineros perecieron en la explosión.", 4, 0),
 ("es", "Dos policías resultaron muertos y tres lesionados.", 2, 3),
 ("es", "Los dos hombres fueron acribillados por sicarios.", 2, 0),
 ("es", "Un joven fue baleado y murió horas después en el hospital.", 1, 0),
 ("es", "Cinco personas quedaron heridas tras el ataque.", 0, 5),
 ("es", "Seis soldados fueron ultimados en una emboscada.", 6, 0),
 ("es", "El atentado cobró la vida de once personas.", 11, 0),
 ("es", "Un niño de 8 años murió tras recibir un disparo.", 1, 0),
 ("fr", "Deux soldats ont succombé à leurs blessures.", 2, 0),
 ("fr", "Un policier a été abattu par un homme armé.", 1, 0),
 ("fr", "Quatre villageois ont été égorgés par des assaillants.", 4, 0),
 ("fr", "Cinq civils ont perdu la vie dans un bombardement.", 5, 0),
 ("fr", "L'explosion a tué un enfant et en a blessé quatre autres.", 1, 4),
 ("ru", "Двое мужчин были застрелены у подъезда.", 2, 0),
 ("ru", "Охранник был зарезан нападавшим.", 1, 0),
 ("ru", "Четверо получили огнестрельные ранения.", 0, 4),
 ("ru", "Пятеро пострадавших травмированы, один из них тяжело.", 0, 5),
 ("ru", "Раненых — 12, погибших — пятеро.", 5, 12),
 ("ru", "Тяжело ранен водитель автобуса.", 0, 1),
 ("ru", "Скончались ещё двое раненых, общее число жертв достигло 9.", 9, 0),
 ("ru", "Убиты трое полицейских и один мирный житель.", 4, 0),
 ("uk", "Загинув 45-річний чоловік, його дружина поранена.", 1, 1),
 ("uk", "Двоє людей загинули на місці, ще одна людина померла в лікарні.", 3, 0),
 ("uk", "Внаслідок атаки дронів постраждали семеро людей.", 0, 7),
 ("uk", "Росіяни вбили двох цивільних у Херсоні.", 2, 0),
 ("ru", "Погибших — 5, раненых — 12.", 5, 12),
 ("ru", "Число погибших — 14.", 14, 0),
]

# Hedges in fr/es/ru: a negator that opens a hedge is no negation ("No menos de ocho personas
# murieron"), a hedge over a vague noun ("Более десятка человек пострадали"), "около сотни" is about
# a hundred (not hundreds), Spanish "cerca de" is "about". "Nearly 50" is 45-49 by CONTRACT.md, its
# best 49 (three first guesses of 50 corrected to the contract). 17 of 24 at first run.
HEDGES = [
 ("fr", "Près de 30 personnes ont été tuées.", 29, 0),
 ("fr", "Environ 40 civils ont péri.", 40, 0),
 ("fr", "Une trentaine de villageois ont été massacrés.", 30, 0),
 ("fr", "Plus d'une dizaine de soldats ont été tués.", 10, 0),
 ("fr", "Quelque 200 personnes ont été blessées.", 0, 200),
 ("fr", "L'attaque a fait au moins sept morts et une quinzaine de blessés.", 7, 15),
 ("fr", "Le bilan provisoire fait état de 22 morts.", 22, 0),
 ("fr", "Deux civils tués et cinq blessés dans une attaque à Ménaka.", 2, 5),
 ("es", "Al menos una decena de personas murieron.", 10, 0),
 ("es", "Cerca de 20 personas resultaron heridas.", 0, 20),
 ("es", "Unos 15 soldados murieron en el combate.", 15, 0),
 ("es", "Alrededor de 30 civiles fueron asesinados.", 30, 0),
 ("es", "Más de una veintena de personas resultaron heridas.", 0, 20),
 ("es", "Casi 50 personas murieron en el incendio.", 49, 0),
 ("es", "No menos de ocho personas murieron.", 8, 0),
 ("es", "El ataque dejó al menos siete muertos y una docena de heridos.", 7, 12),
 ("es", "Dos muertos y cinco heridos en un ataque en Tumaco.", 2, 5),
 ("ru", "Около 40 человек погибли.", 40, 0),
 ("ru", "Почти 50 человек получили ранения.", 0, 49),
 ("ru", "По меньшей мере десять человек погибли.", 10, 0),
 ("ru", "Более десятка человек пострадали.", 0, 10),
 ("ru", "Двое погибших и пятеро раненых — таков итог нападения.", 2, 5),
 ("ru", "Не менее пяти человек погибли, свыше двадцати ранены.", 5, 20),
 ("ru", "Свыше сотни человек погибли.", 100, 0),
 ("ru", "Около сотни человек получили ранения.", 0, 100),
 ("uk", "Понад сотню людей поранено.", 0, 100),
]

# The wounded who later died and second accounts in fr/es/ru/uk: "uno de los heridos falleció",
# "l'un des blessés a succombé" (a singular pronoun with a group of its own), "El uniformado murió"
# after "Un policía resultó herido" (the one wounded person, told again), "Местные жители говорят о
# пяти погибших" (another account). One first guess went against the contract (attackers are in the
# high only). 8 of 13 at first run.
LATER_DEATHS_AND_ACCOUNTS = [
 ("es", "Dos personas murieron y cinco resultaron heridas. Horas después, uno de los heridos falleció en el hospital.", 3, 4),
 ("fr", "Deux personnes ont été tuées et cinq blessées. L'un des blessés a succombé dans la nuit.", 3, 4),
 ("ru", "Два человека погибли, пятеро ранены. Позже один из раненых скончался в больнице.", 3, 4),
 ("uk", "Двоє людей загинули, п'ятеро поранені. Згодом один із поранених помер у лікарні.", 3, 4),
 ("es", "Un policía resultó herido en el ataque. El uniformado murió horas más tarde.", 1, 0),
 ("fr", "Un gendarme a été grièvement blessé. Il est décédé à l'hôpital.", 1, 0),
 ("ru", "Полицейский получил тяжёлое ранение. Позже он скончался в больнице.", 1, 0),
 ("es", "Según la Policía, cuatro personas murieron. Sin embargo, la comunidad asegura que los muertos son seis.", 6, 0),
 ("fr", "Selon l'armée, 12 assaillants ont été tués. Des sources locales parlent de 20 morts parmi les civils.", 20, 0),
 ("ru", "По данным МВД, погибли трое. Местные жители говорят о пяти погибших.", 5, 0),
 ("es", "El ataque dejó tres muertos, según un primer reporte. Más tarde, las autoridades elevaron la cifra a cinco.", 5, 0),
 ("fr", "Un premier bilan faisait état de trois morts. Il a été revu à la hausse dans la soirée : sept personnes ont perdu la vie.", 7, 0),
 ("ru", "Первоначально сообщалось о трёх погибших. Позднее число жертв увеличилось до семи.", 7, 0),
 ("en", "A soldier was wounded in the attack. The attacker was killed.", 0, 1),
]

# More English agency sentences (17 of 20 at first run; "scores" is 40-99, best 69, by CONTRACT.md):
# "The bodies of two men, both shot in the head, were found" (the parser makes "shot" the root).
AGENCY_MORE = [
 ("en", "Twenty-one people, most of them women and children, were killed when gunmen attacked a village.", 21, 0),
 ("en", "The attack killed 14, including nine soldiers, and wounded 22.", 14, 22),
 ("en", "Seven people died on the spot and three others succumbed to their injuries in hospital.", 10, 0),
 ("en", "A mortar round landed in a crowded market, killing at least 16 and injuring more than 40, medics said.", 16, 40),
 ("en", "Gunmen killed the village head, his wife and their three children.", 5, 0),
 ("en", "The bodies of two men, both shot in the head, were found on the roadside.", 2, 0),
 ("en", "Security forces opened fire on protesters, killing one and wounding scores.", 1, 69),
 ("en", "The explosion ripped through a minibus, killing all 11 passengers.", 11, 0),
 ("en", "The fighting left 30 combatants dead on both sides.", 30, 0),
 ("en", "The blast killed four people, one of them a child, and left 12 injured.", 4, 12),
 ("en", "Police said 17 people were hurt, four of them seriously, and one person died.", 1, 17),
 ("en", "Three Afghan soldiers and an American contractor were killed in the insider attack.", 4, 0),
 ("en", "Unidentified assailants shot and killed a tribal elder and wounded his nephew on Friday.", 1, 1),
 ("en", "Heavy fighting killed 25 Houthi rebels and eight pro-government fighters, military officials said.", 33, 0),
 ("en", "A car bomb killed eight people in Mogadishu. Five of those killed were soldiers.", 8, 0),
 ("en", "Nine people were killed in the attack, taking the number of people killed in the region this month to 60.", 9, 0),
 ("en", "Separately, a roadside bomb killed two policemen in Kandahar.", 2, 0),
 ("en", "A suicide bomber killed 12 people at a mosque in Quetta. In a separate attack, gunmen killed three soldiers in Turbat.", 15, 0),
 ("en", "Authorities said 23 people died and 47 were hospitalised.", 23, 47),
]

# Background told before the figure: a month named without a day two or more months before the
# report ("In March, two officers were killed", "В июле на этой трассе погибли"); a day and month
# read in the article's language ("12 августа"); "earlier this year", "ранее в этом месяце", "в
# начале года" (pack cues). 8 of 15 at first run.
BACKGROUND = [
 ("es", "Un líder social fue asesinado en Caloto. Hace dos meses, su hermano también fue asesinado.", 1, 0),
 ("es", "Tres personas murieron en una masacre en Tuluá. En marzo, otra masacre en el mismo municipio dejó cuatro víctimas.", 3, 0),
 ("es", "El año pasado fueron asesinados 145 líderes sociales en el país. Este lunes, un nuevo crimen enlutó a Cauca: un dirigente indígena fue asesinado.", 1, 0),
 ("fr", "Trois soldats ont été tués dimanche près de Gao. Le mois dernier, une embuscade avait coûté la vie à dix militaires dans la même région.", 3, 0),
 ("fr", "Un casque bleu a été tué mardi. Il y a deux semaines, quatre soldats de la paix avaient péri dans l'explosion d'une mine.", 1, 0),
 ("fr", "Deux civils ont été tués. En juillet, une attaque dans ce village avait fait 15 morts.", 2, 0),
 ("ru", "Двое военных погибли в воскресенье. В прошлом месяце в том же районе погибли пятеро военнослужащих.", 2, 0),
 ("ru", "При обстреле погиб мирный житель. Ранее в этом месяце при обстреле села погибли трое.", 1, 0),
 ("ru", "Полицейский погиб при нападении. В начале года в результате аналогичного нападения погибли двое сотрудников.", 1, 0),
 ("ru", "Трое человек погибли в ДТП. В июле на этой трассе погибли шесть человек.", 3, 0),
 ("en", "Two soldiers were killed on Sunday. Last month, five troops died in a similar attack in the area.", 2, 0),
 ("en", "A police officer was shot dead. In March, two officers were killed at the same checkpoint.", 1, 0),
 ("en", "Four people were killed on Tuesday, the deadliest attack since March.", 4, 0),
]

# A victim told again by other nouns ("La víctima", "El comerciante", "Погибший", "Le fonctionnaire")
# and a killing the arrested are answerable for ("los responsables del asesinato de": the
# contraction "del" now in the pack's earlier deeds, as "responsables du"). 11 of 12 at first run.
TOLD_AGAIN = [
 ("es", "Un joven fue asesinado a tiros en el barrio Siloé de Cali. La víctima fue identificada como Juan Pérez, de 23 años. El comerciante murió antes de llegar al hospital.", 1, 0),
 ("es", "Asesinaron a un líder comunal en Tumaco. Sicarios dispararon contra el dirigente cuando salía de su casa. El hombre murió en el lugar.", 1, 0),
 ("es", "Dos hermanos fueron asesinados en zona rural de Cúcuta. Los jóvenes, de 19 y 21 años, murieron en el lugar. Las víctimas trabajaban en una finca.", 2, 0),
 ("ru", "В Москве застрелен бизнесмен. Погибший был известен в деловых кругах. Мужчина скончался на месте.", 1, 0),
 ("ru", "В результате ДТП погибли два человека. Погибшие — водитель и пассажир легкового автомобиля.", 2, 0),
 ("ru", "Неизвестный убил охранника банка. Погибшему было 45 лет. Убийца скрылся.", 1, 0),
 ("fr", "Un policier a été tué par balle à Marseille. Le fonctionnaire, âgé de 32 ans, est mort sur le coup. La victime était père de deux enfants.", 1, 0),
 ("fr", "Deux soldats ont été tués dans une embuscade. Les deux militaires appartenaient au 2e régiment.", 2, 0),
 ("es", "Un soldado murió y otro resultó herido en un ataque en Tame. El militar herido fue trasladado a Arauca. El uniformado fallecido será homenajeado.", 1, 1),
 ("es", "Murió el hombre que había sido baleado el sábado en el centro de Pasto.", 1, 0),
 ("es", "Capturan a los responsables del asesinato de tres jóvenes en Tuluá.", 0, 0),
 ("ru", "Задержан подозреваемый в убийстве двух полицейских.", 0, 0),
]

# Tolls and their parts in ru/es/fr wire copy: "El número de fallecidos asciende a 17 y el de heridos
# a 40", "celui des blessés à 40" (a second toll whose clause left out its verb, after a
# conjunction too), "un saldo de 14 personas sin vida" (counted people without life). 15 of 20 at
# first run.
TOLLS_AND_PARTS = [
 ("ru", "Из-под завалов извлечены тела восьми человек.", 8, 0),
 ("ru", "Спасатели спасли 20 человек, погибших нет.", 0, 0),
 ("ru", "В числе погибших — трое детей. Всего погибли 11 человек.", 11, 0),
 ("ru", "Трое из пострадавших находятся в тяжёлом состоянии. Всего пострадали 14 человек.", 0, 14),
 ("ru", "Взрыв унёс жизни 12 человек, ещё 40 пострадали.", 12, 40),
 ("ru", "Погибли 5 человек, в том числе двое сотрудников полиции.", 5, 0),
 ("ru", "Среди жертв — граждане России и Казахстана.", 0, 0),
 ("ru", "Нападавший был ликвидирован. Погибших среди мирных жителей нет.", 1, 0),
 ("ru", "В результате пожара погибли 37 человек, из них 27 детей.", 37, 0),
 ("ru", "Пострадавшими признаны 62 человека.", 0, 62),
 ("ru", "Ранения различной степени тяжести получили 23 человека.", 0, 23),
 ("es", "El número de fallecidos asciende a 17 y el de heridos a 40.", 17, 40),
 ("es", "Entre los muertos hay dos menores de edad. En total fallecieron nueve personas.", 9, 0),
 ("es", "La tragedia dejó un saldo de 14 personas sin vida.", 14, 0),
 ("es", "Tres personas perdieron la vida, entre ellas un menor.", 3, 0),
 ("fr", "Le nombre de morts s'élève à 17, celui des blessés à 40.", 17, 40),
 ("fr", "Parmi les victimes figurent deux enfants. Au total, neuf personnes ont péri.", 9, 0),
]

# French Sahel wire copy: "trois autres blessées par balle" (a number the parser hung on the verb
# right before its subject). 13 of 15 at first run.
SAHEL = [
 ("fr", "Sept civils ont été exécutés sommairement par des hommes armés.", 7, 0),
 ("fr", "Deux personnes ont été tuées par balles et trois autres blessées par balle.", 2, 3),
 ("fr", "Le bilan humain de l'attaque est de onze morts.", 11, 0),
 ("fr", "Le bilan provisoire est de 9 morts et 17 blessés, selon une source hospitalière.", 9, 17),
 ("fr", "Cinq gendarmes ont péri et deux sont portés disparus.", 5, 0),
 ("fr", "Au moins 40 personnes ont été tuées, dont 15 femmes et enfants, a indiqué le gouverneur.", 40, 0),
 ("fr", "Un soldat a été tué et six autres ont été blessés, dont deux grièvement.", 1, 6),
 ("fr", "Les assaillants ont tué le chef du village et ses deux fils avant d'incendier des maisons.", 3, 0),
 ("fr", "Une femme et son bébé ont été tués lors du bombardement.", 2, 0),
 ("fr", "Quatre militaires maliens ont été tués lundi lorsque leur véhicule a sauté sur une mine.", 4, 0),
 ("fr", "L'explosion d'un engin artisanal a coûté la vie à deux casques bleus tchadiens.", 2, 0),
 ("fr", "Trois enseignants ont été assassinés dans la région de l'Est.", 3, 0),
 ("fr", "Un ressortissant français a été tué et un autre blessé.", 1, 1),
 ("fr", "Les affrontements intercommunautaires ont fait une trentaine de morts.", 30, 0),
]

# Colombian regional copy: "su pareja resultó herida" (one's partner is one person; "una pareja" two).
# 12 of 14 at first run.
COLOMBIAN = [
 ("es", "Un hombre de 35 años fue asesinado a tiros por desconocidos que se movilizaban en una motocicleta.", 1, 0),
 ("es", "Los cuerpos de dos jóvenes fueron encontrados en un cañaduzal con signos de tortura.", 2, 0),
 ("es", "En el hecho resultó herida una menor de 12 años, quien fue trasladada al hospital.", 0, 1),
 ("es", "Tres uniformados heridos dejó el ataque con explosivos contra la estación.", 0, 3),
 ("es", "El joven murió mientras recibía atención médica; su acompañante se encuentra estable.", 1, 0),
 ("es", "Un comerciante y su escolta fueron asesinados en la vía que conduce a Jamundí.", 2, 0),
 ("es", "La víctima, identificada como Carlos Gómez, recibió varios impactos de arma de fuego.", 0, 0),
 ("es", "En medio de los hechos murieron dos presuntos integrantes del Clan del Golfo.", 2, 0),
 ("es", "El atentado dejó como resultado un soldado muerto y cuatro más heridos.", 1, 4),
 ("es", "Fue asesinada una mujer en el barrio Los Mangos; su pareja resultó herida.", 1, 1),
 ("es", "Siete personas perdieron la vida y 12 quedaron lesionadas en el accidente del bus.", 7, 12),
 ("es", "Ocho muertos y al menos 20 heridos es el saldo preliminar del atentado.", 8, 20),
 ("es", "Las víctimas fueron identificadas como Luis Pérez y Ana Torres, ambos de 30 años.", 0, 0),
 ("es", "Una pareja fue asesinada en su casa.", 2, 0),
]

# Known gaps of this round (strict: a pass means the gap closed).
GAPS = [
 # "госпитализированы" as hurt: closed in round 14 for counted groups (tests/extract/test_round14.py)
 # "their number reached 18": a pronoun standing for the wounded before it
 ("ru", "Раненых доставили в больницу, их число достигло 18. Погибли шесть человек.", 6, 18),
 # ("жизни" hung on the verb of the second clause: closed in round 32, tests/extract/test_round25.py)
 # "neutralised" as killed in English closed in round 22 (tests/extract/test_round22.py), with a unit's name
 # joined to a unit noun no person ("both the Bracamonte and the Atlacatl battalions"); "eliminated" stays out
 # (a running count since an earlier event, "bringing to 40 the number killed since the coup":
 # closed in round 42, in RUNNING_SINCE_CLOSED)
 # "lost N soldiers" (perdre, perder): closed in round 14 (tests/extract/test_round14.py, LOSSES)
 # "fauchés" (run down), "criblé de balles" (riddled with bullets), "touchées" (hit): each also
 # said of the unhurt or of things
 ("fr", "Trois piétons ont été fauchés par une voiture piégée.", 3, 0),
 ("fr", "Le chauffeur a été criblé de balles.", 1, 0),
 ("fr", "Deux personnes ont été grièvement touchées par des éclats.", 0, 2),
 # (a Ukrainian daily summary region by region, the later regions read as parts of the first's:
 # closed in round 32, tests/extract/test_round25.py)
 # a day within two months ("El pasado 12 de agosto, otro ataque"): "last week", "la semana pasada",
 # "на прошлой неделе", "минулого тижня" as earlier cues anywhere cost two WAD check rows, a
 # multilingual check row and MUC-4 rows ("beheaded seven loggers they kidnapped last week"); as a
 # sentence's opening after a current figure they closed two gaps in round 17 (LAST_WEEK_CLOSED)
 ("es", "Dos soldados murieron el sábado en un ataque en Tame. El pasado 12 de agosto, otro ataque en la zona dejó cinco militares muertos.", 2, 0),
 # ("с марта" after "the bloodiest attack": closed in round 44, SERIES_CLOSED)
 # English "suspects in", "charged with", "arrested for" as deeds of an earlier killing cost a WAD
 # check row
 ("en", "Police arrested the suspects in the killing of three youths.", 0, 0),
 # help given to the hurt (a dative), "victimes, toutes décédées" ("víctimas mortales son cuatro"
 # closed in round 13: tests/extract/test_round13.py)
 # ("оказали помощь 15 пострадавшим" closed in round 32: tests/extract/test_round25.py)
 ("fr", "Le drame a fait 14 victimes, toutes décédées.", 14, 0),
 # "faire N victimes": dead or hurt, the sentence does not say
 ("fr", "L'attaque a fait une dizaine de victimes civiles.", 10, 0),
 # closed in round 33 ("los dos heridos": the number hung on the article): tests/extract/test_round26.py
 # "victims" alone says no outcome
 ("en", "Among the victims were two local journalists and a police officer.", 3, 0),
 # "turned to hospitals" as hurt
 ("ru", "В больницы обратились сто двадцать человек, из них сорок госпитализированы. Погибших нет.", 0, 120),
]

LAST_WEEK_CLOSED = [  # gaps until round 17: a sentence opening on last week, after a current figure
 ("es", "Un policía murió en el ataque. La semana pasada, dos uniformados fueron asesinados en la misma vía.", 1, 0),
 ("uk", "Загинула одна людина. Минулого тижня внаслідок обстрілу села загинули двоє.", 1, 0),
]

RUNNING_SINCE_CLOSED = [  # a gap until round 42: a running toll counted from a time that names no day
 # is a longer period's (claims/reader._counted_since); "since the clashes erupted on Friday" is the event's own
 ("en", "Protesters clashed with police in Khartoum on Thursday. Doctors said three protesters were shot "
        "dead, bringing to 40 the number killed since the coup.", 3, 0),
]

SERIES_CLOSED = [  # a gap until round 44: "с марта" after "the bloodiest attack" is no running period (an
 # apposition opened by the pack's `series_words` places the figure in a series; its time is the series')
 ("ru", "Четыре человека погибли во вторник, это самое кровопролитное нападение с марта.", 4, 0),
]

CASES = (LAST_WEEK_CLOSED + RUNNING_SINCE_CLOSED + SERIES_CLOSED + RUSSIAN_NEWS + SPANISH_AND_FRENCH + SERIES_AND_LATER_DEATHS + AGENCY_SENTENCES + AGENCY_PARAGRAPHS
         + NEUTRALISED + SIDES_AND_NUMBER_WORDS + NUMBERS_IN_WORDS
         + VERBS_AND_PAIRS + HEDGES
         + LATER_DEATHS_AND_ACCOUNTS + AGENCY_MORE
         + BACKGROUND + TOLD_AGAIN + TOLLS_AND_PARTS
         + SAHEL + COLOMBIAN)

test_summary_in_its_language, test_known_gaps = summary_tests(CASES, GAPS)


def test_a_plural_proper_noun_is_a_group_not_one_named_person(reader):
    """"the killing of ethnic Oromo and Tigrayans", "killed Palestinians": a plural name (no first
    name before it) is an unnumbered plural (at least two, no upper figure), not one named person."""
    r = read_in(reader, "The attack killed Palestinians and Israelis.", "en")
    assert [(c.low, c.high) for c in r.claims] == [(2, None), (2, None)]
    assert figures_in(reader, "Gunmen killed Mr Williams and his driver.", "en") == (2, 0)
