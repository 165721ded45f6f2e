"""Sentences and reports of our own (forty-eighth round), with the figures each must give, written
by hand before the mends that meet them ran on them.

First batches: 54 agency-style lines in five languages (Africa, the Middle East, South Asia, Latin
America, Europe), then lines written around each miss. Missed on first run, mended:
- "A grenade thrown into a bar injured 11 customers" (1 hurt, "a bar"; now 11): with no verb at
  the root, the verb of harm made a reduced relative of a noun inside the subject's own phrase, its
  counted object a loose modifier (parse repair `verbs_read_as_relatives`; not "Five people
  injured in a blast", a reduced relative on the root itself);
- "Gunfire aimed at the crowd killed a protester", "Two men trying to flee the checkpoint were shot
  dead", "Militants who had vowed to avenge their leader killed four policemen" (0 each, read as
  hypothetical): the plans and tries of a clause hung on the deed's subject or on its victims are
  theirs, not the deed's mood (reader._nouns_own_clauses; not "a plot to kill the governor", whose
  clause holds the deed);
- "leaving at least 14 dead and scores wounded" (scores read as dead): a participle hung on the
  leaving verb after a list whose first member is the state word tells of the last member
  (`states_of_the_last_member` widened);
- "Sept personnes ont été enlevées et une autre tuée", "Siete personas fueron secuestradas y otra
  asesinada" (0 dead, now 1): a state with its own determiner joined to a participle of any deed
  (not only to a state) is one more victim (grammar._state);
- "avec plus de 170 Casques bleus tués depuis son déploiement" (171, now 3 with the day's): the
  victims' own participle counted since a time that names no day is a running total, as a toll
  noun counting itself was (reader._reduced_relative);
- "en lo corrido de 2022 han sido asesinados 140 líderes sociales" (142, now 2): a year hung on
  the oblique of the count's verb dates the count to the year (not "29 мая 2018 года", a day,
  which the first try took: two multilingual build rows moved and were put back);
- "Une frappe de drone a tué un responsable du Hamas et deux de ses gardes du corps" (1, now 3):
  a count with a partitive joined to the verb after its object is the object's conjunct (parse
  repair `counts_joined_to_the_verb`), and "un responsable du Hamas" (an official) no longer reads
  as the deed words "responsable de" (responsible for; see below);
- "17 guests were rescued with injuries" (0 hurt, now 17): injuries on a passive deed of any verb
  tell its subject hurt (nouns._injuries; not "Police found three men with gunshot wounds", whose
  subject did the finding);
- "The dead rose to 15", "the wounded numbered 112", "The death toll totalled 30" (0, now the
  figure): a state word with its article as the subject of an update verb is a toll of its own
  category, and so is a toll noun's; the pack's `amount_verbs` ("number", "total") count as update
  verbs there (tolls.py).
Second part: 30 lines of parts, pronouns and other cases in five languages, 22 lines with no
casualty of the day (0 each, all held at first run) and six wire reports. Missed, mended:
- "Thirty-one people were wounded in the blasts, of whom 11 remain in critical condition" (42, now
  31): a relative pronoun's partitive before its count is the whole, as a fronted one is
  (`partitives_fronted` widened; "de las cuales 11 siguen hospitalizadas" held already);
- "In the attack, which lasted two hours, nine guards and a cook were killed" (1, now 10): the
  counted subject after a clause's closing comma, made a conjunct of its last noun, is the root
  verb's subject (parse repair `subjects_taken_by_an_aside`);
- "Israeli forces killed two Palestinians and wounded another ... It said one soldier was lightly
  injured" (1 hurt: the soldier read as an account of "another", a total of both sides): "another"
  takes the side and group of its sentence's figure before it (reader._elliptic_sides), and the
  English `state_forces` hold singulars ("soldier", "officer" ...), so the army's own soldier is its
  side's. We had written 1 hurt for this report, miscounting; it is 2 (the Palestinian and the
  soldier), corrected before the mend ran.
Two earlier gaps closed by the year on the oblique: round 27's "durante el estallido de 2019" and
round 33's "en el ataque de 2019" (YEAR_OF_THE_EVENT_CLOSED there).
The fr and es `earlier_deeds` keep "responsable de" (round 12's "Capturan a los responsables del
asesinato de tres jóvenes" is 0, which the first try broke); an article of the pack's new
`title_articles` ("un", "une", "una") before it makes it an office (context._title).
Third part: 69 lines of labelled figures, Russian and Ukrainian official wording, Latin American
crime news, lists, quotes and hedges, releases of the held; eight all-capitals wire reports in
MUC-4's manner and eight ISAF-style releases with detentions. Missed, mended:
- "Killed: 5; wounded: 14", "Погибли: 4, ранены: 9" (0 dead, now the figure; the "2" of "Killed:
  2." the tagger made a foreign word): a verb of harm or death opening a clause as a label, the
  number after its colon (`labelled_figures` widened, grammar._label_of; `digit_numerals` takes
  digits tagged X);
- "Унаслідок обстрілу Нікополя загинула 72-річна жінка" (0, now 1): a subject in the genitive (the
  place of the noun before it) with a nominative noun set beside it (parse repair
  `subjects_in_the_genitive`);
- "asesinó a una familia: el padre, la madre y sus dos hijos" (3, now 4): a list's middle member,
  definite, set beside the first (parse repair `appositions_in_a_list`); "The strike killed its
  driver, a 45-year-old man, and a passenger" (3, now 2): an indefinite noun between commas after a
  definite or possessed singular names it again (`members_read_as_appositions`);
- "Coalition forces released four individuals detained last week" (4 detained, now 0): those a
  release verb frees, held at a time their own participle tells (reader._held_before_release);
- "Gunmen kidnapped three aid workers on Sunday; they freed a fourth man abducted last month" (0,
  now 3): the next clause's time after a semicolon is not the figure's (context.earlier_episode);
- "Witnesses said they saw at least six bodies" (0, now 6): a verb of seeing among every pack's
  `body_verbs` (en "see", fr "voir", es "ver", ru "видеть", uk "бачити"); it also moved a WAD build
  row right ("One survivor said he saw about 40 bodies; another estimated that as many as 100 died":
  60, now 100, the gold). It broke round 28's "At least 10 people were killed ... 'I saw ten bodies,'
  said a local elder. The army said it had killed 15 militants" (25, was 10): an account after a
  count of bodies as large as the figure before it is an account of that figure
  (part_of._other_accounts climbs from such a count to its whole).
Two earlier gaps closed: round 24's "Rebels abduct 30 students from a school; 2 are found dead days
later" (the semicolon) and round 36's "Killed: 6 (including 2 children); wounded: 14" (the label).
Fourth part: 40 lines of the hurt in other words and incident-list entries. Missed, mended: "An
elderly man was hit by shrapnel and taken to hospital", "Two women were pulled from the rubble and
taken to hospital" (0, now 1 and 2): a verb of taking to hospital joined to a passive verb takes
its subject, and an indefinite singular taken there is one not told before (grammar._to_hospital;
not "A woman was killed and her body was taken to hospital", "Two men were shot dead and taken to
hospital": 0 hurt; it closed the seventh agency round's gap "A man in critical condition was rushed
to hospital after being shot in the head", HOSPITAL_CLOSED there). Left: "Six passants ont été légèrement touchés par des éclats" ("toucher", to
hit, is no verb of ours, as "hitting six people" in round 27), "Травмы получили четверо пассажиров"
(the cue "травм" stays out, round 47). Left out by the reader's rule, not a miss: "two policemen and
three attackers died in the exchange" (a fight of two armed sides: both sides' losses count).
Fifth part: 23 lines in fr, es and en (provisional tolls, clitics, hostages). Missed, mended: "Les
deux otages ont été retrouvés morts samedi" (0 dead; the hostages read as held only, now 2): a state
form of a verb of dying with no subject of its own is read as a state, and a state right after a
verb of finding, made its adverbial clause, is the found's (grammar.predicates, grammar._state).
Left: "... et en ont exécuté sept" (the clitic "en" and a bare number). Left out: "a fait au moins 22
victimes" ("victimes" alone may be dead or hurt), "Seven people died, including the bomber" (the
stated figure stands: toll.py), "Both of the injured were later discharged" (no figure before).
Taken back after the dev dumps: a breakdown ("two reporters, Roberto Navas and Mauricio Pineda")
only of names or the whole's own word, for "two farmers, a teacher and a student" (it moved a MUC-4
and a WAD check row wrong: "ward 4 chairmen ... alongside his wife and son"); a singular member
set beside a counted plural as a list member (it moved a WAD check row wrong).
Left as gaps: "Gunmen planning to rob the bank killed two guards" (the parser makes "planning" the
root); "The dead were identified as two farmers, a teacher and a student" (probed again; round 47's gap
holds it);
"Fatalities 7, injured 20" (no colon), "a police officer (killed)", "Injured: 6. Killed: 2." (the
second label read as two of the hurt who died), "... y horas después fueron localizados sin vida"
(the object of the clause before as the dead's elided subject), "We buried 15 people today"; "the wounded numbered over 100", "The dead numbered 30" (a short sentence the parser makes
a number's phrase), "Les blessés sont au nombre de 12"; a Myanmar report whose background tells
"More than 2,300 civilians have been killed ... since then" (the "then" of the sentence before,
a coup's February 2021: the parse of one sentence does not reach it). Left out by our own
expectations, not clear: "the militants put the figure at 45" after the army's 20 (two accounts
of the same dead), "raising to more than 100 the number killed in a week of clashes", "A sixth
soldier died" alone, "Most of the 17 victims were women", an ISAF release's "One additional suspect
was detained" after its lead's "detained another".
Review: ten lines written again word for word from earlier rounds (the issue's own examples among
them: "Seven border guards of the State Security Service were killed", "Rebels killed a
schoolteacher"; and round 47's gap above) were dropped here; those rounds hold the same figures.
"""
from datetime import date

