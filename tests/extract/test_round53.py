"""Sentences and reports of our own (fifty-third round), with the figures each must give, written by
hand before the mends that meet them ran on them.

The hurt told by their treatment or by the harm to their body, not by a verb of injury. Of 34 wire
lines in English, French, Spanish, Russian and Ukrainian, 21 read none: "Four of the injured had
undergone surgery" (some of the hurt, counted, with a verb of their own that tells no other outcome:
they are members of the hurt; "Two of the injured died" stays a death only; "Quatre des blessés"
tagged a pronoun, now a number); "Two soldiers lost limbs", "perdió un ojo", "лишились ног" (a loss
verb whose object is a part of the body, from the packs' new `body_parts`, hurts its subject);
"suffered a broken arm", "with broken legs" (a part of the body with a harm on it, `body_harms`, is an
injury noun); "needed stitches", "undergone surgery" (care words); "opérés", "operados",
"прооперированы" (verbs of surgery taken as verbs of hospital care); "blinded", "amputés" (verbs of
injury); "переломы", "опіки" (injury nouns), "with"/"avec"/"con" injuries on people taken out or
carried ("Rescuers pulled three people with broken legs", "extraites des décombres avec des
fractures"). Most of them had no cue. Of 23 lines written after the mends (AFTER) three missed:
"suffered broken bones" ("bone" added to `body_parts`), and two misparses left as gaps (one, "Військовий
втратив ногу", closed at the round's end: ADJECTIVE_CLOSED). A report's "Four
of the injured, among them a child who lost a leg" counted the child on top ("among them" hung on the group
the child is set beside: now a part, as when it hangs on the child).

Then a probe of 35 wire lines on the dead (KILLED): 31 read right; "None of the 12 passengers on the bus
survived", "Никто из 12 пассажиров автобуса не выжил" read none (a negator subject: the counted group it
is taken from died) and "The ambush left the commander and three of his bodyguards dead" read 3 (the
state parsed with the last member as its subject, joined to "left": the list's one state); "a décimé une
famille de sept personnes" is left a gap. Of 8 lines written after (KILLED_AFTER) one missed (a misparse).

Then agency summaries (AGENCY), reports with updates (UPDATES), Spanish and French press lines (PRESS), second
clauses with their verb or auxiliary left out (GAPPED) and news lines that read right before the round (HELD):
each table's comment tells what it found and what was mended.
"""

from .helpers import dated_report_tests, summary_tests

LINES = [
 ('en', 'Four of the injured had undergone surgery by Monday evening, the hospital said.', 0, 4),
 ('en', 'Two soldiers lost limbs in the mine blast near the checkpoint.', 0, 2),
 ('en', 'A boy lost an eye when a rubber bullet struck him, his father said.', 0, 1),
 ('en', 'Rescuers pulled three people with broken legs from the rubble of the house.', 0, 3),
 ('en', 'Five protesters needed stitches after police charged the crowd.', 0, 5),
 ('en', 'Nine people suffered fractures when the building collapsed after the strike.', 0, 9),
 ('en', 'Twelve villagers suffered burns in the fire that followed the airstrike.', 0, 12),
 ('en', 'Doctors amputated the legs of two children hurt in the shelling.', 0, 2),
 ('en', 'A photographer was blinded in one eye by a tear gas canister.', 0, 1),
 ('en', 'Eight people were treated for gunshot wounds at the district hospital.', 0, 8),
 ('en', 'Surgeons operated on six of the wounded through the night.', 0, 6),
 ('en', 'Seven people were taken to hospital with burns and broken bones.', 0, 7),
 ('en', 'The teenager suffered a broken arm and cuts to his face.', 0, 1),
 ('fr', "Quatre des blessés ont dû être opérés dans la nuit, selon l'hôpital.", 0, 4),
 ('fr', 'Trois personnes ont été extraites des décombres avec des fractures.', 0, 3),
 ('fr', "Un enfant a perdu un œil après le tir d'une balle en caoutchouc.", 0, 1),
 ('fr', "Deux soldats ont été amputés après l'explosion d'une mine.", 0, 2),
 ('fr', 'Six manifestants souffrent de fractures après la charge de la police.', 0, 6),
 ('fr', "Cinq personnes ont subi des brûlures dans l'incendie.", 0, 5),
 ('es', 'Cuatro de los heridos fueron operados durante la noche, informó el hospital.', 0, 4),
 ('es', 'Dos soldados perdieron una pierna por la explosión de una mina.', 0, 2),
 ('es', 'Tres personas sufrieron fracturas cuando se derrumbó el edificio.', 0, 3),
 ('es', 'Un niño perdió un ojo por el impacto de una bala de goma.', 0, 1),
 ('es', 'Cinco manifestantes sufrieron quemaduras durante los disturbios.', 0, 5),
 ('ru', 'Четверо раненых прооперированы, сообщили в больнице.', 0, 4),
 ('ru', 'Двое военных лишились ног при подрыве на мине.', 0, 2),
 ('ru', 'Трое жителей получили переломы при обрушении дома.', 0, 3),
 ('ru', 'Ребёнок лишился глаза после обстрела.', 0, 1),
 ('ru', 'Пятеро спасателей получили ожоги при тушении пожара.', 0, 5),
 ('uk', 'Троє мешканців отримали переломи внаслідок обстрілу.', 0, 3),
 ('uk', 'Двоє бійців отримали опіки.', 0, 2),
 ('en', 'Ten people were wounded in the attack; four of them underwent surgery.', 0, 10),
]

