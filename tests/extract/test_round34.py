"""Sentences of our own (thirty-fourth round), with the killed and injured best each must give,
written by hand before the mends that meet them ran on them: agency summaries from many regions,
wire items in capitals, incident descriptions in the manner of a yearly list ("31 dead, 150+
injured", "4 security personnel and 2 militants killed"), long wire sentences with clauses (an
aside on the subject with a year of its own: "The attack, the deadliest in the region since a
truck bombing killed more than 100 people in 2024, left 43 dead"), French, Spanish, Russian and
Ukrainian news lines ("six personnes ont été tuées et neuf autres blessées", "dejó como saldo tres
personas sin vida y dos heridas", "Внаслідок нічної атаки дронів постраждала 62-річна жінка"),
combined and rarer casualty words, more wire turns of phrase, Russian in the manner of Wikinews,
Spanish regional papers, a counted group in a grave condition ("trois autres se trouvent dans un état
grave", "ещё трое находятся в тяжёлом состоянии"; none in a good one; a list member in care of its
own: "The attack left five dead and 12 in hospital"), hearsay, detentions in ISAF's manner, and 42 dated wire reports (nine of them whole
reports in several paragraphs, with a background of earlier tolls and a witness counting the
bodies: "J'ai compté au moins dix corps sur place" after fourteen dead). About 45 missed on
first run, about ten of them by our own expectations (below); the mends are in docs/EVAL.md, round 41.

Set right after the run, each by a rule written before it: "L'attaque a fait au total dix-sept
victimes" and "... figurent parmi les victimes" give none ("victims" alone names no category; we
had written 17 and 3); "nearly 200 wounded" gives best 199 (CONTRACT.md: "nearly / almost 50" has
high 49; we had written 200); "left 10 dead (including the perpetrator)" gives 10 (the stated
figure; we had written 9); reports where the army tells of attackers it killed give every death of
the event ("Security forces later killed three of the attackers": 7, we had written 4; "L'armée
affirme avoir « neutralisé » une dizaine d'assaillants": 15, we had written 5; 49 for 9 likewise);
"ещё 12 получили ранения ... Позднее в больнице скончался ещё один пострадавший" gives 11 injured
(the wounded man who died is counted dead, as the multilingual set's annotators do; we had written
12). Left out: lines we had written "-" (not checked: "killed or wounded", "dead or missing", a
rise in "жертв", a claim by the group); "shot 17 of them" (shot alone is a wound, whether these
died the line does not say); "While the army put the number of dead at nine, residents said at
least 15" (which account is the best, no rule of ours says); "accused the guerrillas of killing 22
civilians since the beginning of the year" (an accusation of a running total)."""
import pytest

from .helpers import category_tests, dated_report_tests, read_in, summary_tests

# agency summaries from many regions
AGENCY_SUMMARIES = [
 ('en', 'Suspected herders attacked a farming settlement in Benue State overnight, killing 14 residents and burning dozens of homes, police said.', 14, 0),
 ('en', 'A roadside bomb struck a minibus carrying wedding guests in Helmand, killing nine and wounding 11, a provincial spokesman said.', 9, 11),
 ('en', "Two Pakistani soldiers and four militants died in an exchange of fire in North Waziristan, the military's media wing said.", 6, 0),
 ('en', 'Israeli troops shot and killed a 17-year-old Palestinian during a raid in Jenin, the Palestinian health ministry said.', 1, 0),
 ('en', 'Gunmen on motorcycles stormed a gold mine in northern Burkina Faso and killed at least 20 miners, local sources said.', 20, 0),
 ('en', 'A car bomb exploded near a checkpoint in Mogadishu on Saturday, killing five people, including three soldiers.', 5, 0),
 ('en', "The death toll from Friday's suicide attack on a mosque in Peshawar has risen to 61, hospital officials said.", 61, 0),
 ('en', 'Armed men abducted 30 passengers from a bus in Zamfara State, police said, without reporting casualties.', 0, 0),
 ('en', 'Clashes between rival clans in Galmudug left 12 people dead and more than 20 injured, elders said.', 12, 20),
 ('en', 'An airstrike on a market in the rebel-held town killed at least 15 civilians, among them four children, rescuers said.', 15, 0),
 ('en', 'Security forces killed two suspected militants in a shootout in Kupwara district, police said.', 2, 0),
 ('en', 'A policeman was killed and two others were injured when assailants threw a grenade at a patrol in Manipur.', 1, 2),
 ('en', 'Police fired tear gas and live rounds at protesters in Nairobi, killing one man, a rights group said.', 1, 0),
 ('en', "Three aid workers were killed when their convoy hit a landmine in South Sudan's Jonglei state, the UN said.", 3, 0),
 ('en', 'Eleven people were wounded, two of them critically, in a knife attack at a railway station.', 0, 11),
 ('en', 'Unidentified gunmen killed a local councillor and his driver in an ambush on the outskirts of Kandahar.', 2, 0),
 ('en', 'A drone strike killed three alleged al-Shabaab fighters near Jilib, the US Africa Command said.', 3, 0),
 ('en', 'At least four people, including a child, were injured when a rocket landed in a residential area of Kharkiv.', 0, 4),
 ('en', 'Boko Haram fighters raided the village at dawn, shooting dead seven farmers and setting fire to the market.', 7, 0),
 ('en', 'Six members of one family were killed when shelling hit their house in Donetsk, local authorities said.', 6, 0),
 ('en', 'The bodies of eight men, bound and shot in the head, were found dumped on a roadside in the state of Guerrero.', 8, 0),
 ('en', 'A soldier died of his wounds in hospital on Sunday, a day after an attack that also killed two of his comrades.', 3, 0),
 ('en', 'Mortar fire killed a 60-year-old woman and wounded her grandson in the border village, officials said.', 1, 1),
 ('en', "Islamic State claimed responsibility for the bombing, which killed 23 people at a Shi'ite mosque.", 23, 0),
 ('en', 'Two journalists were among the five people killed in the strike, their employer said.', 5, 0),
 ('en', 'Authorities said 40 people were arrested and 15 police officers injured in the clashes.', 0, 15),
 ('en', 'A Turkish drone strike killed four members of the Kurdish-led forces in northeastern Syria, the group said.', 4, 0),
 ('en', 'Demonstrators clashed with police in several cities; at least three protesters died and scores were hurt.', 3, 69),
 ('en', 'Attackers set fire to a church in the village, killing the pastor and two worshippers.', 3, 0),
 ('en', 'The explosion at the rally left at least 54 people dead and nearly 200 wounded, the health minister said.', 54, 199),
]