import pytest

from .helpers import category_tests, dated_report_tests, isaf_release_tests, read_in, summary_tests

LINES = [
 ('en', 'Gunmen on motorbikes stormed a village in Zamfara state overnight, killing at least 23 residents and abducting dozens, a local official said.', 23, 0),
 ('en', 'An airstrike on a market in Tigray killed 51 civilians, among them children, health workers said.', 51, 0),
 ('en', 'Two Pakistani soldiers and four militants died in an exchange of fire in North Waziristan, the army said.', 6, 0),
 ('en', 'Suspected jihadists ambushed a convoy near Djibo, leaving 11 soldiers dead and 50 civilians missing.', 11, 0),
 ('en', 'A car bomb outside a police station in Mogadishu killed eight people, including five officers, and wounded 16 others.', 8, 16),
 ('en', 'Clashes between herders and farmers in Benue left 17 people dead, among them a pregnant woman.', 17, 0),
 ('en', 'Israeli troops shot dead a 17-year-old Palestinian during a raid in Jenin, the Palestinian health ministry said.', 1, 0),
 ('en', "A drone strike hit a wedding party in Yemen's Bayda province, killing 12 and injuring 15, tribal sources said.", 12, 15),
 ('en', 'Colombian police said three soldiers were killed by a landmine planted by ELN rebels in Arauca.', 3, 0),
 ('en', 'Unknown assailants killed a journalist and his driver in Sinaloa state on Tuesday.', 2, 0),
 ('en', 'Security forces killed 15 militants in an operation in Balochistan, the military said. Two soldiers also lost their lives.', 17, 0),
 ('en', 'Violence in Manipur claimed six more lives on Thursday.', 6, 0),
 ('en', "The death toll from Saturday's suicide bombing at a mosque in Peshawar has climbed to 101, officials said.", 101, 0),
 ('en', 'At least 40 people, most of them women and children, were killed when gunmen attacked two villages in western Niger.', 40, 0),
 ('en', 'A policeman was stabbed to death and two of his colleagues were wounded in an attack near the station.', 1, 2),
 ('en', 'Five members of one family, including three children, perished when a shell struck their home in Donetsk.', 5, 0),
 ('en', 'Insurgents beheaded a village chief in Cabo Delgado.', 1, 0),
 ('en', 'Militants set fire to a bus, burning 14 passengers alive.', 14, 0),
 ('en', 'The ambush left one soldier dead and three others injured.', 1, 3),
 ('en', 'Seven people lost their lives and 20 sustained injuries when a bomb exploded at a bus stop.', 7, 20),
 ('en', 'A rocket struck an empty warehouse in Kharkiv overnight; no casualties were reported.', 0, 0),
 ('en', 'A teenage boy was among three people killed in shelling of the town on Monday.', 3, 0),
 ('en', 'Fighting between two armed groups in Ituri killed at least 30 people over the weekend, according to the UN.', 30, 0),
 ('en', 'A Turkish drone strike killed three PKK members in northern Iraq, Ankara said.', 3, 0),
 ('en', "Gunmen killed the imam of a mosque and wounded his son in Mali's Mopti region.", 1, 1),
 ('en', 'An explosion at a checkpoint killed a soldier and wounded two civilians.', 1, 2),
 ('en', 'Bandits killed nine worshippers in a church in Kaduna state on Sunday.', 9, 0),
 ('en', 'A Ukrainian missile strike on Donetsk killed 13 people, Russian-installed officials said; the claim could not be independently verified.', 13, 0),
 ('en', "Police said four suspects were shot dead in a gunfight in Kashmir's Shopian district; one policeman was injured.", 4, 1),
 ('en', "At least 19 people are dead after an attack on a military post in Burkina Faso's north.", 19, 0),
 ('en', 'Four soldiers died and seven were injured after their vehicle hit an improvised explosive device.', 4, 7),
 ('en', 'A grenade thrown into a bar injured 11 customers.', 0, 11),
 ('en', 'The attackers killed a woman and abducted her two daughters.', 1, 0),
 ('en', 'Hamas said an Israeli strike killed one of its commanders.', 1, 0),
 ('en', 'Authorities raised the number of those killed in the attack to 17.', 17, 0),
 ('en', 'Eleven worshippers were hacked to death by raiders who also torched homes in the village.', 11, 0),
 ('en', 'The blast killed the district governor, two of his guards and a driver.', 4, 0),
 ('en', 'A mortar round landed on a school, wounding six pupils and a teacher.', 0, 7),
 ('en', 'Three fishermen were found dead with gunshot wounds on the riverbank.', 3, 0),
 ('en', 'Among the dead were a soldier and two police officers, the statement said.', 3, 0),
 ('es', 'Un enfrentamiento entre militares y presuntos integrantes de un cártel dejó un saldo de 13 muertos en Michoacán.', 13, 0),
 ('es', 'Hombres armados asesinaron a un líder indígena y a su esposa en el Cauca.', 2, 0),
 ('es', 'Tres policías resultaron heridos y uno murió tras un ataque con explosivos.', 1, 3),
 ('es', 'Un niño de nueve años murió alcanzado por una bala perdida durante un tiroteo en Rosario.', 1, 0),
 ('es', 'La explosión de una mina antipersonal mató a dos soldados e hirió a otros cuatro en Norte de Santander.', 2, 4),
 ('fr', "Au moins douze civils ont été tués lors d'une attaque contre un marché, a-t-on appris de sources locales.", 12, 0),
 ('fr', 'Deux gendarmes ont trouvé la mort et trois autres ont été blessés.', 2, 3),
 ('fr', 'Un casque bleu a péri et quatre autres ont été grièvement blessés lorsque leur véhicule a sauté sur une mine.', 1, 4),
 ('ru', 'В результате обстрела Белгорода погибли два человека, еще пятеро получили ранения.', 2, 5),
 ('ru', 'Двое военнослужащих погибли при подрыве на мине.', 2, 0),
 ('ru', 'Неизвестные застрелили главу поселения и его водителя.', 2, 0),
 ('uk', 'Внаслідок ракетного удару по Запоріжжю загинули троє людей, ще 12 поранені.', 3, 12),
 ('en', 'A bomb planted in a car killed five people.', 5, 0),
 ('en', 'A rocket fired from Gaza wounded two Israelis.', 0, 2),
 ('en', 'A mine laid on the road killed three farmers.', 3, 0),
 ('en', 'A shell fired at the village wounded four children.', 0, 4),
 ('en', 'Gunfire aimed at the crowd killed a protester.', 1, 0),
 ('en', 'A suicide bomber disguised as a policeman killed 14 recruits at a training centre.', 14, 0),
 ('en', 'An improvised device hidden in a cart wounded nine shoppers.', 0, 9),
 ('en', 'Grenades hurled into a crowded market injured 23 people.', 0, 23),
 ('en', 'Two men trying to flee the checkpoint were shot dead.', 2, 0),
 ('en', 'Two soldiers who tried to defuse the bomb were killed.', 2, 0),
 ('en', 'Militants who had vowed to avenge their leader killed four policemen on Sunday.', 4, 0),
 ('en', 'The attack aimed at a police convoy killed three officers.', 3, 0),
 ('en', 'Officials said the blast could have killed dozens.', 0, 0),
 ('en', 'A plot to kill the governor was foiled.', 0, 0),
 ('en', 'The group threatened to kill five hostages.', 0, 0),
 ('en', 'Rebels killed two villagers who tried to stop them from stealing cattle.', 2, 0),
 ('en', 'Three civilians attempting to cross the front line were killed by shelling.', 3, 0),
 ('en', 'The gunmen killed the mayor, her bodyguard and a passer-by.', 3, 0),
 ('en', 'A suicide attacker detonated his vest among worshippers, killing himself and 27 others.', 27, 0),
 ('en', 'Two aid workers were among 9 people killed when their convoy came under fire.', 9, 0),
 ('en', 'Police found the bodies of five men dumped on a roadside outside the city.', 5, 0),
 ('en', 'One person died on the spot and another succumbed to his wounds in hospital.', 2, 0),
 ('en', 'A pro-government militia leader and four of his fighters were killed in the clash.', 5, 0),
 ('en', 'Two days after the attack, the number of dead stood at 34.', 34, 0),
 ('en', 'Three people, including a child, were injured when a shell hit a residential building.', 0, 3),
 ('en', 'The militants executed two hostages and released a third.', 2, 0),
 ('en', 'Artillery fire killed a family of four in their home.', 4, 0),
 ('en', 'A retired general was gunned down outside his home in the capital.', 1, 0),
 ('en', 'Twelve people were hurt, three of them seriously.', 0, 12),
 ('en', 'The bodies of 11 migrants were recovered after the shooting.', 11, 0),
 ('en', 'An Afghan soldier turned his weapon on his comrades, killing three of them.', 3, 0),
 ('en', 'Three soldiers and a civilian lost their lives when militants attacked a checkpoint.', 4, 0),
 ('en', 'The blast tore through a crowded bus terminal, leaving at least 14 dead and 30 wounded.', 14, 30),
 ('fr', 'Des hommes armés ont abattu le maire du village et son adjoint dans la nuit de samedi à dimanche.', 2, 0),
 ('fr', "L'explosion d'un engin artisanal au passage d'un convoi a fait quatre morts parmi les militaires.", 4, 0),
 ('fr', 'Trois enfants figurent parmi les victimes de la frappe, qui a tué neuf personnes au total.', 9, 0),
 ('fr', 'Un policier a été tué par balle et deux passants ont été légèrement blessés.', 1, 2),
 ('fr', "Le bilan de l'attaque s'est alourdi à 27 morts, a indiqué le gouverneur.", 27, 0),
 ('fr', 'Les combats ont fait au moins 15 blessés parmi la population civile.', 0, 15),
 ('fr', "Deux militaires français ont perdu la vie dans l'accident de leur hélicoptère au cours d'une opération.", 2, 0),
 ('fr', 'Sept personnes, dont deux femmes, ont été enlevées et une autre tuée.', 1, 0),
 ('fr', 'Un attentat-suicide a coûté la vie à onze fidèles réunis pour la prière du vendredi.', 11, 0),
 ('es', 'Al menos 19 personas murieron en un ataque armado contra un bar en Guanajuato.', 19, 0),
 ('es', 'El atentado dejó seis policías muertos y otros nueve heridos de gravedad.', 6, 9),
 ('es', 'Un soldado perdió la vida y dos más resultaron lesionados tras la emboscada.', 1, 2),
 ('es', 'Sicarios ultimaron a balazos a un comerciante frente a su negocio.', 1, 0),
 ('es', 'La cifra de fallecidos por el ataque ascendió a 12, informó la fiscalía.', 12, 0),
 ('es', 'Cinco integrantes de una misma familia fueron asesinados en su vivienda.', 5, 0),
 ('es', 'Fueron hallados los cuerpos sin vida de tres jóvenes desaparecidos la semana pasada.', 3, 0),
 ('ru', 'В результате атаки беспилотника погибла женщина, ещё три человека ранены.', 1, 3),
 ('ru', 'Боевики расстреляли патруль, убив четырёх полицейских.', 4, 0),
 ('ru', 'Число погибших в результате взрыва возросло до 14 человек.', 14, 0),
 ('ru', 'При обстреле пострадали шесть мирных жителей, в том числе двое детей.', 0, 6),
 ('ru', 'Террорист-смертник подорвал себя у входа в мечеть, погибли девять человек.', 9, 0),
 ('uk', 'Унаслідок обстрілу Херсона загинули двоє людей, ще сімох поранено.', 2, 7),
 ('uk', 'Російські окупанти вбили трьох цивільних у селі на Харківщині.', 3, 0),
 ('uk', "Під час атаки дронів постраждали п'ятеро людей, серед них дитина.", 0, 5),
 ('fr', 'Sept personnes ont été enlevées et une autre tuée.', 1, 0),
 ('en', 'Seven people were kidnapped and another killed.', 1, 0),
 ('es', 'Siete personas fueron secuestradas y otra asesinada.', 1, 0),
 ('fr', 'Deux soldats ont été blessés et un autre tué.', 1, 2),
 ('en', "Two more victims died in hospital overnight, bringing the death toll from Friday's stampede at the rally to 14.", 14, 0),
 ('en', 'The toll from the market bombing rose to 31 after rescuers pulled more bodies from the rubble.', 31, 0),
 ('en', 'Officials revised the number of dead downward to 19 from 23.', 19, 0),
 ('en', 'Of the 12 people killed, eight were civilians and four were soldiers.', 12, 0),
 ('en', 'Nine people, six of them children, were wounded by shrapnel.', 0, 9),
 ('en', 'The dead included the village headman and his wife; the wounded included three children.', 2, 3),
 ('en', 'Twenty-three people were killed in the twin blasts, and another 40 were wounded, nine of them critically.', 23, 40),
 ('en', 'The blast killed five people outright; two more later died of their wounds.', 7, 0),
 ('en', 'The bodies of two more villagers were found on Tuesday, taking the number killed in the raid to nine.', 9, 0),
 ('en', 'Both attackers were killed by guards before they could enter the compound.', 2, 0),
 ('en', 'The gunman killed four worshippers before turning the gun on himself.', 4, 0),
 ('en', 'The shooting left two officers dead and a third in critical condition.', 2, 1),
 ('en', 'In all, 44 people lost their lives in the violence, according to the interior ministry.', 44, 0),
 ('en', 'A total of 67 people were injured, 12 of whom remain in hospital.', 0, 67),
 ('en', 'Three people were confirmed dead and 15 others were unaccounted for after the attack on the ferry.', 3, 0),
 ('en', 'Two soldiers were killed and five others injured, one seriously, when their vehicle struck a mine.', 2, 5),
 ('en', 'Eighteen people died, the hospital said, revising an earlier figure of 15.', 18, 0),
 ('en', 'Both the driver and his passenger were killed instantly.', 2, 0),
 ('en', 'The number of people wounded in the attack has climbed to 58, the health ministry said.', 0, 58),
 ('en', 'Four of the nine people killed were police officers.', 9, 0),
 ('es', 'Un ataque con drones explosivos contra una base militar dejó un saldo de dos soldados muertos y siete heridos.', 2, 7),
 ('es', 'Cuatro personas perdieron la vida y otras seis resultaron heridas en un tiroteo en una fiesta en Ciudad Juárez.', 4, 6),
 ('es', 'Los cuerpos de cinco hombres fueron localizados en una fosa clandestina en Jalisco.', 5, 0),
 ('es', 'Un policía fue asesinado a tiros cuando custodiaba una sucursal bancaria.', 1, 0),
 ('es', 'La balacera dejó como saldo un muerto y un herido.', 1, 1),
 ('es', 'Murieron tres militares y un civil en un enfrentamiento con disidentes de las FARC.', 4, 0),
 ('es', 'Seis presuntos guerrilleros fueron abatidos por el Ejército en el Catatumbo.', 6, 0),
 ('es', 'El número de víctimas mortales del atentado se elevó a 21.', 21, 0),
 ('es', 'Dos menores de edad figuran entre los nueve fallecidos.', 9, 0),
 ('es', 'Al menos una decena de personas resultaron heridas por esquirlas.', 0, 10),
 ('es', 'El conductor del autobús murió en el acto y 14 pasajeros sufrieron heridas.', 1, 14),
 ('es', 'Una mujer embarazada y su hijo de tres años murieron calcinados en el incendio provocado por los atacantes.', 2, 0),
 ('ru', 'В результате теракта погибли 11 человек, более 30 получили ранения.', 11, 30),
 ('ru', 'Двое сотрудников полиции были убиты, ещё один ранен.', 2, 1),
 ('ru', 'Погибшими числятся семь человек, сообщили в МЧС.', 7, 0),
 ('ru', 'Жертвами нападения стали трое местных жителей.', 3, 0),
 ('ru', 'Число пострадавших выросло до 23 человек.', 0, 23),
 ('ru', 'Снайпер убил мирного жителя в Горловке.', 1, 0),
 ('ru', 'При взрыве на рынке погибли пять человек, в том числе ребёнок, ранения получили ещё 16.', 5, 16),
 ('ru', 'Ранены четыре военнослужащих, один из них тяжело.', 0, 4),
 ('uk', 'Унаслідок удару по житловому будинку загинула одна людина, ще шестеро отримали поранення.', 1, 6),
 ('uk', 'Окупанти обстріляли село, загинули двоє чоловіків.', 2, 0),
 ('uk', 'Кількість загиблих зросла до 19, повідомили рятувальники.', 19, 0),
 ('uk', 'Поранення отримали четверо цивільних, серед них підліток.', 0, 4),
 ('fr', "Le conducteur a succombé à ses blessures à l'hôpital.", 1, 0),
 ('fr', 'Au moins huit villageois ont été égorgés par des hommes armés.', 8, 0),
 ('fr', 'Une frappe de drone a tué un responsable du Hamas et deux de ses gardes du corps.', 3, 0),
 ('fr', "Le bilan s'élève désormais à 34 morts et 60 blessés.", 34, 60),
 ('fr', 'Une frappe de drone a tué un responsable du Hamas et deux de ses gardes.', 3, 0),
 ('fr', 'Une frappe a tué un commandant et deux de ses hommes.', 3, 0),
 ('en', 'A drone strike killed a Hamas official and two of his bodyguards.', 3, 0),
 ('es', 'Un ataque con dron mató a un dirigente de Hamás y a dos de sus guardaespaldas.', 3, 0),
 ('en', 'A car bomb exploded near a police headquarters in Kirkuk, killing five people and injuring at least 35 others.', 5, 35),
 ('en', 'Two suicide bombers blew themselves up at a Shia mosque during evening prayers; 22 worshippers died and more than 60 were hurt.', 22, 60),
 ('en', 'A bomb hidden in a motorcycle detonated at a crowded bus stop. Eleven people were killed; 48 were taken to hospital.', 11, 48),
 ('en', 'An explosion ripped through a market in Peshawar. The blast killed 13 and left 50 others with injuries.', 13, 50),
 ('en', 'Militants stormed a hotel, taking guests hostage. Nine hostages and four attackers were killed; 17 guests were rescued with injuries.', 9, 17),
 ('en', 'A roadside bomb struck a minibus carrying wedding guests, killing 11 passengers, mostly women, and injuring six.', 11, 6),
 ('en', 'A grenade attack on a political rally killed two and injured about 20 supporters of the candidate.', 2, 20),
 ('en', 'An IED planted on a bicycle exploded outside a school, wounding 15 students and three teachers.', 0, 18),
 ('en', 'Five people were killed and 32 hospitalized after a bomb went off at a bus terminal.', 5, 32),
 ('en', 'Attackers threw acid and set off a bomb at a shrine; the casualties were 4 dead and 27 injured.', 4, 27),
 ('en', 'The bombing killed 7 people; among the 40 injured were several police officers.', 7, 40),
 ('en', 'Three bombs exploded in quick succession in a shopping district. The explosions left 9 dead and 86 wounded.', 9, 86),
 ('en', 'A suicide bomber on foot attacked a funeral procession, killing 18 mourners and wounding 25, including the provincial governor.', 18, 25),
 ('en', 'Nine hostages and four attackers were killed; 17 guests were rescued with injuries.', 9, 17),
 ('en', 'Two men were found dead with gunshot wounds near the river.', 2, 0),
 ('en', 'Six miners were pulled out of the rubble with injuries.', 0, 6),
 ('en', 'Five people were evacuated with burns.', 0, 5),
 ('en', 'Police found three men with gunshot wounds in a car.', 0, 3),
 ('en', 'The number of wounded stood at 12.', 0, 12),
 ('en', 'The wounded totalled 57.', 0, 57),
 ('en', 'The dead rose to 15.', 15, 0),
 ('en', 'The number of dead rose to 15.', 15, 0),
 ('en', 'The deaths totalled 30.', 30, 0),
 ('en', 'The death toll totalled 30.', 30, 0),
 ('en', 'Fatalities numbered 30.', 30, 0),
 ('en', 'At least 30 people died and the wounded numbered 112.', 30, 112),
 ('en', 'Fourteen people were injured, two of them fatally, when a bomb exploded in a crowded bazaar.', 2, 12),
 ('en', 'Gunmen killed two brothers, one of whom was a local councillor.', 2, 0),
 ('en', 'Thirty-one people were wounded in the blasts, of whom 11 remain in critical condition.', 0, 31),
 ('en', 'Two soldiers and a civilian were killed in Kherson and Mykolaiv respectively.', 3, 0),
 ('en', 'Five policemen and three militants were killed, and eight people, including four civilians, were wounded.', 8, 8),
 ('en', 'A mob lynched two men accused of stealing a cow.', 2, 0),
 ('en', 'The father of three was shot in the head and died at the scene.', 1, 0),
 ('en', 'A journalist covering the protest was seriously injured by a rubber bullet.', 0, 1),
 ('en', 'A bomb went off under the car of a senior judge, who escaped unhurt; his driver was killed.', 1, 0),
 ('en', 'The blast killed nobody but damaged several shops.', 0, 0),
 ('en', 'None of the passengers were hurt, but the driver was killed.', 1, 0),
 ('en', 'Security forces repelled the attack without suffering any casualties; eight assailants were killed.', 8, 0),
 ('en', 'At least 12 civilians, among them five women, lost their lives when a mortar shell hit a crowded bus.', 12, 0),
 ('en', 'In the attack, which lasted two hours, nine guards and a cook were killed.', 10, 0),
 ('en', 'Rebels killed the village chief and set fire to 30 homes.', 1, 0),
 ('ru', 'В результате ДТП с участием военной колонны пострадали двенадцать человек.', 0, 12),
 ('ru', 'Пятерых человек госпитализировали с осколочными ранениями.', 0, 5),
 ('ru', 'Боевики убили двенадцать мирных жителей, среди них трое детей.', 12, 0),
 ('ru', 'Оба пострадавших доставлены в больницу.', 0, 2),
 ('ru', 'Погиб один военнослужащий, трое получили ранения.', 1, 3),
 ('ru', 'При атаке беспилотников на Курскую область ранены трое мирных жителей.', 0, 3),
 ('uk', "Загинули двоє військових, ще п'ятеро дістали поранення.", 2, 5),
 ('uk', 'Росіяни вбили сімох мешканців Донеччини.', 7, 0),
 ('uk', "Поліція повідомила про двох загиблих і дев'ятьох поранених.", 2, 9),
 ('es', 'Un joven de 17 años murió baleado y otros dos resultaron lesionados en un ataque en Tijuana.', 1, 2),
 ('es', 'Un ataque armado en un bar dejó como saldo seis personas sin vida.', 6, 0),
 ('es', 'Ningún militar resultó herido, mientras que tres agresores murieron.', 3, 0),
 ('fr', "L'attaque n'a fait aucune victime, selon la police.", 0, 0),
 ('fr', 'Quatre civils ont été tués, dont deux enfants, et six autres blessés.', 4, 6),
 ('fr', 'Un soldat malien a été tué et un autre porté disparu.', 1, 0),
 ('en', 'Thirty-one people were wounded, of whom 11 remain in critical condition.', 0, 31),
 ('es', 'Treinta personas resultaron heridas en la explosión, de las cuales 11 siguen hospitalizadas.', 0, 30),
 ('fr', 'Trente personnes ont été blessées, dont onze grièvement.', 0, 30),
 ('en', 'During the raid, which began at dawn, 14 suspects were arrested and two officers were wounded.', 0, 2),
 ('en', 'In the clashes, which erupted after Friday prayers, three protesters died.', 3, 0),
 ('fr', "Lors de l'attaque, qui a duré deux heures, neuf gardes ont été tués.", 9, 0),
 ('es', 'En el ataque, que duró dos horas, murieron nueve guardias.', 9, 0),
 ('en', 'The army deployed 500 soldiers to the area after the clashes.', 0, 0),
 ('en', 'The group is believed to have about 3,000 fighters in the region.', 0, 0),
 ('en', 'Bomb disposal experts defused a device found near the school; no one was hurt.', 0, 0),
 ('en', "Families of the 12 miners killed in last year's ambush demanded justice on Sunday.", 0, 0),
 ('en', 'A court sentenced the man to life in prison for the killing of three people in 2019.', 0, 0),
 ('en', 'Eight hostages were freed unharmed after negotiations.', 0, 0),
 ('en', 'The kidnappers threatened to kill the 10 hostages if their demands were not met.', 0, 0),
 ('en', 'Some 200 people were treated for heat exhaustion during the march.', 0, 0),
 ('en', 'The militants have killed more than 1,000 soldiers since the insurgency began in 2015.', 0, 0),
 ('en', 'Five years ago, a similar attack in the same town killed 40 people.', 0, 0),
 ('en', 'The minister said 15 suspects would be charged with terrorism.', 0, 0),
 ('en', 'The convoy of 40 trucks carrying aid reached the city.', 0, 0),
 ('en', 'About 600 families fled the fighting, the UN said.', 0, 0),
 ('en', 'Police said the 23-year-old suspect was arrested in connection with the stabbing of two women last month.', 0, 0),
 ('en', 'The UN warned that as many as 100,000 people could die of hunger.', 0, 0),
 ('fr', "L'armée a déployé 800 soldats dans la région après les affrontements.", 0, 0),
 ('fr', 'Il y a deux ans, une attaque similaire avait fait 30 morts dans la même localité.', 0, 0),
 ('es', 'La Fiscalía detuvo a tres sospechosos del asesinato de dos policías ocurrido en marzo.', 0, 0),
 ('es', 'Más de 500 familias han sido desplazadas por la violencia.', 0, 0),
 ('ru', 'Силовики задержали пятерых подозреваемых в подготовке теракта.', 0, 0),
 ('ru', 'В прошлом году в результате аналогичного нападения погибли 12 человек.', 0, 0),
 ('uk', 'Рятувальники евакуювали 40 мешканців з небезпечної зони.', 0, 0),
]

