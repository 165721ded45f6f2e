"""Summaries of our own (ninth round), en/fr/es/ru, with the killed and injured best each must
give, written by hand before the mend that meets them ran on them."""
from .helpers import summary_tests

# A killing named under "after" / "following" in a sentence that tells deaths of its own is the
# episode before this one ("37 killed in protests following the killing of a rebel leader"); alone
# in its sentence it is still the news.
EARLIER_NOUNS = [
 ("en", "Riots spread through the city following the killing of a student leader, and four protesters "
        "were shot dead on Friday.", 4, 0),
 ("en", "Two policemen were shot dead in Quetta after the murder of a judge last week.", 2, 0),
 ("fr", "Deux gendarmes ont été tués après l'assassinat d'un maire dans la région.", 2, 0),
 ("es", "Cuatro campesinos fueron asesinados tras el homicidio de un líder social en el Cauca.", 4, 0),
 ("ru", "Двое полицейских погибли после убийства судьи в Махачкале.", 2, 0),
 ("en", "Police arrested three men after the killing of a shopkeeper in Lahore.", 1, 0),
]

# A killing whose agent comes between it and its victims ("the murder by gunmen of a chief"): the
# parser hangs the victims on the agent.
AGENT_BEFORE_VICTIMS = [
 ("en", "The governor condemned the murder by gunmen of a village chief and his two sons.", 3, 0),
 ("en", "Residents mourned the killing by soldiers of four young herders near the river.", 4, 0),
]

# An age the parser made the subject ("16-летний 'Даниэль ...' скончался": the age tagged a
# number, the quoted name hung under it) is one person, not the figure 16.
AGES_AS_SUBJECTS = [
 ("ru", "Через неделю 16-летний 'Артём Волков' скончался в больнице.", 1, 0),
 ("uk", "Вночі 19-річний 'Олег Коваль' помер у лікарні.", 1, 0),
 ("en", "A 15-year-old was stabbed to death outside the school.", 1, 0),
]

# Harm a person takes ("получили телесные повреждения", "suffered bodily harm") is an injury; a
# building's damage is nobody's.
HARM_TO_PEOPLE = [
 ("ru", "При взрыве трое прохожих получили телесные повреждения.", 0, 3),
 ("ru", "Здание администрации получило серьезные повреждения.", 0, 0),
 ("uk", "Двоє рятувальників отримали тілесні ушкодження під час обстрілу.", 0, 2),
 ("en", "Two guards suffered serious bodily harm in the attack on the prison.", 0, 2),
]

# A running toll joined to a figure with a verb of its own ("rose to 20 and more than 40 others
# were wounded"): the parser coordinates the two numbers; the second takes its verb's category.
TOLL_AND_ANOTHER_FIGURE = [
 ("en", "The toll from the market bombing climbed to 31 and at least 70 others were injured, officials "
        "said.", 31, 70),
 ("fr", "Le bilan est passé à 14 morts et une trentaine d'autres personnes ont été blessées.", 14, 30),
]