AFTER = [  # written after the mends, in other words
 ('en', 'Three of the wounded were still undergoing surgery late on Sunday, doctors said.', 0, 3),
 ('en', 'A farmer lost both legs when his tractor hit a landmine.', 0, 1),
 ('en', 'Two girls lost their sight after acid was thrown at them.', 0, 2),
 ('en', 'Police said six demonstrators suffered broken bones during the clashes.', 0, 6),
 ('en', 'Firefighters carried four children with burns out of the building.', 0, 4),
 ('en', 'A policeman was blinded by a firework thrown at the cordon.', 0, 1),
 ('en', 'Eleven people were wounded in the blast; five of the injured later had surgery.', 0, 11),
 ('fr', 'Deux des blessés ont été opérés en urgence, selon le CHU.', 0, 2),
 ('fr', "Un soldat a perdu une jambe dans l'explosion d'un engin.", 0, 1),
 ('fr', 'Cinq manifestants ont été évacués avec des fractures après les heurts.', 0, 5),
 ('fr', 'Trois enfants ont été amputés après le bombardement du village.', 0, 3),
 ('es', 'Tres de los heridos fueron operados de urgencia, según el hospital.', 0, 3),
 ('es', 'Un soldado perdió ambas piernas al pisar una mina.', 0, 1),
 ('es', 'Dos menores perdieron la vista por el impacto de perdigones.', 0, 2),
 ('es', 'Cuatro mineros fueron sacados del túnel con fracturas.', 0, 4),
 ('ru', 'Трое раненых были прооперированы ночью.', 0, 3),
 ('ru', 'Военный лишился ноги при подрыве на мине.', 0, 1),
 ('ru', 'Пятеро горняков получили переломы при обрушении.', 0, 5),
 ('ru', 'Двое детей лишились зрения после взрыва.', 0, 2),
 ('uk', 'Двоє поранених прооперовані, повідомили в лікарні.', 0, 2),
 ('uk', 'Четверо рятувальників отримали переломи.', 0, 4),
]

GUARDS = [  # held before and after: a side's or a team's loss, the wounds of the dead, a verb that tells
    # its own outcome, "operate" as a force does
 ('en', 'The dead had gunshot wounds to the head, police said.', 0, 0),
 ('en', 'The party lost two seats in the election.', 0, 0),
 ('en', 'The team lost three matches in a row.', 0, 0),
 ('en', 'Twelve people were wounded. Four of them had surgery on Monday.', 0, 12),
 ('en', 'The company suffered losses of 20 million dollars.', 0, 0),
 ('fr', 'Le parti a perdu deux sièges aux élections.', 0, 0),
 ('es', 'El equipo perdió tres partidos seguidos.', 0, 0),
 ('ru', 'Команда лишилась трёх очков.', 0, 0),
 ('en', 'The army lost two tanks and a helicopter in the battle.', 0, 0),
 ('en', 'The mayor lost his seat in the vote.', 0, 0),
 ('en', 'Ukraine lost the match in extra time.', 0, 0),
 ('en', 'Doctors said the dead had broken bones and burns.', 0, 0),
 ('en', 'Four of the dead were children.', 4, 0),
 ('en', 'Two of the injured died in hospital overnight.', 2, 0),
 ('en', 'The rebels operate in the north, where the army lost four soldiers last week.', 4, 0),
 ('es', 'Las fuerzas armadas operan en la zona desde marzo.', 0, 0),
 ('fr', "L'armée opère dans la région depuis trois ans.", 0, 0),
]