OTHER_CATEGORIES = [
 ('en', 'The blast tore through a crowded bus terminal, leaving at least 14 dead and scores wounded.', 'killed', 14),
 ('en', 'The victims included a pregnant woman and her husband.', 'injured', 0),
 ('en', 'Soldiers opened fire on the protesters, killing one and wounding several.', 'killed', 1),
 ('en', 'The airstrike killed dozens of fighters, according to the monitor.', 'injured', 0),
 ('en', 'The blast tore through a crowded bus terminal, leaving at least 14 dead and dozens wounded.', 'killed', 14),
 ('en', 'The blast left 14 dead and scores wounded.', 'killed', 14),
 ('en', 'The blast left 14 people dead and scores wounded.', 'killed', 14),
 ('en', 'The blast left 14 dead and several wounded.', 'killed', 14),
 ('fr', "Une trentaine de civils ont péri dans l'incendie de leurs cases allumé par les assaillants.", 'injured', 0),
 ('en', 'The dead, all men, were taken to the district morgue; six injured were treated at the scene.', 'injured', 6),
 ('fr', 'Neuf soldats tchadiens ont été tués et une vingtaine blessés.', 'killed', 9),
 ('en', 'Gunmen opened fire on a wedding party, killing 14 guests. Dozens more suffered gunshot wounds.', 'killed', 14),
]