# Wire summaries of our own, en/fr/es/ru/uk (two batteries written before this round's mends ran
# on them: 28 of 30 and 21 of 25 at first run; the misses left are in GAPS).
WIRE_SUMMARIES = [
 ("en", "Gunmen on motorcycles killed a tribal elder and his nephew in Bajaur on Saturday, police said.", 2, 0),
 ("en", "A bomb hidden in a cart exploded at a bus stop in Kabul, killing four passengers and wounding "
        "a dozen.", 4, 12),
 ("en", "Security forces shot dead three suspected militants during a search operation in Shopian "
        "district.", 3, 0),
 ("en", "Two aid workers were abducted and later found dead near the border town.", 2, 0),
 ("en", "The attack left eight soldiers dead and 14 wounded, the army said in a statement.", 8, 14),
 ("en", "Unidentified assailants hacked a farmer to death in his field in Benue State.", 1, 0),
 ("en", "At least 12 worshippers died when a suicide bomber struck a mosque during Friday prayers.", 12, 0),
 ("en", "Police said a 14-year-old boy was among the five people killed in the crossfire.", 5, 0),
 ("en", "The militia executed a local councillor and burned his house, residents said.", 1, 0),
 ("en", "An air strike on a wedding party killed 23 guests, including nine children, local officials "
        "said.", 23, 0),
 ("en", "Clashes between herders and farmers left 17 people dead in Plateau State, police said on "
        "Monday. Another 9 were injured.", 17, 9),
 ("en", "Three policemen and a civilian were killed when their vehicle struck a roadside bomb.", 4, 0),
 ("en", "The bodies of six fishermen abducted last week were recovered from the river on Thursday.", 6, 0),
 ("en", "A grenade attack on a police post wounded five officers, one of them seriously.", 0, 5),
 ("en", "Gunmen opened fire on a minibus, killing the driver and two passengers.", 3, 0),
 ("en", "Soldiers killed 11 insurgents who attacked a base in the north, the military said. Two "
        "soldiers were also killed.", 13, 0),
 ("en", "A journalist was shot dead outside his home in Culiacan, the third reporter killed in the "
        "state this year.", 1, 0),
 ("en", "Six members of one family, among them four children, perished when a shell hit their house.", 6, 0),
 ("en", "Fighting in the city has killed 40 combatants since Sunday, a monitoring group said.", 40, 0),
 ("en", "Rebels ambushed a convoy, killing a colonel, and wounded seven of his men.", 1, 7),
 ("en", "A car bomb killed at least nine people in Mogadishu on Tuesday. The death toll later rose to "
        "14.", 14, 0),
 ("en", "Armed men stormed a village overnight and killed 32 residents, the governor's office said, "
        "revising an earlier toll of 25.", 32, 0),
 ("en", "The blast wounded 19 people, four of whom later died in hospital.", 4, 15),
 ("en", "Kidnappers killed one of the three hostages and released the other two.", 1, 0),
 ("en", "Two suicide bombers blew themselves up at a checkpoint, killing a soldier.", 1, 0),
 ("en", "No one was hurt in the explosion, which damaged several shops.", 0, 0),
 ("en", "Police found the bodies of a woman and her two daughters in a burned-out car.", 3, 0),
 ("en", "A landmine explosion killed two children herding goats near the village.", 2, 0),
 ("en", "The shelling killed a mother and her baby and injured their neighbour.", 2, 1),
 ("en", "Jihadists attacked an army post in the Tillaberi region on Sunday. Seventeen soldiers were "
        "killed and 12 wounded, the defence ministry said. The ministry said 20 attackers were "
        "'neutralised'.", 37, 12),  # 'neutralised' read as killed since round 22 (as 'neutralisé' in French): a fight: both sides' dead count
 ("en", "Police said they had arrested 12 people after a mob lynched two men accused of cattle theft. "
        "The victims were beaten and set alight.", 2, 0),
 ("en", "Two journalists were killed and a third was wounded when their car came under fire near "
        "Kherson, their employer said.", 2, 1),
 ("en", "Unknown gunmen killed the head of a local women's association in Cauca on Wednesday. She was "
        "the 45th social leader murdered in Colombia this year, according to a rights group.", 1, 0),
 ("en", "An explosion at a checkpoint killed three police officers. A fourth officer died later of his "
        "wounds.", 4, 0),
 ("en", "Security forces killed a top commander of the group in a raid, along with two of his guards.", 3, 0),
 ("en", "A drone strike on a car killed its two occupants, both members of the militia, officials said.", 2, 0),
 ("en", "Fifteen villagers were massacred by suspected rebels overnight. Local officials had earlier "
        "put the toll at ten.", 15, 0),
 ("fr", "Au moins sept civils ont été tués samedi dans l'attaque de leur village par des hommes armés, "
        "a-t-on appris de sources locales.", 7, 0),
 ("fr", "Un soldat a été tué et trois autres blessés lorsque leur véhicule a sauté sur une mine.", 1, 3),
 ("fr", "L'explosion a fait deux morts et une quinzaine de blessés, selon la protection civile.", 2, 15),
 ("fr", "Des individus armés ont abattu le chef du village et son fils.", 2, 0),
 ("es", "Un policía murió y otros dos resultaron heridos en un ataque con explosivos en Cauca.", 1, 2),
 ("es", "Hombres armados asesinaron a tres jóvenes en una vereda de Tumaco, informaron las autoridades.", 3, 0),
 ("es", "El ataque dejó cinco muertos, entre ellos dos menores, y nueve heridos.", 5, 9),
 ("es", "La Fiscalía confirmó el hallazgo de los cuerpos de cuatro campesinos desaparecidos.", 4, 0),
 ("ru", "В результате обстрела погибли три человека, еще пятеро получили ранения.", 3, 5),
 ("ru", "Неизвестные застрелили главу сельской администрации и его водителя.", 2, 0),
 ("ru", "При взрыве пострадали семь человек, двое из них в тяжелом состоянии.", 0, 7),
 ("uk", "Внаслідок удару загинули двоє цивільних, ще четверо дістали поранення.", 2, 4),
 ("ru", "По данным МЧС, число погибших возросло до 11.", 11, 0),
 ("es", "La cifra de fallecidos por el atentado se elevó a 14, según el Ministerio de Salud.", 14, 0),
 ("fr", "Le bilan de l'attentat est passé à 14 morts, selon le ministère de la Santé.", 14, 0),
]

