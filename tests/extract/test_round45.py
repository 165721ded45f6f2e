"""Sentences and reports of our own (forty-fifth round), with the figures each must give, written
by hand before the mends that meet them ran on them.

Agency-style lines of single incidents in five languages (59), victims named as pairs, families,
crews and "all" of a number (24), dated reports with background figures (14) and two accounts of
the same dead in one report (8): 8 of 105 missed on first run, two by our own expectations:
"On 14 March, suspected jihadists killed a herder ..." gives 0 against the tests' publication date
(2022-09-18: more than two months before it, an earlier episode, the project's rule; the line now
says 14 September), and "Six people were killed ..., police said. Residents put the toll higher, at
11, but that could not be confirmed" gives 11 (two accounts of the same dead: the toll takes the
larger, as part_of._other_accounts and details.earlier_reports do; we had written 6).

Mended: "claimed the lives of two children herding goats" (the parser made the children a modifier
of the goats: 0, now 2); "Human rights groups said four protesters were shot dead; the police said
only two died" and the same in Spanish and Russian (a reporting verb or "según"/"по данным" across a
semicolon reported the other clause's figure, so the two accounts had one source and were summed:
6, now 4; 10, now 7; 16, now 10); "The couple were shot dead" (a noun that names two people, pack key
`pair_nouns`: 0, now 2; "Le couple", "La pareja" too); "l'armée a de son côté évoqué un bilan de quatre
morts" (a French compound tense split by a short insert: the reporting verb not found, so the second
account took the first's source and replaced it: 4, now 9; sides key `verb_inserts`).

Second batch, written after those mends: 36 more agency-style lines in five languages, one missed on
first run: "Government forces said they had repelled the assault, killing 31 rebels, while losing
four of their own" (the loss verb's side found only one clause up; now up to three adverbial clauses,
and a pronoun subject in what a speaker said stands for the speaker: 31, now 35). Third batch:
detained, kidnapped, missing and displaced in ISAF's manner and in four other languages (24 lines),
one missed: "About 2,000 residents fled their homes" (no displacement verb; a gap, closed in round 46). Fourth batch: 16
long wire sentences of several clauses in five languages, five missed on first run, one by our own
expectation ("... killing one woman and seriously injuring two others before officers shot and
wounded him" gives 2 hurt: the attacker of civilians counts in the high only, CONTRACT.md; we had
written 3). Mended: "Two members of the security forces and three attackers were killed when gunmen
stormed a checkpoint" (a noun of membership counts the group its partitive names, pack key
`member_nouns`, and "forces" is a state forces word: a fight, both sides count, 2, now 5); "the
bodies of 9 people, among them a woman and a child" (a conjunct of a part with an indefinite article
is a part too: 10, now 9); "lo que dejó un saldo de ocho personas muertas y al menos cinco
lesionadas" (a counted conjunct hung on the toll noun: 0, now 5 hurt); "ще шестеро, серед яких
дитина, отримали поранення" (the relative "серед яких", "среди которых" opens a breakdown aside:
0, now 6 hurt). SAME_KINDS tries those mends in other words; two strict gaps of earlier rounds closed
by them (round 29's "Clashes in Sweida left 8 members of the security forces and 5 local gunmen dead",
round 14's "12 мирных жителей, среди которых пятеро детей, стали жертвами авиаудара"). Fifth batch:
ten wire items in capitals, one missed: "[TEXT] UNIDENTIFIED INDIVIDUALS KIDNAPPED AND LATER MURDERED A
PEASANT LEADER WHOSE BODY WAS FOUND ..." (2, now 1: an all-capitals note opening the sentence is
blanked, as a dateline is, else the parser reads "individuals kidnapped" as victims; "whose" is a
relative pronoun, its body no second victim). Sixth batch: 20 lines of the kinds agencies file daily,
one missed: "An explosion at an army depot killed a conscript and injured seven others" (the parser
read "a conscript and injured seven others" as one phrase, "conscript" its adjective: parse repair
`verbs_joined_to_a_modifier`, 0, now 1 killed; "Gunmen killed a local and wounded three others" added
after, to try it). Seventh batch, at the round's end: 22 lines of attackers, parts, later deaths and
two accounts, all read as written first.
"""
from .helpers import category_tests, dated_report_tests, summary_tests