# wire items in capitals, in the manner of 1989 newswire
CAPITALS = [
 ('en', 'A GROUP OF HEAVILY ARMED MEN KILLED FOUR PEASANTS IN THE HAMLET OF EL PORVENIR, THE ARMED FORCES PRESS OFFICE REPORTED.', 4, 0),
 ('en', 'POLICE SOURCES SAID THAT THE BOMB, PLACED IN A PARKED CAR, INJURED SEVEN PEOPLE AND DAMAGED SEVERAL SHOPS.', 0, 7),
 ('en', 'THE GUERRILLAS AMBUSHED AN ARMY PATROL NEAR THE BRIDGE, KILLING A LIEUTENANT AND THREE SOLDIERS.', 4, 0),
 ('en', 'TWO NATIONAL POLICE AGENTS WERE MURDERED BY URBAN COMMANDOS IN THE CAPITAL LAST NIGHT.', 2, 0),
 ('en', 'THE JUDGE WAS SHOT DEAD AS HE LEFT HIS HOME IN MEDELLIN THIS MORNING.', 1, 0),
 ('en', 'ACCORDING TO THE REPORT, 11 SOLDIERS AND 20 GUERRILLAS DIED IN THE FIGHTING IN MORAZAN DEPARTMENT.', 31, 0),
 ('en', 'THE DYNAMITE ATTACK AGAINST THE ELECTRIC SUBSTATION CAUSED NO CASUALTIES, AUTHORITIES SAID.', 0, 0),
 ('en', 'UNIDENTIFIED INDIVIDUALS KIDNAPPED THE MAYOR OF THE TOWN AND LATER KILLED HIM.', 1, 0),
 ('en', 'THE TERRORISTS MACHINEGUNNED A BUS, KILLING SIX PASSENGERS AND WOUNDING NINE OTHERS.', 6, 9),
 ('en', 'A FARMER AND HIS TWO SONS WERE FOUND DEAD WITH SIGNS OF TORTURE ON A COFFEE PLANTATION.', 3, 0),
 ('en', 'THE ARMY REPORTED THAT IT KILLED 15 TERRORISTS DURING A CLASH IN THE JUNGLE AREA OF HUALLAGA.', 15, 0),
 ('en', 'THE STUDENT LEADER DISAPPEARED AFTER BEING ARRESTED BY MEN IN CIVILIAN CLOTHES.', 0, 0),
 ('en', 'A CAR BOMB EXPLODED IN FRONT OF THE NEWSPAPER OFFICES, KILLING A SECURITY GUARD.', 1, 0),
 ('en', 'THE FMLN REBELS ATTACKED THE MILITARY GARRISON WITH MORTARS; ONE SOLDIER WAS KILLED AND EIGHT WERE WOUNDED.', 1, 8),
 ('en', 'THE ARCHBISHOP CONDEMNED THE MURDER OF THE SIX JESUIT PRIESTS, THEIR HOUSEKEEPER AND HER DAUGHTER.', 8, 0),
]

# French, Spanish, Russian and Ukrainian agency lines
FOUR_LANGUAGES = [
 ('fr', "Quatre militaires ont trouvé la mort et onze autres ont été blessés dans l'explosion d'un engin artisanal.", 4, 11),
 ('fr', "L'attaque a fait au total dix-sept victimes, dont cinq enfants, selon un bilan officiel.", 0, 0),
 ('fr', "Les affrontements ont causé la mort de 14 personnes et en ont blessé une trentaine d'autres.", 14, 30),
 ('fr', "Le bilan s'alourdit : 23 morts et une quarantaine de blessés après l'attentat de samedi.", 23, 40),
 ('fr', 'Deux casques bleus sénégalais ont succombé à leurs blessures après une attaque au mortier.', 2, 0),
 ('fr', 'Une femme enceinte et ses deux enfants figurent parmi les victimes du bombardement.', 0, 0),
 ('fr', "Les forces de sécurité ont neutralisé huit terroristes au cours d'une opération de ratissage.", 8, 0),
 ('es', 'Un enfrentamiento entre el Ejército y un grupo criminal dejó un saldo de 13 muertos en Michoacán.', 13, 0),
 ('es', 'Dos policías murieron y otros cuatro quedaron heridos tras ser emboscados en una carretera.', 2, 4),
 ('es', 'La explosión de una mina antipersonal mutiló a un campesino y causó la muerte de su hija.', 1, 1),
 ('es', 'Al menos 30 personas perdieron la vida y decenas resultaron heridas en los disturbios.', 30, 59),
 ('es', 'Los sicarios ejecutaron a tres hermanos frente a su vivienda, según la policía local.', 3, 0),
 ('es', 'El ataque contra el cuartel dejó como saldo un militar fallecido y cinco lesionados.', 1, 5),
 ('es', 'Fueron hallados sin vida los cuerpos de cuatro jóvenes que habían sido reportados como desaparecidos.', 4, 0),
 ('ru', 'В результате теракта погибли 12 человек, ещё 40 пострадали, сообщили в Минздраве.', 12, 40),
 ('ru', 'Двое военнослужащих получили ранения в ходе обстрела позиций, сообщило министерство обороны.', 0, 2),
 ('ru', 'Боевики расстреляли пятерых полицейских на блокпосту.', 5, 0),
 ('ru', 'При взрыве на рынке погибла женщина, ещё семь человек ранены.', 1, 7),
 ('ru', 'Жертвами нападения стали трое местных жителей, ещё один человек пропал без вести.', 3, 0),
 ('ru', 'Силовики ликвидировали двоих боевиков, пытавшихся прорваться через границу.', 2, 0),
 ('uk', 'Внаслідок ракетного удару по Одесі загинули чотири людини, серед них дитина.', 4, 0),
 ('uk', 'Окупанти обстріляли село, поранено трьох цивільних.', 0, 3),
 ('uk', 'У лікарні помер ще один поранений, кількість загиблих зросла до восьми.', 8, 0),
 ('uk', 'Російський дрон атакував автомобіль, водій загинув на місці.', 1, 0),
 ('uk', 'Двоє рятувальників постраждали під час повторного удару.', 0, 2),
]