# Wikipedia-style incident lines of our own, in the present tense (11 of 15 at first run; two of
# the four misses were expectations against the project's rule that attackers killed in their own
# attack count in the high only, now written to that rule; the other two are mended this round:
# "kills five and wounds 12", "injuring 15. One later dies").
INCIDENT_LINES = [
 ("en", "A suicide bomber detonates an explosive vest at a funeral in Nangarhar, killing 18 mourners "
        "and injuring 40.", 18, 40),
 ("en", "Gunmen storm a hotel in the capital; 21 people are killed, including four attackers.", 21, 0),
 ("en", "Two car bombs explode outside a government building, killing at least 30 people. Over 100 are "
        "injured.", 30, 100),
 ("en", "Militants attack a police training centre, killing 61 cadets and wounding more than 200. Three "
        "attackers are killed.", 61, 200),
 ("en", "A gunman opens fire at a nightclub, killing 39 people and injuring 69 others. The attacker "
        "flees.", 39, 69),
 ("en", "An explosion at a bus terminal kills five and wounds 12. No group claims responsibility.", 5, 12),
 ("en", "Boko Haram militants raid a village, killing 86 people, including children burned alive in "
        "their huts.", 86, 0),
 ("en", "A bomb planted on a motorcycle explodes near a school, wounding eight students.", 0, 8),
 ("en", "Insurgents ambush a military convoy. Eleven soldiers die and four go missing.", 11, 0),
 ("en", "A teenage suicide bomber kills himself and two guards at the entrance of a mosque.", 2, 0),
 ("en", "Two gunmen attack a church during Sunday mass, killing the priest. Both attackers are shot "
        "dead by police.", 1, 0),
 ("en", "A truck bomb explodes in a busy market; the death toll reaches 92 with 150 injured.", 92, 150),
 ("en", "Shooting at a checkpoint leaves three police officers dead.", 3, 0),
 ("en", "A grenade is thrown into a crowd at a political rally, injuring 15. One later dies.", 1, 14),
 ("en", "Rebels behead 11 villagers in North Kivu.", 11, 0),
]