# agency-style lines of single incidents in five languages
AGENCY_LINES = [
 ('en', 'On 14 September, suspected jihadists killed a herder and his brother near Djibo.', 2, 0),
 ('en', 'Unidentified gunmen shot dead a local councillor outside his home in Kaduna on Tuesday.', 1, 0),
 ('en', 'A suicide bomber blew himself up at a checkpoint, killing three soldiers and a civilian.', 4, 0),
 ('en', 'Security forces killed 11 militants during a raid on a hideout in North Waziristan, the military said.', 11, 0),
 ('en', 'The bodies of five men were found dumped on a roadside in Zacatecas.', 5, 0),
 ('en', 'A landmine explosion claimed the lives of two children herding goats.', 2, 0),
 ('en', 'At least 20 people, most of them women, were wounded when a grenade was thrown into a market.', 0, 20),
 ('en', 'Clashes between two clans left nine dead and 14 wounded.', 9, 14),
 ('en', 'A drone strike on a vehicle killed its four occupants.', 4, 0),
 ('en', 'Police said the attackers killed a teacher, two of his pupils and a security guard before fleeing.', 4, 0),
 ('en', 'Eight people died after their bus hit an explosive device.', 8, 0),
 ('en', 'Two peacekeepers were seriously hurt when their convoy came under fire.', 0, 2),
 ('en', 'The attack left one police officer dead and another injured.', 1, 1),
 ('en', 'Nineteen civilians, including seven children, were killed in airstrikes on the town.', 19, 0),
 ('en', "The death toll from Saturday's bombing has risen to 31.", 31, 0),
 ('en', 'Gunmen opened fire on worshippers, killing a dozen.', 12, 0),
 ('en', 'A roadside bomb killed a district chief and his driver in Helmand.', 2, 0),
 ('en', 'Gunmen on motorbikes killed the village head, his wife and their three children.', 5, 0),
 ('en', 'A total of 47 insurgents were neutralised in the operation, the army claimed.', 47, 0),
 ('en', 'Rebels ambushed an army patrol, killing a lieutenant and five soldiers.', 6, 0),
 ('en', 'The explosion wounded 23 people, four of them seriously.', 0, 23),
 ('en', 'Police found the decapitated body of a man near the highway.', 1, 0),
 ('en', 'Twin blasts in the capital killed 15 and wounded dozens.', 15, 61),
 ('en', 'A soldier was killed and two others were wounded in an attack on their post.', 1, 2),
 ('en', "Militants stormed a girls' school, killing the headmistress and abducting eleven pupils.", 1, 0),
 ('en', 'Three farmers lost their lives when armed herders raided their settlement overnight.', 3, 0),
 ('en', 'An improvised explosive device struck a minibus, leaving seven passengers dead.', 7, 0),
 ('en', 'The army said its troops had eliminated 23 terrorists and lost two soldiers in the fighting.', 25, 0),
 ('en', 'A mob lynched two men accused of theft in the market town.', 2, 0),
 ('en', 'A grenade attack on a bar injured six customers and a waiter.', 0, 7),
 ('en', 'Six worshippers were killed and eight others hurt when gunmen attacked a church during Sunday mass.', 6, 8),
 ('en', 'Kidnappers killed one of the hostages after the ransom deadline passed.', 1, 0),
 ('en', 'A sniper killed a Kurdish fighter on the front line west of the city.', 1, 0),
 ('en', 'Two bodies bearing gunshot wounds were recovered from a river.', 2, 0),
 ('en', 'Fighting between the army and rebels has killed at least 40 combatants since Friday, a military source said.', 40, 0),
 ('en', 'The shelling killed a mother and her two daughters and wounded her husband.', 3, 1),
 ('fr', "Deux soldats ont été tués et quatre autres blessés lors d'une embuscade dans le nord du Mali.", 2, 4),
 ('fr', 'Des hommes armés ont abattu un chef de village et son fils à Djibo.', 2, 0),
 ('fr', "L'explosion d'un engin artisanal a coûté la vie à trois civils.", 3, 0),
 ('fr', "Le bilan de l'attaque s'est alourdi à 17 morts, selon une source sécuritaire.", 17, 0),
 ('fr', 'Au moins huit personnes ont été blessées par balle lors de la manifestation.', 0, 8),
 ('fr', "Un casque bleu a été tué et trois autres grièvement blessés par l'explosion d'une mine.", 1, 3),
 ('fr', 'Des jihadistes présumés ont tué cinq fidèles dans une mosquée du village.', 5, 0),
 ('fr', "Les corps de six hommes ont été retrouvés au bord d'une route près de Kaya.", 6, 0),
 ('es', 'Un comando armado asesinó a tres integrantes de una familia en Guanajuato.', 3, 0),
 ('es', 'Dos militares murieron y otros tres resultaron heridos tras la explosión de una mina.', 2, 3),
 ('es', 'Hallan los cuerpos sin vida de cuatro jóvenes en una fosa clandestina.', 4, 0),
 ('es', 'Un líder social fue asesinado a tiros en el Cauca, informó la Defensoría.', 1, 0),
 ('es', 'La cifra de fallecidos por el ataque ascendió a nueve.', 9, 0),
 ('es', 'Hombres armados mataron a un policía y a su hijo frente a su domicilio.', 2, 0),
 ('es', 'Cinco personas resultaron lesionadas tras una balacera en un bar.', 0, 5),
 ('ru', 'В результате атаки беспилотника погибли два мирных жителя, ещё трое получили ранения.', 2, 3),
 ('ru', 'Боевики убили трёх полицейских на блокпосту.', 3, 0),
 ('ru', 'При обстреле ранены пятеро детей.', 0, 5),
 ('ru', 'Число погибших возросло до 14 человек.', 14, 0),
 ('ru', 'Неизвестные застрелили главу сельской администрации и его водителя.', 2, 0),
 ('uk', "Внаслідок обстрілу загинули двоє цивільних, ще п'ятеро отримали поранення.", 2, 5),
 ('uk', 'Російський дрон атакував автомобіль, загинув водій.', 1, 0),
 ('uk', 'Унаслідок ракетного удару по місту поранено 12 людей, серед них троє дітей.', 0, 12),
]

