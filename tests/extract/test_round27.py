"""Summaries of our own (twenty-seventh round), with the killed and injured best each must give,
written by hand before the mends that meet them ran on them: agency leads, incident lines,
newswire in capitals, press releases and attacks on defenders in English; leads in French,
Spanish, Russian and Ukrainian; short reports with headlines. ("scores wounded" is the vague
table's best, 69.) Most passed on first run; these missed: "left two police officers dead and a
third seriously injured" (the ordinal an adverbial of the bare participle), "killed everyone on
board the bus, 22 people in all" (the counted apposition hung on the subject), "the villagers,
mostly women and children" (a plural described by bare plurals counted three times), "Two
explosions near a stadium wound at least 19 people, including a policeman" (a headline's present
tense, "including" taken for a verb of the sentence), "the number of dead had risen to 44 and the
wounded to nearly 200" (the conjunct's figure read as the toll's), "the number of injured to 40"
(the figure read as the toll's victims), "bringing the number of troops killed this month to 23"
(the running toll's time read as the incident's), "put the toll at 9 but later revised it to 13",
"The wounded, numbering about 40", "Los heridos, unos cuarenta", "survived the attack with
gunshot wounds", "Au moins sept personnes, dont une fillette de six ans, ont péri" (the part made
the relative clause, "péri" an adjective), "обстрілу Харкова" (a place's name read as a victim:
the parser marks it inanimate) and "загинув водій, пасажира госпіталізовано" (the object joined
to the subject before it); "A soldier was killed along with two civilians" and "murió junto a
otros cuatro" (the companion hung on the verb, not on the victim); "for the 40 people killed by
police during the 2019 uprising" and "the 2019 uprising, in which 40 people were killed" (an
earlier event named by its year); "The second, an hour later near a market, killed two and wounded
three" (a second blast's figures read as details of the first's: the packs'
`separate_opening_pattern`). Verbs of dying the packs lacked: fr "se noyer", ru "утонуть", uk
"потонути", "втопитися"; ru "оборвать жизнь", uk "обірвати життя"; uk and ru nouns of people in
"-ян" ("парафіян", "селян"); es "privar de la vida" (killed, as "privar de la libertad" is kidnapped); "tuées par balle
lundi soir dans un quartier de Marseille" (the window after a figure cut "Mars[eille]", read as
the month: an earlier episode in a September report); "arrested the suspected mastermind of the attack and three
accomplices" (the counted people joined to "attack"); ru/uk official lines: "погибли 12 человек,
из них трое детей, еще 30 ..." (an aside after another aside), "о гибели двух ... и ранении еще
пятерых" (a genitive numeral after "ранение", now a nominal of injury whose victims must be
people), "загальна кількість загиблих сягнула 12" (the Ukrainian past given to the parser as a
participle), "Есть погибший", "є загиблий" (one dead, a singular state word under a verb of
presence); "le bilan, passé de 12 à 19 morts" (a range under a verb of update is its end: 19),
"los cuerpos sin vida de tres hombres" (the counted owner hung on the finding noun); "a frappé
l'école, blessant un enseignant et onze élèves" (the gerund's objects hung before it:
ud_repairs.objects_hung_before_gerunds); "Среди 23 раненых — пятеро полицейских" (members after a
dash, no state of their own: 23, was 28). NO_FIGURES are sentences that must give no casualty."""
from .helpers import category_tests, headline_tests, summary_tests

AGENCY_LEADS = [
 ('en', 'A roadside bomb tore through a minibus carrying wedding guests near Kandahar on Friday, killing 11 of them, provincial officials said.', 11, 0),
 ('en', 'Gunmen on motorbikes opened fire on a market in northern Burkina Faso, leaving at least 23 traders dead and scores wounded.', 23, 69),
 ('en', 'The bodies of nine farmers were recovered from a well in Benue state two days after they went missing.', 9, 0),
 ('en', 'An air strike hit a fuel depot outside Sanaa, and the Houthi-run health ministry put the death toll at 14.', 14, 0),
 ('en', 'Three paramedics were among the 17 people killed when shells struck the hospital compound.', 17, 0),
 ('en', 'Police said a teenager was stabbed to death and two of his friends were hurt in the attack.', 1, 2),
 ('en', 'Security forces shot dead four suspected militants at a checkpoint in Pulwama, an army spokesman said.', 4, 0),
 ('en', 'A suicide bomber blew himself up at a police academy, killing 31 cadets and wounding 60 others.', 31, 60),
 ('en', 'The clashes claimed the lives of 12 soldiers and an unknown number of insurgents.', 12, 0),
 ('en', 'Eight civilians, including a pregnant woman, lost their lives when a mortar round landed in a crowded square.', 8, 0),
 ('en', 'At least 40 people have died in a week of fighting between two clans in central Somalia, elders said.', 40, 0),
 ('en', 'Five members of one family perished when their house was hit by a rocket overnight.', 5, 0),
 ('en', 'The attack left two police officers dead and a third seriously injured.', 2, 1),
 ('en', 'Unidentified assailants abducted a local chief and killed his driver on the road to Gao.', 1, 0),
 ('en', 'A landmine explosion killed a shepherd and maimed his 10-year-old son in Kunar.', 1, 1),
 ('en', 'Fighting in the outskirts of the city has left 58 combatants dead since Tuesday, according to a monitoring group.', 58, 0),
 ('en', "The death toll from Sunday's bombing of a church has climbed to 27, the health ministry said on Tuesday.", 27, 0),
 ('en', 'Two journalists covering the protest were shot and wounded by security forces.', 0, 2),
 ('en', "Militants stormed a girls' school, killing the headmistress and two teachers.", 3, 0),
 ('en', 'Rescue workers pulled 19 bodies from the rubble of the apartment block after the strike.', 19, 0),
 ('en', 'More than 70 people were injured, several of them critically, when a car bomb exploded near the ministry.', 0, 70),
 ('en', 'The ambush killed a district governor, three of his guards and a civilian passer-by.', 5, 0),
 ('en', 'A drone strike on a vehicle in Marib killed its four occupants, tribal sources said.', 4, 0),
 ('en', 'Fifteen soldiers died and 22 were wounded when their convoy came under attack in the Sinai.', 15, 22),
 ('en', 'An Israeli air raid on a house in Rafah killed a couple and their three children, medics said.', 5, 0),
 ('en', 'Two people succumbed to their wounds in hospital, raising the toll to six.', 6, 0),
 ('en', 'Kidnappers released 12 of the 30 passengers they seized last week; the rest remain captive.', 0, 0),
 ('en', 'A bomb hidden in a rubbish bin injured 14 shoppers in the town centre.', 0, 14),
 ('en', 'Gunmen killed a policeman and a soldier in separate attacks in Balochistan on Monday.', 2, 0),
 ('en', 'The explosion killed everyone on board the bus, 22 people in all.', 22, 0),
 ('en', 'The blast killed 18 people, including the bomber, police said.', 18, 0),
 ('en', 'Police said 18 people died, not counting the two attackers.', 18, 0),
 ('en', 'The attack killed five soldiers, bringing the number of troops killed this month to 23.', 5, 0),
 ('en', 'Four policemen were among at least 10 people killed in the twin bombings.', 10, 0),
 ('en', 'A second soldier died of his wounds on Friday, a day after an attack that killed one of his comrades.', 2, 0),
 ('en', 'Officials initially put the toll at 9 but later revised it to 13.', 13, 0),
 ('en', 'The wounded, numbering about 40, were taken to three hospitals.', 0, 40),
 ('en', 'No one was hurt in the blast, which shattered windows along the street.', 0, 0),
 ('en', 'Only the driver survived the ambush, in which six passengers were killed.', 6, 0),
 ('en', 'The militants executed two of the hostages and freed the remaining five.', 2, 0),
 ('en', 'Twenty-three migrants drowned after their boat capsized while fleeing the fighting.', 23, 0),
 ('en', 'An elderly couple was found hacked to death in their farmhouse.', 2, 0),
 ('en', 'Shots fired by soldiers killed a protester and injured a dozen more.', 1, 12),
 ('en', 'Security forces said 7 militants and a soldier died in the gunfight.', 8, 0),
]