# Regional and agency news of our own in fr/es/ru/uk (18 of 21 at first run; two misses mended
# this round: "a coûté la vie à sept soldats, selon ..." where the parser hangs the victims on "vie",
# and "Un soldado muerto y tres heridos dejó un ataque", the object put before its verb; the third,
# "a fait quatre victimes", is left out: "victimes" may count the wounded too).
REGIONAL_NEWS = [
 ("fr", "Trois casques bleus ont été tués et cinq autres blessés dans l'explosion d'un engin artisanal "
        "au passage de leur convoi, a annoncé la mission de l'ONU.", 3, 5),
 ("fr", "Des hommes armés non identifiés ont attaqué dimanche le village de Solhan. Le gouvernement "
        "fait état de 132 morts. Des sources locales évoquent un bilan plus lourd.", 132, 0),
 ("fr", "Un gendarme a perdu la vie lors d'une embuscade tendue par des terroristes présumés près de "
        "Kaya.", 1, 0),
 ("fr", "L'attaque a coûté la vie à sept soldats, selon un communiqué de l'état-major.", 7, 0),
 ("fr", "Deux policiers ont été grièvement blessés par balle lors d'un contrôle routier.", 0, 2),
 ("fr", "Les assaillants ont tué le maire de la commune ainsi que deux de ses conseillers.", 3, 0),
 ("es", "Un soldado muerto y tres heridos dejó un ataque con explosivos contra una patrulla en el "
        "Catatumbo.", 1, 3),
 ("es", "Sicarios asesinaron este domingo a un líder social en zona rural de Tumaco. Es el tercer líder "
        "asesinado en el municipio este año.", 1, 0),
 ("es", "Las autoridades reportaron la muerte de dos menores de edad tras la explosión de una mina "
        "antipersonal.", 2, 0),
 ("es", "Al menos 13 personas perdieron la vida en el enfrentamiento entre dos carteles, según la "
        "Fiscalía del estado.", 13, 0),
 ("es", "El ataque dejó un saldo de cuatro policías muertos.", 4, 0),
 ("es", "Dos militares resultaron heridos por la activación de un artefacto explosivo en Argelia, "
        "Cauca.", 0, 2),
 ("es", "Un hombre fue asesinado a tiros frente a su vivienda; su esposa resultó herida.", 1, 1),
 ("ru", "В результате теракта погибли 15 человек, ещё 40 пострадали, сообщили в Минздраве.", 15, 40),
 ("ru", "Неизвестный открыл стрельбу в торговом центре, убив двух человек и ранив ещё троих.", 2, 3),
 ("ru", "Жертвами обстрела стали четыре мирных жителя, в том числе ребёнок.", 4, 0),
 ("ru", "Число погибших при взрыве на рынке возросло до 23 человек, ранены более 70.", 23, 70),
 ("ru", "Боевики напали на блокпост, двое полицейских погибли, один ранен.", 2, 1),
 ("uk", "Унаслідок ракетного удару загинули шестеро людей, серед них двоє дітей, ще 11 поранені.", 6, 11),
 ("uk", "Російські військові обстріляли село, поранено трьох мешканців.", 0, 3),
]

# "Casualties" alone may be the dead and the wounded; joined to a count of the wounded it is the dead.
CASUALTIES_AGAINST_WOUNDED = [
 ("en", "Twin blasts at a hotel in the capital resulted in at least 18 casualties and 20 injured.", 18, 20),
 ("en", "The rocket attack on the camp caused 18 casualties, the ministry said.", 0, 0),
 ("es", "El atentado contra la estación dejó siete víctimas y 15 heridos.", 7, 15),
]

# States named in a parenthesis (a project's or a body's expansion) are no sides of a fight: the
# figure stays an incident, and a sixth victim told after it adds.
STATES_IN_A_PARENTHESIS = [
 ("en", "Four engineers working on the CASA (Central Asia-South Asia: Kyrgyzstan, Tajikistan, Afghanistan "
        "and Pakistan) power line were killed in Nangarhar. A fifth engineer was abducted; his body was "
        "found on Monday.", 5, 0),
]

# Victims made the subject of a toll noun ("Un muerto y dos heridos, es el saldo de ...") sum up the
# article: the same victims told again in its body are no more.
SUMMING_SUBJECTS = [
 ("es", "Un policía muerto y dos heridos, es el saldo de un ataque contra una patrulla en Tame. Según el "
        "Ejército, uno de los uniformados murió en el sitio y otros dos resultaron heridos.", 1, 2),
 ("fr", "Un mort et trois blessés, c'est le bilan d'une attaque contre un poste de police à Gao. Un agent "
        "a été tué sur le coup et trois autres ont été blessés.", 1, 3),
]

