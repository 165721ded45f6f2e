"""Sentences and reports of our own (forty-seventh round), with the figures each must give, written
by hand before the mends that meet them ran on them.

First three batches: 106 lines in five languages (agency-style single incidents, updates, parts,
lists, terse dated entries in the manner of an event list), eight English wire reports with
headlines and ten in four other languages. Missed on first run: "The dead were identified as two
farmers, a teacher and a student" (the parser makes the list's second an apposition of the first:
2, not 4; left as a gap, for "two men, a trader and his apprentice" is an apposition of the same
shape); by our own expectations, "Police said 20 officers had been injured by stone-throwing
protesters" (the same day's march: 23 hurt, we had written 3); "Au total, une quinzaine de
personnes ont péri en trois jours de violences" (the three days' total takes in the three
peacekeepers: 15, we had written 3). Left out: a Friday's roadside bomb told at the end of a
Sunday's report (a separate incident two days before: whether it counts is not clear).

Mended, all of a count told over a longer time than the event's (a running total or an earlier
period), in a fourth batch of 26 lines written to find them, and two more batches after:
- "The committee says 117 people have been killed in the crackdown on protests since the October
  2021 coup" (117, now 0): a count in the perfect with a "since" phrase that names a month or a
  year, or a "since" clause that names no day, is a running total, as an update's was; not "have
  died from their injuries since the attack", "since dawn", "since the ceasefire collapsed last
  week" (earlier rounds' lines that the first try broke), not a count of the held or missing ("have
  been missing since the shelling" is how long), and not the "since" of the subject's own clause
  ("Des groupes armés, qui terrorisent la région depuis des années, ont tué cinq villageois
  samedi": 5);
- "En los últimos meses, la violencia ha dejado decenas de muertos", "Over the past three months,
  more than 600 civilians have been killed", "За последние полгода ... погибли 35 военных", "au
  cours de l'année écoulée", "en 2022 han sido asesinados 130", "У 2022 році загинули понад 100"
  (0 each, was the count): a span of months or years reaching back from now on the count's verb
  or its subject, or a bare year on the verb (not "мужчина 1965 года рождения", a subject's year of
  birth, which the first try took) (pack keys `period_nouns`, `period_past`; reader._over_a_period).
  A week is not such a span: the dev dump showed wire reports whose toll is "17 killed in the past
  week" (the first try with weeks moved four dev rows wrong; weeks were taken out);
- "The fighting, which has raged for months, has killed hundreds", "La région est depuis des mois le
  théâtre d'affrontements ..., qui ont fait des centaines de morts" (the figure added, now 0): an
  event that has lasted months, or the clause a relative clause's antecedent is told in, gives a
  running total (not when the count's clause names its day);
- "El sábado fueron asesinados tres campesinos", "El 17 de septiembre de 2022 fueron asesinados
  ..." (0, now 3): a day the parser made the subject of a verb with an object of its own is when,
  not who (parse repair `days_as_subjects`).
Left as gaps: "Это уже третий подобный случай за месяц: ранее жертвами взрывов стали 12 человек"
("earlier" alone marks no period: "Earlier, police said three died" is the same event); "The
violence, which began in March, has left 120 dead" (a month without a year, six months before
the report: the parse alone cannot tell it from this month).

Second part: ten wire reports in four languages with background totals and earlier incidents, 18
incident-list entries (injured above all) and 14 ISAF-style releases. Missed on first run:
- "Avec plus de 170 morts depuis son déploiement en 2013, la Minusma est ..." (a toll noun that
  counts itself with a "since" phrase, here hung beside it: 171, now 1; read as an update's
  running count is, not for "une roquette tirée depuis le Liban", a place);
- "Es el segundo ataque ... este mes: el pasado 3 de septiembre, doce personas fueron asesinadas"
  (an earlier incident of the same month; a rule that took a day a week or more before publication
  as earlier moved MUC-4 rows, whose reports tell of killings weeks before, and was taken back; the
  report left out, as round 12's gap "El pasado 12 de agosto" stays);
- "killing two soldiers; a further nine sustained wounds", "A further 14 suffered burns" (the verb
  made a modifier of the injury noun, the count's own words or the count hung elsewhere: 0 hurt, now 9
  and 14; parse repair `verbs_as_modifiers` widened; the verb now joins as a clause beside the first,
  not as its object, which had counted it as one more of the dead);
- "In Ghazni province, ... detained two suspected insurgents ... In Khost province, ... detained
  another suspected insurgent. In Kunar province, ... one individual" (2 detained, now 4: the later
  figures were read as details adding up to the first; figures told at another place are not, and a
  place after a dateline's dash, "(June 12) - In Ghazni", is the sentence's place; part_of.py);
- "detained multiple suspected insurgents ... In a separate operation in Khost province, the force
  detained two" (3, now 5: "operation" in the pack's separate openings, fr "opération", es "operativo");
- "detained a leader who directed attacks on the highway and two of his associates" (1, now 3: the
  list's last member joined to a thing in the person's relative clause; parse repair
  `lists_past_a_relative`).
Eleventh batch: eight more reports with background totals, one missed: "За його словами, у серпні
внаслідок обстрілів міста загинули 52 людини" after the day's one dead (53, now 1: a sentence that
opens on a short aside, with no day of its own, and then a month names the month's time, as one
opening on the month does; context.month_opening; not "On Sunday, in September's second attack").
Twelfth batch: 16 lines of the hurt in other words, six missed on first run (four mended): "El ataque dejó cuatro
muertos y una decena de lesionados" (the vague amount, its "y" hung on it, read as one more list
member of the dead: 14 killed, now 4; counting._conjuncts); "Двое полицейских получили лёгкие
травмы" (no cue; "травм" as a cue read a brawl's 14 hurt the day before in a multilingual build
row, gold 1: taken back, the line left as a gap); "За медицинской помощью
обратились около 30 человек" (care as the oblique of a verb of seeking it, ru "обратиться": 0, now
30; grammar._treated); "Al menos 30 personas requirieron atención médica" (es "requerir",
"necesitar" and the cue "atención médica": 0, now 30). Two French lines left as gaps.
Fourteenth batch: 20 lines of bodies found, deaths confirmed and throats cut; missed: "Dos hermanos
fueron degollados" (es `transitive` "degollar" and its cue: 0, now 2). By our own expectation, left
out: "Quatre assaillants ont été abattus par les forces de sécurité, qui déplorent un blessé dans leurs
rangs" (attackers killed beside a wounded soldier stay in the high only, rounds 15, 26, 32) and
"Afghan police returned fire and killed one of the attackers" after
two civilians wounded (attackers of civilians are in the high only; ISAF would count the insurgent).
"""
from .helpers import dated_report_tests, isaf_release_tests, summary_tests

