"""Sentences of our own (thirty-fifth round), with the killed and injured best each must give,
written by hand before the mends that meet them ran on them: dated event notes in the manner of
conflict-event summaries ("On 4 February 2026, suspected herders attacked ... and killed 7
farmers"), coded notes with a count line after the event ("... shot dead a local councillor in
Kandahar city. 1 fatality."), incident descriptions in the manner of a yearly list, wire sentences,
French, Spanish, Russian and Ukrainian news lines, the hurt told by their care ("another 32 people
were receiving treatment", "otras 12 recibieron atención médica", "ещё 12 получили медицинскую
помощь"), the same victims told again in plainer words or in a line with no verb ("Gunmen killed
two farmers ... Two people died", "Bilan : deux morts", "Saldo: dos muertos"), and 14 dated wire
reports of several paragraphs; then a second batch of agency lines and of the four other languages,
one taken to hospital in a grave condition with no count ("a passenger was taken to hospital in
critical condition", "пассажир госпитализирован в тяжёлом состоянии"), a count after a state
heading its line ("Загиблих унаслідок атаки вже п'ятеро") and a running count from a time that
names no day ("bringing the number killed since the coup to 92"); then how the dead are listed
("Parmi les morts figurent un policier et deux enfants"), impersonal and existential phrasings in
four languages ("On dénombre au moins huit morts", "Зафиксирована гибель трёх человек") and six
more dated reports in French, Spanish, Russian and Ukrainian; last, figures paired with their state
by a dash ("Погибших — 12 человек"), tolls told with a toll noun in French and Spanish and result
phrasings of event notes ("resulting in the deaths of 3 officers"), and five English wire reports
(a roundup of several incidents, two sides' tolls, a rising toll, "In a separate attack the same
day, two civilians were killed" after four fighters), and release lines in ISAF's manner with wire
lines in capitals, incident lines with the attackers counted apart, and three long reports with a
background of earlier tolls. 54 of 345 missed on first run, thirteen of them by our own
expectations, the probes' publication date or a coder's convention (below), six left as gaps, one
of them closed at the end ("leaving both with severe burns"; the seven lines of BOTH were written
with its mend, not before it); the mends are in docs/EVAL.md, round 42.

Set right after the run, each by a rule written before it: "a suicide bomber blew himself up at a
checkpoint, killing a soldier and himself" gives 1, "killing 2 of them before turning the gun on
himself" gives 2 and "An Israeli man was lightly wounded ...; the assailant was shot dead" gives 0
killed (the attacker in the high figure only; we had written 2, 3 and 1); "Decenas de personas
resultaron heridas" gives 59 ("decenas" is "tens", 20–99 in CONTRACT.md; we had written 61, the
figure of "dozens"); reports where the
army tells of attackers it killed give every death of the event ("About 30 assailants were also
killed": 46, we had written 16; "neutralised a number of assailants": 7, we had written 4;
"« plusieurs terroristes ont été neutralisés »" after twelve soldiers: 15, we had written 12). Set
after the first run because of the probe's own publication date, not the reader: five event notes
first dated January to March against a May publication (over three months before it, an earlier
episode by the date rule; dated April here) and two lines first dated by day and month alone
("Le 3 mars", "El 14 de marzo": before the helper's publication date of 18 September 2022, so
over six months before it; the year added here). Left out: lines we had written "-" (an airstrike
"burying a family of six", "two of the injured had since died, raising the toll to 11", "Other
sources reported 11 killed": which account is the best, no rule of ours says; "The victims, two men
and a woman, were shot at close range", where we had written 0 injured before reading it again:
shot alone is a wound, and whether they died the line does not say), "Fatalities
unknown; coded as 10" (a coder's convention, not the text's); the French "prises en charge à
l'hôpital" (its parse makes "mortes" the subject of "prises"; in GAPS)."""
from .helpers import dated_report_tests, summary_tests

# event notes in the manner of conflict-event summaries, dated
EVENT_NOTES = [
 ('en', 'On 4 February 2026, suspected herders attacked Kpata village in Guma LGA (Benue) and killed 7 farmers. Two others were injured.', 7, 2),
 ('en', 'On 11 March 2026, unknown gunmen abducted a trader and later shot him dead near the market in Gao town.', 1, 0),
 ('en', 'On 2 April 2026, a roadside IED struck a military convoy near Dori, killing 3 soldiers and wounding 4 more.', 3, 4),
 ('en', 'On 19 April 2026, police fired live rounds at protesters in the capital; one demonstrator died of gunshot wounds and at least 15 were hurt.', 1, 15),
 ('en', "On 7 May 2026, militants ambushed a police patrol on the highway, leaving two officers dead. The attackers fled with the officers' rifles.", 2, 0),
 ('en', 'On 23 April 2026, a mob lynched a suspected thief in the town centre.', 1, 0),
 ('en', 'On 30 April 2026, a grenade thrown into a bar killed the owner and injured his wife and daughter.', 1, 2),
 ('en', 'On 14 April 2026, army shelling hit a camp for displaced people, killing a mother and her three children.', 4, 0),
 ('en', 'On 9 April 2026, clashes between two clans over grazing land left 11 people dead on both sides. Fatalities split evenly is not reported.', 11, 0),
 ('en', 'On 15 April 2026, a drone strike on a vehicle killed its two occupants, whom local sources identified as commanders of the group.', 2, 0),
 ('en', 'On 26 March 2026, a suicide bomber blew himself up at a checkpoint, killing a soldier and himself.', 1, 0),
 ('en', 'On 8 April 2026, gunmen stormed a church during Sunday service and killed the pastor. Several worshippers were wounded.', 1, 3),
 ('en', 'On 16 April 2026, rebels kidnapped 22 students from a boarding school. No fatalities were reported.', 0, 0),
 ('en', 'On 20 April 2026, a farmer was hacked to death by unidentified assailants in his field.', 1, 0),
 ('en', 'On 1 May 2026, security forces killed a wanted militant leader and two of his aides in a raid on a safe house.', 3, 0),
 ('en', 'On 5 May 2026, a landmine exploded under a minibus, killing all nine passengers.', 9, 0),
 ('en', "On 12 May 2026, armed men opened fire on a wedding party, killing the groom's father and an uncle.", 2, 0),
 ('en', 'On 22 May 2026, a journalist was found dead in the trunk of his car with signs of torture.', 1, 0),
 ('en', 'On 27 May 2026, two policemen were gunned down at a traffic stop by men on a motorbike.', 2, 0),
]