KILLED = [  # a probe of 35 wire lines on the dead, written before their mends: 31 read right; mended: "None of the
    # 12 passengers ... survived" (a negator subject's counted group), "left the commander and three of his bodyguards
    # dead" (the state parsed with the last member as its subject, joined to "left": the list's one state)
 ('en', 'Gunmen on motorbikes shot dead the village head and his deputy on Tuesday.', 2, 0),
 ('en', 'The ambush left the commander and three of his bodyguards dead.', 4, 0),
 ('en', 'An airstrike wiped out a family of seven in the northern town.', 7, 0),
 ('en', 'Both pilots died when the helicopter came down near the front line.', 2, 0),
 ('en', 'None of the 12 passengers on the bus survived the attack.', 12, 0),
 ('en', 'The shelling claimed 11 lives, among them four children.', 11, 0),
 ('en', 'A dozen worshippers were gunned down as they left the mosque.', 12, 0),
 ('en', 'Militants beheaded two farmers and a shepherd, local officials said.', 3, 0),
 ('en', 'The bodies of five abducted miners were found in a shallow grave.', 5, 0),
 ('en', 'A suicide bomber blew himself up at a checkpoint, killing six soldiers and wounding nine.', 6, 9),
 ('en', 'At least two dozen people were killed when a car bomb exploded outside a bank.', 24, 0),
 ('en', 'Security forces killed 14 militants in a raid, losing two of their own.', 16, 0),
 ('en', 'The attack killed a nurse, her husband and their three-year-old daughter.', 3, 0),
 ('en', 'Three people died and 40 were hurt when a grenade was thrown into the crowd.', 3, 40),
 ('en', 'A mortar round struck a school, killing a teacher and injuring eleven pupils.', 1, 11),
 ('en', "The toll from the weekend's fighting has risen to 31 dead and 70 wounded.", 31, 70),
 ('en', 'Among the dead were two journalists and a local translator.', 3, 0),
 ('en', 'Eight civilians lost their lives in the crossfire, the UN mission said.', 8, 0),
 ('en', 'Two Red Cross workers were shot and killed on the road to the camp.', 2, 0),
 ('en', 'A roadside bomb tore through a minibus, killing all nine people on board.', 9, 0),
 ('fr', 'Des hommes armés ont abattu le maire du village et son adjoint mardi.', 2, 0),
 ('fr', "L'embuscade a coûté la vie à six soldats, selon l'état-major.", 6, 0),
 ('fr', "Au moins une vingtaine de civils ont péri dans l'attaque.", 20, 0),
 ('fr', "L'explosion a fait trois morts et une quarantaine de blessés.", 3, 40),
 ('es', 'Hombres armados asesinaron al alcalde del pueblo y a su escolta.', 2, 0),
 ('es', 'La emboscada dejó seis militares muertos y nueve heridos.', 6, 9),
 ('es', 'Una docena de fieles fueron acribillados a la salida de la iglesia.', 12, 0),
 ('es', 'El ataque se cobró la vida de once civiles, entre ellos cuatro niños.', 11, 0),
 ('es', 'Dos trabajadores humanitarios murieron cuando su vehículo pisó una mina.', 2, 0),
 ('ru', 'Боевики расстреляли главу села и его заместителя.', 2, 0),
 ('ru', 'В результате удара погибла семья из семи человек.', 7, 0),
 ('ru', 'Жертвами обстрела стали шесть мирных жителей, ещё девять ранены.', 6, 9),
 ('ru', 'Оба пилота погибли при крушении вертолёта.', 2, 0),
 ('ru', 'Никто из 12 пассажиров автобуса не выжил.', 12, 0),
]

