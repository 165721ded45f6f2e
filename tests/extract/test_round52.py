"""Sentences and reports of our own (fifty-second round), with the figures each must give, written by
hand before the mends that meet them ran on them.

The round was first a speed round (docs/EVAL.md, "speed round 52": no reading changed). Then 42 wire
lines of our own in English, French, Spanish and Russian, of the kinds agency summaries hold, were
run: their misses were the hurt told by the state they are in, not by a verb of harm. "Two women were
in critical condition after the attack" read none (a copula in the past, which keeps "four gunmen were
in the hospital when police arrived" from counting, also kept a grave condition from counting; a
grave condition now counts in any tense, a hospital only in the present); "A woman was in critical
condition" read none (an indefinite singular in a hospital or a grave condition is one, as it is
when taken to hospital); "Пассажир госпитализирован" read none (in a language without articles a
singular noun taken to hospital, with no determiner or owner, is one, as "Водитель погиб" is one
dead: round 32's gap closed). The lines written after those mends held, but one report whose other
passengers "had light wounds" (a gap below). The test run then showed that the hurt in a state of
care were counted on top of the hurt told before ("Three policemen were wounded in the blast. One
officer was in a critical condition" read 4, in the present tense too): they are now members of the
hurt told before or after, or all there are ("another 41 remain in hospital" are more).
A second batch of 26 lines (15 of them kept in CARE) found intensive care unread in every language (no cue; "intensive
care", "cuidados intensivos" now grave conditions, "réanimation", "реанимация" places of care), smoke
inhalation and "intoxications" unread (injury nouns), "Eleven people remain ..." ("Eleven" tagged an
adjective: parsed.number_words_mistagged widened), "airlift", "internar", "эвакуировать" verbs that
take the hurt to hospital; of 15 lines written after (AFTER) four missed: "Neuf soldats ..." ("Neuf"
tagged a determiner), "Nueve soldados continúan ..." (lemmatised "continúar"), "Два фельдшера ..."
("фельдшер" not a person's word), mended; "Two paramedics were airlifted to the capital" (no hospital
named, no hurt told) left out; "Водитель скорой получил травму головы" is a gap (below).
"""

from .helpers import dated_report_tests, summary_tests

LINES = [
 ('en', 'Police said two women were in a critical condition after the bus was hit.', 0, 2),
 ('en', 'Three of the passengers were in a serious condition on Monday night, a hospital spokesman said.', 0, 3),
 ('en', 'Two children were in a critical state after the shelling, doctors said.', 0, 2),
 ('en', 'Seven villagers were in a grave condition after the attack on the market.', 0, 7),
 ('en', 'A soldier was in serious condition after the ambush near the border post.', 0, 1),
 ('en', 'A journalist is in hospital after the attack on the newsroom, her editor said.', 0, 1),
 ('en', 'A roadside bomb killed three police officers and a civilian outside Maiduguri, and a fourth officer was in critical condition.', 4, 1),
 ('fr', "Trois personnes étaient dans un état grave après l'explosion, selon les secours.", 0, 3),
 ('fr', 'Deux enfants se trouvaient dans un état critique après le bombardement.', 0, 2),
 ('fr', "Une femme était dans un état critique après l'attaque du marché, selon l'hôpital.", 0, 1),
 ('es', 'Tres personas se encontraban en estado grave tras la explosión, según Protección Civil.', 0, 3),
 ('es', 'Dos niños estaban en estado crítico después del bombardeo.', 0, 2),
 ('es', 'Una mujer se encuentra en estado grave tras el ataque, informó el hospital regional.', 0, 1),
 ('ru', 'Трое пострадавших находились в тяжёлом состоянии, сообщили врачи.', 0, 3),
 ('ru', 'Пассажир госпитализирован.', 0, 1),
 ('ru', 'Водитель автобуса госпитализирован, сообщили в полиции.', 0, 1),
 ('ru', 'Ребёнок госпитализирован с осколочными ранениями.', 0, 1),
 ('ru', 'При атаке беспилотника на автомобиль погиб водитель, пассажир госпитализирован.', 1, 1),
 ('ru', 'Водитель погиб, двое пассажиров госпитализированы.', 1, 2),
 ('uk', 'Водія госпіталізовано.', 0, 1),
]