# incident descriptions in the manner of a yearly list
INCIDENT_LISTS = [
 ('en', 'A bomb planted in a motorcycle exploded outside a school, killing four children and a teacher and injuring 19 other people.', 5, 19),
 ('en', 'Gunmen opened fire on worshippers leaving a mosque, killing 12 and wounding dozens.', 12, 61),
 ('en', 'A car bomb exploded at a busy intersection; the death toll was 27, with 80 injured.', 27, 80),
 ('en', 'Three suicide bombers attacked a police training centre. 61 recruits died and 117 were injured.', 61, 117),
 ('en', 'Two explosions at a bus station killed at least 14 people. More than 50 were hurt.', 14, 50),
 ('en', 'An attack on a hotel by militants left 21 dead, including the six attackers.', 21, 0),
 ('en', 'A series of coordinated bombings across the city killed 68 and injured over 200.', 68, 200),
 ('en', 'Rebels attacked a village, massacring 35 civilians, most of them women and children.', 35, 0),
 ('en', 'A train was derailed by a bomb on the track; 9 passengers were killed and 41 injured.', 9, 41),
 ('en', 'A suicide car bomb targeting a convoy of foreign troops killed two soldiers and an interpreter.', 3, 0),
]

# wire sentences
WIRE_LINES = [
 ('en', 'Police said the blast wounded 14 people, three of them seriously, but killed no one.', 0, 14),
 ('en', 'Officials put the number of dead at 19 and said another 32 people were receiving treatment.', 19, 32),
 ('en', 'Hospital sources said they had received the bodies of eight people and treated 23 for wounds.', 8, 23),
 ('en', 'Among the dead were a local councillor and his driver.', 2, 0),
 ('en', 'The gunmen shot dead a police officer before fleeing.', 1, 0),
 ('en', 'Five people lost their lives when the building collapsed after the strike.', 5, 0),
 ('en', 'A child was among three people killed when a rocket hit the market.', 3, 0),
 ('en', 'The fighting has claimed at least 40 lives since Sunday, according to local officials.', 40, 0),
]

# coded event notes, a count line after the event ('1 fatality.')
CODED_NOTES = [
 ('en', 'On 3 May 2026, JNIM militants attacked a FAMa position in Boni (Douentza, Mopti). 5 soldiers and 12 militants were reportedly killed.', 17, 0),
 ('en', 'On 4 May 2026, an armed group attacked a village in Djibo (Soum, Sahel), resulting in 6 fatalities.', 6, 0),
 ('en', 'On 5 May 2026, a clash between two rival gangs in Port-au-Prince (Ouest) resulted in at least 4 fatalities.', 4, 0),
 ('en', 'On 6 May 2026, police dispersed a demonstration in Nairobi with tear gas and live ammunition. 1 fatality and several injuries reported.', 1, 3),
 ('en', 'On 7 May 2026, unidentified gunmen shot dead a local councillor in Kandahar city (Kandahar). 1 fatality.', 1, 0),
 ('en', 'On 8 May 2026, Al Shabaab fighters ambushed a SNA convoy near Afgooye (Lower Shabelle). Fatalities unknown.', 0, 0),
 ('en', 'On 9 May 2026, military forces carried out airstrikes on suspected militant hideouts in Khyber district, killing 7 militants according to the military. Fatalities could not be independently confirmed.', 7, 0),
 ('en', 'On 10 May 2026, a civilian was killed and 2 others injured by an IED explosion in Mogadishu (Banadir).', 1, 2),
 ('en', 'On 11 May 2026, residents lynched two suspected kidnappers in Bunia (Ituri). 2 fatalities.', 2, 0),
 ('en', 'On 13 May 2026, a drone strike killed a senior commander of the group and his driver near Idlib city. 2 fatalities.', 2, 0),
 ('en', 'On 14 May 2026, clashes between army and rebels in the area. Casualties unknown.', 0, 0),
 ('en', 'On 15 May 2026, herders attacked farmers in Bokkos (Plateau), killing 3 and wounding 5. Property was also destroyed.', 3, 5),
 ('en', 'On 16 May 2026, security forces arrested 14 suspected members of the group during a raid in the city.', 0, 0),
 ('en', 'On 17 May 2026, gunmen abducted 8 passengers travelling on a highway. 1 passenger was killed while trying to flee.', 1, 0),
 ('en', 'On 18 May 2026, an explosion targeting a police vehicle injured 4 police officers in Quetta (Balochistan). No fatalities reported.', 0, 4),
 ('en', 'On 19 May 2026, the military claimed to have killed 25 terrorists in an operation in the forest. Local sources dispute the figure.', 25, 0),
 ('en', 'On 20 May 2026, a soldier opened fire on his colleagues at a base, killing 2 of them before turning the gun on himself.', 2, 0),
 ('en', 'On 21 May 2026, 2 bodies with gunshot wounds were found dumped by a roadside in Culiacan (Sinaloa).', 2, 0),
 ('en', 'On 22 May 2026, unidentified assailants set fire to a house in the village, killing a woman and her 2 children inside.', 3, 0),
]

# French, Spanish, Russian and Ukrainian news lines
FOUR_LANGUAGES = [
 ('fr', 'Le 3 mars 2026, des hommes armés ont tué quatre civils dans le village de Tinta, dans la région de Mopti.', 4, 0),
 ('fr', "Deux gendarmes ont perdu la vie et trois autres ont été blessés lors d'une embuscade près de Djibo.", 2, 3),
 ('fr', "L'explosion d'un engin artisanal au passage d'un car de transport a coûté la vie à sept passagers.", 7, 0),
 ('fr', 'Un enseignant a été abattu devant son école par des individus non identifiés.', 1, 0),
 ('fr', "Selon une source sécuritaire, l'attaque a fait une vingtaine de morts parmi les soldats.", 20, 0),
 ('fr', "Le bilan s'est alourdi à 16 morts, a annoncé jeudi le ministère de la Santé.", 16, 0),
 ('fr', 'Une frappe de drone a tué un chef jihadiste et deux de ses lieutenants.', 3, 0),
 ('fr', 'Les affrontements entre communautés ont fait au moins neuf morts et une trentaine de blessés.', 9, 30),
 ('fr', "Aucune victime n'est à déplorer, selon la protection civile.", 0, 0),
 ('fr', "Trois soldats ont trouvé la mort dans l'attaque de leur poste, dont le commandant de l'unité.", 3, 0),
 ('es', 'El 14 de marzo de 2026, hombres armados asesinaron a cinco personas en una vivienda del municipio.', 5, 0),
 ('es', 'Un policía murió y otros dos resultaron heridos en un ataque con explosivos contra una patrulla.', 1, 2),
 ('es', 'La masacre dejó un saldo de ocho muertos, entre ellos dos menores de edad.', 8, 0),
 ('es', 'Los cuerpos de tres hombres fueron hallados con signos de tortura a la orilla de un camino.', 3, 0),
 ('es', 'Un líder comunitario fue asesinado a tiros frente a su casa.', 1, 0),
 ('es', 'El ataque con drones dejó cuatro militares heridos, informó el Ejército.', 0, 4),
 ('es', 'Las autoridades elevaron a 23 la cifra de fallecidos tras el enfrentamiento.', 23, 0),
 ('es', 'Dos hermanos fueron ultimados a balazos cuando regresaban del trabajo.', 2, 0),
 ('es', 'Nueve personas perdieron la vida y una decena resultaron heridas.', 9, 10),
 ('es', 'No se reportaron víctimas tras la explosión, según la policía.', 0, 0),
 ('ru', 'В результате обстрела погибли три мирных жителя, ещё пятеро получили ранения.', 3, 5),
 ('ru', 'Боевики убили двух полицейских на блокпосту.', 2, 0),
 ('ru', 'При взрыве автомобиля погиб водитель, двое пассажиров госпитализированы.', 1, 2),
 ('ru', 'Число погибших возросло до 14 человек, сообщили в МЧС.', 14, 0),
 ('ru', 'Неизвестные застрелили главу сельской администрации.', 1, 0),
 ('ru', 'В ходе столкновений пострадали около 30 человек.', 0, 30),
 ('ru', 'Тела четырёх военнослужащих были найдены в лесу.', 4, 0),
 ('ru', 'Жертвами нападения стали шесть человек, включая двоих детей.', 6, 0),
 ('uk', 'Внаслідок ракетного удару загинули двоє людей, ще семеро поранені.', 2, 7),
 ('uk', 'Окупанти обстріляли село, поранено трьох цивільних.', 0, 3),
 ('uk', 'Під час обстрілу загинув 54-річний чоловік.', 1, 0),
 ('uk', 'Кількість загиблих зросла до 12, повідомила обласна військова адміністрація.', 12, 0),
]