ORDINALS_AND_APPOSITIONS = [
 ('en', 'The attack left two police officers dead and a third seriously injured.', 2, 1),
 ('en', 'Two soldiers were killed and a third wounded in the ambush.', 2, 1),
 ('en', 'Gunmen shot dead two guards and wounded a third.', 2, 1),
 ('en', 'Two soldiers were killed; a third died later in hospital.', 3, 0),
 ('en', 'The explosion killed everyone on board the bus, 22 people in all.', 22, 0),
 ('en', 'The blast killed the passengers of the bus, 22 people in all.', 22, 0),
]

INCIDENT_LINES = [
 ('en', 'A car bomb exploded outside a police station in Diyarbakır, killing two officers and injuring 11 people, among them four civilians.', 2, 11),
 ('en', 'Two gunmen fired on worshippers leaving a mosque; one person died and nine were hurt.', 1, 9),
 ('en', 'A grenade thrown into a bar injured 17 patrons, three of whom were later transferred to the capital.', 0, 17),
 ('en', 'Suicide attack on a funeral; 26 killed, more than 50 injured.', 26, 50),
 ('en', 'An IED targeted a bus of pilgrims, injuring 32 and killing no one.', 0, 32),
 ('en', 'Five people were injured when a parcel bomb sent to a newspaper office exploded in the mailroom.', 0, 5),
 ('en', 'Bomb blast at a bus terminal kills 4 and wounds 28; no group claims responsibility.', 4, 28),
 ('en', 'Arson attack on a refugee shelter leaves 6 residents with burns and smoke inhalation.', 0, 6),
 ('en', 'Gunmen attack a wedding party, killing the groom and wounding eight guests.', 1, 8),
 ('en', 'Two explosions near a stadium wound at least 19 people, including a policeman.', 0, 19),
 ('en', 'A knife attacker wounded three people at a railway station before being shot by police.', 0, 3),
 ('en', 'A bomb went off in a crowded bus, wounding all 34 passengers and the driver.', 0, 35),
 ('en', 'Shelling of a residential district injured 23 civilians, among them seven children, the local administration said.', 0, 23),
 ('en', 'Rocket strike on an oil refinery; one worker killed and 14 hospitalised.', 1, 14),
]

NEWSWIRE_IN_CAPITALS = [
 ('en', 'SALVADORAN ARMY TROOPS KILLED 14 FMLN GUERRILLAS IN A CLASH IN THE JURISDICTION OF SAN MIGUEL, THE ARMED FORCES PRESS COMMITTEE REPORTED TODAY.', 14, 0),
 ('en', 'A GROUP OF HEAVILY ARMED MEN MURDERED PEASANT LEADER JOSE RAMIREZ AND HIS WIFE IN FRONT OF THEIR HOME.', 2, 0),
 ('en', 'THE BOMB, WHICH WAS PLACED UNDER A PARKED CAR, DESTROYED THREE SHOPS BUT CAUSED NO CASUALTIES.', 0, 0),
 ('en', 'POLICE SOURCES SAID THAT TWO POLICEMEN WERE WOUNDED WHEN TERRORISTS FIRED ON A PATROL CAR IN MEDELLIN.', 0, 2),
 ('en', 'DURING THE ATTACK, THE REBELS KILLED A SOLDIER AND WOUNDED FIVE OTHERS, ACCORDING TO AN ARMY COMMUNIQUE.', 1, 5),
 ('en', 'URBAN COMMANDOS ATTACKED THE HOME OF A SUPREME COURT JUSTICE WITH EXPLOSIVES. THERE WERE NO VICTIMS.', 0, 0),
 ('en', 'THE CORPSES OF SIX YOUNG MEN, WHO HAD BEEN TORTURED, WERE FOUND ON THE OUTSKIRTS OF THE CAPITAL.', 6, 0),
 ('en', 'IT WAS REPORTED THAT 12 PEASANTS DIED IN THE AERIAL BOMBINGS CARRIED OUT BY THE AIR FORCE.', 12, 0),
 ('en', 'THE EXPLOSION OF A CAR BOMB IN FRONT OF THE DAS HEADQUARTERS LEFT 63 PEOPLE DEAD AND OVER 500 INJURED.', 63, 500),
]