# Dead counted "of the wounded" ("two of the injured died later", "dos de los heridos") leave the
# wounded figure: a wounded person who dies is killed, not also injured.
DIED_OF_THE_WOUNDED = [
 ("en", "Nine people were wounded when a grenade hit a wedding party. Three of the injured died later in "
        "hospital.", 3, 6),
 ("es", "Once personas resultaron heridas en la explosión. Horas después murieron dos de los heridos.", 2, 9),
 ("ru", "При взрыве пострадали восемь человек. Двое из раненых скончались в больнице.", 2, 6),
]

# Agency articles of our own in several paragraphs: background counts, an armed group's claim, the
# attacker, a definite partitive told again ("Dos de las víctimas murieron en el lugar"). Written
# before this round's mends for them: 4 of 8 at first run; of the misses, the French fight was my
# expectation against the rule that both armed sides' losses add (now written to it), one is a
# known gap, two are mended (an armed group's count set against the attacker; the definite
# partitive opening a sentence).
ARTICLES = [
 ("en", """Gunmen killed nine people in an attack on a village in central Mali on Sunday, local officials said.

The assailants arrived on motorbikes and opened fire on villagers gathered at the market, a local official told AFP. "Nine people were killed, including two women," he said.

Central Mali has been gripped by violence since 2015. More than 600 civilians were killed there last year, according to the UN.""", 9, 0),
 ("en", """A suicide car bomber struck a military base in the north of the country on Tuesday, killing 12 soldiers, the army said.

Another 20 soldiers were wounded in the blast, an army spokesman said. The attacker was also killed.

The insurgents claimed responsibility and said they had killed 40 soldiers.""", 12, 20),
 ("en", """Police in the southern city said on Thursday they had found the bodies of three men who had been kidnapped last week.

The men, all farmers, had been shot in the head, a police spokesman said. Their bodies were dumped on a road outside the city.

Kidnappings for ransom are common in the region.""", 3, 0),
 ("en", """Security forces killed a senior militant commander and two of his aides in a raid on a hideout, officials said on Saturday.

The commander, who had a bounty on his head, was behind several attacks on police, they said. A soldier was wounded in the exchange of fire.""", 3, 1),
 ("es", """Tres personas murieron y otras cinco resultaron heridas en un ataque armado en un bar del barrio El Centro, informó la Policía.

Según el reporte oficial, hombres armados llegaron en una motocicleta y dispararon contra los clientes. Dos de las víctimas murieron en el lugar y la tercera en el hospital.

En lo que va del año, 45 personas han sido asesinadas en el municipio.""", 3, 5),
 ("fr", """Au moins cinq soldats ont été tués et huit autres blessés dans une attaque contre leur position dans le nord du Burkina Faso, selon des sources sécuritaires.

« Les assaillants, venus nombreux, ont attaqué la position vers 5 heures du matin », a indiqué une source. Une dizaine d'assaillants ont été neutralisés lors de la riposte, selon la même source.

Depuis 2015, les violences jihadistes ont fait plus de 2 000 morts dans le pays.""", 15, 8),
 ("ru", """В результате обстрела города погибли два человека, еще шестеро получили ранения, сообщил глава администрации.

По его словам, среди раненых есть ребенок. Пострадавшие доставлены в больницу.

Ранее в результате обстрелов в этом районе с начала года погибли 30 мирных жителей.""", 2, 6),
]