# the hurt told by their care ('receiving treatment', 'recibieron atención médica')
IN_CARE = [
 ('en', 'Two people died and 12 were treated in hospital.', 2, 12),
 ('en', 'Two people died and 12 were taken to hospital.', 2, 12),
 ('en', 'Two people died and 12 were being treated for injuries.', 2, 12),
 ('en', 'Two people died and 12 others were receiving treatment.', 2, 12),
 ('en', 'Two people died and 12 others were receiving treatment in hospital.', 2, 12),
 ('en', 'Two people died, while 12 others received medical treatment.', 2, 12),
 ('en', 'Doctors were treating 12 people for wounds.', 0, 12),
 ('en', 'Two people died; 12 were treated at the scene for minor injuries.', 2, 12),
 ('en', 'Two people died; 12 were treated for shock.', 2, 0),
 ('es', 'Dos personas murieron y otras 12 recibieron atención médica.', 2, 12),
 ('ru', 'Два человека погибли, ещё 12 получили медицинскую помощь.', 2, 12),
]

# the same victims told again in plainer words or in a line with no verb ('Bilan : deux morts')
TOLD_AGAIN = [
 ('en', 'Gunmen killed two farmers in the village on Monday. Two people died.', 2, 0),
 ('en', 'Gunmen killed two farmers in the village on Monday. The attack left two dead.', 2, 0),
 ('en', 'Gunmen killed two farmers in the village on Monday. The death toll is two.', 2, 0),
 ('en', 'Gunmen killed two farmers in the village on Monday. Two fatalities were recorded.', 2, 0),
 ('en', 'Gunmen killed a farmer in the village on Monday. One person died.', 1, 0),
 ('en', 'Gunmen killed a farmer in the village on Monday. 1 fatality.', 1, 0),
 ('en', 'Gunmen killed two farmers in the village on Monday. 2 fatalities.', 2, 0),
 ('en', 'Gunmen killed two farmers and wounded three in the village on Monday. Two dead, three injured.', 2, 3),
 ('fr', 'Des hommes armés ont tué deux agriculteurs lundi. Bilan : deux morts.', 2, 0),
 ('es', 'Hombres armados mataron a dos campesinos el lunes. Saldo: dos muertos.', 2, 0),
 ('en', 'Two soldiers were killed in the ambush on Monday. Two civilians died in the crossfire.', 4, 0),
 ('ru', 'Боевики убили двух полицейских. Два человека погибли.', 2, 0),
 ('es', 'Sicarios asesinaron a dos comerciantes. Dos personas murieron.', 2, 0),
]

# agency lines from many regions, a second batch ('Troops killed 18 insurgents ..., losing three of their own')
MORE_AGENCY_LINES = [
 ('en', 'A coalition airstrike killed 12 civilians, including women and children, residents said, while the coalition said it had targeted a weapons depot.', 12, 0),
 ('en', 'Five police officers were killed in an ambush by suspected cartel gunmen in Michoacan, state authorities said.', 5, 0),
 ('en', 'Two people were stabbed to death and three others injured in a knife attack at a shopping centre.', 2, 3),
 ('en', 'A rocket attack on the air base wounded four American service members, one of them seriously, officials said.', 0, 4),
 ('en', 'Troops killed 18 insurgents who had attacked a border post, losing three of their own, the army said.', 21, 0),
 ('en', "At least seven demonstrators were shot dead by security forces on Saturday, a doctors' committee said, bringing the number killed since the coup to 92.", 7, 0),
 ('en', "An Indian soldier and two militants were killed in a gunfight in Kashmir's Anantnag district, police said.", 3, 0),
 ('en', 'Gunmen killed a police officer and wounded two others at a checkpoint in the southern city of Quetta on Tuesday.', 1, 2),
 ('en', 'The blast killed the bomber and two bystanders and injured nine people, police said.', 2, 9),
 ('en', 'A 10-year-old boy was killed and his mother wounded when a mortar round struck their home.', 1, 1),
 ('en', 'A shell landed near a water distribution point, killing three people queuing for water and wounding eight.', 3, 8),
 ('en', 'Security sources said 14 soldiers and at least 30 jihadists died in the fighting.', 44, 0),
 ('en', 'Nobody was hurt in the attack, which damaged the front of the building.', 0, 0),
 ('en', 'An Israeli man was lightly wounded in a stabbing attack near a West Bank settlement; the assailant was shot dead.', 0, 1),
 ('en', 'Bandits killed 11 villagers and abducted dozens more in a raid on a village in Zamfara state.', 11, 0),
 ('en', 'Police said three people died and 12 were hospitalised after a bomb exploded at a bus stop.', 3, 12),
 ('en', 'A prison guard was killed and 15 inmates escaped when gunmen attacked the jail.', 1, 0),
 ('en', 'The clashes killed at least 23 fighters from both sides, a war monitor said.', 23, 0),
 ('en', 'A woman and her daughter were among six people killed when a missile hit an apartment block.', 6, 0),
 ('fr', "Un militaire a été tué et deux autres blessés dans l'explosion d'une mine au passage de leur véhicule.", 1, 2),
 ('fr', 'Les violences ont fait 12 morts, dont trois policiers, selon un bilan officiel.', 12, 0),
 ('fr', 'Quatre personnes, dont un enfant, ont été tuées par balles dans la nuit.', 4, 0),
 ('fr', "Un homme a succombé à ses blessures à l'hôpital, portant le bilan à sept morts.", 7, 0),
 ('fr', "Plus de 30 personnes ont été blessées lors des heurts entre manifestants et forces de l'ordre.", 0, 30),
 ('es', 'Un ataque armado en un bar dejó siete muertos y cinco lesionados.', 7, 5),
 ('es', 'Murió un soldado y otros cuatro quedaron heridos tras la explosión de un artefacto.', 1, 4),
 ('es', 'Tres personas fueron asesinadas, entre ellas un menor de 15 años.', 3, 0),
 ('es', 'El saldo de la jornada violenta fue de 11 muertos, según la Secretaría de Seguridad.', 11, 0),
 ('es', 'Al menos 20 manifestantes resultaron heridos en los choques con la policía.', 0, 20),
 ('ru', 'В результате теракта погибли 12 человек, более 40 получили ранения.', 12, 40),
 ('ru', 'Двое военнослужащих погибли, ещё трое ранены при подрыве на мине.', 2, 3),
 ('ru', 'Мужчина скончался в больнице, число жертв нападения возросло до пяти.', 5, 0),
 ('ru', 'Пострадали четыре человека, в том числе ребёнок.', 0, 4),
 ('uk', 'Загинули троє людей, серед них дитина.', 3, 0),
 ('uk', "Унаслідок атаки дронів поранено п'ятьох людей.", 0, 5),
]