KILLED_AFTER = [  # written after those mends
 ('en', 'None of the eight crew members survived the crash of the transport plane.', 8, 0),
 ('es', 'Ninguno de los 14 pasajeros sobrevivió al ataque.', 14, 0),
 ('fr', "Aucun des neuf soldats n'a survécu à l'embuscade.", 9, 0),
 ('uk', 'Ніхто з 15 пасажирів не вижив.', 15, 0),
 ('en', 'The attack left a police officer and two of his colleagues dead.', 3, 0),
 ('en', 'The bombing left the mayor, his driver and four bodyguards dead.', 6, 0),
 ('en', 'The raid left a woman and her two sons wounded.', 0, 3),
]

KILLED_GUARDS = [
 ('en', 'None of the 40 passengers was hurt, officials said.', 0, 0),
 ('en', 'All 12 passengers survived the crash.', 0, 0),
 ('en', 'None of the soldiers survived.', 0, 0),
 ('en', 'The storm left the village and two roads flooded.', 0, 0),
]

AGENCY = [  # a probe of 20 agency summaries (dated within the report's week), written before: 16 read as written; of
    # the four others three read by the project's conventions (not kept: "injuring dozens" is 24-99, best 61; the
    # bomber "killing himself" and a shooter's "himself" are the attacker, in the high only), and "a grenade thrown
    # into a bar injured 14 customers, one of whom later died" read no hurt (the counted object joined to the bar):
    # mended, it reads as round 10's "wounding 15 passengers, three of whom later died" (3, 12) does: 1 dead, 13 hurt
 ('en', 'On 2 September, a grenade thrown into a bar injured 14 customers, one of whom later died.', 1, 13),
 ('en', 'On 2 September, suspected ADF militants attacked Kasindi village, killing 17 civilians and abducting several others.', 17, 0),
 ('en', 'On 3 September, a landmine planted by JNIM exploded under a military vehicle near Djibo, killing four soldiers.', 4, 0),
 ('en', 'Around 4 September, unidentified armed men shot and killed a trader and his apprentice on the road to Mopti.', 2, 0),
 ('en', 'On 5 September, Al Shabaab fighters ambushed a convoy of the Jubaland forces, killing an officer and wounding three soldiers.', 1, 3),
 ('en', 'On 6 September, Fulani militiamen raided a farming settlement, killing a woman and her infant.', 2, 0),
 ('en', 'On 8 September, an IED struck a bus carrying workers, killing 8 and injuring 12. No group claimed responsibility.', 8, 12),
 ('en', 'On 9 September, a drone strike hit a wedding party in the district, reportedly killing a dozen guests.', 12, 0),
 ('en', 'On 10 September, clashes between two clans over grazing land left seven people dead.', 7, 0),
 ('en', 'On 11 September, the army claimed to have killed 40 insurgents in air strikes; the figure could not be verified.', 40, 0),
 ('en', 'On 12 September, gunmen stormed a church during the Sunday service and killed the pastor and two worshippers.', 3, 0),
 ('en', 'On 14 September, two children were killed when a mortar shell landed on their house.', 2, 0),
 ('en', 'On 16 September, security forces clashed with bandits in the forest; 9 bandits and 2 soldiers were killed.', 11, 0),
 ('en', 'On 17 September, the bodies of three abducted farmers were discovered near the village, bearing gunshot wounds.', 3, 0),
 ('en', 'On 1 September, militants executed a local chief they accused of collaborating with the army.', 1, 0),
 ('en', 'On 3 September, an attack on a displacement camp killed at least 20 people, mostly women and children.', 20, 0),
 ('en', 'On 4 September, rebels shelled the town, killing a man; 6 others were wounded.', 1, 6),
]