# More articles in ru/uk/es/fr (7 of 8 at first run; the miss is a known gap).
ARTICLES_MORE = [
 ("ru", """В Дагестане неизвестные обстреляли полицейский пост, погибли двое сотрудников полиции, сообщили в МВД республики.

Ещё один полицейский получил ранение и был доставлен в больницу. Нападавшим удалось скрыться.

В прошлом месяце в республике в результате подобных нападений погибли пять человек.""", 2, 1),
 ("uk", """Внаслідок обстрілу Херсона загинула 65-річна жінка, ще троє людей поранені, повідомила обласна військова адміністрація.

Серед поранених — дитина.""", 1, 3),
 ("uk", """Росіяни вдарили по житловому будинку в Запоріжжі. Загинули четверо людей, серед них дитина. Ще 12 людей отримали поранення.""", 4, 12),
 ("es", """Un soldado profesional murió y otros dos resultaron heridos tras pisar una mina antipersonal en zona rural de Anorí, Antioquia, informó la Séptima División del Ejército.

Los militares heridos fueron trasladados en helicóptero a un centro asistencial de Medellín. Según el Ejército, la mina habría sido instalada por el ELN.""", 1, 2),
 ("es", """Al menos cuatro personas fueron asesinadas la noche del sábado en un bar del municipio de El Tarra, Norte de Santander.

Según las autoridades, hombres armados ingresaron al establecimiento y dispararon de manera indiscriminada. Entre las víctimas hay un menor de edad.

Esta es la masacre número 50 en el país en lo que va del año, según Indepaz.""", 4, 0),
 ("fr", """Deux soldats français ont été tués lundi au Mali lorsque leur véhicule blindé a sauté sur un engin explosif, a annoncé l'Élysée.

Un troisième soldat a été blessé. Depuis 2013, 55 militaires français sont morts au Sahel.""", 2, 1),
 ("fr", """Le bilan de l'attaque contre un marché du nord-est du Nigeria s'est alourdi à 19 morts, selon les secours. Un premier bilan faisait état de 12 morts.

Une trentaine de personnes ont été blessées.""", 19, 30),
]

# Words the cheap cue filter missed, so their sentences were never parsed ("убийство", "зарезал",
# "baleados", "apuñalado", "mutilés").
CUE_COVERAGE = [
 ("ru", "Полиция расследует убийство двух фермеров в пригороде.", 2, 0),
 ("ru", "Неизвестный зарезал двух прохожих.", 2, 0),
 ("es", "Dos policías fueron baleados en Cali.", 0, 2),
 ("es", "Un comerciante fue apuñalado en el centro de Neiva.", 0, 1),
 ("fr", "Trois hommes ont été mutilés par des rebelles.", 0, 3),
]

# A sentence that opens by setting itself apart ("Separately, ...", "Par ailleurs", "Por otra parte",
# "Кроме того") tells another incident, no detail of a figure before (a known gap at first: the four
# soldiers were read as part of the camp's nine).
SEPARATE_INCIDENTS = [
 ("en", "The number of people killed in the flooding of the camp rose to 9. Separately, militants "
        "killed four soldiers in an ambush.", 13, 0),
 ("fr", "Six soldats ont été tués dans l'attaque de leur poste. Par ailleurs, trois civils ont été tués par "
        "une mine près de Djibo.", 9, 0),
 ("es", "Cinco policías murieron en el ataque a la estación. Por otra parte, dos campesinos fueron asesinados "
        "en zona rural de Tumaco.", 7, 0),
 ("ru", "При обстреле погибли пять человек. Кроме того, двое военных погибли при подрыве на мине.", 7, 0),
]