# French, Spanish, Russian and Ukrainian news, a second batch
MORE_FOUR_LANGUAGES = [
 ('fr', "Au moins cinq personnes ont péri dans l'incendie de leur maison provoqué par des assaillants.", 5, 0),
 ('fr', "Un gendarme a été mortellement blessé lors d'un contrôle routier mardi soir.", 1, 0),
 ('fr', "Le bilan provisoire fait état de six morts et d'une quinzaine de blessés.", 6, 15),
 ('fr', "Deux casques bleus ont été blessés, dont un grièvement, dans l'attaque de leur convoi.", 0, 2),
 ('fr', 'Les corps de trois pêcheurs ont été retrouvés sur la berge du fleuve.', 3, 0),
 ('fr', 'Un adolescent de 16 ans a été tué par balle samedi soir à Nîmes.', 1, 0),
 ('fr', "L'armée affirme avoir tué une cinquantaine de terroristes lors de frappes aériennes.", 50, 0),
 ('fr', 'La fusillade a fait un mort et quatre blessés légers.', 1, 4),
 ('fr', 'Des hommes armés ont enlevé une vingtaine de personnes et tué le chef du village.', 1, 0),
 ('fr', "Sept civils, dont deux femmes, ont trouvé la mort dans l'explosion d'un engin explosif improvisé.", 7, 0),
 ('es', 'Cuatro personas perdieron la vida y 11 resultaron lesionadas en un ataque armado contra un bar.', 4, 11),
 ('es', 'Un agente de la Guardia Nacional murió tras ser emboscado por un grupo armado.', 1, 0),
 ('es', 'La cifra de muertos por los enfrentamientos ascendió a 17.', 17, 0),
 ('es', 'Localizan los cuerpos sin vida de dos jóvenes reportados como desaparecidos.', 2, 0),
 ('es', 'El ataque dejó como saldo un policía muerto y dos civiles heridos.', 1, 2),
 ('es', 'Un menor de edad resultó herido de bala durante la balacera.', 0, 1),
 ('es', 'Tres soldados fallecieron al pisar una mina antipersonal.', 3, 0),
 ('es', 'Un comerciante fue ultimado a tiros dentro de su negocio.', 1, 0),
 ('es', 'Seis personas murieron calcinadas tras el ataque a un autobús.', 6, 0),
 ('es', 'La balacera dejó al menos ocho heridos, tres de ellos de gravedad.', 0, 8),
 ('ru', 'В результате атаки беспилотника погибла женщина, ещё двое мирных жителей ранены.', 1, 2),
 ('ru', 'Двое сотрудников полиции получили ранения в ходе перестрелки.', 0, 2),
 ('ru', 'На месте происшествия обнаружены тела трёх человек.', 3, 0),
 ('ru', 'Число пострадавших при взрыве выросло до 27.', 0, 27),
 ('ru', 'В ходе спецоперации нейтрализованы пятеро боевиков.', 5, 0),
 ('ru', 'Погибли 12 человек, в том числе трое детей, ещё 30 госпитализированы.', 12, 30),
 ('ru', 'Один человек погиб и четверо пострадали в результате обстрела.', 1, 4),
 ('ru', 'Водитель грузовика скончался на месте, пассажир госпитализирован в тяжёлом состоянии.', 1, 1),
 ('uk', 'Через обстріл загинула 70-річна жінка, ще двоє людей дістали поранення.', 1, 2),
 ('uk', 'Унаслідок удару по Одесі постраждали восьмеро людей, серед них двоє дітей.', 0, 8),
 ('uk', 'Росіяни вдарили по автобусу: загинули четверо пасажирів, семеро поранені.', 4, 7),
 ('uk', "Загиблих унаслідок атаки вже п'ятеро.", 5, 0),
 ('uk', 'Кількість поранених зросла до 19 осіб.', 0, 19),
 ('uk', 'Рятувальники витягли з-під завалів тіла двох людей.', 2, 0),
]

# one taken to hospital in a grave condition, uncounted ('a passenger was taken to hospital in critical condition')
ONE_IN_CARE = [
 ('en', 'The truck driver died at the scene and a passenger was taken to hospital in critical condition.', 1, 1),
 ('en', 'The truck driver died at the scene; a passenger was hospitalised.', 1, 1),
 ('en', 'A passenger was rushed to hospital with serious injuries.', 0, 1),
 ('fr', 'Le conducteur est mort sur le coup, un passager a été hospitalisé dans un état grave.', 1, 1),
 ('es', 'El conductor murió en el lugar y un pasajero fue trasladado al hospital en estado grave.', 1, 1),
 ('ru', 'Водитель грузовика скончался на месте, пассажир госпитализирован в тяжёлом состоянии.', 1, 1),
 ('uk', 'Водій загинув на місці, пасажира госпіталізовано у важкому стані.', 1, 1),
]

# a count after a state heading its line ('Загиблих унаслідок атаки вже п'ятеро')
STATE_THEN_COUNT = [
 ('ru', 'Погибших уже пятеро.', 5, 0),
 ('uk', "Загиблих унаслідок атаки вже п'ятеро.", 5, 0),
 ('uk', 'Поранених — 12.', 0, 12),
 ('ru', 'Погибших в результате атаки пятеро, раненых восемь.', 5, 8),
]

# a running count from a time that names no day, told with an update word: a longer period's (the
# first batch's two gaps, closed; 'since the coup' is among MORE_AGENCY_LINES)
RUNNING_SINCE = [
 ('en', 'The ministry confirmed the deaths of four peacekeepers, bringing to 31 the number killed since the mission began.', 4, 0),
 ('en', 'The ministry confirmed the deaths of four peacekeepers, bringing the number killed since the mission began in 2013 to 31.', 4, 0),
]