LINES = [
 # first batch: agency-style single incidents in five languages
 ('en', 'Unidentified gunmen on Tuesday shot and killed a tribal elder and his nephew outside their home in the town of Wana.', 2, 0),
 ('en', 'A landmine blast killed three shepherds grazing their flock near the frontier.', 3, 0),
 ('en', 'Security forces killed six suspected militants in a gunbattle that lasted several hours.', 6, 0),
 ('en', 'A policeman was stabbed to death at a checkpoint by an assailant who was later shot by officers.', 1, 0),
 ('en', 'Two Red Cross staff were among the 14 people killed when the convoy was attacked.', 14, 0),
 ('en', 'The strike destroyed a house, killing a family of five.', 5, 0),
 ('en', 'Eleven miners were abducted and two others were killed by the armed group.', 2, 0),
 ('en', 'Medical officials said the death toll had reached 31, with more than 60 wounded.', 31, 60),
 ('en', 'The explosion claimed the lives of seven people, among them a local councillor.', 7, 0),
 ('en', 'The attack on the village left 40 houses burned and two people dead.', 2, 0),
 ('en', 'A 60-year-old woman was killed by a stray bullet during clashes between rival factions.', 1, 0),
 ('en', 'Four members of the same family, including two children aged six and nine, died when a shell hit their home.', 4, 0),
 ('en', 'Gunmen on motorbikes fired on a crowd at a market, leaving at least nine dead and 20 wounded.', 9, 20),
 ('en', 'The soldier, who had been wounded in the ambush, succumbed to his injuries on Friday.', 1, 0),
 ('en', 'An airstrike on a wedding party killed at least 20 guests, most of them women and children.', 20, 0),
 ('en', 'The insurgents executed three captured soldiers and released a video of the killings.', 3, 0),
 ('en', 'Nine police officers lost their lives and 14 others were injured in the attack on the convoy.', 9, 14),
 ('en', 'A teacher and two pupils were wounded when gunmen opened fire on a school bus.', 0, 3),
 ('en', 'Three suspects were killed in an exchange of fire with police, while a fourth escaped.', 3, 0),
 ('en', 'Rescue workers pulled 12 bodies from the rubble of the collapsed building after the strike.', 12, 0),
 ('en', 'The bombing wounded 18 worshippers, three of them critically, as they left Friday prayers.', 0, 18),
 ('en', 'At least two people were killed and dozens more were injured in the stampede after the blast.', 2, 61),
 ('en', 'A roadside bomb struck a military vehicle, killing all four soldiers inside.', 4, 0),
 ('en', 'Fighters of the group shot dead a village headman they accused of spying.', 1, 0),
 ('en', 'Authorities confirmed the deaths of 16 migrants in the attack on the detention centre.', 16, 0),
 ('en', 'Fifteen people sustained injuries when a grenade was hurled into a crowded bar.', 0, 15),
 ('en', 'A sniper killed a paramedic who was trying to reach the wounded.', 1, 0),
 ('en', 'Two brothers were gunned down as they returned from the mosque.', 2, 0),
 ('en', 'The blast tore through a bus carrying workers, killing 14 and injuring 22 others.', 14, 22),
 ('en', 'Among the dead were a district judge and his two bodyguards.', 3, 0),
 ('fr', "Trois casques bleus ont été tués et cinq autres blessés dans l'explosion d'un engin explosif improvisé.", 3, 5),
 ('fr', 'Des hommes armés ont abattu un chef de village et ses deux fils.', 3, 0),
 ('fr', "L'attaque a coûté la vie à sept civils, dont deux femmes.", 7, 0),
 ('fr', "Au moins 14 personnes ont trouvé la mort dans l'attaque d'un bus.", 14, 0),
 ('fr', 'Un soldat a succombé à ses blessures, portant le bilan à quatre morts.', 4, 0),
 ('fr', 'Une frappe de drone a tué une famille de cinq personnes.', 5, 0),
 ('fr', 'Neuf personnes ont été blessées, dont trois grièvement.', 0, 9),
 ('es', 'Un policía murió y otros dos resultaron heridos en un ataque armado contra una patrulla.', 1, 2),
 ('es', 'Sicarios asesinaron a un comerciante y a su hijo frente a su negocio.', 2, 0),
 ('es', 'La explosión dejó al menos 16 personas lesionadas.', 0, 16),
 ('es', 'El ataque con drones causó la muerte de tres soldados.', 3, 0),
 ('es', 'Siete personas perdieron la vida en el enfrentamiento entre grupos criminales.', 7, 0),
 ('ru', 'В результате обстрела погибли двое мирных жителей, ещё пятеро ранены.', 2, 5),
 ('ru', 'Боевики убили главу сельской администрации и его охранника.', 2, 0),
 ('ru', 'При взрыве пострадали 11 человек, трое из них в тяжёлом состоянии.', 0, 11),
 ('ru', 'Число погибших в результате теракта возросло до 19.', 19, 0),
 ('ru', 'Трое военнослужащих погибли, подорвавшись на мине.', 3, 0),
 ('uk', 'Унаслідок атаки дронів загинули троє людей, ще семеро поранені.', 3, 7),
 ('uk', 'Окупанти вбили двох цивільних у селі на Херсонщині.', 2, 0),
 ('uk', 'Поранення отримали 14 людей, серед них четверо дітей.', 0, 14),
 # second batch: updates, parts, lists, two accounts
 ('en', "The number of dead from Sunday's bombing climbed to 27 on Tuesday as two more victims died in hospital.", 27, 0),
 ('en', 'Officials put the death toll at 13, but residents said at least 20 people had died.', 20, 0),
 ('en', 'Of the 35 people wounded, 12 remain in hospital.', 0, 35),
 ('en', 'The attackers, who numbered about a dozen, killed the guard before setting the building on fire.', 1, 0),
 ('en', 'Some 300 fighters from both sides are believed to have died in the week-long battle.', 300, 0),
 ('en', 'A bomb hidden in a motorcycle went off near a police post, wounding two officers and a child.', 0, 3),
 ('en', 'The dead included a nine-month-old baby and her mother.', 2, 0),
 ('en', 'Militants ambushed a patrol, killing a captain and three soldiers and wounding five others.', 4, 5),
 ('en', 'Twelve people, among them four women, have been killed in clashes between herders and farmers since Friday.', 12, 0),
 ('en', 'In all, 45 people were killed and more than 100 wounded in the violence, the ministry said.', 45, 100),
 ('en', 'None of the passengers was hurt, but the driver was killed.', 1, 0),
 ('en', 'The militia killed at least 17 civilians in three villages overnight, a local official told reporters.', 17, 0),
 ('en', 'Seven people died and scores were injured when the building collapsed after the shelling.', 7, 69),
 ('en', 'The gunmen also kidnapped four women and wounded a man who tried to stop them.', 0, 1),
 ('en', 'Two suicide bombers blew themselves up at the entrance of the stadium, killing 14 people besides themselves.', 14, 0),
 ('en', 'Eighteen soldiers were reported killed and 30 missing after the base was overrun.', 18, 0),
 ('en', 'An 8-year-old boy died and his sister was seriously injured when a grenade they were playing with exploded.', 1, 1),
 ('en', 'Clashes between police and protesters left one protester dead and dozens of police officers injured.', 1, 61),
 ('en', 'At least 70 people have now died as a result of the attack, according to the latest count.', 70, 0),
 ('en', 'A journalist and his cameraman were killed by a drone strike while filming near the front line.', 2, 0),
 ('en', 'A man and a woman were shot dead, and a third person was wounded, in an attack on a car near the border.', 2, 1),
 ('fr', "Le bilan de l'attaque s'est alourdi à 23 morts, selon une source sécuritaire.", 23, 0),
 ('fr', 'Au total, 18 personnes ont été tuées et 40 autres blessées.', 18, 40),
 ('fr', "Cinq militaires ont été tués et une dizaine blessés lors d'une embuscade.", 5, 10),
 ('fr', 'Un civil a été tué par balle et deux autres enlevés par des hommes armés.', 1, 0),
 ('fr', "L'explosion a blessé une quinzaine de personnes, dont deux grièvement.", 0, 15),
 ('es', 'La cifra de muertos por el atentado ascendió a 23, informaron las autoridades.', 23, 0),
 ('es', 'En total, 18 personas murieron y 40 resultaron heridas.', 18, 40),
 ('es', 'Cinco militares murieron y una decena resultaron heridos en una emboscada.', 5, 10),
 ('es', 'Un civil murió baleado y otros dos fueron secuestrados.', 1, 0),
 ('ru', 'Всего погибли 18 человек, ещё 40 получили ранения.', 18, 40),
 ('ru', 'Пятеро военных погибли и около десяти ранены в результате засады.', 5, 10),
 ('ru', 'Мирный житель погиб от пули снайпера.', 1, 0),
 ('uk', 'Загалом загинули 18 людей, ще 40 дістали поранень.', 18, 40),
 ('uk', 'Кількість поранених зросла до 32.', 0, 32),
 # third batch: terse dated entries in the manner of an event list
 ('en', 'On 3 September 2022, Al Shabaab militants attacked a SNA base in Bulo Burte (Hiraan). 4 soldiers killed and 6 wounded.', 4, 6),
 ('en', 'On 4 September 2022, unidentified armed men abducted 12 passengers travelling on the Kaduna-Abuja road (Kaduna). 2 passengers who resisted were shot dead.', 2, 0),
 ('en', 'Around 6 September 2022 (as reported), the body of a man was found with gunshot wounds in Culiacan (Sinaloa).', 1, 0),
 ('en', 'On 7 September 2022, police fired live rounds at protesters in Conakry, killing one and injuring several.', 1, 3),
 ('en', 'On 8 September 2022, Fulani militia killed 7 people, including 3 children, in an attack on Mbachie village (Benue).', 7, 0),
 ('en', 'On 9 September 2022, a Russian drone strike hit a residential building in Kharkiv, wounding 4 civilians.', 0, 4),
 ('en', 'On 10 September 2022, clashes between two armed groups in Tripoli left 3 fighters dead.', 3, 0),
 ('en', 'On 11 September 2022, an IED planted by suspected ISWAP militants killed a CJTF member and injured two others near Konduga (Borno).', 1, 2),
 ('en', 'On 12 September 2022, a man was hacked to death by suspected cattle rustlers in Turkana.', 1, 0),
 ('en', 'On 13 September 2022, Taliban forces shot and killed two former ANDSF members at a checkpoint in Panjshir.', 2, 0),
 ('en', 'On 14 September 2022, a grenade thrown into a bar in Goma injured 9 people.', 0, 9),
 ('en', 'On 15 September 2022, the bodies of 3 men bearing torture marks were discovered in a ditch outside Tulua (Valle del Cauca).', 3, 0),
 ('en', 'On 16 September 2022, armed bandits raided Gidan Dan Kano village, killing the village head and 5 residents.', 6, 0),
 ('en', 'On 16 September 2022, an Israeli airstrike targeted a car in Gaza City, killing 2 PIJ commanders.', 2, 0),
 ('en', 'On 17 September 2022, a woman and her daughter were killed by shelling in Donetsk city.', 2, 0),
 ('en', 'On 17 September 2022, gunmen stormed a police station in Zamfara, killing 3 officers; 2 attackers were also killed.', 5, 0),
 ('en', 'On 12 September 2022, a human rights defender was found dead in her home in Guerrero, a week after receiving death threats.', 1, 0),
 ('en', 'On 5 September 2022, a community leader was shot dead by unknown assailants on motorcycles in Cauca.', 1, 0),
 ('en', 'On 6 September 2022, a land rights activist survived an assassination attempt when gunmen opened fire on his car; his driver was wounded.', 0, 1),
 ('en', 'On 2 September 2022, security forces arrested 14 members of a human rights organisation during a raid on its office.', 0, 0),
 # fourth batch: a casualty of the day beside a running total or an earlier period
 ('es', 'Dos policías murieron en una emboscada en Guerrero. En lo que va del año, 502 agentes han sido asesinados en todo el país.', 2, 0),
 ('es', 'Un soldado murió en un ataque del ELN. Desde enero, 45 militares han perdido la vida en la región.', 1, 0),
 ('es', 'Tres personas fueron asesinadas en un bar de Celaya. Con estos hechos, suman 1.200 homicidios en el estado en los primeros ocho meses del año.', 3, 0),
 ('es', 'Un líder social fue asesinado en Cauca. Según Indepaz, en 2022 han sido asesinados 130 líderes sociales.', 1, 0),
 ('es', 'Cinco personas murieron en un enfrentamiento en Sinaloa. La semana pasada, otro choque armado dejó 12 muertos en la misma zona.', 5, 0),
 ('es', 'Dos menores resultaron heridos por una bala perdida. En los últimos meses, la violencia ha dejado decenas de muertos en el municipio.', 0, 2),
 ('es', 'Un hombre murió tras ser atacado a balazos. Durante el fin de semana, la policía reportó 22 asesinatos en la ciudad.', 1, 0),
 ('ru', 'В результате обстрела погиб мирный житель. Всего с начала года в Донецке погибли 96 мирных жителей.', 1, 0),
 ('ru', 'При атаке беспилотника ранены два человека. С начала спецоперации в области погибли 12 мирных жителей.', 0, 2),
 ('ru', 'В Дагестане убит полицейский. В прошлом году в республике погибли 22 сотрудника правоохранительных органов.', 1, 0),
 ('uk', 'Внаслідок обстрілу загинула одна людина. Загалом від початку повномасштабного вторгнення в області загинули понад 380 цивільних.', 1, 0),
 ('uk', 'Поранено двох людей. Минулого тижня внаслідок удару по місту загинули 14 людей.', 0, 2),
 ('uk', 'Загинув військовий. З початку року в громаді загинули 25 людей.', 1, 0),
 ('fr', "Deux soldats ont été tués dans une embuscade. Depuis le début de l'année, 150 militaires ont perdu la vie dans la région.", 2, 0),
 ('fr', 'Un civil a été tué par balle. Le mois dernier, une attaque similaire avait fait neuf morts dans le même village.', 1, 0),
 ('fr', 'Trois personnes ont été blessées. Ces violences ont fait plus de 300 morts depuis janvier.', 0, 3),
 ('fr', 'Quatre gendarmes ont été tués samedi. En 2021, les attaques jihadistes ont fait plus de 2 000 morts au Burkina Faso.', 4, 0),
 ('fr', 'Un enfant a été tué dans une frappe. Les combats qui font rage depuis des mois dans la région ont fait des centaines de morts.', 1, 0),
 ('en', 'Two soldiers were killed in an ambush. So far this year, 150 soldiers have lost their lives in the region.', 2, 0),
 ('en', 'A civilian was shot dead. Last month, a similar attack killed nine people in the same village.', 1, 0),
 ('en', 'Three people were injured. The violence has killed more than 300 people since January.', 0, 3),
 ('en', 'One person was killed in the shelling. In total, more than 380 civilians in the region have died since the full-scale invasion began.', 1, 0),
 ('en', 'A child was killed in an airstrike. The fighting, which has raged for months in the region, has killed hundreds of people.', 1, 0),
 # fifth batch: spans of months and years, and what they must not take
 ('en', 'Fighting that erupted last week has killed 40 people, officials said.', 40, 0),
 ('en', 'In the past 24 hours, 12 people were killed in shelling.', 12, 0),
 ('en', 'Two soldiers were killed on Sunday, the deadliest attack in the past year.', 2, 0),
 ('en', 'Over the weekend, gunmen killed 9 people in two villages.', 9, 0),
 ('en', 'Over the past three months, more than 600 civilians have been killed.', 0, 0),
 ('en', 'Last year, the insurgents killed 1,200 people.', 0, 0),
 ('en', 'In 2022 alone, more than 100 journalists have been killed worldwide.', 0, 0),
 ('en', 'Armed groups, which have terrorised the area for years, killed five villagers on Saturday.', 5, 0),
 ('en', 'Armed groups, which have terrorised the area for years, killed five villagers.', 5, 0),
 ('en', 'Two people were killed in the blast, the third such attack in recent weeks.', 2, 0),
 ('en', 'The insurgency, which has lasted for over a decade, has claimed more than 35,000 lives.', 0, 0),
 ('fr', 'Les violences ont fait au moins 300 morts au cours des derniers mois.', 0, 0),
 ('fr', 'Des groupes armés, qui terrorisent la région depuis des années, ont tué cinq villageois samedi.', 5, 0),
 ('fr', 'Le pays est confronté depuis 2015 à des violences jihadistes qui ont fait des milliers de morts.', 0, 0),
 ('es', 'Durante el último año, más de 300 civiles han muerto en la región.', 0, 0),
 ('es', 'Grupos armados, que operan en la zona desde hace años, asesinaron a cinco campesinos el sábado.', 5, 0),
 ('ru', 'За последние месяцы в регионе погибли более 300 человек.', 0, 0),
 ('ru', 'В 2021 году в регионе погибли 150 человек.', 0, 0),
 ('uk', 'У 2022 році загинули понад 100 цивільних.', 0, 0),
 # sixth batch: dates with their year (a day, not a period)
 ('en', 'On 17 September 2022, gunmen killed three farmers in Benue.', 3, 0),
 ('en', 'On September 17, 2022, a bomb wounded four soldiers.', 0, 4),
 ('en', "Three people died in the year's deadliest attack so far.", 3, 0),
 ('fr', 'Le 17 septembre 2022, des hommes armés ont tué trois paysans.', 3, 0),
 ('fr', 'Samedi 17 septembre 2022, quatre soldats ont été blessés.', 0, 4),
 ('es', 'El 17 de septiembre de 2022 fueron asesinados tres campesinos.', 3, 0),
 ('es', 'El sábado 17 de septiembre de 2022, cuatro soldados resultaron heridos.', 0, 4),
 ('ru', 'В ночь на 17 сентября 2022 года погибли три человека.', 3, 0),
 ('ru', 'В субботу, 17 сентября 2022 года, ранены четыре военных.', 0, 4),
 ('uk', '18 вересня 2022 року загинули троє людей.', 3, 0),
 ('uk', 'У неділю, 18 вересня 2022 року, загинули троє людей.', 3, 0),
 ('en', 'In September 2022, three people were killed in the village.', 3, 0),
 ('es', 'En septiembre de 2022 murieron tres personas en la vereda.', 3, 0),
 # seventh batch: more spans, written after the mends
 ('en', 'So far this year, 87 police officers have been killed in the province.', 0, 0),
 ('en', 'More than 2,000 people have died in the conflict in the past two years.', 0, 0),
 ('en', 'During the previous month, militants killed 45 soldiers in the region.', 0, 0),
 ('en', 'Three civilians were killed on Friday in the region, where clashes over the past months have killed dozens.', 3, 0),
 ('en', 'A soldier died on Sunday, bringing to 41 the number of troops killed this year.', 1, 0),
 ('fr', "Les attaques jihadistes ont tué plus de 500 civils au cours de l'année écoulée.", 0, 0),
 ('fr', 'Au cours des six derniers mois, 80 soldats ont perdu la vie dans la région.', 0, 0),
 ('es', 'En los últimos doce meses, 80 defensores han sido asesinados.', 0, 0),
 ('es', 'Durante el año pasado murieron 40 policías en el estado.', 0, 0),
 ('ru', 'За прошлый год в регионе были убиты 40 человек.', 0, 0),
 ('ru', 'За последние полгода в районе погибли 35 военных.', 0, 0),
 ('uk', 'Протягом останніх місяців загинули десятки мирних мешканців.', 0, 0),
 ('uk', 'Минулого року в області загинули 40 цивільних.', 0, 0),
]