# Atrocity excerpts in the wire style of our own (20 of 25 at first run: two misses were my
# expectations against CONTRACT.md's vague amounts, "several" 3 and "dozens" 24-99, now written to
# it; "are feared dead" is read as "were feared killed" was; "receiving treatment" and "slit the
# throats" are left).
ATROCITY_EXCERPTS = [
 ("en", "Suspected herdsmen hacked seven farmers to death in their farms in Benue State on Tuesday.", 7, 0),
 ("en", "Eleven villagers were burned to death when militiamen set fire to their huts.", 11, 0),
 ("en", "The massacre claimed 23 lives, according to the local council.", 23, 0),
 ("en", "Up to 40 people are feared dead after gunmen raided the market.", 40, 0),
 ("en", "The death toll stood at 31 on Sunday evening, the health ministry said.", 31, 0),
 ("en", "Gunmen gunned down five worshippers as they left a church in Kaduna.", 5, 0),
 ("en", "Fourteen civilians perished in the shelling of the town, a rights group said.", 14, 0),
 ("en", "Police said 12 fatalities were recorded after the clash between rival militias.", 12, 0),
 ("en", "Nine deaths were reported after the militia stormed the camp.", 9, 0),
 ("en", "The bodies of 15 men, some with their hands tied, were discovered in a mass grave.", 15, 0),
 ("en", "An attack on a displacement camp left at least 22 people dead, including women and children.", 22, 0),
 ("en", "Armed men shot and killed a local journalist in front of his house.", 1, 0),
 ("en", "Unknown gunmen killed two brothers and their father in Zamfara.", 3, 0),
 ("en", "Eight people lost their lives and several were injured in the attack.", 8, 3),
 ("en", "At least 30 civilians, mostly women and children, were slaughtered by rebels overnight.", 30, 0),
 ("en", "The militants abducted and executed six aid workers, the UN said.", 6, 0),
 ("en", "Security forces opened fire on protesters, killing 13 and wounding dozens.", 13, 61),
 ("en", "A mob beat to death a man accused of blasphemy.", 1, 0),
 ("en", "Three people, including a child, died after soldiers fired into a crowd.", 3, 0),
 ("en", "Gunmen killed the village head, his wife and three of their children.", 5, 0),
 ("en", "The attackers killed at least 10 and set fire to dozens of homes.", 10, 0),
 ("en", "Residents said 16 bodies had been recovered so far.", 16, 0),
 ("en", "A suicide bomber killed at least 25 people at a rally; more than 60 were hurt.", 25, 60),
]

# Known gaps of this round (strict: a pass means the gap closed).
# closed in round 42: a counted group that gets medical care is hurt (claims/grammar._treated; the
# care is the object of a receiving verb, not "treated for shock")
CLOSED_GAPS = [
 ("en", "The bandits killed 18 people, the police commissioner confirmed, adding that 5 others were "
        "receiving treatment.", 18, 5),
]

GAPS = [
 # ("receiving treatment" as injured: closed in round 42, in CLOSED_GAPS)
 # a killing told by a body part ("slit the throats of four farmers")
 ("en", "Islamist militants slit the throats of four Christian farmers.", 4, 0),
 # "травмы" is no cue: adding the stem read an earlier brawl's 14 hurt in a Russian build row
 ("ru", """Число жертв землетрясения выросло до 12 человек. Об этом сообщили в МЧС.

Ранее сообщалось о восьми погибших. Более 50 человек получили травмы.""", 12, 50),
 # (the "two of the wounded died" with a running toll gap closed in round 12)
 # the small Spanish model makes "nueve y otras 25 personas" the subject of "resultaron heridas"
 # and hangs "a" as a marker: the toll's figure is read as wounded
 ("es", "El número de muertos ascendió a nueve y otras 25 personas resultaron heridas.", 9, 25),
 # the pronoun object of 'leaving ... with severe burns' stands for the teacher, counted nowhere before
 ("en", "Assailants threw acid at a female teacher, leaving her with severe burns.", 0, 1),
 # (gapping, 'and two more [died] in hospital', closed in round 32 for a remnant parallel to a place
 # or time of the verb: tests/extract/test_round25.py)
]

CASES = (EARLIER_NOUNS + AGENT_BEFORE_VICTIMS + AGES_AS_SUBJECTS + HARM_TO_PEOPLE
         + TOLL_AND_ANOTHER_FIGURE + WIRE_SUMMARIES + INCIDENT_LINES
         + REGIONAL_NEWS + CASUALTIES_AGAINST_WOUNDED
         + STATES_IN_A_PARENTHESIS + SUMMING_SUBJECTS
         + ARTICLES + DIED_OF_THE_WOUNDED + ARTICLES_MORE
         + CUE_COVERAGE + SEPARATE_INCIDENTS + ATROCITY_EXCERPTS + CLOSED_GAPS)


test_summary_in_its_language, test_known_gaps = summary_tests(CASES, GAPS)