PRESS_RELEASES = [
 ('en', 'KABUL, Afghanistan - An Afghan and coalition security force detained several suspected insurgents during an operation in Kandahar province last night.', 0, 0),
 ('en', 'During the operation the security force killed two armed insurgents who fired on the force from a compound.', 2, 0),
 ('en', 'The combined force detained a Taliban facilitator and two of his associates in Nad-e Ali district.', 0, 0),
 ('en', 'An ISAF service member died following an improvised explosive device attack in southern Afghanistan today.', 1, 0),
 ('en', 'Afghan National Police, supported by coalition forces, captured a Haqqani network leader and detained four additional suspects.', 0, 0),
 ('en', 'No civilians were harmed during the operation.', 0, 0),
 ('en', 'After the engagement, the force found the bodies of three insurgents, along with rifles and grenades.', 3, 0),
 ('en', 'Two civilians were wounded in the cross-fire and were treated at a coalition medical facility.', 0, 2),
 ('en', 'The force detained a suspected insurgent for further questioning; no shots were fired.', 0, 0),
 ('en', 'Several insurgents were killed when the security force returned fire.', 3, 0),
]

DEFENDERS_ATTACKED = [
 ('en', 'Environmental defender Maria Lopez was shot dead by two men on a motorcycle outside her home in Honduras.', 1, 0),
 ('en', 'The body of indigenous leader Juan Perez was found with gunshot wounds two days after he was reported missing.', 1, 0),
 ('en', 'Land rights activist Samuel Otieno was abducted by unidentified men and later found dead in a forest.', 1, 0),
 ('en', 'Trade unionist Ahmed Karim survived an assassination attempt when gunmen opened fire on his car; his bodyguard was wounded.', 0, 1),
 ('en', 'Human rights lawyer Daniel Mwangi and his driver were killed in an ambush; their bodies were recovered from a river.', 2, 0),
 ('en', 'Community leader Rosa Martinez, 45, was murdered in front of her children.', 1, 0),
 ('en', 'Two members of a peasant association were gunned down in separate attacks in Cauca last week.', 2, 0),
]

FRENCH_LEADS = [
 ('fr', 'Des hommes armés ont ouvert le feu sur un marché du centre du Mali, tuant au moins 18 civils, selon des sources locales.', 18, 0),
 ('fr', "L'explosion d'un engin artisanal au passage d'un convoi a coûté la vie à trois casques bleus tchadiens.", 3, 0),
 ('fr', "Le bilan de l'attaque contre la caserne s'est alourdi à 29 morts, a annoncé le gouvernement mardi.", 29, 0),
 ('fr', "Deux gendarmes ont été tués et quatre autres blessés lors d'une embuscade près de la frontière.", 2, 4),
 ('fr', 'Un enseignant a été enlevé puis exécuté par des jihadistes présumés dans la région de Tillabéri.', 1, 0),
 ('fr', "Les corps de douze bergers ont été retrouvés près d'un puits.", 12, 0),
 ('fr', "L'attaque n'a fait aucune victime, selon l'état-major.", 0, 0),
 ('fr', 'Une frappe de drone a tué le chef local du groupe et deux de ses lieutenants.', 3, 0),
 ('fr', "Au moins sept personnes, dont une fillette de six ans, ont péri dans l'incendie provoqué par les bombardements.", 7, 0),
 ('fr', 'Les affrontements ont fait une quarantaine de blessés parmi les manifestants.', 0, 40),
 ('fr', 'Un policier a été blessé par balle; il a succombé à ses blessures dans la nuit.', 1, 0),
 ('fr', 'Le maire de la commune et son adjoint ont été assassinés à leur domicile.', 2, 0),
 ('fr', "Les autorités ont d'abord fait état de 9 morts, avant de revoir ce bilan à la hausse, à 13.", 13, 0),
 ('fr', "Le bilan s'élève à 12 morts et celui des blessés à 40.", 12, 40),
 ('fr', 'Deux soldats ont été tués et un troisième grièvement blessé.', 2, 1),
]

SPANISH_LEADS = [
 ('es', 'Hombres armados irrumpieron en una fiesta y mataron a siete jóvenes en Guanajuato, informó la fiscalía estatal.', 7, 0),
 ('es', 'Un policía murió y otros dos resultaron heridos tras un ataque armado contra una patrulla.', 1, 2),
 ('es', 'La explosión de un coche bomba dejó al menos 12 muertos y 40 heridos frente a una comisaría.', 12, 40),
 ('es', 'Los cuerpos de cinco hombres fueron hallados en una fosa clandestina.', 5, 0),
 ('es', 'El ataque con drones no dejó víctimas, según el gobierno regional.', 0, 0),
 ('es', 'Un líder indígena fue asesinado a tiros frente a su casa en el Cauca.', 1, 0),
 ('es', 'Cuatro militares perdieron la vida al pisar una mina antipersonal en Norte de Santander.', 4, 0),
 ('es', 'La cifra de fallecidos por el atentado ascendió a 23, confirmó el ministerio de Salud.', 23, 0),
 ('es', 'Dos soldados fueron secuestrados y un tercero resultó herido en la emboscada.', 0, 1),
 ('es', 'Una niña de nueve años murió alcanzada por una bala perdida durante un enfrentamiento entre bandas.', 1, 0),
 ('es', 'Sicarios asesinaron al alcalde del municipio, a su escolta y a un transeúnte.', 3, 0),
 ('es', 'El bombardeo causó la muerte de diez combatientes y dejó una treintena de heridos.', 10, 30),
 ('es', 'Las autoridades informaron inicialmente de nueve muertos, pero luego elevaron la cifra a 13.', 13, 0),
 ('es', 'El ataque mató a cinco soldados, con lo que suman 23 los militares asesinados este mes.', 5, 0),
 ('es', 'La cifra de muertos subió a 12 y la de heridos a 40.', 12, 40),
 ('es', 'Los heridos, unos cuarenta, fueron trasladados a tres hospitales.', 0, 40),
 ('es', 'Dos soldados murieron y un tercero resultó gravemente herido.', 2, 1),
]