# left as gaps: each still misses (strict)
GAPS = [
 # a participle of care elided after its count ("et douze autres hospitalisées": the parser makes the
 # count a name); "prises en charge" alone (taken into care, hurt or only shocked: the text does not say)
 # "получили лёгкие травмы": no cue ("травм" as a cue read a brawl's 14 hurt, the day before, in a dev
 # build row whose gold counts the day's one wounded: taken back)
 ('ru', 'Двое полицейских получили лёгкие травмы, им оказана помощь на месте.', 0, 2),
 ('fr', "Trois personnes ont été tuées et douze autres hospitalisées après l'explosion.", 3, 12),
 ('fr', 'Une trentaine de personnes ont dû être prises en charge par les secours.', 0, 30),

 ('en', 'The dead were identified as two farmers, a teacher and a student.', 4, 0),
 ('ru', 'При взрыве погибли два человека. Это уже третий подобный случай за месяц: ранее жертвами взрывов стали 12 человек.', 2, 0),
 ('en', 'The violence, which began in March, has left 120 dead.', 0, 0),
]

# wire reports with headlines in four languages
REPORTS = [
 ('en', '2022-09-18', 'Six killed in attack on Somali army base', 'MOGADISHU, Sept 17 (Reuters) - Al Shabaab fighters attacked a military base in Somalia\'s Lower Shabelle region early on Saturday, killing six soldiers and wounding eleven, a military officer said. The insurgents detonated a car bomb at the gate before storming the base, Captain Abdi Nur told Reuters by phone. "We repulsed them after an hour of fighting," he said. Al Shabaab, which is allied to al Qaeda, said in a statement on its radio station that it had killed 20 soldiers. The group often gives higher tolls than the government. Last month, the militants killed at least 13 people in an attack on a hotel in the capital.', 6, 11),
 ('en', '2022-09-18', 'Three aid workers killed in South Sudan', 'JUBA, Sept 18 - Three South Sudanese employees of an international medical charity were killed on Saturday when gunmen ambushed their clearly marked vehicle on the road between Yei and Morobo, the charity said on Sunday. A fourth staff member escaped and walked to the nearest village. The United Nations says at least 130 aid workers have been killed in South Sudan since the civil war began in December 2013. "We are devastated," the charity\'s country director said.', 3, None),
 ('en', '2022-09-18', 'Two dead as rockets hit Kabul neighbourhood', 'KABUL (AP) - Two rockets slammed into a residential area of the Afghan capital on Sunday, killing a woman and her young son and wounding five other people, police said. Police spokesman Khalid Zadran said the rockets were fired from a vehicle parked on a hill overlooking the city. No group immediately claimed responsibility. In a similar attack in July, rockets fired at the presidential palace during Eid prayers caused no casualties.', 2, 5),
 ('en', '2022-09-18', 'Gunmen kill nine in Burkina Faso village', 'OUAGADOUGOU, Sept 18 (AFP) - Suspected jihadists killed nine civilians in an attack on a village in northern Burkina Faso on Saturday, security sources said. "Armed individuals arrived on motorcycles and opened fire on residents gathered at the market," one source told AFP. Several shops were also set on fire. Jihadist violence has killed thousands of people and forced nearly two million to flee their homes in Burkina Faso since 2015.', 9, None),
 ('en', '2022-09-18', 'Protester killed in Khartoum rally', "KHARTOUM, Sept 18 - Sudanese security forces shot dead a protester and wounded three others on Sunday as thousands marched against military rule in Khartoum, a doctors' committee said. The Central Committee of Sudan Doctors said the protester was hit by a bullet in the chest. The committee says 117 people have been killed in the crackdown on protests since the October 2021 coup. Police said 20 officers had been injured by stone-throwing protesters.", 1, 23),
 ('en', '2022-09-18', "Airstrikes kill 12 in Yemen's Marib", "ADEN, Sept 18 (Reuters) - Airstrikes killed at least 12 Houthi fighters in Yemen's Marib province on Saturday, military sources from the Saudi-led coalition said. The Houthis did not comment. The sources said a further 30 fighters were wounded, a figure that could not be independently confirmed.", 12, None),
 ('en', '2022-09-18', 'Death toll in Nigerian church attack rises to five', "LAGOS (Reuters) - The death toll from an attack by gunmen on a church in Nigeria's Kaduna state on Saturday has risen to five, police said on Sunday, after two of the wounded died in hospital. Police had initially said three worshippers were killed. Eight other people remain in hospital with gunshot wounds, a police spokesman said.", 5, 8),
 ('ru', '2022-09-18', 'Три человека погибли при обстреле Горловки', 'Украинские военные в воскресенье обстреляли Горловку из реактивных систем залпового огня, сообщил глава города Иван Приходько. По его словам, в результате удара по центральному рынку погибли три мирных жителя, ещё четверо получили ранения различной степени тяжести. Пострадавшим оказывается медицинская помощь. Повреждены несколько жилых домов и линия электропередачи. Ранее в сентябре при обстреле этого же района погибли шесть человек.', 3, 4),
 ('ru', '2022-09-18', 'В Кабардино-Балкарии ликвидированы двое боевиков', 'Двое участников бандподполья ликвидированы в ходе контртеррористической операции в Нальчике, сообщили в Национальном антитеррористическом комитете. Боевики оказали вооруженное сопротивление при попытке задержания и были нейтрализованы ответным огнем. Среди сотрудников силовых структур потерь нет. На месте обнаружены автомат, пистолет и самодельное взрывное устройство.', 2, None),
 ('ru', '2022-09-18', 'Пять человек пострадали при взрыве в кафе в Махачкале', 'В Махачкале в субботу вечером в кафе на улице Ярагского произошел взрыв газа, сообщает МЧС. Пострадали пять человек, двое из них доставлены в больницу в тяжелом состоянии. Причиной взрыва, по предварительным данным, стала утечка бытового газа.', 0, 5),
 ('uk', '2022-09-18', 'Російський обстріл Харківщини: двоє загиблих', 'У неділю російські війська обстріляли село на Чугуївщині. Загинули чоловік 62 років та жінка 58 років, ще троє людей дістали поранення, повідомив начальник обласної військової адміністрації Олег Синєгубов. Пошкоджено приватні будинки та господарські споруди. Від початку доби ворог обстріляв понад десять населених пунктів області.', 2, 3),
 ('uk', '2022-09-18', 'Внаслідок удару по Запоріжжю загинула людина', 'Увечері 17 вересня російська ракета влучила в промислове підприємство в Запоріжжі. Одна людина загинула, ще двоє поранені, повідомили в обласній військовій адміністрації. Рятувальники працюють на місці влучання.', 1, 2),
 ('fr', '2022-09-18', 'Mali : sept civils tués dans une attaque près de Ménaka', "Au moins sept civils ont été tués samedi lors d'une attaque menée par des hommes armés dans un village de la région de Ménaka, dans le nord-est du Mali, ont indiqué dimanche des sources locales et sécuritaires. « Les assaillants sont arrivés à moto et ont tiré sur les habitants », a raconté un élu local sous couvert d'anonymat. Selon un bilan provisoire, plusieurs personnes sont portées disparues. La région est depuis des mois le théâtre d'affrontements entre l'État islamique au Grand Sahara et d'autres groupes armés, qui ont fait des centaines de morts.", 7, None),
 ('fr', '2022-09-18', "Nigeria : quatre morts dans l'explosion d'une bombe dans un marché", "Quatre personnes ont été tuées et onze autres blessées dimanche dans l'explosion d'une bombe artisanale dans un marché de Maiduguri, dans le nord-est du Nigeria, a annoncé la police. L'engin avait été dissimulé dans un sac abandonné près d'un étal de légumes, selon un porte-parole. L'attaque n'a pas été revendiquée, mais porte la marque des jihadistes de Boko Haram. Le conflit a fait plus de 40 000 morts depuis 2009.", 4, 11),
 ('fr', '2022-09-18', "RDC : trois Casques bleus tués dans l'est", "Trois Casques bleus indiens ont été tués samedi lors de manifestations violentes contre la mission de l'ONU à Butembo, dans l'est de la République démocratique du Congo, a annoncé la Monusco. Au total, une quinzaine de personnes ont péri en trois jours de violences dans la région, selon un bilan des autorités.", 15, None),
 ('es', '2022-09-18', 'Asesinan a tres personas en ataque armado en Zacatecas', 'Tres hombres fueron asesinados y una mujer resultó herida la noche del sábado en un ataque armado en la colonia Centro de Fresnillo, informó la Fiscalía General de Justicia del Estado. De acuerdo con los primeros reportes, sujetos armados a bordo de una camioneta dispararon contra un grupo de personas que se encontraba afuera de un domicilio. La mujer lesionada fue trasladada al Hospital General, donde se reporta estable. En lo que va del año, en Fresnillo se han registrado más de 200 homicidios dolosos.', 3, 1),
 ('es', '2022-09-18', 'Dos militares muertos en ataque del ELN en Arauca', 'Dos soldados del Ejército murieron y otros cuatro resultaron heridos tras un ataque con explosivos contra una patrulla en zona rural de Saravena, Arauca, informó la Segunda División. Según el comunicado, integrantes del ELN activaron un artefacto explosivo al paso de la tropa. Los heridos fueron evacuados a un centro asistencial de Saravena.', 2, None),
 ('es', '2022-09-18', 'Matan a periodista en Michoacán', 'El periodista Juan Arjón López fue asesinado a balazos el sábado en San Luis Río Colorado, informaron autoridades estatales. Con este crimen, suman 13 periodistas asesinados en México en lo que va de 2022, de acuerdo con organizaciones de defensa de la libertad de prensa.', 1, None),
]