# victims named as pairs, families, crews and all of a number
PAIRS_AND_FAMILIES = [
 ('en', 'A family of six was killed when a shell hit their home in the village.', 6, 0),
 ('en', 'The couple were shot dead in their car at a checkpoint.', 2, 0),
 ('en', 'Both pilots were killed when the helicopter was shot down.', 2, 0),
 ('en', 'All four people on board the vehicle died in the explosion.', 4, 0),
 ('en', 'A father and his son were killed by a stray bullet.', 2, 0),
 ('en', 'Gunmen killed twin brothers aged 19 outside a mosque.', 2, 0),
 ('en', 'The strike killed all 12 crew members of the boat.', 12, 0),
 ('en', 'Fighters executed a man and his three sons in front of their neighbours.', 4, 0),
 ('en', 'A five-year-old boy was among three people killed by the mortar round.', 3, 0),
 ('en', 'A pregnant woman and her unborn child died after the attack.', 2, 0),
 ('en', 'Two teenagers, aged 15 and 17, were shot dead by security forces.', 2, 0),
 ('en', 'Security forces shot dead a man they said was a suicide bomber.', 1, 0),
 ('en', 'The attack killed a married couple and their driver.', 3, 0),
 ('en', 'Eleven members of the same family were killed in the airstrike.', 11, 0),
 ('en', 'A police officer and three civilians were hurt in the blast.', 0, 4),
 ('en', 'The gunmen killed both guards at the gate and wounded a visitor.', 2, 1),
 ('fr', 'Un couple a été tué par balles à son domicile.', 2, 0),
 ('fr', 'Une famille de cinq personnes a péri dans le bombardement de sa maison.', 5, 0),
 ('fr', "Les deux pilotes ont été tués dans le crash de l'hélicoptère abattu.", 2, 0),
 ('es', 'Una pareja fue asesinada a balazos dentro de su vehículo.', 2, 0),
 ('es', 'Padre e hijo murieron tras ser atacados a tiros en su rancho.', 2, 0),
 ('ru', 'Погибла семья из четырёх человек.', 4, 0),
 ('ru', 'Оба пилота погибли при крушении вертолёта.', 2, 0),
]

# left as gaps: each still misses (strict)
PAIR_GAPS = [
 ('uk', 'Загинуло подружжя, ще троє людей поранені.', 2, 3),
]

# dated reports with background figures
DATED_REPORTS = [
 ('en', '2024-05-06', 'Seven killed in attack on Kaduna village', 'Gunmen attacked the village of Kurmin Masara in Kaduna State on Sunday night, killing seven residents and wounding 12, a local official said. Among the dead were a retired teacher and his two grandsons. The same community lost 22 people in a raid in 2021.', 7, 12),
 ('en', '2024-05-06', 'Blast hits army convoy', 'A roadside bomb struck a military convoy near Gao on Monday, killing five soldiers. Four more died later in hospital, the army said in a statement, bringing the toll to nine.', 9, None),
 ('en', '2024-05-06', 'Car bomb in Mogadishu', 'A car bomb exploded outside a busy restaurant in Mogadishu on Sunday evening. Police said 14 people were killed and about 30 were wounded. Al-Shabaab, which has carried out hundreds of such attacks, claimed responsibility.', 14, 30),
 ('en', '2024-05-06', 'Protesters shot in Nairobi', 'Police opened fire on demonstrators in Nairobi on Saturday. Human rights groups said four protesters were shot dead; the police said only two died. Officers arrested 41 people.', 4, None),
 ('en', '2024-05-06', 'Aid workers killed', 'Three aid workers were killed when their marked vehicle was hit by an airstrike on Saturday, their organisation said. They were the first staff members it had lost in the conflict.', 3, None),
 ('en', '2024-05-06', 'Mine collapse after attack', 'Eleven miners died after armed men attacked an artisanal gold site in the north of the country on Friday. Last year, more than 60 miners were killed in a similar raid in the same province.', 11, None),
 ('en', '2024-05-06', 'Grenade thrown at bus stop', 'Two people died and five were hurt when an unknown assailant threw a grenade at a crowded bus stop in the border town on Saturday. The wounded, three of them children, were taken to the regional hospital.', 2, 5),
 ('en', '2024-05-06', 'Death toll rises', "The number of people killed in Thursday's attack on a displacement camp has risen to 17, local authorities said on Sunday. Earlier reports put the toll at 12.", 17, None),
 ('fr', '2024-05-06', 'Six civils tués dans une attaque au Burkina', "Six civils ont été tués et trois autres blessés samedi lors d'une attaque d'hommes armés contre le village de Gomboro, dans l'ouest du Burkina Faso, a-t-on appris de sources locales. En janvier, une attaque contre le même village avait fait une trentaine de morts.", 6, 3),
 ('fr', '2024-05-06', 'Attaque meurtrière au Mali', "Douze personnes, dont quatre enfants, ont péri dimanche dans l'attaque d'un bus par des hommes armés près de Bandiagara, selon un élu local.", 12, None),
 ('es', '2024-05-06', 'Ataque armado en un palenque', 'Cinco personas murieron y dos más resultaron heridas la noche del sábado cuando un grupo armado disparó contra los asistentes a una pelea de gallos en Michoacán, informó la Fiscalía estatal. Entre las víctimas hay un menor de edad.', 5, 2),
 ('es', '2024-05-06', 'Asesinan a tres policías', 'Tres agentes de la policía municipal fueron asesinados este domingo en una emboscada en la sierra de Guerrero. En lo que va del año, 27 policías han sido asesinados en el estado.', 3, None),
 ('ru', '2024-05-06', 'Обстрел Белгорода', 'В результате обстрела Белгорода в воскресенье погибли четыре человека, ещё семеро ранены, сообщил губернатор области. Среди пострадавших двое детей.', 4, 7),
 ('uk', '2024-05-06', 'Удар по Харкову', 'Унаслідок ракетного удару по Харкову в неділю загинули троє людей, ще восьмеро дістали поранення, повідомив голова обласної військової адміністрації. Серед поранених — дитина.', 3, 8),
]