RUSSIAN_LEADS = [
 ('ru', 'В результате обстрела Горловки погибли двое мирных жителей, ещё пятеро получили ранения, сообщил глава города.', 2, 5),
 ('ru', 'Боевики напали на блокпост в Дагестане; убиты трое полицейских, один ранен.', 3, 1),
 ('ru', 'При взрыве на рынке в Кабуле погибли по меньшей мере 15 человек, более 40 пострадали.', 15, 40),
 ('ru', 'Тела семерых солдат были обнаружены в лесу неподалёку от границы.', 7, 0),
 ('ru', 'В ходе столкновений на границе погиб пограничник, ещё двое военнослужащих получили ранения.', 1, 2),
 ('ru', 'Число жертв теракта в концертном зале возросло до 137 человек.', 137, 0),
 ('ru', 'Беспилотник атаковал микроавтобус, погибли водитель и двое пассажиров.', 3, 0),
 ('ru', 'Пятеро сотрудников полиции задержаны по подозрению в пытках.', 0, 0),
 ('ru', 'Сапёр подорвался на мине во время разминирования поля и погиб.', 1, 0),
 ('ru', 'В Нигерии боевики похитили более 80 школьников.', 0, 0),
 ('ru', 'Жертвами авиаудара стали 11 человек, в том числе четверо детей.', 11, 0),
]

UKRAINIAN_LEADS = [
 ('uk', 'Унаслідок ракетного удару по Одесі загинули четверо людей, ще 12 отримали поранення, повідомив голова ОВА.', 4, 12),
 ('uk', 'Тіла трьох цивільних знайшли у підвалі зруйнованого будинку.', 3, 0),
 ('uk', 'Кількість загиблих унаслідок удару по Дніпру зросла до 46.', 46, 0),
 ('uk', "Під час обстрілу Харкова поранено дев'ятеро людей, серед них дитина.", 0, 9),
 ('uk', 'Внаслідок атаки дронів ніхто не постраждав.', 0, 0),
 ('uk', 'Російський дрон атакував автомобіль, загинув водій, пасажира госпіталізовано з пораненнями.', 1, 1),
 ('uk', 'Двоє рятувальників загинули під час повторного удару по місцю влучання.', 2, 0),
]

REPORTS = [
 ('en', 'Two blasts in Quetta',
  'Two bombs exploded in Quetta on Tuesday. The first, outside a police station, killed four people and wounded six. The second, an hour later near a market, killed two and wounded three.',
  6, 9),
 ('fr', 'Deux explosions à Quetta',
  "Deux bombes ont explosé mardi à Quetta. La première explosion, devant un poste de police, a tué quatre personnes et en a blessé six. La deuxième explosion, une heure plus tard près d'un marché, a tué deux personnes et en a blessé trois.",
  6, 9),
 ('es', 'Dos explosiones en Quetta',
  'Dos bombas estallaron el martes en Quetta. La primera explosión, frente a una comisaría, mató a cuatro personas e hirió a seis. La segunda explosión, una hora después cerca de un mercado, mató a dos personas e hirió a tres.',
  6, 9),
 ('ru', 'Два взрыва в Кветте',
  'Во вторник в Кветте прогремели два взрыва. Первый взрыв у полицейского участка унес жизни четырех человек, еще шестеро были ранены. Второй взрыв прогремел через час у рынка: погибли два человека, трое ранены.',
  6, 9),
 ('en', 'Gunmen kill nine at Nigerian village',
  'Gunmen killed nine villagers in an overnight raid on a community in Zamfara state, police said on Sunday. The attackers arrived on motorcycles and set fire to houses, a police spokesman said. Last month, 30 people were killed in a similar attack in a neighbouring district. Residents said some of the victims were burned in their homes.',
  9, 0),
 ('en', 'Shelling hits town market',
  'Artillery shells hit the central market of the town on Saturday morning. Four people died at the scene and six were taken to hospital with shrapnel wounds, the regional governor wrote on Telegram. He said two of the wounded were children.',
  4, 6),
 ('en', 'Clashes between herders and farmers',
  'Seven people died in clashes between herders and farmers in central Chad, the government said. The dead included two women. The violence broke out over access to a water point.',
  7, 0),
 ('fr', 'Affrontements à la frontière kirghize-tadjike',
  "Le bilan des affrontements entre le Kirghizstan et le Tadjikistan s'élève désormais à 81 morts. Bichkek a fait état de 46 morts dans ses rangs, Douchanbé de 35. Les deux pays se rejettent la responsabilité des combats.",
  81, 0),
 ('es', 'Ataque armado en bar de Guanajuato',
  'Seis personas murieron y tres más resultaron heridas luego de que un grupo armado atacara un bar en Celaya, informaron autoridades municipales. Los agresores huyeron del lugar. Según la fiscalía, en lo que va del año se han registrado más de 200 homicidios en el municipio.',
  6, 3),
 ('es', 'Sube a nueve la cifra de muertos',
  'La cifra de muertos por el ataque con explosivos contra una base militar en el Cauca subió a nueve, informó el Ejército. Inicialmente se había reportado la muerte de cuatro soldados. Otros dos militares permanecen desaparecidos.',
  9, 0),
 ('ru', 'Обстрел Донецка',
  'В результате обстрела Донецка погибли три человека, еще семеро получили ранения, сообщил глава города. Накануне в результате обстрела Горловки погибли двое мирных жителей.',
  3, 7),
 ('ru', 'Столкновения на границе',
  'Число погибших в результате конфликта на киргизско-таджикской границе выросло до 24 человек, сообщил Минздрав Киргизии. Ранее сообщалось о 13 погибших.',
  24, 0),
 ('uk', 'Удар по Одесі',
  'Унаслідок нічної атаки дронів на Одесу загинули троє людей, ще 25 поранені, повідомив голова обласної військової адміністрації. Серед поранених троє дітей.',
  3, 25),
]