# eighth batch: incident-list entries, injured figures above all (one mend: "a further nine sustained wounds")
WIKI_LINES = [
 ('en', 'A suicide bomber blew himself up at a checkpoint near the stadium, killing five policemen and injuring 11 bystanders.', 5, 11),
 ('en', 'Two bombs exploded at the central bus station within ten minutes; 8 people died and 37 suffered injuries.', 8, 37),
 ('en', "A car bomb detonated outside the provincial governor's office. The blast killed the governor's deputy and injured 23 others, including six police officers.", 1, 23),
 ('en', 'Militants attacked a police training centre with guns and grenades, killing 61 cadets and wounding more than 120.', 61, 120),
 ('en', 'Gunmen fired into a crowd of worshippers at a Sufi shrine, leaving 20 dead and at least 45 injured.', 20, 45),
 ('en', 'A bomb hidden in a rickshaw exploded in a busy market, killing 14 people. Around 60 others were hospitalised.', 14, 60),
 ('en', 'An explosion ripped through a wedding party, killing 63 people and wounding 182. The Islamic State claimed responsibility.', 63, 182),
 ('en', 'A gunman opened fire at a nightclub, killing 39 people and injuring 79 others before fleeing.', 39, 79),
 ('en', 'Three suicide bombers struck the international airport; 45 people were killed and over 230 wounded.', 45, 230),
 ('en', 'A truck was driven into a crowd celebrating the national holiday, killing 86 people and injuring 458.', 86, 458),
 ('en', 'A grenade was thrown into a crowded mosque during Friday prayers, injuring 16 worshippers.', 0, 16),
 ('en', 'A bomb planted on a motorcycle exploded next to a school bus, killing a driver and injuring 18 children.', 1, 18),
 ('en', 'Insurgents fired rockets at a military base, killing two soldiers; a further nine sustained wounds.', 2, 9),
 ('en', 'Twin suicide bombings at a crowded market killed at least 31 people and injured 105 in the city.', 31, 105),
 ('en', 'Gunmen stormed a hotel in the capital, taking guests hostage; 20 people were killed, and 15 were injured, before security forces ended the siege.', 20, 15),
 ('en', 'A mortar attack on a displaced persons camp killed 9 and left 42 wounded.', 9, 42),
 ('en', 'A remote-controlled bomb struck a passing police van, killing all seven officers on board; three civilians nearby were also injured.', 7, 3),
 ('en', 'A bomb at a political rally killed the candidate and 12 of his supporters, and injured about 70 others.', 13, 70),
]