# incident descriptions in the manner of a yearly list
INCIDENT_LISTS = [
 ('en', 'A suicide bomber detonated his vest at a funeral in Nangarhar, killing 18 mourners and injuring 35.', 18, 35),
 ('en', 'Militants attacked a bus of pilgrims; 9 were killed and 33 injured after the bus fell into a gorge.', 9, 33),
 ('en', 'Two bombs exploded at a crowded bus station. 31 dead, 150+ injured.', 31, 150),
 ('en', 'Gunmen opened fire at a nightclub, killing 4 people. The gunman was later shot dead by police.', 4, 0),
 ('en', 'A vehicle-borne IED targeted a military convoy; 6 soldiers killed, 10 wounded, plus the bomber.', 6, 10),
 ('en', 'Grenade attack on a political rally injures 22, including a candidate.', 0, 22),
 ('en', 'An arson attack on a refugee shelter killed a family of five.', 5, 0),
 ('en', 'A train was derailed by a bomb on the tracks. 2 killed, 14 injured.', 2, 14),
 ('en', 'Three people were killed and dozens injured by a car bomb in a market. Al-Shabaab claimed responsibility.', 3, 61),
 ('en', 'A shooting at a school left 10 dead (including the perpetrator) and 13 injured.', 10, 13),
 ('en', 'Mass shooting at a shopping mall: the attacker killed 7 before killing himself; 8 were injured.', 7, 8),
 ('en', 'The attacker rammed a truck into a crowd, killing 86 people and injuring 458 others.', 86, 458),
 ('en', 'Bombing of a police station; no deaths, 5 officers hurt.', 0, 5),
 ('en', 'Attack on a checkpoint by militants; 4 security personnel and 2 militants killed.', 6, 0),
 ('en', 'A series of explosions at three churches and three hotels killed 269 and wounded about 500.', 269, 500),
]

# more wire items in capitals
CAPITALS_AGAIN = [
 ('en', 'SALVADORAN SECURITY FORCES REPORTED TODAY THAT FIVE FMLN GUERRILLAS DIED IN A CLASH WITH AN ARMY UNIT IN USULUTAN.', 5, 0),
 ('en', 'IN THE ATTACK, WHICH TOOK PLACE AT DAWN, TWO CIVILIANS WERE KILLED AND A CHILD WAS SERIOUSLY INJURED.', 2, 1),
 ('en', 'THE BODIES OF THE THREE UNION LEADERS, WHO HAD BEEN KIDNAPPED ON MONDAY, WERE FOUND YESTERDAY.', 3, 0),
 ('en', 'A POLICE OFFICER DIED AND ANOTHER WAS WOUNDED WHEN THEIR PATROL CAR WAS HIT BY AN EXPLOSIVE DEVICE.', 1, 1),
 ('en', 'THE SHINING PATH HAS MURDERED AT LEAST 12 PEASANTS IN THE PAST WEEK IN AYACUCHO DEPARTMENT.', 12, 0),
 ('en', 'A BOMB WENT OFF AT THE DOOR OF A BANK BRANCH IN LA PAZ; THERE WERE NO VICTIMS.', 0, 0),
 ('en', 'ARMED MEN MURDERED THE PRIEST, HIS SACRISTAN AND TWO CATECHISTS IN THE PARISH HOUSE.', 4, 0),
 ('en', 'THE MILITARY SPOKESMAN SAID THAT ONE SOLDIER HAD BEEN KILLED AND THAT FOUR REBELS HAD ALSO DIED.', 5, 0),
 ('en', 'THE EXPLOSION DESTROYED THE TRUCK AND KILLED ITS DRIVER, A 45-YEAR-OLD MAN IDENTIFIED AS JOSE PEREZ.', 1, 0),
 ('en', 'A GROUP OF TERRORISTS BURNED THREE BUSES AND WOUNDED A DRIVER IN THE OUTSKIRTS OF THE CITY.', 0, 1),
 ('en', 'FOUR PEOPLE WERE KILLED, INCLUDING TWO CHILDREN, WHEN A MORTAR SHELL FELL ON THEIR HOUSE.', 4, 0),
 ('en', 'THE FORMER MINISTER WAS ASSASSINATED BY TWO GUNMEN WHO FIRED FROM A MOVING VEHICLE.', 1, 0),
 ('en', "THE GUNMEN KILLED THE CONGRESSMAN'S BODYGUARD AND SERIOUSLY WOUNDED THE CONGRESSMAN HIMSELF.", 1, 1),
]

# long wire sentences with clauses
LONG_SENTENCES = [
 ('en', 'The attack, the deadliest in the region since a truck bombing killed more than 100 people in 2024, left 43 dead, according to a tally by the local hospital.', 43, 0),
 ('en', '"We have received 12 bodies and more than 30 wounded," a doctor at the district hospital told reporters by phone.', 12, 30),
 ('en', 'The UN mission said at least 48 civilians were killed and 27 injured in the first two weeks of the month, most of them by improvised explosive devices.', 48, 27),
 ('en', 'Police said one suspect was killed and another arrested after a gunfight that also left an officer with minor injuries.', 1, 1),
 ('en', "The blast, which ripped through a packed wedding hall, killed the groom's father and at least 21 guests, relatives said.", 22, 0),
 ('en', 'Medical sources said the strike hit a school sheltering displaced families, killing at least 30 people, many of them women and children.', 30, 0),
 ('en', 'A spokesman for the provincial governor said two of the wounded later died, bringing the death toll to seven.', 7, 0),
 ('en', 'Five people, among them a 10-year-old boy and his mother, died when a shell struck their apartment block late on Thursday.', 5, 0),
 ('en', 'Nine soldiers were killed on Monday when militants ambushed their convoy, the second deadly attack on troops in the province in a week.', 9, 0),
 ('en', 'Residents said the fighting, which began before dawn, had left bodies lying in the streets, but no toll was available.', 0, 0),
 ('en', 'Rescuers pulled 14 bodies from the rubble of the building and were searching for at least six people still missing.', 14, 0),
 ('en', 'The military said it had repelled the attack, killing 40 insurgents, while losing three soldiers.', 43, 0),
]