NO_FIGURES = [
 ('en', 'Protesters marched to demand justice for the 40 people killed by police during the 2019 uprising.', 0, 0),
 ('en', 'The government denied reports that anyone had been killed during the operation.', 0, 0),
 ('en', 'The group threatened to kill the hostages if its demands were not met.', 0, 0),
 ('en', 'A court sentenced two men to life in prison for the murder of a journalist in 2017.', 0, 0),
 ('en', 'Relatives gathered at the cemetery to mark the anniversary of the massacre of 31 miners.', 0, 0),
 ('en', 'The rebels said they were ready to lay down their arms if 500 prisoners were released.', 0, 0),
 ('en', 'No casualties were reported after the bomb was defused by army experts.', 0, 0),
 ('en', 'The minister said the attack, which caused no injuries, was an act of intimidation.', 0, 0),
 ('en', 'Troops fired tear gas to disperse some 2,000 demonstrators; no injuries were reported.', 0, 0),
 ('en', 'The militia has killed more than 3,000 people since 2015, according to the UN.', 0, 0),
 ('en', 'The report said at least 120 children were recruited as soldiers last year.', 0, 0),
 ('en', 'Doctors Without Borders said its clinic had treated 300 patients for malaria this month.', 0, 0),
 ('en', 'Police foiled a plot to kill the governor and arrested four suspects.', 0, 0),
 ('en', 'The hostages, 12 foreign workers, were freed unharmed after three weeks in captivity.', 0, 0),
 ('en', 'Gunmen fired into the air to scare villagers but hurt no one.', 0, 0),
 ('en', 'An attempt on the life of the mayor failed when the bomb did not explode.', 0, 0),
 ('fr', "Le groupe a menacé de tuer les otages si ses revendications n'étaient pas satisfaites.", 0, 0),
 ('fr', "Aucune victime n'a été signalée après le désamorçage de la bombe.", 0, 0),
 ('fr', "Le tribunal a condamné deux hommes à la prison à vie pour le meurtre d'un journaliste en 2017.", 0, 0),
 ('fr', "La milice a tué plus de 3 000 personnes depuis 2015, selon l'ONU.", 0, 0),
 ('es', 'El grupo amenazó con matar a los rehenes si no se cumplían sus exigencias.', 0, 0),
 ('es', 'No se reportaron víctimas tras la desactivación del artefacto explosivo.', 0, 0),
 ('es', 'Un juez condenó a dos hombres por el asesinato de un periodista en 2017.', 0, 0),
 ('es', 'Los secuestrados, 12 trabajadores extranjeros, fueron liberados sanos y salvos.', 0, 0),
 ('ru', 'Участники акции потребовали наказать виновных в гибели 40 человек во время протестов 2019 года.', 0, 0),
 ('ru', 'Боевики пригрозили убить заложников, если их требования не будут выполнены.', 0, 0),
 ('ru', 'Пострадавших нет, бомбу обезвредили сапёры.', 0, 0),
 ('ru', 'Суд приговорил двух мужчин к пожизненному заключению за убийство журналиста в 2017 году.', 0, 0),
 ('uk', 'Суд засудив двох чоловіків за вбивство журналіста у 2017 році.', 0, 0),
 ('uk', 'Внаслідок атаки ніхто не загинув і не постраждав.', 0, 0),
]

VERBS_OF_DYING = [
 ('en', 'Eleven villagers were slain by raiders who came at dawn.', 11, 0),
 ('en', 'The clashes resulted in 14 fatalities, according to the monitor.', 14, 0),
 ('en', 'Fighting over the weekend caused at least 30 casualties, including 12 deaths.', 12, 0),
 ('en', 'Militants massacred 40 villagers in a night raid.', 40, 0),
 ('en', 'Four prisoners died in custody last month, the commission said.', 0, 0),
 ('en', 'Three hostages were beheaded by the group.', 3, 0),
 ('en', 'Six men were hanged in public for collaborating, residents said.', 6, 0),
 ('en', 'Gunmen mowed down 9 worshippers outside the mosque.', 9, 0),
 ('en', 'Two children drowned when a boat carrying displaced families capsized during the shelling.', 2, 0),
 ('en', 'The mob burned alive a suspected thief.', 1, 0),
 ('en', 'Five demonstrators were crushed to death in the stampede that followed the gunfire.', 5, 0),
 ('en', 'The bloodshed left 23 people dead, officials said.', 23, 0),
 ('en', 'Eight fighters were martyred in the clashes, the group said.', 8, 0),
 ('en', 'The shelling took the lives of 4 civilians.', 4, 0),
 ('en', 'Two aid workers lost their lives when their car came under fire.', 2, 0),
 ('en', 'Seven bodies bearing gunshot wounds were dumped on a roadside.', 7, 0),
 ('en', 'A policeman was gunned down outside his home.', 1, 0),
 ('en', 'An attack on a bus left 5 dead and 12 hurt.', 5, 12),
 ('fr', "Onze villageois ont été massacrés par des assaillants venus à l'aube.", 11, 0),
 ('fr', "Les combats ont fait 14 victimes, selon l'ONG.", 0, 0),
 ('fr', 'Trois otages ont été décapités par le groupe.', 3, 0),
 ('fr', 'Une balle perdue a coûté la vie à une fillette de sept ans.', 1, 0),
 ('fr', 'Deux enfants se sont noyés lorsque leur embarcation a chaviré.', 2, 0),
 ('fr', 'Cinq manifestants sont morts piétinés dans la bousculade.', 5, 0),
 ('fr', 'Des hommes armés ont abattu neuf fidèles devant la mosquée.', 9, 0),
 ('es', 'Once campesinos fueron masacrados por un grupo armado.', 11, 0),
 ('es', 'Una bala perdida acabó con la vida de una niña de siete años.', 1, 0),
 ('es', 'Tres rehenes fueron decapitados por el grupo.', 3, 0),
 ('es', 'Cinco manifestantes murieron aplastados en la estampida.', 5, 0),
 ('es', 'Sicarios ultimaron a balazos a un comerciante en su negocio.', 1, 0),
 ('es', 'Los enfrentamientos dejaron un saldo de 14 fallecidos.', 14, 0),
 ('ru', 'Шальная пуля оборвала жизнь семилетней девочки.', 1, 0),
 ('ru', 'Боевики расстреляли девять прихожан у мечети.', 9, 0),
 ('ru', 'Трое заложников были обезглавлены.', 3, 0),
 ('ru', 'Двое детей утонули, когда перевернулась лодка.', 2, 0),
 ('ru', 'Жертвами столкновений стали 14 человек.', 14, 0),
 ('uk', 'Шальна куля обірвала життя семирічної дівчинки.', 1, 0),
 ('uk', "Бойовики розстріляли дев'ятьох парафіян біля мечеті.", 9, 0),
]