GAPS = [
 ('en', 'Gunmen planning to rob the bank killed two guards.', 2, 0),
 ('en', 'A suicide truck bomb targeted a government compound. At least 30 people died and the wounded numbered over 100.', 30, 100),
 ('en', 'The wounded numbered over 100.', 0, 100),
 ('en', 'The dead numbered 30.', 30, 0),
 ('en', 'The injured number more than 40, officials said.', 0, 40),
 ('fr', 'Les blessés sont au nombre de 12.', 0, 12),
 ('en', 'Police said the dead numbered 30 and the wounded more than 50.', 30, 50),
]

REPORTS = [
 ('en', '2022-09-18', 'Suicide bomber kills nine at Somali army base', 'MOGADISHU, Sept 18 (Reuters) - A suicide bomber drove an explosives-laden car into the gate of a military base north of the Somali capital on Sunday, killing nine soldiers and wounding 14 others, an army officer said.\n\n"The car sped towards the gate and the guards opened fire before it exploded," Captain Abdi Hassan told Reuters by phone from the base.\n\nAl Shabaab claimed responsibility, saying in a statement on its radio station that its fighters had killed 25 soldiers. The group often gives higher tolls than the government.\n\nThe Islamist group has waged an insurgency against the central government since 2007. In August, its fighters besieged a hotel in Mogadishu for 30 hours, killing 21 people.', 9, 14),
 ('en', '2022-09-18', "Three police officers killed in ambush in Mexico's Michoacan", "MEXICO CITY (AP) — Gunmen ambushed a police patrol in the western state of Michoacan on Saturday, killing three officers, state authorities said.\n\nThe attack took place on a rural road near the town of Aguililla, an area disputed by the Jalisco cartel and local gangs. The attackers fled before reinforcements arrived.\n\nMichoacan has been among Mexico's most violent states. Last December, 13 police officers were killed in a single ambush in the same region.", 3, 0),
 ('en', '2022-09-18', 'Death toll in Kabul mosque blast rises to 12', "KABUL, Sept 18 (AFP) - The number of people killed in a bomb blast at a mosque in western Kabul during Friday prayers has risen to 12, a health official said on Sunday.\n\nAnother 30 people were wounded, several of them critically, said the official, who asked not to be named. Earlier, police had given a toll of seven dead.\n\nNo group has claimed the attack, but the Islamic State group has carried out a string of bombings against the Hazara community. In April, two blasts at a boys' school in the same neighbourhood killed six people.", 12, 30),
 ('en', '2022-09-18', 'Israeli troops kill Palestinian in West Bank raid', 'JENIN, West Bank (Reuters) - Israeli troops shot dead a Palestinian man during a raid in the occupied West Bank city of Jenin on Sunday, the Palestinian health ministry said.\n\nTwo other Palestinians were wounded by Israeli fire, the ministry said. The Israeli military said soldiers had come under fire while arresting a suspect and had returned fire.\n\nMore than 80 Palestinians have been killed in the West Bank this year, according to a Reuters tally.', 1, 2),
 ('en', '2022-09-18', 'Five hurt as grenade hits market in Manipur', "IMPHAL, India, Sept 18 - Five people were injured when suspected militants hurled a grenade into a busy market in Manipur's Thoubal district on Sunday evening, police said.\n\nNone of the injuries were life-threatening, a police officer said. Security forces have cordoned off the area and launched a search operation.", 0, 5),
 ('en', '2022-09-18', 'Two Colombian soldiers killed in attack blamed on dissidents', 'BOGOTA (Reuters) - Two Colombian soldiers were killed when a group of dissidents from the former FARC rebel group attacked their patrol in the southwestern province of Cauca, the army said on Sunday.\n\nThe soldiers were guarding an electricity tower when they were attacked with explosives and rifles, the army said in a statement. A third soldier is missing.', 2, 0),
 ('en', '2022-09-18', 'Ethiopian drone strike kills seven in Tigray town, aid workers say', "NAIROBI, Sept 18 (Reuters) - A drone strike on the town of Adi Daero in Ethiopia's Tigray region killed seven people and wounded 11, two aid workers told Reuters on Sunday, citing hospital staff.\n\nAmong the dead were a woman and her two children, one of the aid workers said. The federal government did not respond to a request for comment.\n\nIn January, an airstrike on a camp for displaced people in the same region killed 56 people.", 7, 11),
 ('fr', '2022-09-18', 'Burkina : onze soldats tués dans une embuscade dans le Nord', 'OUAGADOUGOU, 18 sept (AFP) - Onze soldats ont été tués dimanche dans une embuscade tendue par des hommes armés contre un convoi de ravitaillement dans le nord du Burkina Faso, a annoncé l\'armée dans un communiqué.\n\n"Une cinquantaine de civils" qui voyageaient avec le convoi sont portés disparus, selon la même source. Les recherches se poursuivent.\n\nLe Burkina Faso est confronté depuis 2015 à des attaques jihadistes qui ont fait des milliers de morts et près de deux millions de déplacés.', 11, 0),
 ('fr', '2022-09-18', 'Mali : trois Casques bleus tués par une mine', "BAMAKO, 18 sept (AFP) - Trois Casques bleus ont été tués et huit autres blessés dimanche lorsque leur véhicule a sauté sur un engin explosif dans la région de Kidal, dans le nord du Mali, a indiqué la mission de l'ONU.\n\nLa Minusma est la mission de maintien de la paix la plus meurtrière de l'ONU, avec plus de 170 Casques bleus tués depuis son déploiement.", 3, 8),
 ('es', '2022-09-18', 'Ataque armado deja ocho muertos en un palenque de Guerrero', 'CHILPANCINGO, México, 18 sep (EFE).- Un grupo de hombres armados irrumpió la noche del sábado en un palenque de peleas de gallos en el estado de Guerrero y abrió fuego contra los asistentes, dejando ocho muertos y tres heridos, informó la Fiscalía estatal.\n\nEntre los fallecidos se encuentra un menor de edad, precisó la dependencia. Los heridos fueron trasladados a un hospital de la región.\n\nEn lo que va del año, Guerrero acumula más de 900 homicidios dolosos, según cifras oficiales.', 8, 3),
 ('es', '2022-09-18', 'Asesinan a dos líderes sociales en Colombia', 'BOGOTÁ, 18 sep (EFE).- Dos líderes sociales fueron asesinados este fin de semana en los departamentos de Cauca y Antioquia, denunció este domingo la Defensoría del Pueblo.\n\nSegún el organismo, en lo corrido de 2022 han sido asesinados 140 líderes sociales en el país.', 2, 0),
 ('ru', '2022-09-18', 'В Белгородской области при обстреле погибли два человека', 'БЕЛГОРОД, 18 сен - РИА Новости. Два человека погибли и пятеро пострадали в результате обстрела села в Белгородской области, сообщил губернатор региона в воскресенье.\n\nПо его словам, пострадавшие госпитализированы, состояние двоих оценивается как тяжёлое. Также повреждены несколько жилых домов и линия электропередачи.', 2, 5),
 ('ru', '2022-09-18', 'В Дагестане нейтрализованы четверо боевиков', 'МАХАЧКАЛА, 18 сен - РИА Новости. Четверо боевиков, оказавших вооружённое сопротивление, нейтрализованы в ходе контртеррористической операции в Дагестане, сообщили в НАК.\n\nСреди силовиков потерь нет. С начала года в республике было ликвидировано 15 боевиков.', 4, 0),
 ('uk', '2022-09-18', 'Росія вдарила по Миколаєву: троє загиблих', "Внаслідок нічного ракетного удару по Миколаєву загинули троє людей, ще дев'ятеро дістали поранення, повідомив голова обласної військової адміністрації.\n\nСеред поранених — двоє дітей. Від початку повномасштабного вторгнення в області загинули понад 150 цивільних.", 3, 9),
 ('en', '2023-03-12', None, 'On 12 March 2023, JNIM militants attacked a military post in Tin-Akoff (Oudalan, Sahel). Five soldiers were killed and three injured.', 5, 3),
 ('en', '2022-06-04', None, 'On 4 June 2022, unidentified gunmen shot and killed a community leader in Bunia (Ituri). The victim was a member of the Hema community.', 1, 0),
 ('en', '2022-05-09', None, 'On 9 May 2022, Fulani militia attacked Kukawa village (Kaura, Kaduna) and killed 11 residents, including a pastor. Several houses were burnt.', 11, 0),
 ('en', '2022-07-21', None, 'On 21 July 2022, Israeli forces shot and killed a Palestinian man during clashes in Nablus (West Bank). Another man was injured.', 1, 1),
 ('en', '2022-10-03', None, 'On 3 October 2022, a landmine exploded under a civilian vehicle near Kidal, killing its driver and injuring two passengers.', 1, 2),
 ('en', '2023-01-15', None, 'On 15 January 2023, police clashed with protesters in Juliaca (Puno). One protester was killed by police fire and 14 were injured.', 1, 14),
 ('en', '2022-08-30', None, 'On 30 August 2022, militants of the ADF attacked Kalunguta village (Beni, Nord-Kivu), killing at least 22 civilians with machetes. Fatalities were reported by local civil society.', 22, 0),
 ('en', '2022-11-07', None, 'On 7 November 2022, the military conducted airstrikes on a rebel camp in Hpakant (Kachin). KIA sources reported 6 of their fighters killed; the military claimed over 30.', 6, 0),
 ('en', '2023-02-11', None, 'On 11 February 2023, an IED attack targeting a police patrol in Bajaur (Khyber Pakhtunkhwa) killed one policeman. No group claimed responsibility.', 1, 0),
 ('en', '2022-09-26', None, 'On 26 September 2022, unknown armed men abducted 20 passengers travelling from Kaduna to Abuja. Two of the abductees were later found dead.', 2, 0),
 ('en', '2023-03-05', None, 'On 5 March 2023, clashes between the Arab and Masalit communities in Geneina (West Darfur) left 16 people dead. Fatalities split between both sides.', 16, 0),
 ('en', '2022-04-19', None, 'On 19 April 2022, a Russian missile strike hit a residential area of Kharkiv, killing 4 civilians and wounding 21 others, according to the regional governor.', 4, 21),
 ('en', '2022-12-02', None, 'On 2 December 2022, gang members killed a police officer and a civilian in Croix-des-Bouquets (Ouest). 3 gang members were killed in the ensuing firefight.', 5, 0),
 ('en', '2022-08-08', None, 'On 8 August 2022, the Taliban executed two men accused of theft in Herat province.', 2, 0),
 ('en', '2022-09-18', 'Attacks across northern Nigeria kill seven', 'KANO, Nigeria, Sept 18 (Reuters) - Gunmen killed four people in an attack on a village in Katsina state on Saturday, police said, while in neighbouring Zamfara three farmers were shot dead as they worked in their fields.\n\n"The bandits came on motorcycles and started shooting sporadically," Katsina police spokesman Gambo Isah said in a statement, adding that 12 people were wounded and taken to hospital.\n\nArmed gangs known locally as bandits have killed hundreds of people in the northwest this year.', 7, 12),
 ('en', '2022-09-18', 'Pakistan says five soldiers killed in militant attack near Afghan border', 'ISLAMABAD (Reuters) - Five Pakistani soldiers were killed when militants attacked a border post in the North Waziristan region on Sunday, the military said.\n\nThe soldiers fought back, and "several terrorists were killed or injured," the military\'s media wing said in a statement, without giving numbers.\n\nThe Pakistani Taliban, who ended a ceasefire with the government in November, claimed responsibility.', 5, 0),
 ('en', '2022-09-18', 'Car bomb hits Iraqi checkpoint', 'BAGHDAD, Sept 18 (AP) — A car bomb exploded at an army checkpoint north of Baghdad on Sunday, killing four soldiers, Iraqi security officials said.\n\nNine other people, including two civilians who were driving past, were wounded, the officials said, speaking on condition of anonymity because they were not authorized to brief reporters.\n\nNo one immediately claimed the attack, but it bore the hallmarks of the Islamic State group, which still carries out sporadic attacks in the area despite its territorial defeat in 2017.', 4, 9),
 ('en', '2022-09-18', 'Three killed as police clash with protesters in Kenya', 'NAIROBI (Reuters) - Kenyan police shot dead three people during protests over rising food prices in the western town of Kisumu on Sunday, a hospital official said.\n\n"We received three bodies with gunshot wounds," the official at the Jaramogi Oginga Odinga Teaching and Referral Hospital said. Police did not comment.\n\nRights groups say police killed at least 30 people during protests in July.', 3, 0),
 ('en', '2022-09-18', 'Six peacekeepers hurt in Mali attack', 'BAMAKO (Reuters) - Six United Nations peacekeepers were wounded on Sunday when their convoy hit a roadside bomb near the town of Tessalit in northern Mali, the U.N. mission said.\n\nTwo of the wounded were evacuated by helicopter to a hospital in Gao, it said. The mission did not give the nationality of the peacekeepers.\n\nMore than 170 peacekeepers have died in hostile acts since the mission was deployed in 2013, making it the deadliest U.N. peacekeeping operation.', 0, 6),
 ('en', '2022-09-18', 'Two Palestinians killed in Israeli raid on Jenin', 'JERUSALEM (AP) — Israeli forces killed two Palestinians and wounded another during a raid in the West Bank town of Jenin early Sunday, the Palestinian Health Ministry said.\n\nThe Israeli military said troops had come under fire while arresting suspects and returned fire, hitting two armed men. It said one soldier was lightly injured by shrapnel.\n\nThe ministry identified the dead as Ahmad Nasser, 19, and Mohammed Jabarin, 22.', 2, 2),
]