# Russian and Ukrainian news lines
CYRILLIC = [
 ('ru', 'Как сообщает ТАСС, в результате атаки беспилотника на автобус погибли водитель и двое пассажиров.', 3, 0),
 ('ru', 'По предварительным данным, пострадали 17 человек, из них пятеро в тяжёлом состоянии.', 0, 17),
 ('ru', 'Жертвами обстрела стали мужчина 1965 года рождения и его сын.', 2, 0),
 ('ru', 'В Донецке при обстреле ранены шесть мирных жителей, в том числе ребёнок.', 0, 6),
 ('ru', 'Число погибших в результате теракта в концертном зале увеличилось до 144 человек.', 144, 0),
 ('ru', 'Ещё двое раненых скончались в больнице, общее число жертв достигло 11.', 11, 0),
 ('ru', 'Погибшими числятся 8 человек, пропавшими без вести — 3.', 8, 0),
 ('ru', 'Военнослужащий погиб, двое получили осколочные ранения при подрыве на мине.', 1, 2),
 ('ru', 'В ходе спецоперации нейтрализованы трое боевиков, сообщил НАК.', 3, 0),
 ('ru', 'В результате взрыва газа в жилом доме погибли семь человек.', 7, 0),
 ('ru', 'Около тридцати человек получили ранения в ходе беспорядков, сообщает полиция.', 0, 30),
 ('ru', 'Среди погибших — четверо детей, сообщили в администрации города.', 4, 0),
 ('ru', 'Погиб один человек, ещё трое пострадали, сообщил губернатор Белгородской области.', 1, 3),
 ('uk', "Унаслідок атаки загинули двоє людей, ще дев'ятеро поранено, серед них троє дітей.", 2, 9),
 ('uk', 'Кількість загиблих внаслідок удару по Дніпру зросла до 46 осіб.', 46, 0),
 ('uk', "Троє військових загинули, ще п'ятеро отримали поранення внаслідок обстрілу.", 3, 5),
 ('uk', 'Поліція повідомила про одного загиблого та чотирьох поранених.', 1, 4),
 ('uk', 'Під завалами знайшли тіла ще двох людей, загальна кількість загиблих сягнула 23.', 23, 0),
 ('uk', 'Внаслідок нічної атаки дронів постраждала 62-річна жінка.', 0, 1),
]

# Spanish and French news lines
SPANISH_AND_FRENCH = [
 ('es', 'El ataque, perpetrado por un comando armado, dejó como saldo tres personas sin vida y dos heridas.', 3, 2),
 ('es', 'La Fiscalía confirmó el hallazgo de 11 cuerpos en una fosa en el municipio de Tlajomulco.', 11, 0),
 ('es', 'Entre los fallecidos se encuentran dos agentes de la Guardia Nacional.', 2, 0),
 ('es', 'Un total de 18 personas resultaron lesionadas, cuatro de ellas de gravedad.', 0, 18),
 ('es', 'Los enfrentamientos se saldaron con 9 muertos, según el último balance oficial.', 9, 0),
 ('es', 'Fueron asesinados a balazos un hombre y una mujer cuando viajaban en una motocicleta.', 2, 0),
 ('es', 'La cifra de fallecidos por el atentado asciende ya a 26, informó el Ministerio de Salud.', 26, 0),
 ('es', 'Tres agentes policiales perdieron la vida y uno más quedó herido durante una emboscada.', 3, 1),
 ('es', 'Un joven de 19 años murió tras ser baleado por desconocidos en la colonia Centro.', 1, 0),
 ('es', 'Al menos una decena de personas murieron y otras 40 resultaron heridas en el bombardeo.', 10, 40),
 ('fr', "L'attaque a fait au moins 15 morts parmi les civils, selon un responsable local.", 15, 0),
 ('fr', "Deux policiers ont été tués par balles et un troisième grièvement blessé lors d'une fusillade.", 2, 1),
 ('fr', "Le bilan de l'attentat s'élève désormais à 32 morts et 56 blessés.", 32, 56),
 ('fr', "Une vingtaine de personnes ont trouvé la mort dans l'attaque de leur village.", 20, 0),
 ('fr', "Un soldat français a été tué au combat au Sahel, a annoncé l'Élysée.", 1, 0),
 ('fr', 'Les deux otages ont été retrouvés morts, a indiqué le ministère de la Défense.', 2, 0),
 ('fr', 'Treize civils, dont des femmes et des enfants, ont été massacrés par des hommes armés.', 13, 0),
 ('fr', 'Le chauffeur du bus et quatre passagers sont morts sur le coup, neuf autres ont été hospitalisés.', 5, 9),
]

# combined and rarer casualty words
RARER_WORDS = [
 ('en', 'The explosion claimed the lives of four firefighters.', 4, 0),
 ('en', 'There were 9 fatalities and 14 people hospitalised after the attack on the convoy.', 9, 14),
 ('en', 'Twelve people lost their lives and around 20 sustained injuries when the grenade exploded.', 12, 20),
 ('en', 'No fatalities were reported, but several buildings were damaged.', 0, 0),
 ('en', 'The violence has claimed at least 30 lives this week alone, according to a local monitor.', 30, 0),
 ('en', 'A lone attacker stabbed three people, one of them fatally, at a bus stop.', 1, 2),
 ('en', 'Of the seven hostages, two were found dead and five were freed unharmed.', 2, 0),
 ('en', 'The attack killed a police officer and injured his colleague, who is in critical condition.', 1, 1),
 ('en', 'Four passengers suffered gunshot wounds when bandits opened fire on the bus.', 0, 4),
 ('en', 'Gunmen shot and wounded a local journalist outside his home on Tuesday.', 0, 1),
 ('en', 'Rebels beheaded two farmers and abducted their wives.', 2, 0),
 ('en', 'A teenager was fatally stabbed during clashes between rival gangs.', 1, 0),
 ('en', 'Three people were crushed to death in a stampede that followed the explosion.', 3, 0),
 ('en', 'The blast wounded dozens, among them several children.', 0, 61),
 ('en', 'Two people were confirmed dead and up to 15 feared trapped under the rubble.', 2, 0),
 ('en', 'Police say the suspect killed two people before turning the gun on himself.', 2, 0),
]
# more wire turns of phrase
MORE_TURNS = [
 ('en', 'It was not immediately clear how many people were killed in the attack.', 0, 0),
 ('en', 'The mortar barrage killed an estimated 50 people, according to the health ministry.', 50, 0),
 ('en', 'At least 11 people have been confirmed dead, the regional governor said.', 11, 0),
 ('en', 'The official death toll stood at 12 on Monday evening.', 12, 0),
 ('en', 'Twelve dead bodies were recovered from the river near the border crossing.', 12, 0),
 ('en', 'A double suicide bombing killed 7 at a checkpoint outside the city.', 7, 0),
 ('en', 'Gunmen killed five, including a nine-month-old baby, in an attack on a family home.', 5, 0),
 ('en', 'Eight people died instantly while two succumbed to their injuries in hospital.', 10, 0),
 ('en', 'Three policemen were among those wounded in the blast.', 0, 3),
 ('en', 'A teenage girl was one of two people killed in the shelling.', 2, 0),
 ('en', 'Two people died, police said, adding that nine others were wounded.', 2, 9),
 ('en', 'The blast killed one and injured three.', 1, 3),
 ('en', 'Seventeen people, most of them students, were injured in the stampede caused by the explosion.', 0, 17),
 ('en', "The assailants killed the village chief's wife, his son and a neighbour before fleeing.", 3, 0),
 ('en', 'Four of the dead were members of the same family.', 4, 0),
 ('en', 'The number of dead is expected to rise, with many of the 40 injured in serious condition.', 0, 40),
 ('en', 'Five people lost their lives, while 12 others sustained injuries, the police spokesperson said.', 5, 12),
 ('en', 'The ambush left three soldiers dead; a fourth was missing.', 3, 0),
]