# two accounts of the same dead in one report
TWO_ACCOUNTS = [
 ('en', '2024-05-06', 'Accounts differ on raid toll', 'Villagers said 12 people were killed when soldiers raided the settlement on Saturday; the army said it had killed three armed bandits and lost no men.', 12, None),
 ('en', '2024-05-06', 'Militants attack police post', 'Militants attacked a police post in the district overnight, killing eight officers, according to a local official. The provincial governor put the number of dead at five.', 8, None),
 ('en', '2024-05-06', 'Strike on market', 'At least 30 people were killed in an airstrike on a market on Sunday, medics said. The military denied targeting civilians and said 10 fighters had died in the strike.', 30, None),
 ('en', '2024-05-06', 'Herders clash with farmers', 'Six people were killed in clashes between herders and farmers, police said. Residents put the toll higher, at 11, but that could not be confirmed.', 11, None),
 ('en', '2024-05-06', 'Bomb at wedding', 'Two guests died and four were injured when a device exploded at a wedding party on Sunday, Amnesty said, citing witnesses.', 2, 4),
 ('es', '2024-05-06', 'Versiones encontradas', 'Siete personas murieron en el enfrentamiento, según vecinos de la comunidad; la policía estatal reportó solo tres fallecidos.', 7, None),
 ('ru', '2024-05-06', 'Разные данные', 'По данным местных жителей, в результате удара погибли десять человек; власти сообщили о шести погибших.', 10, None),
 # closed in this round: a compound tense split by a short insert ('a de son côté évoqué', sides key verb_inserts)
 ('fr', '2024-05-06', 'Bilans divergents', "Neuf personnes ont été tuées dans l'attaque, selon des sources locales ; l'armée a de son côté évoqué un bilan de quatre morts.", 9, None),
]