OFFICIAL_LINES_IN_RUSSIAN_AND_UKRAINIAN = [
 ('ru', 'По данным Минздрава, в результате атаки погибли 12 человек, из них трое детей, еще 30 человек госпитализированы.', 12, 30),
 ('ru', 'Глава региона сообщил о гибели двух мирных жителей и ранении еще пятерых.', 2, 5),
 ('ru', 'Погибшими числятся 15 человек, ранеными — 42.', 15, 42),
 ('ru', 'Количество пострадавших достигло 60, из них 12 в тяжелом состоянии.', 0, 60),
 ('ru', 'В ДТП с участием военного грузовика погибли трое военнослужащих.', 3, 0),
 ('ru', 'Тело пропавшего журналиста нашли в лесополосе.', 1, 0),
 ('ru', 'В результате удара БПЛА ранены трое рабочих предприятия.', 0, 3),
 ('ru', 'Среди погибших — двое полицейских и пятеро мирных жителей.', 7, 0),
 ('ru', 'Нападавший открыл огонь по прохожим, убив двоих и ранив четверых, после чего был задержан.', 2, 4),
 ('ru', 'Жертвами обстрела стали пять человек, еще восемь получили ранения различной степени тяжести.', 5, 8),
 ('uk', 'За даними ОВА, внаслідок обстрілу загинули двоє людей, ще семеро дістали поранень.', 2, 7),
 ('uk', 'Кількість поранених внаслідок атаки зросла до 18, серед них четверо дітей.', 0, 18),
 ('uk', 'Ворог атакував дроном цивільний автомобіль, водій загинув на місці.', 1, 0),
 ('uk', 'Під завалами знайшли тіла ще двох людей, загальна кількість загиблих сягнула 12.', 12, 0),
 ('uk', 'Внаслідок обстрілу поранено 65-річну жінку.', 0, 1),
 ('ru', 'Есть погибший и трое раненых.', 1, 3),
 ('uk', 'Є загиблий та троє поранених.', 1, 3),
]

OFFICIAL_LINES_IN_FRENCH_AND_SPANISH = [
 ('fr', "Le bilan provisoire fait état de 23 morts, dont 5 enfants, et d'une trentaine de blessés.", 23, 30),
 ('fr', "Selon un communiqué de l'état-major, six militaires ont trouvé la mort et onze ont été blessés.", 6, 11),
 ('fr', "L'attaque a fait au moins 15 victimes civiles, selon une source sécuritaire.", 0, 0),
 ('fr', "Trois humanitaires ont été tués et deux autres portés disparus après l'attaque de leur convoi.", 3, 0),
 ('fr', 'Les assaillants ont incendié des maisons et tué une vingtaine de villageois.', 20, 0),
 ('fr', 'Le ministère a revu à la hausse le bilan, passé de 12 à 19 morts.', 19, 0),
 ('fr', "Deux policiers ont perdu la vie dans l'explosion d'une mine, a indiqué la gendarmerie.", 2, 0),
 ('es', 'La fiscalía confirmó el hallazgo de los cuerpos sin vida de tres hombres en un paraje.', 3, 0),
 ('es', 'El saldo del enfrentamiento fue de cuatro presuntos delincuentes abatidos y un policía lesionado.', 4, 1),
 ('es', 'De acuerdo con el reporte oficial, 11 personas perdieron la vida y 25 resultaron lesionadas.', 11, 25),
 ('es', 'La balacera cobró la vida de un menor de 15 años.', 1, 0),
 ('es', 'Se reportan al menos tres personas sin vida tras el ataque armado.', 3, 0),
 ('es', 'Un ataque con explosivos dejó como saldo dos soldados muertos y cinco heridos.', 2, 5),
 ('es', 'Las autoridades elevaron a 14 la cifra de víctimas mortales.', 14, 0),
 ('es', 'Ninguna persona resultó herida en el incidente, según Protección Civil.', 0, 0),
 ('es', 'El balance pasó de cuatro a seis muertos.', 6, 0),
]

THE_WOUNDED = [
 ('en', 'The blast shattered shop windows, leaving 12 people injured.', 0, 12),
 ('en', 'Police fired rubber bullets, with 14 protesters sustaining injuries.', 0, 14),
 ('en', 'The explosion caused injuries to nine people, two of them seriously.', 0, 9),
 ('en', 'Fourteen of the wounded were admitted to hospital, officials said.', 0, 14),
 ('en', 'The number of injured stood at 56 on Tuesday evening.', 0, 56),
 ('en', 'A rocket hit the school, injuring a teacher and 11 pupils.', 0, 12),
 ('en', 'Among the 23 wounded were five policemen.', 0, 23),
 ('en', 'The attack wounded at least a dozen people.', 0, 12),
 ('en', 'Two bystanders suffered gunshot wounds in the shootout.', 0, 2),
 ('en', 'Medics treated 30 people for injuries sustained in the stampede.', 0, 30),
 ('en', 'The grenade attack left a soldier with severe injuries.', 0, 1),
 ('en', 'Some 40 people were hospitalised after inhaling smoke from the arson attack.', 0, 40),
 ('en', 'Eighteen people were injured, none of them seriously.', 0, 18),
 ('fr', "L'explosion a fait douze blessés, dont deux graves.", 0, 12),
 ('fr', 'Quatorze manifestants ont été blessés par des tirs de balles en caoutchouc.', 0, 14),
 ('fr', "Une roquette a frappé l'école, blessant un enseignant et onze élèves.", 0, 12),
 ('fr', 'Parmi les 23 blessés figurent cinq policiers.', 0, 23),
 ('es', 'La explosión dejó 12 personas lesionadas.', 0, 12),
 ('es', 'Catorce manifestantes resultaron heridos por balas de goma.', 0, 14),
 ('es', 'Entre los 23 heridos hay cinco policías.', 0, 23),
 ('es', 'Dieciocho personas resultaron heridas, ninguna de gravedad.', 0, 18),
 ('ru', 'В результате взрыва пострадали 12 человек.', 0, 12),
 ('ru', 'Медики оказали помощь девяти пострадавшим.', 0, 9),
 ('ru', 'Среди 23 раненых — пятеро полицейских.', 0, 23),
 ('ru', 'Ранения получили 18 человек, никто не находится в тяжелом состоянии.', 0, 18),
 ('uk', 'Внаслідок вибуху постраждали 12 людей.', 0, 12),
 ('uk', "Серед 23 поранених — п'ятеро поліцейських.", 0, 23),
 ('fr', 'Des hommes armés ont attaqué le village, tuant un chef et ses deux fils.', 3, 0),
 ('es', 'Un cohete impactó en la escuela, hiriendo a un maestro y a once alumnos.', 0, 12),
 # treatment received for wounds (pack key treatment_nouns), not care given or offered
 ("en", "Nine people received treatment for shrapnel wounds after the attack.", 0, 9),
 ("en", "Twelve people were given treatment for minor injuries.", 0, 12),
 ("es", "Nueve personas recibieron atención médica por heridas de esquirlas.", 0, 9),
 ("en", "The clinic provides care for burns.", 0, 0),
]