AGENCY_AFTER = [  # written after, in other words: a device "fired at", "hidden in", "parked outside" a place
 ('en', 'A rocket fired at a checkpoint wounded 9 soldiers, two of them seriously.', 0, 9),
 ('en', 'A bomb hidden in a market stall killed 6 shoppers on Friday.', 6, 0),
 ('en', 'A shell fired into a school injured 17 pupils, the governor said.', 0, 17),
 ('en', 'A grenade tossed into a crowded cafe wounded 21 patrons.', 0, 21),
 ('en', 'A car bomb parked outside a hotel killed 12 guests and a doorman.', 13, 0),
 ('en', 'A drone launched at a bus station killed 3 travellers and injured 8 others.', 3, 8),
]

UPDATES = [  # written before their mends, from a probe of 17 reports of our own in English, French, Spanish and Russian
    # (16 read right): "число погибших возросло до девяти, ещё 15 раненых получают ..." read 6 dead and none hurt (the
    # update's number hung as the count of the next clause's verb: parsed.counts_hung_on_the_next_verb; and "ще 15"
    # left on the verb, its addition word on it: parsed.numbers_on_the_verb)
 ('ru', 'Число раненых увеличилось до 40, двое из них находятся в тяжёлом состоянии.', 0, 40),
 ('uk', 'Кількість загиблих зросла до семи, ще 12 поранених перебувають у лікарні.', 7, 12),
 ('ru', 'Число погибших выросло до 14, ещё восемь человек ранены.', 14, 8),
 ('ru', 'Позднее число погибших возросло до девяти, ещё 15 раненых получают медицинскую помощь.', 9, 15),
 ('uk', "Згодом кількість загиблих зросла до дев'яти, ще 15 поранених отримують медичну допомогу.", 9, 15),
]

UPDATES_AFTER = [  # written after
 ('ru', 'По последним данным, число пострадавших возросло до 31, ещё семь человек погибли.', 7, 31),
 ('uk', 'Кількість поранених зросла до 25, ще троє людей загинули.', 3, 25),
 ('uk', 'Ще 8 поранених перебувають у лікарні, повідомили медики.', 0, 8),
 ('ru', 'Ещё 12 пострадавших обратились за медицинской помощью.', 0, 12),
 ('ru', 'Число погибших увеличилось до 11, ещё 20 раненых находятся в больницах.', 11, 20),
]

PRESS = [  # a probe of 20 Spanish and French press lines, written before: 18 read right and are kept; of the others,
    # "42 personnes ont perdu la vie depuis le début des violences" reads none as the project means it to (a running
    # total since a start is not the event's toll), and "son ya 14 los cadáveres recuperados" is a gap (below)
 ('es', 'Dos presuntos sicarios fueron ultimados por la Policía durante un enfrentamiento en la vía a Jamundí.', 2, 0),
 ('es', 'En el hecho perdieron la vida un patrullero y un civil que pasaba por el lugar.', 2, 0),
 ('es', 'Cuatro integrantes de una misma familia murieron calcinados tras el ataque a su vivienda.', 4, 0),
 ('es', 'Tres disidentes de las FARC cayeron abatidos en combates con el Ejército en el Guaviare.', 3, 0),
 ('es', 'Los cuerpos sin vida de cinco jóvenes fueron hallados en una fosa en las afueras de la ciudad.', 5, 0),
 ('es', 'El ataque con drones dejó como saldo dos soldados muertos y siete lesionados.', 2, 7),
 ('es', 'Un menor de edad resultó herido de gravedad por una bala perdida.', 0, 1),
 ('es', 'Al menos una decena de policías quedaron heridos durante los disturbios de la noche del viernes.', 0, 10),
 ('es', 'La explosión de un coche bomba frente a la estación causó la muerte de seis personas y heridas a otras 25.', 6, 25),
 ('fr', 'Deux militaires ont trouvé la mort lorsque leur véhicule a sauté sur un engin explosif.', 2, 0),
 ('fr', "Le corps sans vie d'un otage a été retrouvé dimanche près de la frontière.", 1, 0),
 ('fr', 'Une trentaine de personnes ont été blessées, dont cinq grièvement, lors des affrontements.', 0, 30),
 ('fr', "L'attaque a fait un mort et six blessés parmi les forces de sécurité, selon un bilan provisoire.", 1, 6),
 ('fr', "Quatre civils, dont deux enfants, ont succombé à leurs blessures à l'hôpital.", 4, 0),
 ('fr', 'Huit assaillants ont été neutralisés par les forces spéciales, a affirmé le ministère.', 8, 0),
 ('fr', 'Les corps de trois gendarmes enlevés la semaine dernière ont été découverts dans un puits.', 3, 0),
 ('fr', "Le bilan humain de l'attentat est passé à 17 morts, a annoncé le procureur.", 17, 0),
 ('fr', 'Un chauffeur de taxi a été grièvement blessé par balle dans la nuit de samedi à dimanche.', 0, 1),
]