# how the dead are listed ('The dead included ...', 'Of the 12 dead, five were children', 'Parmi les morts figurent ...')
LISTED_DEAD = [
 ('en', 'The dead included a police officer and three civilians, the governor said.', 4, 0),
 ('en', 'Casualties included two dead and five wounded.', 2, 5),
 ('en', 'Killed were two soldiers and a civilian contractor.', 3, 0),
 ('en', 'A bomb went off at a school; among the wounded were three children.', 0, 3),
 ('en', 'Of the 12 dead, five were children.', 12, 0),
 ('en', 'Two of the five people killed were police officers.', 5, 0),
 ('en', 'The explosion killed everyone on board, 14 people.', 14, 0),
 ('en', 'The gunmen killed all seven members of the family.', 7, 0),
 ('en', 'Both drivers were killed when the convoy was hit.', 2, 0),
 ('en', 'A total of 17 people were killed in the clashes.', 17, 0),
 ('en', 'The attacker blew himself up, killing himself and three others.', 3, 0),
 ('en', 'Witnesses said the soldiers shot dead four men and a teenage boy.', 5, 0),
 ('en', 'Seven people, among them two foreigners, were killed.', 7, 0),
 ('en', 'Eleven civilians, six of them children, died in the airstrike.', 11, 0),
 ('en', 'Three people were killed: a shopkeeper, his son and a customer.', 3, 0),
 ('en', 'Police said 9 people had been killed and 23 injured, some critically.', 9, 23),
 ('en', 'The blast killed 4 and injured 12, two of whom later died.', 6, 10),
 ('en', 'At least two people died and several others were injured.', 2, 3),
 ('en', 'The only fatality was a 70-year-old woman.', 1, 0),
 ('en', 'A man was killed and his two sons were wounded.', 1, 2),
 ('en', 'The militants killed the driver and abducted the passengers.', 1, 0),
 ('en', 'No one was killed, but three soldiers suffered minor injuries.', 0, 3),
 ('en', 'The number of wounded stood at 48.', 0, 48),
 ('fr', 'Parmi les morts figurent un policier et deux enfants.', 3, 0),
 ('fr', 'Sur les 12 morts, cinq sont des enfants.', 12, 0),
 ('fr', 'Tous les passagers du véhicule, au nombre de six, ont péri.', 6, 0),
 ('es', 'Entre los fallecidos se encuentran dos policías y un civil.', 3, 0),
 ('es', 'De los 12 muertos, cinco eran niños.', 12, 0),
 ('ru', 'Среди погибших — двое полицейских и ребёнок.', 3, 0),
 ('uk', 'Серед загиблих — троє дітей.', 3, 0),
]

# impersonal and existential casualty phrasings ('On dénombre ...', 'Se registraron ...', 'Зафиксирована гибель ...')
IMPERSONAL = [
 ('fr', 'On dénombre au moins huit morts et une vingtaine de blessés.', 8, 20),
 ('fr', 'Il y a eu trois morts lors des échauffourées.', 3, 0),
 ('fr', 'On compte également 14 blessés, dont deux graves.', 0, 14),
 ('fr', 'Les secours ont recensé cinq victimes décédées.', 5, 0),
 ('fr', "L'explosion n'a fait aucun mort mais plusieurs blessés.", 0, 3),
 ('es', 'Se registraron cinco muertos y 12 heridos durante los disturbios.', 5, 12),
 ('es', 'Hubo tres fallecidos en el enfrentamiento.', 3, 0),
 ('es', 'Se reportan dos personas lesionadas.', 0, 2),
 ('es', 'Hasta el momento se contabilizan 14 víctimas mortales.', 14, 0),
 ('es', 'Decenas de personas resultaron heridas.', 0, 59),
 ('ru', 'Зафиксирована гибель трёх человек.', 3, 0),
 ('ru', 'Погибшими числятся 11 человек.', 11, 0),
 ('ru', 'По предварительным данным, пострадали не менее 15 человек.', 0, 15),
 ('ru', 'Свыше 20 человек получили ранения.', 0, 20),
 ('ru', 'Несколько человек получили ранения.', 0, 3),
 ('ru', 'Десятки людей были ранены.', 0, 59),
 ('uk', 'Повідомляють про загибель двох людей.', 2, 0),
 ('uk', 'Є загиблий та троє поранених.', 1, 3),
 ('uk', 'Щонайменше 9 людей поранено.', 0, 9),
 ('uk', 'Понад 30 людей постраждали.', 0, 30),
 ('uk', 'Кілька людей дістали поранення.', 0, 3),
]

# figures paired with their state by a dash ('Погибших — 12 человек', 'Число погибших — 14 человек, раненых — 30')
DASH_PAIRS = [
 ('ru', 'Погибших — 12 человек.', 12, 0),
 ('ru', 'Раненых — 12 человек, погибших — трое.', 3, 12),
 ('uk', 'Загиблих — 5 людей.', 5, 0),
 ('ru', 'Погибли 20 человек — 12 военных, 8 мирных жителей — сообщили в штабе.', 20, 0),
 ('ru', 'Погибших — 5, раненых — 12.', 5, 12),
 ('uk', 'Поранених — 12, загиблих — двоє.', 2, 12),
 ('ru', 'Число погибших — 14 человек, раненых — 30.', 14, 30),
 ('ru', 'Число погибших — 14 человек.', 14, 0),
 ('uk', 'Кількість загиблих — 6 людей.', 6, 0),
]

# tolls told with a toll noun in French and Spanish ('El balance oficial es de nueve fallecidos')
TOLL_NOUNS = [
 ('fr', "Le bilan s'établit à 12 morts et 40 blessés.", 12, 40),
 ('fr', 'Le bilan est de cinq morts et 20 blessés, selon la préfecture.', 5, 20),
 ('fr', 'Bilan humain : trois morts.', 3, 0),
 ('fr', 'Le dernier bilan fait état de 23 morts.', 23, 0),
 ('fr', 'Le bilan, encore provisoire, est de huit morts.', 8, 0),
 ('fr', "Le nombre de blessés s'élève à 37.", 0, 37),
 ('es', 'La cifra de muertos es de 12.', 12, 0),
 ('es', 'El número de heridos llega a 40.', 0, 40),
 ('es', 'El saldo: cuatro muertos y siete heridos.', 4, 7),
 ('es', 'El balance oficial es de nueve fallecidos y 23 lesionados.', 9, 23),
 ('es', 'El último reporte da cuenta de 15 personas fallecidas.', 15, 0),
 ('es', 'La cifra de víctimas mortales subió a 31.', 31, 0),
]