REPORT_GAPS = [
 ('en', '2022-09-18', 'Airstrikes kill 17 in Myanmar village, residents say', "(Reuters) - Military airstrikes on a village in Myanmar's Sagaing region killed at least 17 people, including four children, residents and a local resistance group said on Sunday.\n\nDozens more were wounded in the strikes on Saturday afternoon, a resident said. Reuters could not independently verify the reports and a junta spokesman did not answer calls seeking comment.\n\nThe military has been battling resistance forces across the country since it seized power in a February 2021 coup. More than 2,300 civilians have been killed by security forces since then, according to an activist group.", 17, None),
]

ISAF_RELEASES = [
 ('2011-05-14', 'Afghan, coalition force detains Haqqani facilitator in Khost', 'KABUL, Afghanistan (May 14, 2011) — An Afghan and coalition security force detained a Haqqani network facilitator and two suspected insurgents during an operation in Sabari district, Khost province, yesterday.\n\nThe facilitator coordinated the movement of weapons and fighters into the province. Intelligence reports led the security force to a compound where the facilitator was believed to be hiding. Afghan forces called for all occupants to exit peacefully before the security force searched the compound.\n\nThe security force did not fire their weapons and no civilians were harmed during the operation.', 0, 3),
 ('2011-05-14', 'Afghan forces find weapons cache in Kandahar', 'KABUL, Afghanistan (May 14, 2011) — Afghan National Army soldiers, advised by coalition forces, found a weapons cache in Zharay district, Kandahar province, yesterday.\n\nThe cache consisted of 12 rocket-propelled grenades, 200 rounds of ammunition and 40 pounds of homemade explosives. The soldiers destroyed the cache on site. No one was detained and there were no injuries.', 0, 0),
 ('2011-05-14', 'Taliban commander killed in Kunduz operation', 'KABUL, Afghanistan (May 14, 2011) — A Taliban commander responsible for attacks on Afghan police in Chahar Darah district was killed by an Afghan and coalition security force in Kunduz province yesterday.\n\nDuring the operation, the security force also detained four suspected insurgents. The commander had planned the kidnapping of two local officials last month.', 1, 4),
 ('2011-05-14', 'Coalition air weapons team engages insurgents in Paktika', 'KABUL, Afghanistan (May 14, 2011) — A coalition air weapons team killed three insurgents who were seen emplacing a roadside bomb along a route used by Afghan forces in Barmal district, Paktika province, yesterday.\n\nGround forces later assessed the site and confirmed the three insurgents were killed. No civilians were in the area at the time.', 3, 0),
 ('2011-05-14', 'Force detains two in search for IMU leader', 'KABUL, Afghanistan (May 14, 2011) — An Afghan-led and coalition-supported security force detained two suspected insurgents while searching for an Islamic Movement of Uzbekistan leader in Khanabad district, Kunduz province, last night.\n\nThe targeted leader, who conducts attacks against Afghan and coalition forces, was not found. The suspects are being questioned.', 0, 2),
 ('2011-05-14', 'Afghan, coalition forces detain six in Wardak', 'KABUL, Afghanistan (May 14, 2011) — In Wardak province, an Afghan and coalition security force detained a Taliban sub-leader and several suspected insurgents in Sayyidabad district yesterday.\n\nIn Logar province, a combined force detained two suspects during a search for a Haqqani facilitator in Baraki Barak district.', 0, 6),
 ('2011-05-14', 'Civilian killed by insurgent roadside bomb in Uruzgan', "KABUL, Afghanistan (May 14, 2011) — A civilian was killed and two others were wounded when an insurgent roadside bomb detonated near a bazaar in Tarin Kot district, Uruzgan province, yesterday.\n\nAfghan forces provided medical care to the wounded and took them to a nearby medical facility. ISAF condemns the insurgents' indiscriminate use of bombs, which killed more than 1,200 Afghan civilians last year.", 1, 0),
]