GAPPED = [  # a second clause with its verb or auxiliary left out, written before their mends: 15 lines, 5 missed:
    # "le passager grièvement blessé", "quatre autres évacués vers l'hôpital" (a participle with a subject of its own
    # and no auxiliary after a passive verb is passive: parsed.gapped_passives); "deux autres hospitalisés" (the
    # participle tagged a noun: parsed.participles_tagged_nouns, by the pack's participle_endings); "y tres más
    # heridos" (the count joined to the verb, its state a word later: parsed.states_past_a_listed_count)
 ('fr', 'Le conducteur a été tué, le passager grièvement blessé.', 1, 1),
 ('fr', 'Le conducteur a été tué et son passager blessé.', 1, 1),
 ('fr', 'Deux soldats ont été tués, trois autres blessés.', 2, 3),
 ('fr', 'Un soldat a été tué, deux autres hospitalisés.', 1, 2),
 ('es', 'El conductor murió y su acompañante resultó herido.', 1, 1),
 ('es', 'Dos soldados fueron asesinados y tres más heridos.', 2, 3),
 ('en', 'The driver was killed and his passenger wounded.', 1, 1),
 ('en', 'Two soldiers were killed, three others wounded.', 2, 3),
 ('en', 'One soldier was killed and two others hospitalised.', 1, 2),
 ('es', 'Dos soldados fueron asesinados y tres heridos.', 2, 3),
 ('es', 'Dos soldados murieron y otros tres heridos.', 2, 3),
 ('es', 'Un policía murió y dos más resultaron heridos.', 1, 2),
 ('es', 'Cuatro civiles fueron asesinados y otros dos más heridos en el ataque.', 4, 2),
 ('fr', 'Un soldat a été tué et deux autres hospitalisés.', 1, 2),
 ('fr', "Trois civils ont été tués, quatre autres évacués vers l'hôpital.", 3, 4),
]

GAPPED_AFTER = [  # written after (four of 17 missed: "trois autres transportés", "two others taken to hospital" with
    # "taken" made the head of the passive clause before it, mended in the same repairs; "deux autres soignés à
    # l'hôpital" with the hospital hung on the first verb, now read right after the verb (grammar._to_hospital);
    # "five others rushed to hospital", "rushed" tagged a finite verb, a gap)
 ('fr', 'Cinq policiers ont été tués, six autres blessés par balle.', 5, 6),
 ('fr', "Deux enfants ont été tués, trois autres transportés à l'hôpital.", 2, 3),
 ('fr', 'Un gendarme a été tué, deux autres évacués vers un hôpital militaire.', 1, 2),
 ('es', 'Cuatro policías fueron asesinados y dos más heridos durante la emboscada.', 4, 2),
 ('es', 'Tres civiles murieron y cinco más heridos en el bombardeo.', 3, 5),
 ('es', 'Un militar fue asesinado y otros dos más lesionados.', 1, 2),
 ('ru', 'Двое военных убиты, трое госпитализированы.', 2, 3),
 ('en', 'Three policemen were killed, two others taken to hospital.', 3, 2),
 ('fr', 'Trois suspects ont été arrêtés, deux autres recherchés.', 0, 0),
 ('es', 'Dos hombres fueron detenidos y tres más interrogados.', 0, 0),
 ('fr', 'Quatre policiers ont été tués, deux autres hospitalisés dans un état grave.', 4, 2),
 ('fr', "Un soldat a été tué, deux autres soignés à l'hôpital de Gao.", 1, 2),
 ('es', 'Dos policías fueron asesinados y cuatro más heridos en Tumaco.', 2, 4),
 ('en', 'A policeman was killed and three colleagues taken to hospital.', 1, 3),
 ('fr', 'Trois suspects ont été arrêtés, deux autres interpellés.', 0, 0),
 ('en', 'Two men were arrested, three others questioned.', 0, 0),
]