# result phrasings of event notes ('resulting in the deaths of 3 officers')
RESULT_PHRASES = [
 ('en', 'Militants attacked a police station, resulting in the deaths of 3 officers.', 3, 0),
 ('en', 'The clash resulted in 2 fatalities and 4 injuries.', 2, 4),
 ('en', 'Shelling of the market led to the death of a vendor.', 1, 0),
 ('en', 'The explosion caused the death of five workers and injured seven.', 5, 7),
 ('en', 'The ambush claimed the lives of eleven soldiers.', 11, 0),
 ('en', 'Two fatalities were reported after the raid.', 2, 0),
 ('en', 'The strike left at least one person dead.', 1, 0),
 ('en', 'Rebels attacked the town; several fatalities were reported.', 3, 0),
 ('en', 'Clashes broke out between protesters and police, leaving 1 protester dead and several injured.', 1, 3),
 ('en', 'A suicide bombing at a funeral resulted in at least 30 deaths.', 30, 0),
 ('en', 'An IED detonated near a patrol, causing injuries to 3 soldiers.', 0, 3),
 ('en', 'The attack resulted in the killing of the village head and the abduction of 4 residents.', 1, 0),
 ('en', 'Air strikes on the camp reportedly caused 12 deaths.', 12, 0),
 ('en', 'The shooting caused no casualties.', 0, 0),
]

# release lines in ISAF's manner and wire lines in capitals ('the insurgent leader, along with three of his fighters, was killed')
RELEASES_AND_CAPITALS = [
 ('en', 'The security force killed two armed insurgents after they engaged the force with small-arms fire.', 2, 0),
 ('en', 'During the operation, the combined force killed multiple insurgents and detained one suspect.', 3, 0),
 ('en', 'An air weapons team engaged and killed the insurgents as they emplaced an IED.', 2, 0),
 ('en', 'Several insurgents were killed and others fled when the patrol returned fire.', 3, 0),
 ('en', 'No civilians were harmed during the operation.', 0, 0),
 ('en', 'A precision strike killed the targeted IED facilitator and one associate.', 2, 0),
 ('en', 'One insurgent was killed and two others were wounded in the exchange.', 1, 2),
 ('en', 'The force confirmed that the insurgent leader, along with three of his fighters, was killed.', 4, 0),
 ('en', 'An Afghan soldier was killed and two ISAF service members were injured in the attack.', 1, 2),
 ('en', 'GUERRILLAS KILLED FOUR SOLDIERS AND WOUNDED SIX OTHERS IN AN AMBUSH NEAR THE TOWN, THE ARMED FORCES REPORTED.', 4, 6),
 ('en', 'A BOMB EXPLODED AT A BANK BRANCH LAST NIGHT, CAUSING PROPERTY DAMAGE BUT NO CASUALTIES.', 0, 0),
 ('en', 'THE BODIES OF THREE PEASANTS WERE FOUND WITH SIGNS OF TORTURE ON THE OUTSKIRTS OF THE CITY.', 3, 0),
 ('en', 'AN ARMY PATROL CLASHED WITH REBELS, KILLING 12 OF THEM, ACCORDING TO A MILITARY SPOKESMAN.', 12, 0),
 ('en', 'TWO POLICEMEN WERE SERIOUSLY INJURED WHEN UNIDENTIFIED INDIVIDUALS HURLED A GRENADE AT THEIR VEHICLE.', 0, 2),
]

# incident lines with the attackers counted apart ('killing 5 people before being shot dead by police')
ATTACKERS_APART = [
 ('en', 'A gunman opened fire in a shopping mall, killing 5 people before being shot dead by police.', 5, 0),
 ('en', 'Two suicide bombers blew themselves up at a checkpoint, killing 8 soldiers.', 8, 0),
 ('en', 'Militants stormed a hotel; 14 people were killed, plus the four attackers.', 14, 0),
 ('en', 'A man drove a truck into a crowd, killing 9 people and injuring 30; the driver was arrested.', 9, 30),
 ('en', 'An attacker stabbed 4 people, one fatally, before he was overpowered.', 1, 3),
 ('en', 'A car bomb killed 6 people, including the bomber.', 6, 0),
 ('en', 'Gunmen attacked a police post, killing 3 officers; 2 gunmen were also killed.', 5, 0),
 ('en', 'A knife attack at a train station left 2 dead and 4 injured; the attacker was shot and wounded by police.', 2, 4),
 ('en', 'The attacker killed his ex-wife and two of her relatives before killing himself.', 3, 0),
 ('en', 'A suicide bomber detonated his vest among mourners, killing 17 and wounding 40.', 17, 40),
]

# 'both' as the victims: two, inside a count of two told before (closed in this round: counting._count)
BOTH = [
 ('en', 'Assailants threw acid at two women in the market, leaving both with severe burns.', 0, 2),
 ('en', 'Two policemen came under fire. Both were wounded.', 0, 2),
 ('en', 'Two policemen were shot dead. Both were from the city.', 2, 0),
 ('en', 'Two soldiers were wounded in the blast. Both were taken to hospital.', 0, 2),
 ('en', 'Two men were kidnapped on Monday. Both were found dead on Wednesday.', 2, 0),
 ('en', 'Gunmen shot two farmers, killing both.', 2, 0),
 ('en', 'Two journalists were killed. Both worked for a local radio station.', 2, 0),
]

CASES = EVENT_NOTES + INCIDENT_LISTS + WIRE_LINES + CODED_NOTES + FOUR_LANGUAGES + IN_CARE + TOLD_AGAIN \
    + MORE_AGENCY_LINES + MORE_FOUR_LANGUAGES + ONE_IN_CARE + STATE_THEN_COUNT + RUNNING_SINCE + LISTED_DEAD + IMPERSONAL \
    + DASH_PAIRS + TOLL_NOUNS + RESULT_PHRASES + RELEASES_AND_CAPITALS + ATTACKERS_APART + BOTH + [
 # closed in this round: the counted people after a dash paired with the state (grammar._numbered)
 ('ru', 'Раненых — 12 человек.', 0, 12),
]

GAPS = [
 # the parser makes the dead ('mortes') the passive subject of 'prises' and the twelve a conjunct of them
 ('fr', "Deux personnes sont mortes et 12 autres ont été prises en charge à l'hôpital.", 2, 12),
 # 'il' stands for the toll told before ('Un premier bilan'), its new figure on the pronoun
 ('fr', 'Un premier bilan faisait état de dix morts ; il est désormais de 14.', 14, 0),
 # the parser makes the leader the subject of 'hiding' and 'killed' its conjunct: 'him' finds no first verb's object
 ('en', 'The assault force found the Taliban leader hiding in a compound and killed him when he resisted.', 1, 0),
 # 'him' stands for one member of the first verb's list ('a man and his wife'); the graver outcome goes to the whole list
 ('en', 'Gunmen shot a man and his wife, killing him and wounding her.', 1, 1),
 # the parser makes the preposition 'Из' the root and the count of the whole ('12') a modifier of the part
 ('ru', 'Из 12 погибших пятеро — дети.', 12, 0),
]

test_summary_in_its_language, test_known_gaps = summary_tests(CASES, GAPS)