# ninth batch: wire reports with background totals and earlier incidents in four languages
BACKGROUND_REPORTS = [
 ('es', '2022-09-18', 'Asesinan a otro defensor ambiental en Honduras', 'Un defensor del medio ambiente fue asesinado a tiros el sábado en el departamento de Colón, en el norte de Honduras, informaron organizaciones locales. El hombre, de 52 años, se oponía a un proyecto minero en la zona. Con este crimen suman ya 14 ambientalistas asesinados en el país desde enero, de acuerdo con la organización Global Witness, que ha calificado a Honduras como uno de los países más peligrosos del mundo para los defensores de la tierra.', 1, None),
 ('es', '2022-09-18', 'Ataque contra una patrulla deja tres policías muertos en Michoacán', 'Tres agentes de la policía estatal murieron y otros cinco resultaron heridos en una emboscada en el municipio de Aguililla, informó la Secretaría de Seguridad Pública. Los atacantes utilizaron explosivos y armas de alto calibre. Desde que comenzó la administración actual, más de 100 policías han perdido la vida en Michoacán. En agosto, otro ataque en la misma zona dejó cuatro militares muertos.', 3, 5),
 ('ru', '2022-09-18', 'Удар по Донецку: двое погибших', 'В воскресенье украинские войска нанесли удар по Киевскому району Донецка, сообщил мэр города Алексей Кулемзин. По его словам, погибли два человека, ещё шесть получили ранения. Всего с начала года в результате обстрелов в ДНР погибли более 400 мирных жителей, в том числе 20 детей, сообщает представительство республики в СЦКК. В июле при обстреле того же района погибли пятеро.', 2, 6),
 ('ru', '2022-09-18', 'Полицейский погиб при нападении в Ингушетии', 'В Назрани неизвестные обстреляли патрульную машину ДПС, один полицейский погиб, сообщили в МВД республики. Нападавшие скрылись. В прошлом году в республике были убиты семь сотрудников правоохранительных органов.', 1, None),
 ('uk', '2022-09-18', 'Ракетний удар по Миколаєву: троє загиблих', 'Уночі росіяни завдали ракетного удару по Миколаєву. Загинули троє людей, ще восьмеро дістали поранень, повідомив міський голова Олександр Сєнкевич. Пошкоджено житлові будинки та школу. Від початку повномасштабного вторгнення внаслідок обстрілів у Миколаєві загинули понад 130 мирних жителів.', 3, 8),
 ('uk', '2022-09-18', 'Обстріл Нікополя: загинула жінка', 'Російські військові обстріляли Нікополь з реактивних систем залпового вогню. Загинула 68-річна жінка, ще троє людей поранені, повідомив голова обласної військової адміністрації. У серпні внаслідок обстрілів міста загинули 12 людей.', 1, 3),
 ('fr', '2022-09-18', 'Burkina : cinq civils tués dans le Nord', "Cinq civils ont été tués samedi par des hommes armés dans la province du Soum, dans le nord du Burkina Faso, ont indiqué des sources locales. « Ils ont été abattus alors qu'ils revenaient du marché », a précisé un habitant. Les violences jihadistes ont fait plus de 2 000 morts au Burkina depuis le début de l'année, selon l'ONG Acled. Au total, depuis 2015, elles ont fait des milliers de victimes et près de deux millions de déplacés.", 5, None),
 ('fr', '2022-09-18', 'Deux morts dans une attaque contre un bus au Cameroun', 'Deux passagers ont été tués et quatre autres blessés samedi lorsque des séparatistes présumés ont ouvert le feu sur un bus dans la région du Sud-Ouest, selon une source sécuritaire. En juin, une attaque similaire avait fait sept morts sur le même axe. Le conflit dans les régions anglophones a fait plus de 6 000 morts en cinq ans.', 2, 4),
 ('fr', '2022-09-18', 'Un casque bleu tué au Mali', "Un casque bleu égyptien a été tué samedi par l'explosion d'un engin artisanal au passage de son convoi près de Tessalit, a annoncé la Minusma. Il s'agit du 15e casque bleu tué au Mali depuis janvier. Avec plus de 170 morts depuis son déploiement en 2013, la Minusma est la mission de l'ONU la plus meurtrière au monde.", 1, None),
]