HELD = [  # news lines of the dead and the hurt in Russian, Ukrainian, Spanish and French, written before they ran:
    # all 40 read right; kept so that they stay so
 ('ru', 'В результате обстрела погибли три мирных жителя, ещё пятеро получили ранения, сообщил глава администрации.', 3, 5),
 ('ru', 'Жертвами теракта стали 12 человек, более 30 пострадали.', 12, 30),
 ('ru', 'При взрыве на рынке погиб один человек, ранены семеро.', 1, 7),
 ('ru', 'Двое военнослужащих погибли, трое получили ранения различной степени тяжести.', 2, 3),
 ('ru', 'Боевики убили пятерых полицейских и ранили двоих.', 5, 2),
 ('ru', 'В результате атаки беспилотника погибла женщина, её муж госпитализирован.', 1, 1),
 ('ru', 'Число жертв нападения на школу достигло 15 человек, среди них 11 детей.', 15, 0),
 ('ru', 'На месте происшествия обнаружены тела четырёх человек.', 4, 0),
 ('ru', 'Погибшими числятся восемь человек, судьба ещё троих неизвестна.', 8, 0),
 ('ru', 'Сотрудник ДПС скончался в больнице от полученных ранений.', 1, 0),
 ('ru', 'Ранее сообщалось о шести погибших.', 6, 0),
 ('ru', 'Пострадали 17 человек, из них шестеро — дети.', 0, 17),
 ('ru', 'Силовики ликвидировали двух боевиков, ещё один задержан.', 2, 0),
 ('ru', 'Вертолёт был сбит, оба члена экипажа погибли.', 2, 0),
 ('ru', 'Под завалами погибли девять человек, 24 спасены.', 9, 0),
 ('uk', 'Внаслідок ракетного удару загинули четверо людей, ще 12 поранені.', 4, 12),
 ('uk', 'Окупанти вбили двох цивільних та поранили ще трьох.', 2, 3),
 ('uk', 'Загинула 62-річна жінка, її чоловік отримав поранення.', 1, 1),
 ('uk', 'Кількість жертв атаки зросла до 11 осіб.', 11, 0),
 ('uk', 'Під час обстрілу поранено двох дітей.', 0, 2),
 ('es', 'Cinco militares murieron y otros ocho resultaron heridos en un ataque con explosivos en el Catatumbo.', 5, 8),
 ('es', 'Un policía fue asesinado a tiros cuando se dirigía a su casa, informaron fuentes oficiales.', 1, 0),
 ('es', 'La masacre dejó cuatro personas muertas, entre ellas dos menores de edad.', 4, 0),
 ('es', 'Las autoridades confirmaron el hallazgo de tres cuerpos con signos de tortura.', 3, 0),
 ('es', 'El ataque armado contra un bar dejó un saldo de siete muertos y tres heridos.', 7, 3),
 ('es', 'Murieron el conductor y su acompañante, mientras que un tercer ocupante quedó herido.', 2, 1),
 ('es', 'Un soldado perdió la vida y dos más resultaron lesionados al activarse un artefacto explosivo.', 1, 2),
 ('es', 'Hombres armados irrumpieron en una vivienda y ejecutaron a un hombre y a su hijo de 15 años.', 2, 0),
 ('es', 'La cifra de víctimas mortales del ataque se elevó a 21, informó la Fiscalía.', 21, 0),
 ('es', 'Tres personas resultaron heridas por esquirlas tras la explosión de una granada.', 0, 3),
 ('es', 'Fueron asesinados dos líderes sociales en el sur del país durante el fin de semana.', 2, 0),
 ('es', 'En el enfrentamiento cayeron abatidos cuatro presuntos integrantes del Clan del Golfo.', 4, 0),
 ('es', 'Una mujer murió y su bebé quedó gravemente herido tras ser alcanzados por disparos.', 1, 1),
 ('es', 'Al menos 30 personas han muerto en los enfrentamientos, según la Cruz Roja.', 30, 0),
 ('es', 'Los tres ocupantes del vehículo fallecieron en el acto.', 3, 0),
 ('fr', "Cinq soldats ont été tués et huit blessés dans une attaque à l'engin explosif dans le centre du pays.", 5, 8),
 ('fr', "Un policier a été abattu alors qu'il rentrait chez lui, selon des sources officielles.", 1, 0),
 ('fr', 'Le conducteur et son passager ont péri, un troisième occupant a été blessé.', 2, 1),
 ('fr', 'Des hommes armés ont fait irruption dans une maison et ont exécuté un homme et son fils de 15 ans.', 2, 0),
 ('fr', 'Au moins 30 personnes ont trouvé la mort dans les affrontements, selon la Croix-Rouge.', 30, 0),
]