# Russian in the manner of Wikinews and agencies, Spanish regional papers
RUSSIAN_AND_SPANISH = [
 ('ru', 'По последним данным, в результате взрыва погибли 9 человек, ещё 23 получили ранения различной степени тяжести.', 9, 23),
 ('ru', 'Жертвами стрельбы в школе стали восемь человек: шестеро учеников и двое учителей.', 8, 0),
 ('ru', 'Пострадавших в ДТП с участием рейсового автобуса доставили в больницу, их число уточняется.', 0, 0),
 ('ru', 'Террорист-смертник подорвал себя у входа в здание суда, погибли трое охранников.', 3, 0),
 ('ru', 'По информации МЧС, из-под завалов извлечены тела 12 человек, спасены 40.', 12, 0),
 ('ru', 'Инцидент унёс жизни двух человек, ещё пятеро госпитализированы.', 2, 5),
 ('ru', 'В перестрелке с полицией был убит один из нападавших, двое задержаны.', 1, 0),
 ('ru', 'Министерство здравоохранения сообщило о 17 погибших и 56 раненых.', 17, 56),
 ('ru', 'Погибли по меньшей мере 30 человек, среди них 12 детей, сообщает агентство Рейтер.', 30, 0),
 ('ru', 'В ходе столкновений между протестующими и полицией пострадали более 200 человек, в том числе 50 сотрудников правоохранительных органов.', 0, 200),
 ('ru', 'Нападавший ранил ножом четырёх человек, после чего был задержан.', 0, 4),
 ('es', 'Un hombre fue asesinado a machetazos en la vereda La Esperanza, zona rural de Tumaco.', 1, 0),
 ('es', 'La policía informó que en el hecho resultó herido un menor de 14 años.', 0, 1),
 ('es', 'Tres personas murieron calcinadas luego de que desconocidos incendiaran su vivienda.', 3, 0),
 ('es', 'La masacre, la número 50 en lo que va del año, dejó cuatro jóvenes muertos.', 4, 0),
 ('es', 'Según Medicina Legal, las víctimas fatales son dos mujeres de 23 y 25 años.', 2, 0),
 ('es', 'El saldo de la jornada violenta fue de siete muertos y una docena de heridos.', 7, 12),
 ('es', 'Dos soldados fueron asesinados por francotiradores mientras custodiaban un puente.', 2, 0),
 ('es', 'El conductor del vehículo murió en el acto y su acompañante quedó gravemente herido.', 1, 1),
]

# a counted group in a grave condition ("three others are in critical condition"), and none in a good one
GRAVE_CONDITIONS = [
 ('en', 'Two soldiers were killed and three others are in critical condition after the ambush.', 2, 3),
 ('en', 'Four people remain in serious condition in hospital.', 0, 4),
 ('en', 'The 12 freed hostages are in good condition, the ministry said.', 0, 0),
 ('fr', 'Trois personnes ont été tuées et deux autres se trouvent dans un état grave.', 3, 2),
 ('fr', "Quatre blessés sont dans un état critique, selon l'hôpital.", 0, 4),
 ('es', 'Dos personas murieron y otras tres se encuentran en estado grave.', 2, 3),
 ('es', 'Cinco menores permanecen en estado crítico tras la explosión.', 0, 5),
 ('ru', 'Погибли два человека, ещё трое находятся в тяжёлом состоянии.', 2, 3),
 ('ru', 'Пятеро пострадавших находятся в крайне тяжёлом состоянии.', 0, 5),
 ('ru', 'Освобождённые заложники находятся в удовлетворительном состоянии.', 0, 0),
 ('uk', 'Загинули двоє людей, ще троє перебувають у важкому стані.', 2, 3),
 ('uk', 'Четверо дітей перебувають у критичному стані.', 0, 4),
 # a list member in hospital or in a grave condition of its own: hurt, not one more dead
 ('en', 'The shooting left one person dead and another in critical condition.', 1, 1),
 ('en', 'The attack left five dead and 12 in hospital.', 5, 12),
 ('en', 'The crash of the bomb-laden truck left three dead and two others in serious condition.', 3, 2),
 ('fr', "L'attaque a fait deux morts et trois personnes dans un état grave.", 2, 3),
 ('es', 'El ataque dejó un muerto y dos personas en estado grave.', 1, 2),
 ('ru', 'Взрыв унёс жизни двух человек, ещё трое в тяжёлом состоянии.', 2, 3),
]

# hearsay and reported speech in four languages
HEARSAY = [
 ('fr', 'Au moins dix civils auraient été tués lors de frappes aériennes, selon des sources locales.', 10, 0),
 ('fr', 'Selon un habitant joint par téléphone, les assaillants auraient tué six personnes.', 6, 0),
 ('es', 'Al menos ocho personas habrían muerto en el enfrentamiento, según versiones de pobladores.', 8, 0),
 ('ru', 'По неподтверждённым данным, погибли около 20 человек.', 20, 0),
 ('uk', 'За неофіційними даними, загинули щонайменше семеро людей.', 7, 0),
 ('en', 'Unconfirmed reports said five people had died in the clashes.', 5, 0),
]

CASES = AGENCY_SUMMARIES + CAPITALS + FOUR_LANGUAGES + INCIDENT_LISTS + CAPITALS_AGAIN \
    + LONG_SENTENCES + CYRILLIC + SPANISH_AND_FRENCH + RARER_WORDS + MORE_TURNS + RUSSIAN_AND_SPANISH \
    + GRAVE_CONDITIONS + HEARSAY