CARE = [  # 15 of a second batch of 26 lines, written before their mends: intensive care, smoke, a count tagged an adjective
 ('en', 'Eleven people remain in intensive care after the bombing, the health ministry said.', 0, 11),
 ('en', 'Six of the wounded were still in intensive care on Tuesday.', 0, 6),
 ('en', 'Fourteen people were admitted to hospital with shrapnel wounds.', 0, 14),
 ('en', 'Twenty-two pupils were treated for smoke inhalation after the school was set on fire.', 0, 22),
 ('en', 'Four firefighters sustained burns while putting out the blaze at the depot.', 0, 4),
 ('en', 'Two of the injured were in a stable condition, a doctor said.', 0, 2),
 ('fr', "Onze personnes sont toujours en réanimation après l'attentat, selon le ministère de la Santé.", 0, 11),
 ('fr', "Vingt-deux élèves ont été pris en charge pour des intoxications après l'incendie de l'école.", 0, 22),
 ('fr', "Trois soldats ont été évacués vers l'hôpital militaire après l'embuscade.", 0, 3),
 ('es', 'Once personas permanecen en cuidados intensivos tras el atentado, informó el Ministerio de Salud.', 0, 11),
 ('es', 'Catorce personas fueron internadas con heridas de metralla.', 0, 14),
 ('es', 'Veintidós alumnos fueron atendidos por inhalación de humo tras el incendio en la escuela.', 0, 22),
 ('es', 'Tres soldados fueron evacuados en helicóptero a un hospital militar tras la emboscada.', 0, 3),
 ('ru', 'Одиннадцать человек находятся в реанимации после теракта, сообщили в Минздраве.', 0, 11),
 ('ru', 'Четырнадцать человек госпитализированы с осколочными ранениями.', 0, 14),
]

AFTER = [  # written after the mends, in other words
 ('en', 'Nine soldiers remain in intensive care at the base hospital, the army said on Sunday.', 0, 9),
 ('en', 'Fifteen residents were treated for smoke inhalation after the shelling set their block on fire.', 0, 15),
 ('en', 'Thirteen people are still in intensive care, officials said.', 0, 13),
 ('en', 'Seventeen people remained in hospital on Friday, four of them in intensive care.', 0, 17),
 ('fr', "Neuf soldats sont toujours en réanimation à l'hôpital militaire, selon l'état-major.", 0, 9),
 ('fr', "Quinze habitants ont été soignés pour des intoxications après l'incendie de leur immeuble.", 0, 15),
 ('fr', "Deux secouristes se trouvent en soins intensifs après l'explosion.", 0, 2),
 ('es', 'Nueve soldados continúan en cuidados intensivos en el hospital militar, informó el Ejército.', 0, 9),
 ('es', 'Quince vecinos fueron atendidos por inhalación de humo tras el incendio del edificio.', 0, 15),
 ('es', 'Dos paramédicos fueron internados en un hospital de la capital tras el ataque a su ambulancia.', 0, 2),
 ('ru', 'Девять военных находятся в реанимации военного госпиталя, сообщили в штабе.', 0, 9),
 ('ru', 'Два фельдшера эвакуированы в больницу областного центра после обстрела скорой.', 0, 2),
 ('uk', 'Двоє рятувальників перебувають у реанімації після вибуху.', 0, 2),
]