ATROCITY_WIRES = [
 ('en', 'Rebels hacked to death forty-two villagers, most of them women and children, in a dawn raid on a village in eastern Congo.', 42, 0),
 ('en', 'Militiamen killed as many as 30 civilians in the market town, witnesses said.', 30, 0),
 ('en', 'Gunmen killed some two dozen people at a funeral in Borno state.', 24, 0),
 ('en', 'Between 10 and 15 people were killed when soldiers opened fire on demonstrators, rights groups said.', 12, 0),
 ('en', 'Up to 60 people may have died in the attack, a local official said, though only 23 bodies had been recovered.', 23, 0),
 ('en', 'The massacre left 17 dead, among them a six-month-old baby.', 17, 0),
 ('en', 'Attackers set fire to huts and shot those who tried to flee, killing at least 51 people.', 51, 0),
 ('en', 'A mob lynched two men accused of witchcraft and burned their bodies.', 2, 0),
 ('en', 'Security forces executed 11 detainees, including four teenagers, according to a human rights group.', 11, 0),
 ('en', 'The bodies of 34 men, their hands tied behind their backs, were found in a ditch near the town.', 34, 0),
 ('en', 'Two Red Cross workers and their driver were shot dead in an ambush, the organisation said.', 3, 0),
 ('en', 'Insurgents beheaded 9 Christians and abducted 5 others in a village in Cabo Delgado.', 9, 0),
 ('en', 'An attack on a displacement camp killed 14 people, including 6 children, and wounded 20.', 14, 20),
]

LAST_LINES = [
 ('es', 'Un hombre fue privado de la vida a balazos en la colonia Centro de Culiacán.', 1, 0),
 ('es', 'Localizan sin vida a dos mujeres en un canal de riego.', 2, 0),
 ('es', 'Tres lesionados dejó un enfrentamiento entre grupos rivales en Tierra Caliente.', 0, 3),
 ('es', 'Asesinan a cinco integrantes de una familia en su vivienda.', 5, 0),
 ('es', 'En el ataque perdieron la vida un agente estatal y dos civiles, mientras que otros tres resultaron lesionados.', 3, 3),
 ('es', 'El joven murió en el hospital a causa de las heridas de bala.', 1, 0),
 ('fr', 'Trois personnes ont été tuées par balle lundi soir dans un quartier de Marseille.', 3, 0),
 ('fr', 'Un militaire a perdu la vie et deux autres ont été légèrement blessés.', 1, 2),
 ('fr', 'Les corps sans vie de quatre hommes ont été découverts au bord de la route.', 4, 0),
 ('fr', "L'assaut a fait une dizaine de morts parmi les civils, selon des témoins.", 10, 0),
 ('ru', 'В перестрелке погиб один полицейский, двое ранены.', 1, 2),
 ('ru', 'Тела троих мужчин с огнестрельными ранениями обнаружены в лесу.', 3, 0),
 ('uk', 'Унаслідок ворожого обстрілу загинув 47-річний чоловік.', 1, 0),
 ('uk', 'Поранено двох жінок 60 і 72 років.', 0, 2),
 ('es', 'Hombres armados privaron de la vida a dos jóvenes.', 2, 0),
]

COMPANIONS_AND_EARLIER_EVENTS = [
 ("en", "A soldier was killed along with two civilians.", 3, 0),
 ("en", "The commander was killed along with four others.", 5, 0),
 ("en", "The commander died together with three of his guards.", 4, 0),
 ("es", "Un soldado murió junto a otros cuatro.", 5, 0),
 ("es", "El líder fue asesinado junto con su escolta.", 2, 0),
 ("es", "Un policía murió junto a su compañero.", 2, 0),
 ("es", "Mataron al alcalde junto a dos de sus escoltas.", 3, 0),
 ("en", "Protesters marked the anniversary of the 2019 uprising, in which 40 people were killed by police.", 0, 0),
]

TOLLS_OF_TWO_KINDS = [
 ("fr", "Morts : 4 ; blessés : 11.", 4, 11),
 ("es", "Muertos: 4; heridos: 11.", 4, 11),
 ("ru", "Погибших: 4, раненых: 11.", 4, 11),
 ("uk", "Загиблих: 4, поранених: 11.", 4, 11),
 ("en", "The death toll rose to 12 and the number of injured to 40.", 12, 40),
 ("en", "The death toll has risen to 12, and the injured to 40.", 12, 40),
]

CASES = AGENCY_LEADS + ORDINALS_AND_APPOSITIONS + INCIDENT_LINES + NEWSWIRE_IN_CAPITALS + PRESS_RELEASES \
    + DEFENDERS_ATTACKED + FRENCH_LEADS + SPANISH_LEADS + RUSSIAN_LEADS + UKRAINIAN_LEADS + TOLLS_OF_TWO_KINDS \
    + NO_FIGURES + COMPANIONS_AND_EARLIER_EVENTS + VERBS_OF_DYING \
    + OFFICIAL_LINES_IN_RUSSIAN_AND_UKRAINIAN + OFFICIAL_LINES_IN_FRENCH_AND_SPANISH + THE_WOUNDED \
    + ATROCITY_WIRES + LAST_LINES + [
 # closed in round 42: "both" as the victims counts two (claims/counting._count)
 ("en", "Journalist Olga Ivanova and her husband were attacked with knives in their apartment; both survived with "
        "serious injuries.", 0, 2),
]