GAPS = [
 # the apprentice tagged a determiner of the adverb ('grièvement'), the list apart from its verb
 ('fr', 'Un chauffeur de camion a été tué par balle et son apprenti grièvement blessé.', 1, 1),
 # the participle after the comma hung on the verb 'figurent', not on the list; 'victimes' names no category
 ('fr', "Parmi les victimes figurent trois enfants et un enseignant, tués lors du bombardement de l'école.", 4, 0),
 # 'сотню' (a hundred, a noun) is no number of ours after a verb of exceeding
 ('ru', 'Количество раненых превысило сотню.', 0, 100),
 # the bodies' owners told in an apposition of 'víctimas'
 ('es', 'Los cuerpos de las víctimas, dos hombres y una mujer, presentaban impactos de bala.', 3, 0),
 # 'doble' (double) counts no killing of ours
 ('es', 'El doble homicidio ocurrió la noche del sábado en el barrio San José.', 2, 0),
]

test_summary_in_its_language, test_known_gaps = summary_tests(CASES, GAPS)

# detentions in releases of ISAF's manner
DETENTIONS = [
 ('en', 'An Afghan and coalition security force detained a Haqqani network facilitator and two suspected insurgents during an operation in Paktiya province yesterday.', 'detained', 3),
 ('en', 'The security force killed one armed insurgent who fired on the assault force, and detained four others.', 'detained', 4),
 ('en', 'A combined force captured a Taliban sub-leader in Kandahar City and detained several suspected insurgents.', 'detained', 4),
 ('en', 'In Ghazni province, the force detained a man suspected of supplying weapons to insurgent fighters in the province.', 'detained', 1),
 ('en', 'The assault force arrested the targeted leader and one additional suspect after questioning residents at the scene.', 'detained', 2),
 ('en', 'Security forces took three individuals into custody, including a suspected bomb maker.', 'detained', 3),
 ('en', 'Coalition forces apprehended 12 suspects during a series of raids across the eastern provinces.', 'detained', 12),
]

test_other_categories_in_leads = category_tests(DETENTIONS)