# a second batch of agency-style lines, written after the first batch's mends
MORE_AGENCY_LINES = [
 ('en', 'The fighting has caused at least 14 fatalities among government troops since Thursday, officials said.', 14, 0),
 ('en', 'Health officials reported 9 deaths and 27 injuries after the shelling of the district.', 9, 27),
 ('en', 'A rocket slammed into a residential block, killing a 70-year-old woman and injuring her grandson.', 1, 1),
 ('en', 'Government forces said they had repelled the assault, killing 31 rebels, while losing four of their own.', 35, 0),
 ('en', 'An attack on a convoy carrying aid left three drivers dead and another missing.', 3, 0),
 ('en', 'The dead included two police officers and a local journalist.', 3, 0),
 ('en', 'Two more bodies were pulled from the rubble on Monday, raising the toll to 23.', 23, 0),
 ('en', 'Another three people succumbed to their wounds overnight.', 3, 0),
 ('en', 'An Israeli strike on a car in southern Lebanon killed two men, the state news agency said.', 2, 0),
 ('en', 'A gunfight between rival cartels in the state of Sonora left 13 people dead.', 13, 0),
 ('en', 'Paramilitaries shot and killed a trade unionist as he left a meeting in the city.', 1, 0),
 ('en', "Pakistani troops killed five terrorists in an intelligence-based operation, the army's media wing said.", 5, 0),
 ('en', 'A bomb hidden in a motorcycle went off near a police station, wounding 11 people, including four officers.', 0, 11),
 ('en', 'Armed men stormed the hotel and took guests hostage; by the time the siege ended, 21 people had been killed.', 21, 0),
 ('en', 'At least a dozen soldiers were wounded when their base came under mortar fire.', 0, 12),
 ('en', 'Separatist fighters shot down an army helicopter, killing all nine people on board.', 9, 0),
 ('en', 'Clashes broke out at a checkpoint, leaving one soldier and two gunmen dead.', 3, 0),
 ('en', 'The militia executed seven men it accused of spying, residents said.', 7, 0),
 ('en', 'Three children were among the 10 people killed in the strike.', 10, 0),
 ('en', 'Assailants hacked to death a family of four in their home in the plateau region.', 4, 0),
 ('en', 'A landmine killed a shepherd and injured his son in the border area.', 1, 1),
 ('en', 'Thirty-two migrants were killed when gunmen opened fire on their truck in the desert.', 32, 0),
 ('en', 'Unknown attackers shot dead the imam of a mosque as he walked home after prayers.', 1, 0),
 ('en', 'Protesters clashed with police, leaving more than 50 people injured, some seriously.', 0, 50),
 ('fr', 'Un enseignant a été abattu par des individus armés non identifiés devant son école.', 1, 0),
 ('fr', "L'attaque a fait au moins sept morts et une vingtaine de blessés, selon un bilan officiel.", 7, 20),
 ('fr', 'Quatre civils ont perdu la vie dans des frappes de drones sur un marché.', 4, 0),
 ('fr', 'Trois militaires ont succombé à leurs blessures, portant le bilan à neuf morts.', 9, 0),
 ('es', 'Un ataque con drones dejó dos soldados muertos y cuatro heridos en el Catatumbo.', 2, 4),
 ('es', 'Asesinaron a balazos a un comerciante dentro de su tienda en el centro de la ciudad.', 1, 0),
 ('es', 'Al menos seis personas perdieron la vida en un enfrentamiento entre grupos criminales.', 6, 0),
 ('ru', 'В результате обстрела погиб мирный житель, ещё двое получили ранения.', 1, 2),
 ('ru', 'Боевики расстреляли пятерых полицейских на посту ДПС.', 5, 0),
 ('ru', 'Двое военнослужащих погибли, трое ранены в результате подрыва на мине.', 2, 3),
 ('uk', 'Через атаку дронів загинула жінка, ще четверо людей зазнали поранень.', 1, 4),
 ('uk', 'Ворог обстріляв село, внаслідок чого загинули двоє чоловіків.', 2, 0),
]

# detained, kidnapped, missing and displaced, in ISAF's manner and in four other languages (one row per category)
OTHER_CATEGORIES = [
 ('en', 'An Afghan and coalition security force detained a Taliban facilitator and two associates during an operation in Nahr-e Saraj district yesterday.', 'detained', 3),
 ('en', 'An Afghan and coalition security force detained a Taliban facilitator and two associates during an operation in Nahr-e Saraj district yesterday.', 'killed', 0),
 ('en', 'The security force arrested several suspected insurgents after they were found hiding weapons in a compound.', 'detained', 3),
 ('en', 'The security force arrested several suspected insurgents after they were found hiding weapons in a compound.', 'killed', 0),
 ('en', 'A combined force captured a Haqqani network leader responsible for kidnappings in Khost province.', 'detained', 1),
 ('en', 'A combined force captured a Haqqani network leader responsible for kidnappings in Khost province.', 'killed', 0),
 ('en', 'During the search, the force detained one suspected insurgent and seized a cache of explosives.', 'detained', 1),
 ('en', 'During the search, the force detained one suspected insurgent and seized a cache of explosives.', 'killed', 0),
 ('en', 'Two individuals were taken into custody for further questioning after initial reporting indicated they were involved in attacks.', 'detained', 2),
 ('en', 'Two individuals were taken into custody for further questioning after initial reporting indicated they were involved in attacks.', 'killed', 0),
 ('en', 'The combined force killed two armed insurgents who fired on the force and detained four others.', 'killed', 2),
 ('en', 'The combined force killed two armed insurgents who fired on the force and detained four others.', 'detained', 4),
 ('en', 'Coalition forces detained a senior Taliban leader and his brother overnight in Helmand.', 'detained', 2),
 ('en', 'Afghan police arrested a would-be suicide bomber before he could reach the crowded bazaar.', 'detained', 1),
 ('en', 'Afghan police arrested a would-be suicide bomber before he could reach the crowded bazaar.', 'killed', 0),
 ('en', 'The force also detained an insurgent who attempted to flee the area.', 'detained', 1),
 ('en', 'Security forces apprehended a dozen suspects following the bombing.', 'detained', 12),
 ('en', 'Three aid workers were abducted by gunmen on the road to Kandahar, officials said.', 'kidnapped', 3),
 ('en', 'Three aid workers were abducted by gunmen on the road to Kandahar, officials said.', 'killed', 0),
 ('en', 'Insurgents kidnapped a district official and his driver on Tuesday.', 'kidnapped', 2),
 ('en', 'Four fishermen have been missing since their boat came under fire near the coast.', 'missing', 4),
 ('en', 'Four fishermen have been missing since their boat came under fire near the coast.', 'killed', 0),
 ('en', 'Police said 14 people remain unaccounted for after the attack on the village.', 'missing', 14),
 ('en', 'About 2,000 residents fled their homes after the fighting reached the town.', 'killed', 0),
 ('en', 'The clashes have displaced more than 10,000 people, the UN said.', 'displaced', 10000),
 ('en', 'No civilians were harmed during the operation.', 'killed', 0),
 ('en', 'No civilians were harmed during the operation.', 'injured', 0),
 ('en', 'The assault force found no insurgents at the location.', 'killed', 0),
 ('en', 'The assault force found no insurgents at the location.', 'detained', 0),
 ('fr', "Les forces de sécurité ont interpellé cinq suspects après l'attaque.", 'detained', 5),
 ('fr', "Les forces de sécurité ont interpellé cinq suspects après l'attaque.", 'killed', 0),
 ('fr', 'Deux humanitaires ont été enlevés par des hommes armés dans le nord du pays.', 'kidnapped', 2),
 ('es', 'La policía detuvo a tres presuntos integrantes de una célula delictiva.', 'detained', 3),
 ('es', 'Dos jóvenes fueron secuestrados por hombres armados en una comunidad rural.', 'kidnapped', 2),
 ('ru', 'Сотрудники ФСБ задержали двоих подозреваемых в подготовке теракта.', 'detained', 2),
 ('uk', 'Правоохоронці затримали трьох коригувальників ворожого вогню.', 'detained', 3),
 # closed in round 46: a verb of fleeing with a home noun (pack keys flight_verbs, home_nouns)
 ('en', 'About 2,000 residents fled their homes after the fighting reached the town.', 'displaced', 2000),
]