# eleventh batch: more wire reports with background totals, and a month after a short aside
MORE_REPORTS = [
 ('uk', '2022-09-18', 'Донеччина: за добу загинули двоє цивільних', "За минулу добу російські окупанти вбили двох мирних жителів Донеччини — у Бахмуті та Торецьку, повідомив голова обласної військової адміністрації Павло Кириленко. Ще п'ятеро людей дістали поранення. Загалом від початку повномасштабного вторгнення в області загинули понад 700 цивільних, за неповними даними.", 2, 5),
 ('uk', '2022-09-18', 'Обстріл Харкова: загинула людина', 'Увечері 17 вересня російські війська обстріляли Харків. Загинула одна людина, повідомив міський голова Ігор Терехов. За його словами, у серпні внаслідок обстрілів міста загинули 52 людини, ще понад 200 були поранені.', 1, None),
 ('ru', '2022-09-18', 'В Белгородской области при обстреле погибли четыре человека', 'Четыре человека погибли в результате обстрела села Шебекинского городского округа, сообщил губернатор Вячеслав Гладков. По его словам, среди погибших двое детей. Всего с начала спецоперации в регионе погибли более 20 мирных жителей.', 4, None),
 ('ru', '2022-09-18', 'Взрыв на рынке в Мелитополе', 'Три человека погибли и семь получили ранения при взрыве на центральном рынке Мелитополя, сообщили в администрации. Это второй теракт в городе за последний месяц: в августе при взрыве автомобиля погиб сотрудник администрации.', 3, 7),
 ('ru', '2022-09-18', 'Нападение на полицейских в Дагестане', 'В Дагестане неизвестные обстреляли наряд полиции, один полицейский погиб, двое ранены, сообщили в МВД республики. Это уже пятое нападение на силовиков в республике с начала года, в результате которых погибли 11 сотрудников.', 1, 2),
 ('es', '2022-09-18', 'Seis muertos en enfrentamiento entre disidencias en el Cauca', 'Seis personas murieron en un enfrentamiento entre dos facciones de las disidencias de las FARC en zona rural de Argelia, Cauca, informaron autoridades locales. Según la Defensoría del Pueblo, la disputa por el control territorial ha dejado más de 40 muertos en el departamento durante el último año.', 6, None),
 ('fr', '2022-09-18', 'Niger : deux soldats tués dans une attaque près de Tillabéri', "Deux soldats nigériens ont été tués et trois autres blessés samedi dans une attaque de jihadistes présumés contre une patrouille dans la région de Tillabéri, a annoncé le ministère de la Défense. Cette zone dite des « trois frontières » est le théâtre d'attaques jihadistes qui ont fait des centaines de morts ces dernières années.", 2, 3),
 ('en', '2022-09-18', 'Three killed in Cameroon separatist attack', "Suspected separatist fighters killed three people, including a local chief, in an attack on a village in Cameroon's Northwest region on Saturday, a security source said. The conflict in the English-speaking regions has killed more than 6,000 people since 2017, according to the International Crisis Group.", 3, None),
]