ADJECTIVE_CLOSED = [  # a gap until the round's end: "Військовий" tagged an adjective, labelled a modifier of the verb,
    # which had no subject (parsed.adjectives_as_subjects); and lines written after that mend
 ('uk', 'Військовий втратив ногу внаслідок підриву на міні.', 0, 1),
 ('uk', 'Цивільний загинув під час обстрілу.', 1, 0),
 ('ru', 'Пострадавший госпитализирован.', 0, 1),
 ('uk', 'Мирний житель загинув, ще один поранений.', 1, 1),
]

GAPS = [
    # (in order: "left with shrapnel", no injury noun; "rescatadas de los escombros" parsed with the rubble
    # as the object, the fractures hung on it; "Eight of the injured needed surgery" parsed as one noun phrase
    # ("the injured needed surgery"); "décimer" no verb of
    # death (it may tell heavy losses, not all dead); "trapped underground after the attack survived" parsed as a
    # clause of the attack; "son ya 14 los cadáveres recuperados": a number said of bodies found, not of the dead,
    # counts nothing; "five others rushed to hospital": "rushed" tagged a finite verb, which may be active)
 ('en', 'Three men were left with shrapnel in their legs after the shelling.', 0, 3),
 ('es', 'Seis personas fueron rescatadas de los escombros con fracturas en las piernas.', 0, 6),
 ('en', 'Eight of the injured needed surgery, the health ministry said.', 0, 8),
 ('fr', 'Une frappe aérienne a décimé une famille de sept personnes.', 7, 0),
 ('en', 'None of the 23 miners trapped underground after the attack survived, the company said.', 23, 0),
 ('es', 'Según Medicina Legal, son ya 14 los cadáveres recuperados tras la masacre.', 14, 0),
 ('en', 'Two soldiers were killed, five others rushed to hospital.', 2, 5),
]

REPORTS = [  # (language, published, title, text, killed, injured)
 ('en', '2022-09-18', 'Landmine hits minibus',
  'A landmine exploded under a minibus near a border village on Sunday, killing two passengers, the district '
  'governor said. Four of the injured, among them a child who lost a leg, were flown to the capital for surgery.', 2, 4),
 ('ru', '2022-09-18', 'Обстрел рынка',  # the report whose second sentence the UPDATES mend
  'В субботу боевики открыли огонь по многолюдному рынку, погибли по меньшей мере шесть человек, сообщила полиция. '
  'Позднее в больнице сообщили, что число погибших возросло до девяти, ещё 15 раненых получают медицинскую помощь.', 9, 15),
 ('es', '2022-09-18', 'Explosivo contra patrulla en el Cauca',
  'Un artefacto explosivo estalló el sábado al paso de una patrulla en el Cauca. Dos soldados perdieron las '
  'piernas y otros tres sufrieron fracturas, informó el Ejército.', 0, 5),
]

test_line_in_its_language, test_known_gaps = summary_tests(
    LINES + AFTER + GUARDS + KILLED + KILLED_AFTER + KILLED_GUARDS + AGENCY + AGENCY_AFTER
    + UPDATES + UPDATES_AFTER + PRESS + GAPPED + GAPPED_AFTER + HELD
    + ADJECTIVE_CLOSED, GAPS)
test_report_with_its_headline_and_date = dated_report_tests(REPORTS)