# left as a gap (strict): 'fled their homes' is no displacement verb of the packs (the attackers flee too)

# long wire sentences of several clauses, and the same kinds in other words (written after the mends ran)
LONG_WIRE_SENTENCES = [
 ('en', 'At least 18 people were killed and dozens more wounded on Sunday when two suicide bombers struck a crowded market in the northeastern town, a local militia leader told reporters, adding that the toll could rise as several of the injured were in critical condition.', 18, 61),
 ('en', 'Witnesses said the gunmen, who arrived on about 20 motorcycles, surrounded the village shortly before dawn and opened fire on residents as they tried to flee, killing at least 27 people and setting dozens of homes ablaze.', 27, 0),
 ('en', 'The Syrian Observatory for Human Rights, a Britain-based war monitor, said the air strikes on the rebel-held town had killed 11 civilians, including three children, and wounded more than 30 others.', 11, 30),
 ('en', 'In a statement released late on Tuesday, the military said its troops had come under attack from militants armed with rocket-propelled grenades near the border, and that two soldiers had been killed and five wounded in the ensuing firefight.', 2, 5),
 ('en', 'Hospital officials in the southern city, speaking on condition of anonymity because they were not authorised to brief the media, said they had received the bodies of 9 people, among them a woman and a child, along with 14 wounded.', 9, 14),
 ('en', 'The blast, which tore through a minibus carrying government employees to work during the morning rush hour, killed at least six people and injured 19, police spokesman Ahmed Khalil said.', 6, 19),
 ('en', 'Since the ceasefire collapsed last week, at least 40 people have been killed in the region, according to the UN, which warned that humanitarian access had been severely restricted.', 40, 0),
 ('en', 'Police said a man armed with a knife attacked passers-by near the central station on Friday afternoon, killing one woman and seriously injuring two others before officers shot and wounded him.', 1, 2),
 ('en', "Rescue workers pulled 12 bodies from the rubble of the four-storey building overnight, bringing the number of people confirmed dead in Thursday's missile strike to 31, the regional governor said on Saturday.", 31, 0),
 ('en', 'Two members of the security forces and three attackers were killed when gunmen stormed a checkpoint on the outskirts of the city late on Monday, the interior ministry said in a statement.', 5, 0),
 ('fr', "Selon un bilan provisoire communiqué par le gouverneur de la région, l'attaque perpétrée dimanche soir contre un poste de gendarmerie a fait cinq morts parmi les gendarmes et trois blessés, dont un grave.", 5, 3),
 ('fr', 'Des hommes armés non identifiés ont ouvert le feu sur un groupe de fidèles qui sortaient de la mosquée, tuant au moins onze personnes, a-t-on appris lundi auprès de sources locales et sécuritaires.', 11, 0),
 ('es', 'De acuerdo con el reporte de la Secretaría de Seguridad, los agresores dispararon contra los asistentes a una fiesta familiar la madrugada del domingo, lo que dejó un saldo de ocho personas muertas y al menos cinco lesionadas.', 8, 5),
 ('es', 'Las autoridades informaron que los cuerpos de las cinco víctimas, todas ellas del sexo masculino y con huellas de tortura, fueron localizados a un costado de la carretera federal.', 5, 0),
 ('ru', 'Как сообщили в региональном управлении МЧС, в результате обрушения подъезда жилого дома после удара беспилотника погибли пять человек, ещё 11 получили травмы различной степени тяжести.', 5, 11),
 ('uk', 'За даними обласної прокуратури, внаслідок обстрілу населеного пункту з реактивних систем залпового вогню загинули двоє мешканців, ще шестеро, серед яких дитина, отримали поранення.', 2, 6),
]
SAME_KINDS = [
 ('fr', "Deux membres des forces de sécurité et trois assaillants ont été tués lors de l'attaque du poste.", 5, 0),
 ('es', 'Dos elementos de las fuerzas de seguridad y tres agresores murieron en el ataque al retén.', 5, 0),
 ('en', 'Gunmen killed five villagers, among them a teacher and his wife.', 5, 0),
 ('ru', 'Погибли два человека, ещё пятеро, среди которых ребёнок, получили ранения.', 2, 5),
]