MONTH_LINES = [
 ('ru', 'Один человек погиб при обстреле в субботу. По его словам, в августе в городе погибли 40 человек.', 1, 0),
 ('fr', 'Un civil a été tué samedi. Selon la mairie, en juillet, 25 personnes ont péri dans les bombardements.', 1, 0),
 ('es', 'Un policía murió el sábado. Según la alcaldía, en julio fueron asesinadas 25 personas en el municipio.', 1, 0),
 ('en', 'A soldier was killed on Saturday. According to the UN, in July, 25 civilians died in the region.', 1, 0),
 ('en', 'A soldier was killed on Saturday. On Sunday, two more soldiers died in a second attack.', 3, 0),
 ('uk', 'У суботу загинула одна людина. За даними ОВА, у липні в області загинули 25 цивільних.', 1, 0),
]

# twelfth batch: the hurt in other words (taken to hospital, treated, medical care) in five languages
HURT_LINES = [
 ('es', 'Tres personas murieron y otras 12 fueron hospitalizadas tras la explosión.', 3, 12),
 ('es', 'El ataque dejó cuatro muertos y una decena de lesionados.', 4, 10),
 ('es', 'Dos agentes resultaron con heridas leves y fueron atendidos en el lugar.', 0, 2),
 ('es', 'Al menos 30 personas requirieron atención médica tras el ataque con gases.', 0, 30),
 ('fr', 'Deux policiers ont été légèrement blessés et soignés sur place.', 0, 2),
 ('fr', "L'attaque a fait quatre morts et une dizaine de blessés, dont trois dans un état grave.", 4, 10),
 ('ru', 'Три человека погибли, ещё 12 госпитализированы после взрыва.', 3, 12),
 ('ru', 'За медицинской помощью обратились около 30 человек.', 0, 30),
 ('uk', 'Троє людей загинули, ще 12 госпіталізовані після вибуху.', 3, 12),
 ('uk', 'Двоє поліцейських отримали легкі травми.', 0, 2),
 ('en', 'Around 30 people needed medical treatment after the gas attack.', 0, 30),
 ('en', 'Two officers were treated at the scene for minor injuries.', 0, 2),
 ('en', 'Three people died and 12 others were admitted to hospital after the explosion.', 3, 12),
]

# thirteenth batch, written after the mends: running totals of the year in five languages (all read right first)
YEAR_LINES = [
 ('fr', "Deux policiers ont été tués samedi. Depuis le début de l'année, au moins 502 civils ont été tués dans la région, selon l'ONU.", 2, 0),
 ('es', 'Dos policías fueron asesinados el sábado. La cifra de policías asesinados en lo que va del año asciende a 502.', 2, 0),
 ('es', 'Dos policías fueron asesinados el sábado. Con este ataque, ya son 502 los uniformados asesinados este año en el país.', 2, 0),
 ('fr', 'Deux policiers ont été tués samedi. Ce nouvel attentat porte à 502 le nombre de civils tués depuis janvier.', 2, 0),
 ('ru', 'Двое полицейских погибли в субботу. С начала года в области погибли 502 человека.', 2, 0),
 ('uk', 'Двоє поліцейських загинули в суботу. Цього року в області загинули 502 цивільних.', 2, 0),
 ('es', 'Dos policías fueron asesinados el sábado. Este año han sido asesinados 502 policías en el país.', 2, 0),
 ('fr', 'Deux policiers ont été tués samedi. Cette année, 502 civils ont été tués dans la région.', 2, 0),
 ('en', 'Two policemen were killed on Saturday. This year alone, 502 civilians have been killed in the region.', 2, 0),
 ('ru', 'Двое полицейских погибли в субботу. В этом году в регионе погибли 502 мирных жителя.', 2, 0),
 ('en', 'Two policemen were killed on Saturday. The attack brings to 502 the number of police officers killed this year.', 2, 0),
]