# wire reports with their headlines and publication dates: (language, published, title, text, killed, injured)
REPORTS = [
 ('en', '2026-03-09', 'Gunmen kill nine at Nigerian market', "KADUNA, March 8 - Gunmen on motorcycles killed nine people and wounded 14 others when they opened fire at a crowded market in northwest Nigeria's Kaduna state on Sunday, police said.\n\nPolice spokesman Mohammed Jalige said officers were deployed to the area after the attack and that the wounded were taken to hospitals in Kaduna city. He said three suspects had been arrested.\n\nResidents said the attackers also set fire to several stalls. Kaduna has seen repeated attacks by armed gangs, who killed more than 300 people in the state last year.", 9, 14),
 ('en', '2026-04-15', 'Four soldiers killed in Mali ambush, army says', 'BAMAKO, April 14 - Four Malian soldiers were killed and several vehicles destroyed when their convoy was ambushed in central Mali on Tuesday, the army said in a statement.\n\nThe army said its troops returned fire and "neutralised" a number of assailants, without giving a figure. No group immediately claimed the attack.\n\nMali has battled an Islamist insurgency since 2012 that has killed thousands of soldiers and civilians.', 7, None),
 ('en', '2026-05-02', 'Death toll from Pakistan bus bombing rises to 23', 'QUETTA, May 1 - The death toll from a bomb attack on a passenger bus in southwestern Pakistan rose to 23 on Friday after five of the wounded died in hospital, officials said.\n\nThe blast on Thursday tore through the bus as it travelled from Quetta to the town of Mastung. An initial toll put the dead at 18.\n\n"Several of the injured are still in critical condition," a senior health official said.', 23, None),
 ('en', '2026-06-21', 'Israeli strike kills seven in Gaza, health officials say', 'GAZA, June 20 - An Israeli airstrike on a house in the central Gaza Strip killed seven people, including three children, and wounded 11 others, Palestinian health officials said on Saturday.\n\nThe Israeli military said it had struck a militant who was planning an imminent attack, and that it was looking into reports of civilian casualties. The figures could not be independently verified.', 7, 11),
 ('en', '2026-07-12', 'Three peacekeepers killed in Central African Republic', 'BANGUI, July 11 - Three United Nations peacekeepers from Rwanda were killed in an attack by armed men on their patrol in the southwest of the Central African Republic, the U.N. mission said on Saturday.\n\nThe mission, known as MINUSCA, said one other peacekeeper was seriously wounded and had been evacuated. Secretary-General condemned the killing and said attacks on peacekeepers may constitute war crimes.', 3, None),
 ('en', '2026-08-30', 'Twelve killed in Colombia massacre', "BOGOTA, Aug 29 - Twelve people were shot dead in a rural area of Colombia's Cauca province, the human rights ombudsman said on Saturday, in the country's worst massacre this year.\n\nThe victims, who included two minors, were found near a coca processing site. Authorities blamed a dissident faction of the former FARC rebel group.\n\nThe ombudsman's office has recorded 48 massacres so far this year, in which 170 people have died.", 12, None),
 ('en', '2026-09-14', 'Two killed as protesters clash with police in Kenya', 'NAIROBI, Sept 13 - Two people were killed and five others injured on Saturday when police opened fire on protesters in the Kenyan town of Kisumu, a hospital official said.\n\n"We received two bodies with gunshot wounds, and we are treating five people," the official told Reuters by phone. Police did not respond to requests for comment.', 2, 5),
 ('en', '2026-10-04', 'Militants kill 16 soldiers in Burkina Faso', 'OUAGADOUGOU, Oct 3 - Suspected jihadists killed 16 soldiers in an attack on an army post in northern Burkina Faso, security sources said on Friday.\n\nAbout 30 assailants were also killed in the fighting, the sources said.', 46, None),
 ('fr', '2026-03-22', 'Cinq morts dans une attaque au Burkina Faso', "Cinq civils ont été tués et huit autres blessés dans l'attaque d'un village de la province du Soum, dans le nord du Burkina Faso, a-t-on appris samedi de sources locales.\n\n« Les assaillants sont arrivés à moto et ont tiré sur les habitants », a raconté un habitant joint par téléphone. Les blessés ont été évacués vers Djibo.\n\nDepuis 2015, les violences jihadistes ont fait plus de 20 000 morts dans le pays.", 5, 8),
 ('fr', '2026-05-10', "RDC : onze civils tués par des rebelles dans l'Ituri", "Au moins onze civils ont été tués dans la nuit de vendredi à samedi lors d'une attaque attribuée aux rebelles ADF dans le territoire d'Irumu, en Ituri, selon des sources locales.\n\n« Nous avons déjà enterré onze corps », a déclaré un responsable de la société civile. Plusieurs maisons ont été incendiées et des habitants sont portés disparus.", 11, None),
 ('es', '2026-04-05', 'Tres muertos en ataque armado en Guanajuato', 'Tres personas murieron y dos más resultaron heridas la noche del sábado cuando sujetos armados dispararon contra los asistentes a una fiesta en el municipio de Celaya, Guanajuato, informó la Fiscalía estatal.\n\nDe acuerdo con los primeros reportes, los agresores llegaron en una camioneta y abrieron fuego sin mediar palabra. Los lesionados fueron trasladados a un hospital.', 3, 2),
 ('es', '2026-07-19', 'Asesinan a seis integrantes de una familia en Honduras', 'Seis miembros de una misma familia, entre ellos tres niños, fueron asesinados a balazos en su vivienda de una aldea del departamento de Olancho, informó la Policía Nacional.\n\nSegún las autoridades, un grupo de hombres armados irrumpió en la casa durante la madrugada. Un adolescente logró escapar y dio aviso a los vecinos.', 6, None),
 ('ru', '2026-05-25', 'В Дагестане при нападении на пост ДПС погибли двое полицейских', 'Двое сотрудников полиции погибли, ещё четверо получили ранения при нападении на пост ДПС в Дагестане, сообщили в МВД республики в воскресенье.\n\nПо данным ведомства, неизвестные открыли огонь по сотрудникам из автоматического оружия и скрылись. Раненые доставлены в больницу.', 2, 4),
 ('uk', '2026-09-07', "Внаслідок обстрілу Херсона загинули п'ятеро людей", "Російські війська обстріляли Херсон, внаслідок чого загинули п'ятеро цивільних, ще 12 отримали поранення, повідомив у неділю голова обласної військової адміністрації.\n\nСеред поранених — дитина. Під обстріл потрапили житлові квартали та ринок.", 5, 12),
 ('fr', '2026-06-08', "Mali : neuf civils tués dans l'attaque d'un village du centre", "Neuf civils ont été tués samedi soir dans l'attaque du village de Diallassagou, dans le cercle de Bankass, a-t-on appris dimanche auprès d'élus locaux et d'une source sécuritaire.\n\n« Des hommes armés ont encerclé le village et ont tiré sur tout ce qui bougeait », a déclaré un élu local sous couvert d'anonymat. Selon lui, plusieurs personnes sont portées disparues et des greniers ont été incendiés.\n\nLe centre du Mali est depuis 2015 le théâtre de violences qui ont fait des milliers de morts. En juin 2022, une attaque dans la même zone avait fait 132 morts.", 9, None),
 ('fr', '2026-09-21', 'Haïti : trois morts dans une attaque de gang à Port-au-Prince', "Au moins trois personnes ont été tuées et sept autres blessées par balles dimanche lors d'une attaque d'un gang armé dans un quartier de la capitale haïtienne, selon la police.\n\nParmi les victimes figure un policier en civil. Les blessés ont été transportés à l'hôpital de la Paix. Les habitants ont fui le quartier, selon un responsable de la protection civile.", 3, 7),
 ('es', '2026-03-30', 'Ataque armado en Culiacán deja cuatro muertos', 'Cuatro hombres murieron y uno más resultó herido luego de que un grupo armado atacara a balazos a los ocupantes de una vivienda en la colonia Bicentenario, en Culiacán, Sinaloa, la noche del sábado.\n\nDe acuerdo con la Fiscalía, en el lugar se localizaron más de 50 casquillos de arma larga. El lesionado fue trasladado a un hospital, donde se reporta grave.\n\nEn lo que va de marzo suman más de 120 homicidios en el estado, según cifras oficiales.', 4, 1),
 ('es', '2026-08-17', 'Dos soldados muertos en un ataque con drones en el Cauca', 'Dos soldados murieron este sábado tras un ataque con explosivos lanzados desde drones contra una base militar en el municipio de Argelia, en el departamento del Cauca, informó el Ejército.\n\nLa institución atribuyó el ataque a las disidencias de las FARC. "Es un ataque cobarde contra nuestros hombres", escribió en redes sociales el comandante del Ejército. Otros tres militares resultaron con heridas leves.', 2, None),
 ('ru', '2026-07-06', 'В Белгородской области при обстреле погибли три человека', 'Три человека погибли и девять получили ранения в результате обстрела Белгорода, сообщил губернатор области в воскресенье.\n\nПо его словам, среди раненых двое детей, их состояние оценивается как средней тяжести. Повреждены жилые дома и автомобили. Ранее в этот день в регионе был сбит беспилотник.', 3, 9),
 ('uk', '2026-05-04', 'На Харківщині внаслідок обстрілу загинули двоє людей', 'Внаслідок обстрілу села в Харківській області загинули чоловік і жінка, повідомив у неділю начальник обласної військової адміністрації.\n\nЗа його словами, ще троє людей поранені, серед них підліток. Пошкоджено приватні будинки.', 2, None),
 # a wire roundup of several incidents, two sides' tolls, a rising toll, a separate attack the same day
 ('en', '2026-04-20', 'Violence across Iraq kills nine', 'BAGHDAD, April 19 - Attacks across Iraq killed at least nine people on Sunday, police and medical sources said.\n\nIn the northern city of Mosul, a roadside bomb killed three policemen. In Baquba, gunmen shot dead a local council member and his son at their home. Four soldiers were killed when a suicide bomber rammed a checkpoint south of Kirkuk.\n\nNo group claimed responsibility for the attacks.', 9, None),
 ('en', '2026-05-11', 'Border clashes kill 14 as truce collapses', "BISHKEK/DUSHANBE, May 10 - At least 14 people were killed in renewed fighting on the border between Kyrgyzstan and Tajikistan on Sunday, officials from both sides said.\n\nKyrgyzstan's health ministry said eight of its citizens had been killed and 20 wounded. Tajik officials said six Tajiks died, but gave no figure for the wounded. Neither account could be independently verified.\n\nIn fighting in 2022, about 100 people were killed on both sides.", 14, 20),
 ('en', '2026-06-02', 'Six killed in two attacks in northern Burkina', 'OUAGADOUGOU, June 1 - Suspected jihadists killed four volunteer fighters in an ambush near the town of Djibo on Saturday, security sources said. In a separate attack the same day, two civilians were killed in a village in the Sahel region, a local official said.\n\nBurkina Faso has been battling an insurgency since 2015.', 6, None),
 ('en', '2026-07-15', 'Death toll in Karachi factory blast climbs to 31', 'KARACHI, July 14 - The death toll from an explosion at a factory in Karachi rose to 31 on Tuesday after more bodies were pulled from the rubble, rescue officials said.\n\nOn Monday, officials had put the number of dead at 22. Police said the blast was caused by a bomb planted in a storage room; a militant group later claimed responsibility.\n\nRescuers said 12 workers remained unaccounted for.', 31, None),
 ('en', '2026-08-09', 'Afghan police say five killed in mosque blast', 'KABUL, Aug 8 - A bomb exploded inside a mosque in eastern Afghanistan during Friday prayers, killing five worshippers, including the mosque\'s imam, and wounding three others, a police spokesman said.\n\nThe Taliban government condemned the attack. "Those who carried it out will be punished," a spokesman said. The death toll could rise, a doctor said.', 5, 3),
 # long reports with a background of earlier tolls, in Russian, French and Spanish
 ('ru', '2026-03-16', 'В Донецке при обстреле рынка погибли пять человек', 'Пять человек погибли и 12 получили ранения в результате обстрела рынка в Киевском районе Донецка в воскресенье утром, сообщил глава города.\n\n«По предварительным данным, снаряды попали в торговые ряды, где в это время было много покупателей», — сказал он. По его словам, среди погибших — женщина 1965 года рождения, среди раненых — двое подростков. Пострадавшим оказывается медицинская помощь.\n\nРанее в этом месяце при обстреле того же района погибли три человека. С начала года, по данным городской администрации, в Донецке погибли более 40 мирных жителей.\n\nУкраинская сторона обвинения не комментировала.', 5, 12),
 ('fr', '2026-04-27', 'Niger : douze soldats tués dans une embuscade près de la frontière malienne', "Douze soldats nigériens ont été tués dimanche dans une embuscade tendue par des jihadistes présumés dans la région de Tillabéri, près de la frontière avec le Mali, a annoncé lundi le ministère de la Défense.\n\nDans un communiqué lu à la télévision publique, le ministère précise que « plusieurs terroristes ont été neutralisés » lors de la riposte, sans donner de chiffre. Des renforts ont été dépêchés sur place et un ratissage est en cours.\n\nLa zone dite des « trois frontières », entre le Niger, le Mali et le Burkina Faso, est le théâtre d'attaques régulières. En décembre 2024, 71 soldats avaient été tués dans l'attaque du camp d'Inates. Depuis 2015, les violences y ont fait des milliers de morts, civils et militaires.", 15, None),
 ('es', '2026-09-08', 'Cuatro muertos deja enfrentamiento entre grupos armados en Putumayo', 'Cuatro personas murieron y dos resultaron heridas en un enfrentamiento entre disidencias de las FARC y un grupo criminal en zona rural de Puerto Guzmán, Putumayo, confirmaron las autoridades este lunes.\n\nSegún el reporte de la Policía, los cuerpos de las víctimas fueron trasladados a Mocoa para las labores de identificación. Los dos heridos, un hombre y una mujer, fueron atendidos en el hospital local.\n\nLa Defensoría del Pueblo había alertado en julio sobre el riesgo para la población civil en la zona. En lo que va del año, al menos 30 personas han muerto en hechos similares en el departamento.', 4, 2),
]

test_report_with_its_headline_and_date = dated_report_tests(REPORTS)