# wire items in capitals in the manner of 1989-90 newswire, and a relative owner
WIRE_ITEMS_IN_CAPITALS = [
 ('en', 'SAN SALVADOR, 12 SEP 89 (RADIO CADENA) -- [TEXT] URBAN GUERRILLAS TODAY ATTACKED A NATIONAL POLICE PATROL IN THE SAN MIGUELITO NEIGHBORHOOD, KILLING TWO AGENTS AND WOUNDING A THIRD, POLICE SOURCES REPORTED.', 2, 1),
 ('en', 'LIMA, 3 AUG 90 (EFE) -- [TEXT] A CAR BOMB EXPLODED TODAY IN FRONT OF THE HEADQUARTERS OF A STATE-RUN BANK IN DOWNTOWN LIMA, INJURING 14 PEOPLE, INCLUDING TWO CHILDREN. NO ONE WAS KILLED IN THE BLAST.', 0, 14),
 ('en', 'BOGOTA, 22 NOV 89 (AFP) -- [TEXT] SUSPECTED DRUG TRAFFICKERS MURDERED A JUDGE AND HIS TWO BODYGUARDS IN MEDELLIN YESTERDAY AFTERNOON, THE AUTHORITIES REPORTED.', 3, 0),
 ('en', '[TEXT] THE ARMED FORCES PRESS OFFICE HAS REPORTED THAT 16 GUERRILLAS AND 3 SOLDIERS WERE KILLED IN CLASHES IN CHALATENANGO DEPARTMENT OVER THE WEEKEND.', 19, 0),
 ('en', '[TEXT] FMLN REBELS BLEW UP AN ELECTRICAL TOWER IN USULUTAN, CAUSING A BLACKOUT IN THE EASTERN PART OF THE COUNTRY. THERE WERE NO CASUALTIES.', 0, 0),
 ('en', '[TEXT] UNIDENTIFIED INDIVIDUALS KIDNAPPED AND LATER MURDERED A PEASANT LEADER WHOSE BODY WAS FOUND BEARING SIGNS OF TORTURE NEAR THE TOWN OF SAN VICENTE.', 1, 0),
 ('en', '[TEXT] A GROUP OF HEAVILY ARMED MEN BURST INTO A HOUSE IN THE TOWN OF SEGOVIA AND SHOT TO DEATH FIVE MEMBERS OF ONE FAMILY, INCLUDING A 7-YEAR-OLD GIRL.', 5, 0),
 ('en', '[TEXT] THE MAYOR OF THE TOWN WAS SERIOUSLY WOUNDED WHEN HIS CAR WAS AMBUSHED BY SHINING PATH GUERRILLAS, WHO ALSO KILLED HIS DRIVER.', 1, 1),
 ('en', '[TEXT] POLICE DEFUSED A BOMB PLACED AT THE ENTRANCE OF THE U.S. EMBASSY EARLY THIS MORNING. NOBODY WAS HURT.', 0, 0),
 ('en', '[TEXT] FOUR PEOPLE DIED AND 11 OTHERS WERE WOUNDED WHEN A GRENADE WAS HURLED INTO A BUS IN THE CAPITAL, THE RED CROSS REPORTED.', 4, 11),
 ('en', 'Gunmen murdered a peasant leader whose body was found near the town.', 1, 0),
]