MORE_LINES = [
 ('en', 'Deaths: 12. Injuries: 30.', 12, 30),
 ('en', 'Killed: 5; wounded: 14.', 5, 14),
 ('en', 'Casualties: 4 dead, 11 injured.', 4, 11),
 ('en', 'Type: suicide bombing. Dead: 23. Injured: 41.', 23, 41),
 ('en', 'Toll: 3 killed (2 soldiers, 1 civilian), 6 injured.', 3, 6),
 ('en', '- 9 killed, 17 wounded in attack on market in Maiduguri', 9, 17),
 ('en', 'Result: 2 policemen killed, 1 attacker arrested.', 2, 0),
 ('fr', 'Tués : 5 ; blessés : 14.', 5, 14),
 ('es', 'Asesinados: 3. Heridos: 7.', 3, 7),
 ('ru', 'Погибли: 4, ранены: 9.', 4, 9),
 ('en', 'Arrested: 12.', 0, 0),
 ('ru', 'В результате удара ВСУ по Донецку погибли двенадцать человек, из них трое детей.', 12, 0),
 ('ru', 'Ранения получили семеро мирных жителей, из них двое в тяжёлом состоянии.', 0, 7),
 ('ru', 'Среди погибших — пятеро военнослужащих и двое гражданских.', 7, 0),
 ('ru', 'Количество погибших при обрушении подъезда после удара достигло 23.', 23, 0),
 ('ru', 'Один человек погиб и ещё двое получили ранения при атаке украинского беспилотника на автомобиль.', 1, 2),
 ('ru', 'Семь человек пострадали, один из них скончался в больнице.', 1, 6),
 ('ru', 'Боевики захватили в заложники шестерых сотрудников полиции и убили одного из них.', 1, 0),
 ('ru', 'В перестрелке погибли двое нападавших и полицейский.', 3, 0),
 ('ru', 'Тела трёх мирных жителей обнаружены под завалами.', 3, 0),
 ('ru', 'Ранен глава администрации посёлка.', 0, 1),
 ('uk', 'Унаслідок обстрілу Нікополя загинула 72-річна жінка, ще четверо людей поранені.', 1, 4),
 ('uk', 'Серед загиблих — двоє дітей, повідомила поліція.', 2, 0),
 ('uk', 'Кількість поранених у Дніпрі зросла до 30.', 0, 30),
 ('uk', 'Під завалами знайшли тіла ще двох людей, загальна кількість загиблих зросла до 11.', 11, 0),
 ('uk', 'Ворог обстріляв Херсон: одна людина загинула, троє дістали поранення.', 1, 3),
 ('uk', 'Поранено двох поліцейських і рятувальника.', 0, 3),
 ('es', 'La cifra de muertos por el atentado en el mercado asciende ya a 17.', 17, 0),
 ('es', 'Cinco personas murieron, entre ellas dos niños, y otras ocho resultaron heridas.', 5, 8),
 ('es', 'Uno de los heridos falleció horas después en el hospital.', 1, 0),
 ('fr', "L'un des blessés a succombé à ses blessures dans la nuit.", 1, 0),
 ('fr', "Cinq personnes ont péri, dont trois enfants, et une dizaine d'autres ont été blessées.", 5, 10),
 ('uk', 'Унаслідок обстрілу Нікополя загинула жінка, ще четверо людей поранені.', 1, 4),
 ('uk', 'Загинула 72-річна жінка.', 1, 0),
 ('ru', 'Погибла 72-летняя женщина.', 1, 0),
 ('uk', 'Унаслідок обстрілу загинув 45-річний чоловік.', 1, 0),
 ('es', 'Un enfrentamiento entre grupos criminales en la sierra de Chihuahua dejó un saldo de 11 personas sin vida.', 11, 0),
 ('es', 'Dos elementos de la Guardia Nacional perdieron la vida y uno más resultó lesionado durante una agresión armada.', 2, 1),
 ('es', 'Fueron ejecutados a balazos cuatro hombres en el interior de un taller mecánico.', 4, 0),
 ('es', 'Un comando irrumpió en una vivienda y asesinó a una familia: el padre, la madre y sus dos hijos.', 4, 0),
 ('es', 'La masacre, la número 80 en lo que va del año según Indepaz, dejó cinco muertos.', 5, 0),
 ('es', 'Un menor de 14 años perdió la vida tras ser alcanzado por una bala perdida.', 1, 0),
 ('es', 'El ataque dejó además siete lesionados, dos de ellos de gravedad.', 0, 7),
 ('es', 'Un uniformado murió y otros tres quedaron heridos tras la explosión de un artefacto al paso de una patrulla.', 1, 3),
 ('es', 'Tres presuntos sicarios fueron abatidos por elementos del Ejército tras agredir a los militares.', 3, 0),
 ('es', 'Otras dos personas fueron trasladadas a un hospital con impactos de bala.', 0, 2),
 ('es', 'La Policía confirmó la muerte de un agente y dos civiles.', 3, 0),
 ('es', 'Un total de 16 personas han sido asesinadas en el municipio durante esta semana.', 16, 0),
 ('en', 'The gunmen killed the mayor, her deputy and two bodyguards.', 4, 0),
 ('en', 'The strike killed its driver, a 45-year-old man, and a passenger.', 2, 0),
 ('fr', 'Les assaillants ont tué le chef du village, son fils et deux voisins.', 4, 0),
 ('en', '"They killed my husband and my two brothers," said a woman who fled the village.', 3, 0),
 ('en', 'The army denied that any civilians had been killed in the strike.', 0, 0),
 ('en', 'Officials said there were no casualties among the troops.', 0, 0),
 ('en', '"At least 20 bodies are lying in the streets," a resident said by phone.', 20, 0),
 ('en', 'The spokesman refused to say how many soldiers had died.', 0, 0),
 ('en', 'Witnesses said they saw at least six bodies, but the figure could not be confirmed.', 6, 0),
 ('en', '"Nobody was hurt, thank God," the shop owner said.', 0, 0),
 ('en', 'The rebels claimed to have killed 50 soldiers, a figure the army dismissed as propaganda.', 50, 0),
 ('en', 'It was not immediately clear whether there were any casualties.', 0, 0),
 ('en', 'Hospital officials said they had received 12 bodies and treated 40 wounded.', 12, 40),
 ('en', 'The toll is expected to rise as rescuers search the rubble.', 0, 0),
 ('en', 'A doctor at the hospital said five of the wounded were in critical condition.', 0, 5),
 ('en', 'Had the bomb exploded, dozens could have died, police said.', 0, 0),
 ('en', 'A Reuters witness saw 12 bodies at the morgue.', 12, 0),
 ('fr', "Un journaliste de l'AFP a vu huit corps à la morgue de l'hôpital.", 8, 0),
 ('es', 'Un periodista vio los cuerpos de cuatro hombres en la carretera.', 4, 0),
 ('ru', 'Корреспондент видел тела пяти погибших.', 5, 0),
 ('en', 'Residents saw soldiers take away three men.', 0, 0),
]