# fourteenth batch: bodies found, deaths confirmed, throats cut, in five languages
BODIES_LINES = [
 ('fr', "Au moins sept personnes, dont un enfant, ont trouvé la mort dans l'effondrement d'un immeuble touché par un obus.", 7, 0),
 ('fr', "Le bilan fait état de neuf tués et d'une vingtaine de blessés.", 9, 20),
 ('fr', "Un gendarme a perdu la vie et deux autres ont été grièvement blessés lors d'une embuscade.", 1, 2),
 ('fr', "Les corps de cinq hommes ont été retrouvés criblés de balles au bord d'une route.", 5, 0),
 ('fr', 'Deux frères ont été égorgés par des hommes armés dans leur champ.', 2, 0),
 ('fr', "L'explosion a fait trois victimes, toutes des civils, selon la police.", 0, 0),
 ('es', 'Al menos nueve personas perdieron la vida y una veintena resultaron heridas tras el ataque.', 9, 20),
 ('es', 'Los cuerpos de cinco hombres fueron hallados con impactos de bala en una carretera.', 5, 0),
 ('es', 'Un militar falleció y tres más quedaron heridos en el enfrentamiento.', 1, 3),
 ('es', 'Dos hermanos fueron degollados por hombres armados en su parcela.', 2, 0),
 ('es', 'Las autoridades confirmaron la muerte de siete mineros en el ataque.', 7, 0),
 ('es', 'El saldo del atentado es de nueve muertos y una veintena de heridos.', 9, 20),
 ('ru', 'Тела пяти мужчин с огнестрельными ранениями обнаружены у дороги.', 5, 0),
 ('ru', 'Один военный погиб, ещё трое получили ранения в ходе боестолкновения.', 1, 3),
 ('ru', 'Власти подтвердили гибель семи горняков.', 7, 0),
 ('uk', "Тіла п'ятьох чоловіків знайшли біля дороги.", 5, 0),
 ('uk', 'Один військовий загинув, ще троє дістали поранення під час бою.', 1, 3),
 ('en', 'The bodies of five men bearing gunshot wounds were found by a roadside.', 5, 0),
 ('en', 'Authorities confirmed the death of seven miners in the attack.', 7, 0),
]

# tenth batch: ISAF-style releases, (published, title, text, killed low, detained low)
ISAF_RELEASES = [
 ('2011-06-12', 'Coalition forces kill insurgents in Kandahar', 'KABUL, Afghanistan (June 12) - An Afghan and coalition security force killed three insurgents and detained a number of suspects while searching for a Taliban leader in Arghandab district, Kandahar province, yesterday. The leader coordinates attacks against Afghan forces. As the force approached the compound, armed insurgents fired on them. The force returned fire, killing the three insurgents. No civilians were injured during the operation.', 3, 3),
 ('2011-06-12', 'Haqqani leader detained in Paktiya', 'KABUL, Afghanistan (June 12) - Afghan and coalition forces detained a Haqqani network leader and two of his associates during an operation in Zurmat district, Paktiya province, last night. The leader is believed to have supplied weapons and fighters for attacks in the region. The security force also found several rifles and grenades at the site.', 0, 3),
 ('2011-06-12', 'Air strike kills IED cell leader', 'KABUL, Afghanistan (June 12) - A coalition precision air strike killed a Taliban improvised explosive device cell leader and one of his associates in Nahr-e Saraj district, Helmand province, yesterday. After confirming no civilians were in the area, the air weapons team engaged the two insurgents as they travelled on a motorcycle.', 2, 0),
 ('2011-06-12', 'Afghan forces lead operations across the east', 'KABUL, Afghanistan (June 12) - In Ghazni province, an Afghan-led security force detained two suspected insurgents during an operation targeting a Taliban facilitator yesterday. In Khost province, a combined force killed an armed insurgent who engaged the patrol, and detained another suspected insurgent. In Kunar province, the force detained one individual for further questioning.', 1, 4),
 ('2011-06-12', 'ISAF service members killed', 'KABUL, Afghanistan (June 12) - Two International Security Assistance Force service members died following an improvised explosive device attack in eastern Afghanistan today. ISAF policy is to defer casualty identification procedures to the relevant national authorities.', 2, 0),
 ('2011-06-12', 'Operation disrupts insurgent network', 'KABUL, Afghanistan (June 12) - Afghan and coalition forces conducted an operation in Baghlan province yesterday, targeting a senior Taliban leader responsible for attacks against Afghan police. During the operation, one insurgent was wounded and later detained. Several other suspected insurgents were also detained. The wounded insurgent was treated by coalition medical personnel.', 0, 4),
 ('2011-06-12', 'Weapons cache found', 'KABUL, Afghanistan (June 12) - An Afghan and coalition patrol discovered a large weapons cache in Panjwai district, Kandahar province, yesterday. The cache contained mortar rounds, rockets and more than 50 kilograms of homemade explosives. No insurgents were encountered and no shots were fired.', 0, 0),
 ('2011-07-02', 'ISAF operational update', 'KABUL, Afghanistan (July 2) - In Helmand province, a combined force detained three suspected insurgents while pursuing a Taliban leader in Nad-e Ali district yesterday. In Zabul province, an Afghan and coalition force killed two insurgents who fired on the patrol. In Wardak province, the security force detained a Taliban facilitator and one other suspect.', 2, 5),
 ('2011-07-02', 'Force kills insurgents, detains suspects', 'KANDAHAR, Afghanistan (July 2) - An Afghan and coalition security force killed two insurgents and detained four others during an operation in Zhari district yesterday. At the compound, the force detained two of the suspects after a search. Two more were detained nearby.', 2, 4),
 ('2011-07-02', 'Insurgent killed, two detained in Logar', 'KABUL, Afghanistan (July 2) - Afghan and coalition forces killed one insurgent and detained two others while searching for a Haqqani network facilitator in Logar province today. The insurgent was killed after he pointed a rifle at the force.', 1, 2),
 ('2011-07-02', 'Coalition forces detain suspects in Paktika', 'KABUL, Afghanistan (July 2) - A combined force detained multiple suspected insurgents in Paktika province last night during a search for a Taliban weapons supplier. In a separate operation in Khost province, the force detained two suspected insurgents.', 0, 5),
 ('2011-07-02', 'Two civilians killed by insurgent IED', 'KABUL, Afghanistan (July 2) - Two Afghan civilians were killed when their vehicle struck an improvised explosive device planted by insurgents in Kandahar province yesterday. A third civilian was injured and taken to a coalition medical facility.', 2, 0),
]

# left as a gap: a detail told in other words than its summary ("a Taliban sub-commander" one of
# "two Taliban leaders") is read as one more
ISAF_GAPS = [
 ('2011-07-02', 'Taliban leaders detained in the north', 'MAZAR-E SHARIF, Afghanistan (July 2) - Afghan and coalition forces detained two Taliban leaders in separate operations in Balkh and Kunduz provinces last night. In Balkh, the force detained a leader who directed attacks on the highway and two of his associates. In Kunduz, the force detained a Taliban sub-commander.', 0, 4),
]

test_line_in_its_language, test_known_gaps = summary_tests(LINES + WIKI_LINES + MONTH_LINES + HURT_LINES + YEAR_LINES + BODIES_LINES, GAPS, "GAPS")
test_report_with_its_headline_and_date = dated_report_tests(REPORTS + BACKGROUND_REPORTS + MORE_REPORTS)

test_isaf_release, test_isaf_gap = isaf_release_tests(ISAF_RELEASES, ISAF_GAPS)