GAPS = [
 # "killing every man they found" (a universal determiner read as one), "at least 19 were buried" (no verb of dying)
 ("en", "Survivors said the gunmen went from house to house, killing every man they found; at least 19 were buried on Sunday.", 19, 0),
 # treatment for wounds: "prises en charge ... pour des blessures" (the wounds hung on "secours", the agent)
 ("fr", "Neuf personnes ont été prises en charge par les secours pour des blessures par éclats.", 0, 9),
 # "hitting six people": "hit" is no verb of injury (nor only of the toll's rise)
 ("en", "The gunman opened fire, hitting six people before he was subdued.", 0, 6),
 # "déplorant la perte de deux soldats": a noun of loss with counted people (read, it cost a MUC-4 row:
 # "the army has suffered the loss of 220 soldiers" in a war's running tally, gold 0)
 ("fr", "L'armée déplore la perte de deux soldats.", 2, 0),
 # "є загиблий" after a colon: the parser hangs "загиблий" on the first clause's verb
 ("uk", "Росіяни вдарили по Херсону: є загиблий та троє поранених.", 1, 3),
 # "fell in the battle": "fall" a verb of dying only in battle (not read)
 ("en", "Two soldiers fell in the battle for the ridge, the regiment said.", 2, 0),
 # ("claimed the life of": closed in round 51, LIFE_OF_CLOSED)
 # a year after "de" names the earlier event the figure belongs to ("lors du soulèvement de 2019"); the
 # pattern that keeps "la masacre de 2015" from dating other figures cannot see the preposition of time
 ('fr', 'Des manifestants ont réclamé justice pour les 40 personnes tuées par la police lors du soulèvement de 2019.', 0, 0),
 # (es "durante el estallido de 2019": closed in round 48, YEAR_OF_THE_EVENT_CLOSED)
 # a headline's present tense in the first of two clauses ("kill" tagged a noun; the second clause has a verb)
 ("en", "Twin blasts in a market kill 12; the number of wounded is put at about 60.", 12, 60),
 # ("both" a count of two, "survived with injuries" hurt: closed in round 42, among CASES)
 # "au nombre d'une quarantaine": the number in a phrase of amount set beside the wounded
 ("fr", "Les blessés, au nombre d'une quarantaine, ont été évacués vers trois hôpitaux.", 0, 40),
 # a pronoun's death where no one was counted before: in fr, es, ru and uk it may be the attacker's
 # (a dev row: "Il a succombé à ses blessures" of an assailant shot by a gendarme), so it is not read
 ("ru", "Неизвестные расстреляли автомобиль главы сельской администрации; он скончался на месте, его водитель "
        "тяжело ранен.", 1, 1),
]

YEAR_OF_THE_EVENT_CLOSED = [  # a gap until round 48: a year hung on the participle's oblique dates the count
 ('es', 'Los manifestantes exigieron justicia para las 40 personas asesinadas por la policía durante el estallido de 2019.', 0, 0),
]

LIFE_OF_CLOSED = [  # a gap until round 51: the singular "life" is a cue after "claim" and "cost" only (not after
 # "take": "those attacks have taken the life of many innocent Colombians", a speech's, cost a MUC-4 check row)
 ("en", "A sniper's bullet claimed the life of a 7-year-old girl.", 1, 0),
]

test_summary_in_its_language, test_known_gaps = summary_tests(CASES + YEAR_OF_THE_EVENT_CLOSED + LIFE_OF_CLOSED, GAPS)
test_report_with_its_headline = headline_tests(REPORTS)


# other categories, written by hand before the mends ran: (language, text, category, best)
OTHER_CATEGORIES = [
 ('en', 'Afghan and coalition forces detained two suspected insurgents and seized a weapons cache in Ghazni.', 'detained', 2),
 ('en', 'The security force also detained several suspects, including a known bomb maker.', 'detained', 3),
 ('en', 'During the search, the force detained a man who was found with bomb-making materials.', 'detained', 1),
 ('en', 'Three individuals were taken into custody after the force found explosives in their vehicle.', 'detained', 3),
 ('en', 'The assault force apprehended a senior Taliban leader and two of his associates without incident.', 'detained', 3),
 ('en', 'Two suspects were detained for further questioning, and one was released on the scene.', 'detained', 2),
 ('en', 'Coalition forces captured an insurgent leader responsible for attacks in the area, officials said.', 'detained', 1),
 ('en', 'The joint force detained one suspected insurgent; several others fled.', 'detained', 1),
 ('en', 'Afghan police arrested a would-be suicide bomber before he could detonate his vest.', 'detained', 1),
 ('en', 'The force detained 12 suspected militants in a series of raids across the province.', 'detained', 12),
 ('en', 'Police said they had arrested the suspected mastermind of the attack and three accomplices.', 'detained', 4),
 ("en", "The combined force detained a Taliban facilitator and two of his associates in Nad-e Ali district.", "detained", 3),
 ("en", "Afghan National Police, supported by coalition forces, captured a Haqqani network leader and detained four "
        "additional suspects.", "detained", 5),
 ("en", "The force detained a suspected insurgent for further questioning; no shots were fired.", "detained", 1),
 ("en", "Security forces arrested 14 people, among them two women, after the riot.", "detained", 14),
 ("en", "Police said they had taken three suspects into custody.", "detained", 3),
 ("ru", "В Нигерии боевики похитили более 80 школьников.", "kidnapped", 80),
]


test_other_categories_in_leads = category_tests(OTHER_CATEGORIES)


def test_a_repair_that_left_a_cycle_skips_its_sentence(monkeypatch, caplog):
    """A repair that hangs a word below itself would make every walk of the tree loop (a crash
    in the batch); the sentence is skipped with a warning, the other sentences read on."""
    import spacy
    from spacy.tokens import Doc

    from tollwatch.extract.claims import parsed
    from tollwatch.extract.packs import load_pack
    from tollwatch.extract.text import Sentence

    doc = Doc(spacy.blank("en").vocab, words=["a", "b", "c"], heads=[1, 1, 1], deps=["dep", "ROOT", "dep"])
    assert not parsed.cyclic(doc)
    doc[1].head = doc[0]
    assert parsed.cyclic(doc)

    def loop(doc, pack):  # a broken repair: the first sentence's subject made its verb's head
        if "soldiers" in doc.text:
            doc[3].head = doc[1]  # "killed" under "soldiers", which hangs on "killed"
        return 0

    assert parsed.REPAIRS[-1] is parsed.ordinals_as_objects  # (the last repair, in its place)
    monkeypatch.setattr(parsed, "REPAIRS", parsed.REPAIRS[:-1] + (loop,))
    first, second = "Two soldiers were killed.", "Three civilians were wounded."
    sentences = [Sentence(0, len(first), first), Sentence(len(first) + 1, len(first) + 1 + len(second), second)]
    with caplog.at_level("WARNING"):
        out = parsed.parse_cue_sentences(sentences, load_pack("en"))
    assert list(out) == [1]
    assert "cycle" in caplog.text