MORE_CATEGORIES = [
 ('en', 'At least 8 dead, dozens injured.', 'killed', 8),
 ('es', 'Entre las víctimas mortales hay tres menores de edad, según la fiscalía.', 'injured', 0),
 ('fr', "Parmi les morts figurent quatre enfants, selon l'ONG.", 'injured', 0),
 ('fr', 'Un deuxième gendarme est décédé des suites de ses blessures.', 'injured', 0),
 ('es', 'Según Medicina Legal, las víctimas son dos hermanos de 19 y 22 años.', 'injured', 0),
 ('es', 'Murió en el hospital la segunda víctima del ataque de este martes.', 'injured', 0),
 ('en', 'The army freed 10 hostages kidnapped in May.', 'kidnapped', 0),
 ('en', 'Police released three men arrested during the protest on Saturday.', 'detained', 0),
 ('en', 'Gunmen kidnapped three aid workers on Sunday; they freed a fourth man abducted last month.', 'kidnapped', 3),
 ('fr', "L'armée a libéré cinq otages enlevés en mars.", 'kidnapped', 0),
 ('es', 'El Ejército rescató a cuatro personas secuestradas la semana pasada.', 'kidnapped', 0),
]

MORE_GAPS = [
 ('en', 'Fatalities 7, injured 20, perpetrators 2 (both killed).', 7, 20),
 ('en', 'Victims: a police officer (killed) and two passers-by (injured).', 1, 2),
 ('en', 'Injured: 6. Killed: 2.', 2, 6),
 ('es', 'Hombres armados privaron de la libertad a tres jóvenes y horas después fueron localizados sin vida.', 3, 0),
 ('en', '"We buried 15 people today, most of them children," a village elder told Reuters.', 15, 0),
]

SHOUTED_REPORTS = [
 ('en', '1989-11-20', None, 'SAN SALVADOR, 19 NOV 89 (RADIO CADENA YSKL) -- [TEXT] THREE PEASANTS WERE MURDERED LAST NIGHT BY A GROUP OF HEAVILY ARMED MEN IN SAN MIGUEL DEPARTMENT, MILITARY SOURCES HAVE REPORTED. THE VICTIMS WERE TAKEN FROM THEIR HOMES AND SHOT NEAR THE ROAD TO EL DIVISADERO. THE ARMED FORCES PRESS COMMITTEE BLAMED THE FMLN FOR THE CRIME.', 3, 0),
 ('en', '1989-11-20', None, 'BOGOTA, 19 NOV 89 (EFE) -- [TEXT] COLOMBIAN POLICE TODAY DEFUSED A CAR BOMB CONTAINING 50 KG OF DYNAMITE THAT HAD BEEN PARKED NEAR THE OFFICES OF A NEWSPAPER IN MEDELLIN. A POLICE SPOKESMAN SAID THE EXPLOSIVE WOULD HAVE CAUSED A MASSACRE. NO ONE HAS CLAIMED RESPONSIBILITY.', 0, 0),
 ('en', '1989-11-20', None, 'LIMA, 19 NOV 89 (AFP) -- [TEXT] A POLICEMAN WAS KILLED AND TWO CIVILIANS WERE WOUNDED TODAY WHEN SUSPECTED SHINING PATH GUERRILLAS HURLED DYNAMITE AT A POLICE PATROL IN THE CENTER OF HUANCAYO. THE ATTACKERS ESCAPED.', 1, 2),
 ('en', '1989-11-20', None, 'SAN SALVADOR, 19 NOV 89 (DOMESTIC SERVICE) -- [REPORT] [EXCERPT] PRESIDENT ALFREDO CRISTIANI TODAY CALLED ON THE FMLN TO RETURN TO THE NEGOTIATING TABLE AND TO STOP ITS TERRORIST ACTIONS, WHICH HE SAID HAVE COST THE LIVES OF THOUSANDS OF SALVADORANS DURING THE PAST 10 YEARS.', 0, 0),
 ('en', '1989-11-20', None, 'BOGOTA, 19 NOV 89 (INRAVISION TELEVISION CADENA 1) -- [TEXT] TWO JUDGES WERE SHOT TO DEATH TODAY IN THE CITY OF CALI BY HIRED ASSASSINS RIDING A MOTORCYCLE. THE JUDGES HAD BEEN INVESTIGATING CASES RELATED TO DRUG TRAFFICKING. THIS YEAR, 12 JUDGES HAVE BEEN MURDERED IN COLOMBIA.', 2, 0),
 ('en', '1989-11-20', None, 'TEGUCIGALPA, 19 NOV 89 (ACAN-EFE) -- [TEXT] FOUR MEMBERS OF A PEASANT FAMILY, INCLUDING TWO CHILDREN, WERE KILLED BY UNIDENTIFIED GUNMEN IN A VILLAGE IN OLANCHO DEPARTMENT, THE POLICE REPORTED TODAY. THE MOTIVE FOR THE CRIME IS NOT KNOWN.', 4, 0),
 ('en', '1989-11-20', None, 'LA PAZ, 19 NOV 89 (EFE) -- [TEXT] A U.S. MISSIONARY WAS KIDNAPPED AND LATER MURDERED BY MEMBERS OF THE ZARATE WILLKA ARMED FORCES OF LIBERATION, A LITTLE-KNOWN BOLIVIAN TERRORIST GROUP, ACCORDING TO A COMMUNIQUE RELEASED TODAY. THE BODY OF THE MISSIONARY WAS FOUND ON THE OUTSKIRTS OF THE CAPITAL.', 1, 0),
]