# a sixth batch: lines of the kinds agencies file daily
DAILY_LINES = [
 ('en', 'A Palestinian man was killed by Israeli fire near the border fence, the Gaza health ministry said.', 1, 0),
 ('en', 'Two Ukrainian servicemen were killed and three were wounded in shelling over the past day, the General Staff said.', 2, 3),
 ('en', 'Boko Haram fighters killed 16 farmers working in their fields near Maiduguri on Saturday.', 16, 0),
 ('en', 'An explosion at an army depot killed a conscript and injured seven others.', 1, 7),
 ('en', 'The Houthis said a US-British strike on the port killed three people and wounded 87.', 3, 87),
 ('en', 'Eleven pilgrims were among 14 people killed when gunmen attacked their bus in Jammu.', 14, 0),
 ('en', 'The United Nations said 156 civilians had been killed in the region during the month, up from 98 in the previous month.', 156, 0),
 ('en', 'A woman and her three children were killed in a Russian drone strike on their home in Kherson overnight, the regional governor said.', 4, 0),
 ('en', 'At least five people, including a police officer, were killed when protesters clashed with security forces.', 5, 0),
 ('en', 'Six attackers were killed by security forces after they stormed a government compound, the police chief said.', 6, 0),
 ('en', 'Bandits abducted at least 30 villagers and killed two others in a raid on the community.', 2, 0),
 ('en', 'A 10-year-old girl was among the dead.', 1, 0),
 ('en', 'Medics said 40 wounded had been taken to hospitals, ten of them in critical condition.', 0, 40),
 ('en', 'Two police officers were shot dead at a checkpoint; a third was critically wounded.', 2, 1),
 ('fr', "Au moins 20 personnes ont été tuées et des dizaines d'autres blessées dans une attaque contre un marché.", 20, 59),
 ('fr', "Un soldat français a été tué au combat au Sahel, a annoncé l'Élysée.", 1, 0),
 ('es', 'El ataque dejó tres muertos, entre ellos un menor, y seis heridos.', 3, 6),
 ('es', 'Un militar murió y otros dos resultaron heridos al activarse un explosivo al paso de su patrulla.', 1, 2),
 ('ru', 'В результате атаки погибли 12 человек, 40 пострадали, сообщили в Минздраве.', 12, 40),
 ('uk', 'Загинули троє людей, серед них дитина, ще 17 поранено.', 3, 17),
 ('en', 'Gunmen killed a local and wounded three others.', 1, 3),
]

# a seventh batch, written at the round's end: attackers, parts, later deaths and two accounts
LAST_LINES = [
 ('en', 'Insurgents attacked a checkpoint in Kandahar on Friday, killing four policemen, a provincial spokesman said. Two attackers were also killed in the gunfight.', 6, 0),
 ('en', 'A roadside bomb hit a vehicle carrying members of a local peace committee, killing three of them and wounding two, officials said.', 3, 2),
 ('en', 'The strike on the school, which was sheltering displaced families, killed at least 16 people, among them several women.', 16, 0),
 ('en', 'Police said one of the wounded, a 16-year-old boy, died in hospital on Saturday, raising the death toll to eight.', 8, 0),
 ('en', 'Six people were killed on Tuesday in separate attacks in the province: two shopkeepers in the market and four farmers in a nearby village.', 6, 0),
 ('en', 'An army officer and four soldiers were among the dead, the military said, while 12 others suffered injuries.', 5, 12),
 ('en', 'Gunmen abducted four aid workers and killed their driver on the road between the two towns.', 1, 0),
 ('en', 'Seven people, all members of one family, perished when their house was struck by a shell.', 7, 0),
 ('en', 'Nobody was killed in the attack, but a guard was slightly injured, police said.', 0, 1),
 ('en', 'Local media reported that 20 people had died, though officials confirmed only 11 deaths.', 20, 0),
 ('fr', 'Deux gendarmes ont trouvé la mort et un troisième a été grièvement blessé dans une embuscade tendue par des hommes armés.', 2, 1),
 ('es', 'Tres hombres fueron ejecutados a balazos en la comunidad; un cuarto resultó herido.', 3, 1),
 ('ru', 'Один человек погиб, ещё трое получили ранения, в том числе ребёнок.', 1, 3),
 ('uk', 'Внаслідок атаки загинула одна людина, ще дві отримали поранення.', 1, 2),
 ('en', 'The bodies of three more victims were recovered on Monday, bringing to 11 the number of people killed in the landslide triggered by the bombing.', 11, 0),
 ('en', 'Of the 23 people wounded, five remain in intensive care.', 0, 23),
 ('en', 'The attack, claimed by the Islamic State group, left 9 dead - 7 soldiers and 2 civilians - and 14 injured.', 9, 14),
 ('en', 'A mortar shell landed near a football pitch, killing a boy and wounding his two friends who were playing with him.', 1, 2),
 ('en', 'Government troops recaptured the town after fighting that killed dozens of militants, the army said, without giving a precise figure.', 61, 0),
 ('en', 'Four civilians died when their minibus drove over a landmine; the driver survived with serious injuries.', 4, 1),
 ('en', 'Security sources said between 15 and 20 assailants were killed when the army repelled the attack.', 17, 0),
 ('en', 'The blast killed the bomber and a bystander.', 1, 0),
]

CASES = (AGENCY_LINES + PAIRS_AND_FAMILIES + MORE_AGENCY_LINES + LONG_WIRE_SENTENCES + SAME_KINDS
         + WIRE_ITEMS_IN_CAPITALS + DAILY_LINES + LAST_LINES)

test_summary_in_its_language, test_known_gaps = summary_tests(CASES, PAIR_GAPS, "PAIR_GAPS")
test_report_with_its_headline_and_date = dated_report_tests(DATED_REPORTS + TWO_ACCOUNTS)
test_other_categories = category_tests(OTHER_CATEGORIES)