# wire reports with their headlines and publication dates: (language, published, title, text, killed, injured)
REPORTS = [
 ('en', '2026-03-14', 'Gunmen kill nine in attack on Niger village',
  'Gunmen on motorbikes attacked the village of Tadress in western Niger on Friday, killing nine civilians and wounding four, a local official said. The attackers also stole cattle before fleeing towards the Malian border. The region has been hit by repeated raids; in January, 18 people were killed in a nearby village.',
  9, 4),
 ('en', '2026-04-02', 'Toll in Kabul blast rises to 27',
  "The number of people killed in Tuesday's bombing outside a Kabul school has risen to 27, a health ministry spokesman said on Thursday. Earlier officials had given a toll of 19. Most of the victims were students. Another 52 people were wounded, 10 of them seriously.",
  27, None),
 ('en', '2026-05-20', 'Three soldiers killed in Mali ambush, army says',
  'Three Malian soldiers were killed on Tuesday when their patrol was ambushed near Boni, the army said in a statement. It said the attackers suffered "heavy losses" but gave no figure.',
  3, 0),
 ('en', '2026-06-11', 'Clashes in Tripoli kill 14',
  'Fighting between rival armed groups in the Libyan capital killed 14 people, including two civilians, the emergency medicine centre said on Wednesday. The clashes broke out late on Tuesday after the arrest of a militia commander. Dozens of families fled the area.',
  14, None),
 ('en', '2026-07-08', 'Rocket attack on Iraqi air base',
  'Five people were killed and 12 wounded when rockets hit an air base north of Baghdad on Monday, security sources said. Two of the dead were contractors. No group claimed the attack, the third on the base this month.',
  5, 12),
 ('en', '2026-08-15', 'Army says no casualties in drone attack',
  'Russian air defences shot down 17 drones over the Belgorod region overnight, the defence ministry said. The regional governor said no one was hurt, though a house caught fire.',
  0, 0),
 ('en', '2026-09-03', 'Four police killed in Balochistan',
  "Militants attacked a police station in Balochistan's Turbat district late on Tuesday, killing four policemen, officials said. Security forces later killed three of the attackers in a search operation, the military said.",
  7, None),
 ('en', '2026-10-10', 'Seven killed as Sudan shelling hits El Fasher',
  'Shelling by the Rapid Support Forces on a residential district of El Fasher killed seven civilians on Thursday, including three women, activists said. The RSF denied targeting civilians.',
  7, None),
 ('fr', '2026-02-16', "Burkina : douze civils tués dans l'Est",
  "Douze civils ont été tués samedi lors d'une attaque d'hommes armés contre le village de Kantchari, dans l'est du Burkina Faso, a appris l'AFP de sources locales. « Les assaillants ont ouvert le feu sur les habitants avant d'incendier des boutiques », a raconté un habitant. En décembre, une attaque similaire avait fait 30 morts dans la même zone.",
  12, None),
 ('fr', '2026-03-22', 'RDC : six morts dans une attaque contre un camp de déplacés',
  "Au moins six personnes ont été tuées et neuf autres blessées dans la nuit de jeudi à vendredi lors d'une attaque de rebelles contre un camp de déplacés près de Goma, selon des sources humanitaires.",
  6, 9),
 ('es', '2026-04-18', 'Asesinan a cinco personas en un bar de Guanajuato',
  'Un grupo armado irrumpió la noche del sábado en un bar de Celaya y asesinó a cinco personas, informó la fiscalía estatal. Otras dos personas resultaron heridas y fueron trasladadas a un hospital. En lo que va del año, más de 200 personas han sido asesinadas en el municipio.',
  5, 2),
 ('es', '2026-05-09', 'Mueren dos soldados en ataque del ELN',
  'Dos soldados murieron y otro resultó herido en un ataque con explosivos atribuido al ELN en el departamento de Arauca, informó el Ejército.',
  2, None),
 ('ru', '2026-06-01', 'В результате обстрела Горловки погибли три человека',
  'В результате обстрела Горловки погибли три мирных жителя, ещё восемь получили ранения, сообщил глава города. По его словам, снаряды попали в жилые дома и школу.',
  3, 8),
 ('uk', '2026-07-19', 'Росія вдарила по Сумах: двоє загиблих',
  'Унаслідок удару російських дронів по Сумах загинули двоє людей, ще 11 отримали поранення, повідомила обласна військова адміністрація.',
  2, 11),
 ('en', '2026-02-10', 'Bomb at Quetta market kills 11',
  'A bomb planted on a motorcycle exploded in a crowded vegetable market in Quetta on Monday, killing 11 people and wounding 25, police said. "Most of the wounded are in a stable condition," a doctor at the civil hospital said. The blast came a week after a suicide attack on a police convoy in the same city killed six officers.',
  11, 25),
 ('en', '2026-03-05', 'Nigeria: toll from church attack climbs',
  "The toll from Sunday's attack on a Catholic church in Ondo State has climbed to 19 after two of the wounded died in hospital, a state official said on Tuesday. Initial reports had put the number of dead at 17.",
  19, None),
 ('en', '2026-04-12', 'Eight killed in Somalia hotel siege',
  'Al-Shabaab fighters stormed a hotel in the Somali port city of Kismayo on Saturday, killing at least eight people before security forces ended the siege, officials said. All four attackers were killed, a police commander said.',
  8, None),
 ('en', '2026-05-27', 'Israeli strike in southern Lebanon',
  "An Israeli drone strike on a car in the southern Lebanese town of Bint Jbeil killed two men on Tuesday, Lebanon's state news agency said. Three passers-by were wounded. Israel's military said it had struck Hezbollah operatives.",
  2, 3),
 ('en', '2026-06-30', 'Protesters arrested in capital',
  'Police arrested at least 120 protesters in the capital on Sunday as they tried to march on parliament, a rights group said. No casualties were reported.',
  0, None),
 ('en', '2026-07-14', 'Floods and fighting: Sudan update',
  'Fighting between the army and the RSF in North Kordofan killed 31 civilians over the weekend, according to a local medical group. Separately, flooding in the east has displaced some 40,000 people this month.',
  31, None),
 ('fr', '2026-03-30', 'Mali : cinq soldats tués dans une embuscade',
  "Cinq soldats maliens ont été tués et plusieurs autres portés disparus dans une embuscade tendue par des jihadistes présumés dans la région de Ségou, a indiqué l'armée dans un communiqué. L'armée affirme avoir « neutralisé » une dizaine d'assaillants.",
  15, None),
 ('fr', '2026-05-02', 'Cameroun : trois morts dans une attaque séparatiste',
  "Trois personnes, dont un gendarme, ont été tuées jeudi lors d'une attaque attribuée à des séparatistes anglophones à Bamenda. Un enfant a également été blessé par balle, selon une source sécuritaire.",
  3, 1),
 ('es', '2026-01-25', 'Masacre en Zacatecas deja siete muertos',
  'Siete personas fueron asesinadas la madrugada de este domingo en una vivienda del municipio de Fresnillo, informaron autoridades estatales. Entre las víctimas hay dos mujeres y un menor de edad. Es la segunda masacre en la entidad en lo que va de enero.',
  7, None),
 ('es', '2026-08-08', 'Ataque con drones en el Cauca',
  'Cuatro militares murieron y seis más resultaron heridos en un ataque con drones cargados de explosivos contra una base del Ejército en el Cauca, informó el Ministerio de Defensa. El ministro atribuyó el ataque a disidencias de las FARC.',
  4, 6),
 ('ru', '2026-02-19', 'Шесть человек погибли при нападении в Дагестане',
  'Шесть человек, в том числе двое полицейских, погибли в результате нападения боевиков на пост ДПС в Дагестане, сообщили в МВД республики. Нападавшие были ликвидированы.',
  6, None),
 ('uk', '2026-09-12', 'Обстріл Херсона: троє загиблих',
  'Російські війська обстріляли Херсон, загинули троє мешканців міста, ще 14 дістали поранення, повідомив начальник обласної військової адміністрації.',
  3, 14),
 ('fr', '2026-04-04', "Niger : neuf soldats tués, l'armée revendique 40 terroristes neutralisés",
  "Neuf militaires nigériens ont perdu la vie jeudi dans une attaque contre leur position à Tillia, a annoncé le ministère de la Défense. Selon le communiqué, la riposte de l'armée a permis de neutraliser une quarantaine d'assaillants.",
  49, None),
 ('fr', '2026-06-21', 'Attaque au couteau à Mulhouse',
  'Un homme a attaqué des passants au couteau samedi après-midi dans le centre de Mulhouse. Un premier bilan faisait état de trois morts ; un des blessés a succombé dans la soirée, portant le bilan à quatre morts. Sept personnes restent hospitalisées.',
  4, 7),
 ('es', '2026-03-12', 'Enfrentamientos entre carteles dejan 12 muertos en Sinaloa',
  'Al menos doce personas murieron en enfrentamientos armados entre facciones del Cártel de Sinaloa en varios puntos de Culiacán, informó la Secretaría de Seguridad estatal. Entre los muertos hay tres presuntos sicarios abatidos por elementos del Ejército.',
  12, None),
 ('es', '2026-09-29', 'Ataque armado en un velorio',
  'Hombres armados dispararon contra los asistentes a un velorio en el municipio de Tumaco. Dos personas murieron en el lugar y una tercera falleció horas después en el hospital, según la Policía.',
  3, None),
 ('ru', '2026-05-15', 'Атака на Белгород',
  'В результате обстрела Белгорода погибли четыре человека, ещё 12 получили ранения, сообщил губернатор. Позднее в больнице скончался ещё один пострадавший.',
  5, 11),
 ('ru', '2026-07-02', 'В Сирии при взрыве погибли десять человек',
  'По данным Сирийской обсерватории по правам человека, десять человек, в том числе шесть военнослужащих, погибли при взрыве заминированного автомобиля в провинции Алеппо.',
  10, None),
 ('uk', '2026-10-05', "Удар по Харкову: п'ятеро загиблих",
  "Кількість загиблих унаслідок удару по Харкову зросла до п'яти, повідомив мер міста. Раніше йшлося про трьох загиблих.",
  5, None),
 # whole reports in several paragraphs, with a background of earlier tolls
 ('fr', '2026-03-09', "Burkina Faso : au moins 14 morts dans l'attaque d'un marché à Djibo",
  "Au moins quatorze personnes ont été tuées et vingt-deux autres blessées dimanche lors d'une attaque contre le marché de bétail de Djibo, dans le nord du Burkina Faso, ont indiqué lundi des sources locales et sécuritaires.\n\n« Des individus armés sont arrivés à moto vers 10 heures et ont tiré sur la foule », a raconté à l'AFP un commerçant joint par téléphone. « J'ai compté au moins dix corps sur place. »\n\nUne source sécuritaire a confirmé le bilan, précisant que parmi les morts figuraient trois supplétifs civils de l'armée, les Volontaires pour la défense de la patrie (VDP). Les blessés ont été évacués vers le centre médical de la ville.\n\nLe Burkina Faso est confronté depuis 2015 à des violences jihadistes qui ont fait plus de 20 000 morts et plus de deux millions de déplacés. En novembre dernier, une attaque contre un détachement militaire dans la même province avait fait 40 morts parmi les soldats.",
  14, 22),
 ('es', '2026-07-21', 'Masacre en Michoacán: asesinan a nueve integrantes de una familia',
  'Nueve integrantes de una misma familia, entre ellos tres menores de edad, fueron asesinados la noche del domingo en una vivienda de la comunidad de El Salitre, en el municipio de Aguililla, informó este lunes la Fiscalía General del Estado.\n\nDe acuerdo con el reporte, un grupo de hombres armados irrumpió en el domicilio y abrió fuego contra los ocupantes. Una mujer de 60 años sobrevivió al ataque y fue trasladada a un hospital de Apatzingán, donde se reporta estable.\n\nLa región de Tierra Caliente vive desde hace años una disputa entre cárteles. En lo que va del año, la fiscalía ha contabilizado más de 1.200 homicidios dolosos en el estado. En marzo, otra masacre en el municipio vecino de Coalcomán dejó 11 muertos.',
  9, None),
 ('ru', '2026-04-27', 'В Махачкале при взрыве на заправке погибли семь человек',
  'Семь человек погибли и 15 получили ранения в результате взрыва на автозаправочной станции в Махачкале, сообщили в понедельник в региональном управлении МЧС.\n\nПо данным ведомства, взрыв произошёл около 22:00 по местному времени, после чего начался пожар площадью 600 квадратных метров. Среди погибших — двое детей. Пострадавшие доставлены в больницы города, состояние четверых оценивается как тяжёлое.\n\nВ августе прошлого года в результате аналогичного взрыва на заправке в Махачкале погибли 35 человек.',
  7, 15),
 ('en', '2026-11-02', 'Nigeria: gunmen kill 12 in Plateau attack',
  'JOS, Nigeria, Nov 1 - Gunmen killed at least 12 people in an overnight attack on a village in Nigeria\'s central Plateau state, police and residents said on Sunday.\n\n"The attackers came around midnight and started shooting sporadically," said a resident, Danjuma Yakubu. "We have buried 12 people so far, and some are still missing."\n\nA police spokesman confirmed the attack but said the number of dead was "still being verified". Plateau has been hit by repeated attacks that have killed more than 300 people since the start of the year, according to Amnesty International.',
  12, None),
 ('es', '2026-05-18', 'Emboscada contra militares deja seis muertos en el Catatumbo',
  'Seis militares murieron y otros tres resultaron heridos este domingo en una emboscada en zona rural del municipio de Tibú, en la región del Catatumbo, informó el Ejército Nacional.\n\nSegún el comunicado, los uniformados patrullaban la vereda Campo Dos cuando fueron atacados con explosivos y fusiles por integrantes del ELN. "Rechazamos este ataque cobarde contra nuestros soldados", dijo el ministro de Defensa.\n\nLos heridos fueron evacuados en helicóptero a Cúcuta. Con este hecho, ya son 23 los militares asesinados en la región en lo que va del año, según cifras de la Defensoría del Pueblo.',
  6, 3),
 ('ru', '2026-08-03', 'В Сирии в результате авиаудара погибли четыре человека',
  'Четыре человека, в том числе двое детей, погибли в результате авиаудара по жилому кварталу в провинции Идлиб, сообщили в воскресенье местные спасатели.\n\n«Мы извлекли из-под завалов четыре тела, поиски продолжаются», — заявил представитель службы «Белые каски». По его словам, несколько человек получили ранения.\n\nС начала года в провинции в результате авиаударов погибли более 150 мирных жителей.',
  4, None),
 ('uk', '2026-06-14', 'Удар по Запоріжжю: троє загиблих, 20 поранених',
  'Унаслідок ракетного удару по Запоріжжю загинули три людини, ще 20 дістали поранень, повідомив у неділю начальник обласної військової адміністрації.\n\nЗа його словами, ракета влучила в житловий будинок. Серед поранених — двоє дітей. Рятувальники продовжують розбирати завали.\n\nМинулого тижня внаслідок удару по місту загинули 11 людей.',
  3, 20),
 ('en', '2026-02-23', 'Five killed in Cameroon separatist attack',
  'YAOUNDE, Feb 22 - Suspected separatist fighters killed five people, including a village chief, in an attack in Cameroon\'s North-West region on Saturday, a local official said.\n\nThe gunmen stormed the village of Bali at dawn and opened fire on residents, the official said, asking not to be named. "They shot the chief in front of his family," said a relative.\n\nThe conflict between government forces and separatists seeking an independent English-speaking state has killed more than 6,000 people since 2017, according to the International Crisis Group.',
  5, None),
 ('fr', '2026-10-12', 'Deux morts dans une fusillade à Marseille',
  "Deux hommes ont été tués par balles et cinq autres personnes blessées dans la nuit de samedi à dimanche dans les quartiers nord de Marseille, a-t-on appris de source policière.\n\nLes victimes, âgées de 19 et 24 ans, ont été touchées par plusieurs tirs d'arme automatique. Depuis le début de l'année, 41 personnes ont trouvé la mort dans des règlements de comptes liés au trafic de drogue dans la ville.",
  2, 5),
]

test_report_with_its_headline_and_date = dated_report_tests(REPORTS)


# a range whose opening word the parser hung on the clause ("and between") or on the verb as a
# preposition: one range, not a list of two counts (the property test found "4 and 9" read as 13)
RANGES = [
 ('en', 'A policeman was shot dead and between 4 and 9 police officers were arrested.', 'detained', 4, 9),
 ('en', 'Police arrested between 4 and 9 officers after the clash.', 'detained', 4, 9),
 ('fr', 'Un policier a été tué et entre 4 et 9 agents ont été arrêtés.', 'detained', 4, 9),
]


@pytest.mark.parametrize("language,text,category,low,high", RANGES)
def test_a_range_opened_apart_is_one_range(reader, language, text, category, low, high):
    r = read_in(reader, text, language).toll.get(category)
    assert (r.low, r.high) == (low, high)