MORE_ISAF_RELEASES = [
 ('2011-08-03', 'Combined force arrests Taliban leader in Helmand', 'KABUL, Afghanistan (Aug. 3, 2011) — An Afghan and coalition security force arrested a Taliban leader and three suspected insurgents in Nad-e Ali district, Helmand province, yesterday. The leader is responsible for planting roadside bombs and directing attacks against Afghan Uniformed Police checkpoints in the district.', 0, 4),
 ('2011-08-03', 'Security force apprehends Haqqani commander', 'KABUL, Afghanistan (Aug. 3, 2011) — A combined Afghan and coalition security force apprehended a Haqqani network commander in Gardez district, Paktiya province, today. The commander facilitated the movement of suicide bombers into Kabul. Two additional suspected insurgents were also taken into custody.', 0, 3),
 ('2011-08-03', 'Afghan forces take suspects into custody', 'KABUL, Afghanistan (Aug. 3, 2011) — Afghan National Security Forces, supported by coalition troops, took several suspected insurgents into custody during a search for a Taliban weapons facilitator in Arghandab district, Kandahar province, last night.', 0, 3),
 ('2011-08-03', 'Insurgents killed, leader captured', 'KABUL, Afghanistan (Aug. 3, 2011) — A security force captured a senior Taliban leader in Kunduz province yesterday. During the operation, two armed insurgents fired on the force and were killed in the ensuing engagement.', 2, 1),
 ('2011-08-03', 'Coalition forces release detainees', 'KABUL, Afghanistan (Aug. 3, 2011) — Coalition forces released four individuals detained last week in Khost province after questioning determined they were not involved in insurgent activity. The individuals were returned to their village elders.', 0, 0),
 ('2011-08-03', 'Air weapons team kills IMU facilitator', 'KABUL, Afghanistan (Aug. 3, 2011) — A coalition air weapons team killed an Islamic Movement of Uzbekistan facilitator in Takhar province yesterday. The facilitator supplied weapons and explosives to insurgent cells operating in the northern provinces. The security force confirmed no civilians were harmed.', 1, 0),
 ('2011-08-03', 'Two detained in search for bomb maker', 'KABUL, Afghanistan (Aug. 3, 2011) — Afghan and coalition forces detained two men while searching for a Taliban bomb maker in Zharay district, Kandahar province, yesterday. The targeted individual builds and distributes roadside bombs for attacks on Afghan and coalition forces. Initial reports indicate the bomb maker was not among those detained.', 0, 2),
 ('2011-08-03', 'ISAF operations update', 'KABUL, Afghanistan (Aug. 3, 2011) — In Kandahar province, an Afghan-led security force killed three insurgents and detained two others during an operation targeting a Taliban commander in Panjwai district. In Paktika province, a combined force detained four suspects in Sharana district while searching for a Haqqani leader.', 3, 6),
]

HURT_LINES = [
 ('en', 'Seventeen people were hospitalised after the blast, two of them in a critical condition.', 0, 17),
 ('en', 'The explosion maimed four children who were playing near the road.', 0, 4),
 ('en', 'Nine pilgrims sustained gunshot wounds when the convoy was ambushed.', 0, 9),
 ('en', 'Two civilians were left wounded after a shell landed in a courtyard.', 0, 2),
 ('en', 'Eight people received treatment for shrapnel injuries at the district hospital.', 0, 8),
 ('en', 'A further 12 people were treated for shock, but none were injured.', 0, 0),
 ('en', 'Thirty people suffered burns, some of them severe, when the fuel truck exploded.', 0, 30),
 ('en', 'Five of those hurt were police officers.', 0, 5),
 ('en', 'Eleven people were wounded, three seriously, and two were killed.', 2, 11),
 ('en', 'The injured, numbering about 40, were taken to three hospitals.', 0, 40),
 ('en', 'Two soldiers were slightly injured and their vehicle was damaged.', 0, 2),
 ('en', 'Police said 23 people had been admitted to hospital with injuries.', 0, 23),
 ('en', 'Three people were injured in a stampede that followed the explosion.', 0, 3),
 ('en', 'An elderly man was hit by shrapnel and taken to hospital.', 0, 1),
 ('fr', 'Quatorze personnes ont été hospitalisées, dont trois dans un état grave.', 0, 14),
 ('fr', "L'attaque a fait un mort et plusieurs blessés légers.", 1, 3),
 ('es', 'Siete personas fueron atendidas por lesiones tras el ataque.', 0, 7),
 ('es', 'Cuatro policías sufrieron heridas leves durante los disturbios.', 0, 4),
 ('ru', 'Госпитализированы 15 человек, трое из них в тяжёлом состоянии.', 0, 15),
 ('ru', 'В результате взрыва пострадали 11 человек.', 0, 11),
 ('uk', "Госпіталізовано дев'ятьох людей, серед них двоє дітей.", 0, 9),
 ('uk', 'Травмувалися троє людей.', 0, 3),
 ('en', 'An elderly man was taken to hospital.', 0, 1),
 ('en', 'An elderly man was shot in the leg and taken to hospital.', 0, 1),
 ('en', 'Two women were pulled from the rubble and taken to hospital.', 0, 2),
 ('en', 'Five people were rushed to hospital after the blast.', 0, 5),
 ('en', 'Five people were taken to hospital after the blast.', 0, 5),
 ('en', 'Five people were taken to hospital.', 0, 5),
 ('en', 'A man was taken to hospital after the blast.', 0, 1),
 ('en', 'Two men were shot dead and taken to hospital.', 2, 0),
 ('en', 'A suspect was arrested and taken to a police station.', 0, 0),
 ('en', 'A woman was killed and her body was taken to hospital.', 1, 0),
 ('en', 'Three soldiers were killed and taken to the military hospital morgue.', 3, 0),
 ('en', 'A soldier was wounded and taken to hospital.', 0, 1),
 ('en', 'A girl was rescued from the rubble and taken to hospital, where she died.', 1, 0),
 ('en', 'A suicide bomber blew himself up inside a Shia mosque in Qatif during Friday prayers, killing 21 worshippers and injuring more than 100. The Islamic State claimed responsibility.', 21, 100),
 ('en', 'Boko Haram militants raided the village of Kukawa, shooting dead 97 people, most of them men praying in mosques.', 97, 0),
 ('en', 'Gunmen attacked a bus carrying Ismaili Muslims in Karachi, killing 46 passengers; a splinter group of the Pakistani Taliban claimed the attack.', 46, 0),
 ('en', 'Three gunmen opened fire at a beach resort near Sousse, killing 38 tourists, 30 of them British, before the attacker was shot dead by police.', 38, 0),
 ('en', 'A car bomb exploded outside a hospital in Kabul, killing at least four and wounding 15; no group claimed the attack.', 4, 15),
 ('en', 'Twin suicide bombings at a market in Maiduguri killed at least 50 people and wounded 90, officials said.', 50, 90),
 ('en', 'Al-Shabaab gunmen stormed Garissa University College, killing 148 people, mostly students; four attackers were killed.', 148, 0),
 ('en', 'An IED hit a military vehicle in Sinai, killing four soldiers including an officer and wounding two.', 4, 2),
 ('en', 'A gunman killed nine people at a church in Charleston, South Carolina, including the senior pastor.', 9, 0),
]

HURT_CATEGORIES = [
 ('en', 'The attack killed one worshipper and injured scores more.', 'killed', 1),
]

HURT_GAPS = [
 ('fr', 'Six passants ont été légèrement touchés par des éclats.', 0, 6),
 ('ru', 'Травмы получили четверо пассажиров автобуса.', 0, 4),
]

LAST_LINES = [
 ('fr', "Le bilan provisoire fait état de 14 morts et d'une trentaine de blessés.", 14, 30),
 ('fr', "Trois militaires ont été tués et cinq autres blessés, dont deux grièvement, dans l'embuscade.", 3, 5),
 ('fr', 'Deux enfants figurent parmi les quatre personnes décédées.', 4, 0),
 ('fr', "Un kamikaze s'est fait exploser devant un commissariat, tuant deux policiers.", 2, 0),
 ('fr', 'Les deux otages ont été retrouvés morts samedi.', 2, 0),
 ('fr', "Une vingtaine d'assaillants ont été neutralisés par l'armée.", 20, 0),
 ('es', 'Los agresores les dispararon a quemarropa y los dos murieron en el lugar.', 2, 0),
 ('es', 'El saldo provisional es de nueve fallecidos y 23 heridos.', 9, 23),
 ('es', 'Cuatro militares fueron secuestrados y posteriormente liberados.', 0, 0),
 ('es', 'La policía halló muertos a dos hermanos en una finca.', 2, 0),
 ('es', 'Un hombre que resultó herido en el tiroteo falleció este lunes.', 1, 0),
 ('en', 'Gunmen boarded the bus and shot seven passengers dead.', 7, 0),
 ('en', 'A suicide bomber killed himself and two guards at the gate.', 2, 0),
 ('en', 'Only the driver survived; the other four occupants were killed.', 4, 0),
 ('en', "The raid left the compound's owner and his three sons dead.", 4, 0),
 ('en', 'The two hostages were found dead on Saturday.', 2, 0),
 ('en', 'The three hostages were killed by their captors.', 3, 0),
 ('fr', 'Les trois otages ont été tués par leurs ravisseurs.', 3, 0),
 ('es', 'Los dos rehenes fueron hallados muertos el sábado.', 2, 0),
]

LAST_CATEGORIES = [
 ('es', 'Al menos 30 soldados murieron y decenas resultaron heridos en el ataque.', 'killed', 30),
]

LAST_GAPS = [
 ('fr', 'Des hommes armés ont intercepté un car de voyageurs et en ont exécuté sept.', 7, 0),
]

test_line_in_its_language, test_known_gaps = summary_tests(LINES + MORE_LINES + HURT_LINES + LAST_LINES, GAPS + MORE_GAPS + HURT_GAPS + LAST_GAPS, "GAPS")
test_other_categories_in_leads = category_tests(OTHER_CATEGORIES + MORE_CATEGORIES + HURT_CATEGORIES + LAST_CATEGORIES)
test_report_with_its_headline_and_date = dated_report_tests(REPORTS + SHOUTED_REPORTS)
test_isaf_release, _no_isaf_gaps = isaf_release_tests(ISAF_RELEASES + MORE_ISAF_RELEASES)


@pytest.mark.xfail(strict=True, reason="known gap: see REPORT_GAPS")
@pytest.mark.parametrize("language,published,title,text,killed,injured", REPORT_GAPS)
def test_report_gaps(reader, language, published, title, text, killed, injured):
    r = read_in(reader, text, language, title, date.fromisoformat(published))
    assert r.toll.killed.best == killed