GUARDS = [  # held before and after: a hospital in the past, a thing's condition, a part of the hurt, a restated one
 ('en', 'A gunman was in the hospital when police arrived.', 0, 0),
 ('en', 'Four gunmen were in the hospital when police arrived.', 0, 0),
 ('en', 'Five people were in hospital when the ceasefire began.', 0, 0),
 ('en', 'A car was in poor condition after the crash.', 0, 0),
 ('en', 'Ten people were wounded in the attack, and two of them were in critical condition.', 0, 10),
 ('en', 'Of the 25 people hurt in the blast, six are in critical condition, the hospital said.', 0, 25),
 ('en', 'Twelve villagers were injured in the raid. A child was in a critical condition on Monday.', 0, 12),
 ('en', 'Ten people were wounded in the attack. Two were in critical condition.', 0, 10),
 ('ru', 'В результате обстрела ранен водитель. Водитель госпитализирован.', 0, 1),
 ('ru', 'Ранены двое пассажиров. Пассажир госпитализирован, второй отпущен домой.', 0, 2),
 ('uk', 'Водій отримав поранення. Водія госпіталізовано.', 0, 1),
 ('ru', 'Водитель находится в тяжёлом состоянии.', 0, 0),
 ('en', 'The death toll from the ambush has climbed to 19 after two wounded soldiers died in hospital.', 19, 0),
 ('en', 'Eight miners were pulled alive from the rubble but six of their colleagues perished, officials said.', 6, 0),
]

GAPS = [
 # (in order: a second clause with its verb left out, "le passager [a été] hospitalisé", the noun hung on the
 # first verb and its participle read as the noun's modifier; wounds someone "had", not a verb of injury ("the
 # dead had gunshot wounds" is no count of the hurt), alone and in a report of our own; left paralysed, a state
 # not in the packs; a Russian singular told again in its own
 # sentence, counted twice; an injury "травма" with no cue of its own: "травм" as a cue moved a multilingual build
 # row, an injury figure of the day before, and was taken back)
 ('fr', 'Le conducteur a été tué, le passager hospitalisé.', 1, 1),
 ('fr', 'Le conducteur a été tué et son passager hospitalisé.', 1, 1),
 ('en', "A teenager was left paralysed by a sniper's bullet, his family said.", 0, 1),
 ('fr', 'Un adolescent est resté paralysé après avoir été touché par un tireur embusqué.', 0, 1),
 ('ru', 'При обстреле ранен водитель автобуса, водитель госпитализирован.', 0, 1),
 ('ru', 'Подросток получил тяжёлую травму, сообщили родственники.', 0, 1),
 ('ru', 'Водитель скорой получил травму головы, сообщили в полиции.', 0, 1),
 ('en', 'Four other passengers had light wounds.', 0, 4),
 ('en', 'A shell struck a bus at the edge of the town on Saturday, killing its driver, the regional governor said. '
        'Two women travelling on the bus were in critical condition, and four other passengers had light wounds.', 1, 6),
]

REPORTS = [  # (language, published, title, text, killed, injured)
 ('ru', '2022-09-18', 'Под Белгородом дрон атаковал автомобиль',
  'При атаке беспилотника на легковой автомобиль в субботу погиб водитель, сообщил губернатор. '
  'Пассажир госпитализирован, его состояние врачи оценивают как тяжёлое.', 1, 1),
 ('es', '2022-09-18', 'Explosión en un mercado deja tres heridos graves',
  'Una explosión en un mercado de Cúcuta dejó el sábado tres personas heridas, informó la Policía. '
  'Dos de ellas se encontraban en estado grave.', 0, 3),
]

URGENCE_CLOSED = [  # a gap until round 53: "Deux" was tagged a pronoun (not "urgence absolue" made a modifier, as
 # thought): a number word with a partitive of its own is a number (parsed.number_words_mistagged)
 ('fr', 'Deux des blessés sont en urgence absolue, a indiqué un médecin.', 0, 2),
]

test_line_in_its_language, test_known_gaps = summary_tests(LINES + CARE + AFTER + GUARDS + URGENCE_CLOSED, GAPS)
test_report_with_its_headline_and_date = dated_report_tests(REPORTS)
