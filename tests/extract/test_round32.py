"""Sentences of our own (thirty-second round), with the killed and injured best each must give,
written by hand before the mends that meet them ran on them: a passive told verb first ("Killed in
the attack were a sergeant, his driver and a shopkeeper"), lists and appositions ("Two soldiers, a
nurse and a child were wounded": four; "The two victims, a farmer and his nephew, were shot dead":
two), ranges in five languages ("Entre 10 et 15 villageois", "От 10 до 15 жителей", "15-20 dead":
bounded, best the midpoint by the contract), agency lines from five regions, sentences that must
give no figure (threats, escapes, denials, a bomb that could have killed), press releases in ISAF's
manner and wire items in capitals in MUC-4's, two accounts with an armed group's claim told first
(228 sentences, 7 strict gaps); then 21 wire reports with datelines and publication dates, the
same stories told in several languages (an armed group's claim of its own deed, a toll raised by
bodies found later, the dead named again, figures of earlier months and years). About 35 missed on
first run; the mends are in docs/EVAL.md, round 39.

Set right after the run, each by a rule written before it: attackers killed are in the toll's high
only ("killing all six attackers": best 0; we had written 6); "Two other officers hurt in the
attack are in stable condition" are two injured (we had written 0); four sentences of people
treated for smoke were left out (smoke is no wound of an attack in any convention we know)."""
from .helpers import dated_report_tests, summary_tests

# a passive told verb first, lists after a comma, severity parts, totals, headlines
VERB_FIRST_AND_LISTS = [
 ('en', 'Killed in the attack were a police sergeant, his driver and a shopkeeper.', 3, 0),
 ('en', 'Among the dead were two nurses and a pharmacist who had been treating the wounded.', 3, 0),
 ('en', 'The dead included a district judge and four members of his family.', 5, 0),
 ('en', 'Those killed in the raid included three teenagers, according to relatives.', 3, 0),
 ('en', 'Between 10 and 15 villagers were killed when armed men stormed the settlement, a local official said.', 12, 0),
 ('en', 'The fighting left some 1,200 people dead over three days, the UN said.', 1200, 0),
 ('en', 'Gunmen kill five in attack on Zamfara village', 5, 0),
 ('en', 'Roadside bomb wounds four soldiers in Kunar', 0, 4),
 ('en', 'A second wounded policeman succumbed on Friday, raising the toll to seven.', 7, 0),
 ('en', 'Nine civilians, six of them women, were killed by shelling in the village of Tal Abyad.', 9, 0),
 ('en', 'Militants attacked an army post in Lakki Marwat overnight; one soldier was martyred and two others sustained injuries.', 1, 2),
 ('en', 'An Afghan army soldier was wounded in a firefight with insurgents in Helmand province yesterday.', 0, 1),
 ('en', 'Armed men on Tuesday killed the imam of the central mosque in Kidal and wounded his son.', 1, 1),
 ('en', 'Security forces repelled the assault, killing all six attackers. One guard was slightly injured.', 0, 1),
 ('en', 'Mortar fire on a camp for displaced people killed at least nine and injured dozens more.', 9, 61),
 ('en', 'Unidentified gunmen shot and wounded a local councillor outside his home in Mosul.', 0, 1),
 ('en', 'The blast ripped through a crowded bus, leaving 14 passengers injured, three critically.', 0, 14),
 ('en', "A total of 35 people lost their lives and 70 were injured in the week's violence.", 35, 70),
 ('fr', 'Parmi les morts figurent deux infirmières et un pharmacien.', 3, 0),
 ('fr', "Entre 10 et 15 villageois ont été tués lorsque des hommes armés ont pris d'assaut le village.", 12, 0),
 ('fr', "Les combats ont fait quelque 1 200 morts en trois jours, selon l'ONU.", 1200, 0),
 ('fr', "Neuf civils, dont six femmes, ont été tués par des tirs d'obus dans le village.", 9, 0),
 ('fr', "Des hommes armés ont tué mardi l'imam de la grande mosquée de Kidal et blessé son fils.", 1, 1),
 ('fr', 'Un deuxième policier blessé a succombé vendredi, ce qui porte le bilan à sept morts.', 7, 0),
 ('fr', "Un soldat a été tué et deux autres blessés lors d'une attaque contre un poste de l'armée.", 1, 2),
 ('fr', 'Au total, 35 personnes ont perdu la vie et 70 ont été blessées au cours de la semaine.', 35, 70),
 ('es', 'Entre 10 y 15 campesinos murieron cuando hombres armados irrumpieron en la aldea.', 12, 0),
 ('es', 'Los combates dejaron unos 1.200 muertos en tres días, según la ONU.', 1200, 0),
 ('es', 'Entre los muertos figuran dos enfermeras y un farmacéutico.', 3, 0),
 ('es', 'Nueve civiles, seis de ellos mujeres, murieron por los bombardeos en la aldea.', 9, 0),
 ('es', 'Hombres armados asesinaron el martes al imán de la mezquita de Kidal e hirieron a su hijo.', 1, 1),
 ('es', 'Un segundo policía herido falleció el viernes, con lo que el balance asciende a siete muertos.', 7, 0),
 ('es', 'Un soldado murió y otros dos resultaron heridos en un ataque contra un puesto militar.', 1, 2),
 ('es', 'En total, 35 personas perdieron la vida y 70 resultaron heridas durante la semana.', 35, 70),
 ('es', 'Pistoleros matan a cinco personas en un ataque a una aldea de Zamfara', 5, 0),
 ('ru', 'Среди погибших две медсестры и фармацевт.', 3, 0),
 ('ru', 'От 10 до 15 жителей деревни были убиты, когда вооружённые люди ворвались в посёлок.', 12, 0),
 ('ru', 'Девять мирных жителей, в том числе шесть женщин, погибли в результате обстрела деревни.', 9, 0),
 ('ru', 'Вооружённые люди во вторник убили имама мечети в Кидале и ранили его сына.', 1, 1),
 ('ru', 'Второй раненый полицейский скончался в пятницу, число погибших возросло до семи.', 7, 0),
 ('ru', 'Один военный погиб, ещё двое получили ранения при нападении на армейский пост.', 1, 2),
 ('ru', 'Всего за неделю погибли 35 человек, ещё 70 получили ранения.', 35, 70),
 ('uk', 'Серед загиблих дві медсестри та фармацевт.', 3, 0),
 ('uk', 'Один військовий загинув, ще двоє дістали поранення під час нападу на армійський пост.', 1, 2),
 ('uk', "Дев'ятеро мирних жителів, серед них шість жінок, загинули внаслідок обстрілу села.", 9, 0),
 ('uk', 'Загалом за тиждень загинули 35 людей, ще 70 дістали поранення.', 35, 70),
]

# ranges, lists against appositions, "of whom" parts, thousands
RANGES_AND_APPOSITIONS = [
 ('en', 'Witnesses said 10 to 15 people were killed in the market attack.', 12, 0),
 ('en', 'Between 20 and 30 soldiers are believed to have died in the ambush.', 25, 0),
 ('en', 'Local sources put the toll at 15-20 dead.', 17, 0),
 ('fr', "Dix à quinze personnes ont été tuées dans l'attaque du marché, selon des témoins.", 12, 0),
 ('fr', "Entre 20 et 30 soldats auraient péri dans l'embuscade.", 25, 0),
 ('es', 'Entre 20 y 30 soldados habrían muerto en la emboscada.', 25, 0),
 ('es', 'De 10 a 15 personas murieron en el ataque al mercado, según testigos.', 12, 0),
 ('ru', 'По словам свидетелей, от 10 до 15 человек погибли при нападении на рынок.', 12, 0),
 ('ru', 'В засаде погибли от 20 до 30 военнослужащих.', 25, 0),
 ('uk', 'Від 20 до 30 військових загинули в засідці.', 25, 0),
 ('en', 'A policeman and three civilians were killed, and a fourth civilian was wounded, when a bomb went off in Peshawar.', 4, 1),
 ('en', 'Three policemen, a soldier and a civilian were killed in the ambush.', 5, 0),
 ('en', 'Two soldiers, a nurse and a child were wounded by shrapnel.', 0, 4),
 ('en', 'The two victims, a farmer and his nephew, were shot dead on the road to the market.', 2, 0),
 ('fr', 'Deux soldats, une infirmière et un enfant ont été blessés par des éclats.', 0, 4),
 ('fr', 'Les deux victimes, un agriculteur et son neveu, ont été abattues sur la route du marché.', 2, 0),
 ('es', 'Dos soldados, una enfermera y un niño resultaron heridos por la metralla.', 0, 4),
 ('es', 'Las dos víctimas, un agricultor y su sobrino, fueron asesinadas a tiros en la carretera.', 2, 0),
 ('ru', 'Двое военных, медсестра и ребёнок получили ранения от осколков.', 0, 4),
 ('ru', 'Две жертвы, фермер и его племянник, были застрелены на дороге к рынку.', 2, 0),
 ('en', 'Of the 30 people wounded, 12 were children.', 0, 30),
 ('en', 'The attack left 7 dead, of whom four were soldiers.', 7, 0),
 ('en', 'Thirteen people were killed, of whom eight were women and children.', 13, 0),
 ('fr', 'Treize personnes ont été tuées, dont huit femmes et enfants.', 13, 0),
 ('es', 'Trece personas murieron, de las cuales ocho eran mujeres y niños.', 13, 0),
 ('ru', 'Погибли 13 человек, из них восемь женщин и детей.', 13, 0),
 ('en', 'Killed were two farmers and a herdsman.', 3, 0),
 ('en', 'Wounded in the blast were three policemen, two of them seriously.', 0, 3),
 ('en', 'The explosion injured 1,024 people across the capital, the ministry said.', 0, 1024),
 ('fr', "L'explosion a blessé 1 024 personnes dans la capitale, selon le ministère.", 0, 1024),
 ('es', 'La explosión dejó 1.024 heridos en la capital, según el ministerio.', 0, 1024),
 ('ru', 'В результате взрыва пострадали 1024 человека.', 0, 1024),
]

# wire lines from five regions, in five languages
AGENCY_LINES = [
 ('en', 'Russian shelling killed a 64-year-old man in Kherson and wounded his wife, the regional governor said.', 1, 1),
 ('en', 'Security forces killed five militants in a shootout in North Waziristan, the military said, adding that a soldier was martyred.', 6, 0),
 ('en', 'FARC dissidents killed two soldiers and wounded three others in an ambush in Cauca, the army said.', 2, 3),
 ('en', "Police said the death toll from Friday's mosque bombing had risen to 57, with 194 wounded.", 57, 194),
 ('en', 'Protesters clashed with police in Nairobi; one protester was shot dead and at least 12 police officers were injured.', 1, 12),
 ('en', 'The bodies of two missing journalists were found in a shallow grave on Sunday.', 2, 0),
 ('en', 'The army said it had neutralised 15 terrorists and lost three soldiers.', 18, 0),
 ('en', 'Eight people have died and 30 are missing after militiamen set fire to a passenger boat.', 8, 0),
 ('en', 'A Turkish soldier was martyred and two were wounded in a PKK attack.', 1, 2),
 ('en', 'At least 21 people, including 10 children, were killed when a shell hit a shelter.', 21, 0),
 ('en', 'Three suicide bombers blew themselves up at a market, killing 18 people.', 18, 0),
 ('en', 'A bomb killed two soldiers in Kidal on Monday. A third soldier was seriously injured.', 2, 1),
 ('en', 'Two policemen were killed in an ambush near Tillaberi. Their bodies were flown to Niamey.', 2, 0),
 ('en', 'The militants lost 20 fighters in the battle, according to the army.', 20, 0),
 ('fr', "L'armée dit avoir perdu trois soldats et neutralisé quinze terroristes.", 18, 0),
 ('fr', "Huit personnes sont mortes et trente sont portées disparues après l'incendie d'un bateau par des miliciens.", 8, 0),
 ('fr', 'Un soldat turc a été tué et deux autres blessés dans une attaque du PKK.', 1, 2),
 ('fr', "Au moins 21 personnes, dont 10 enfants, ont été tuées lorsqu'un obus a frappé un abri.", 21, 0),
 ('fr', 'Des hommes armés ont tué quatre personnes dans un bar de Zacatecas samedi soir. Les victimes, trois hommes et une femme, ont été abattues à bout portant.', 4, 0),
 ('fr', 'Un bombardement russe a tué un homme de 64 ans à Kherson et blessé sa femme, a indiqué le gouverneur.', 1, 1),
 ('fr', 'Une bombe a tué deux soldats à Kidal lundi. Un troisième soldat a été grièvement blessé.', 2, 1),
 ('es', 'El ejército dijo haber perdido tres soldados y abatido a quince terroristas.', 18, 0),
 ('es', 'Un soldado turco murió y otros dos resultaron heridos en un ataque del PKK.', 1, 2),
 ('es', 'Al menos 21 personas, entre ellas 10 niños, murieron cuando un proyectil impactó en un refugio.', 21, 0),
 ('es', 'Hombres armados mataron a cuatro personas en un bar de Zacatecas el sábado por la noche. Las víctimas, tres hombres y una mujer, recibieron disparos a quemarropa.', 4, 0),
 ('es', 'Disidentes de las FARC mataron a dos soldados e hirieron a otros tres en una emboscada en el Cauca.', 2, 3),
 ('es', 'Ocho personas murieron y treinta están desaparecidas después de que milicianos incendiaran un barco de pasajeros.', 8, 0),
 ('es', 'Una bomba mató a dos soldados en Kidal el lunes. Un tercer soldado resultó gravemente herido.', 2, 1),
 ('ru', 'Военные заявили, что потеряли трёх солдат и уничтожили 15 боевиков.', 18, 0),
 ('ru', 'Турецкий военный погиб, ещё двое ранены в результате нападения РПК.', 1, 2),
 ('ru', 'По меньшей мере 21 человек, в том числе 10 детей, погибли, когда снаряд попал в укрытие.', 21, 0),
 ('ru', 'Российский обстрел убил 64-летнего мужчину в Херсоне и ранил его жену.', 1, 1),
 ('ru', 'Бомба убила двух солдат в Кидале в понедельник. Третий солдат получил тяжёлое ранение.', 2, 1),
 ('ru', 'Восемь человек погибли, 30 пропали без вести после того, как боевики подожгли пассажирское судно.', 8, 0),
 ('uk', 'Російський обстріл убив 64-річного чоловіка в Херсоні та поранив його дружину.', 1, 1),
 ('uk', 'Щонайменше 21 людина, серед них 10 дітей, загинули, коли снаряд влучив у сховище.', 21, 0),
 ('uk', 'Бомба вбила двох солдатів у Кідалі в понеділок. Третій солдат дістав тяжке поранення.', 2, 1),
]

# participial openings, agents after a passive, vague amounts of the contract's table ('hundreds'
# 200-999, best 599), a clitic before its count, an aside between the count and its verb
SECOND_BATCH = [
 ('en', 'Armed with rifles and machetes, the attackers killed 14 villagers and burned their homes.', 14, 0),
 ('en', 'Three farmers were hacked to death by two men armed with machetes.', 3, 0),
 ('en', 'Gunmen attacked and killed a half a dozen traders on the road to Gao.', 6, 0),
 ('en', 'A dozen people were wounded when police fired tear gas and rubber bullets at the crowd.', 0, 12),
 ('en', 'Hundreds of people have been injured in a week of protests, the Red Cross said.', 0, 599),
 ('en', 'Scores of civilians were killed in the bombardment of the old city.', 69, 0),
 ('en', 'The rebels shot and wounded a priest and two nuns at the mission.', 0, 3),
 ('en', 'Two policemen were abducted and later killed by the gang.', 2, 0),
 ('en', 'One person died and about 20 were injured when a grenade exploded in a bus station.', 1, 20),
 ('en', 'The explosion, which tore through a crowded market, killed 11 people and wounded 40.', 11, 40),
 ('en', "A soldier who was wounded in Sunday's ambush died on Tuesday.", 1, 0),
 ('en', 'Security forces opened fire on the demonstrators, killing one and wounding four, witnesses said.', 1, 4),
 ('en', 'The blast left 30 people dead and more than 100 wounded.', 30, 100),
 ('en', 'Police confirmed the death of a teenager shot during the protests.', 1, 0),
 ('en', 'Six people, all members of the same family, were found dead in their home.', 6, 0),
 ('en', 'The gunmen killed the village chief before setting fire to his house.', 1, 0),
 ('en', 'A woman and her two daughters were among those wounded in the strike.', 0, 3),
 ('en', 'Two soldiers and an interpreter died when their vehicle struck a mine.', 3, 0),
 ('en', 'In total, nine people were hurt, two of them seriously.', 0, 9),
 ('fr', 'Armés de fusils et de machettes, les assaillants ont tué 14 villageois et incendié leurs maisons.', 14, 0),
 ('fr', 'Trois agriculteurs ont été tués à coups de machette par deux hommes.', 3, 0),
 ('fr', 'Une douzaine de personnes ont été blessées lorsque la police a tiré des gaz lacrymogènes sur la foule.', 0, 12),
 ('fr', 'Des centaines de personnes ont été blessées en une semaine de manifestations, selon la Croix-Rouge.', 0, 599),
 ('fr', 'Les rebelles ont blessé par balle un prêtre et deux religieuses à la mission.', 0, 3),
 ('fr', 'Deux policiers ont été enlevés puis tués par le gang.', 2, 0),
 ('fr', "Une personne est morte et une vingtaine ont été blessées lorsqu'une grenade a explosé dans une gare routière.", 1, 20),
 ('fr', "L'explosion, qui a ravagé un marché bondé, a tué 11 personnes et en a blessé 40.", 11, 40),
 ('fr', 'Un soldat blessé dimanche dans une embuscade est mort mardi.', 1, 0),
 ('fr', "Six personnes, toutes membres d'une même famille, ont été retrouvées mortes chez elles.", 6, 0),
 ('es', 'Armados con fusiles y machetes, los atacantes mataron a 14 aldeanos e incendiaron sus casas.', 14, 0),
 ('es', 'Tres agricultores fueron asesinados a machetazos por dos hombres.', 3, 0),
 ('es', 'Una docena de personas resultaron heridas cuando la policía disparó gases lacrimógenos contra la multitud.', 0, 12),
 ('es', 'Cientos de personas han resultado heridas en una semana de protestas, según la Cruz Roja.', 0, 599),
 ('es', 'Dos policías fueron secuestrados y después asesinados por la banda.', 2, 0),
 ('es', 'Una persona murió y unas 20 resultaron heridas al estallar una granada en una terminal de autobuses.', 1, 20),
 ('es', 'La explosión, que sacudió un mercado concurrido, mató a 11 personas e hirió a 40.', 11, 40),
 ('es', 'Un soldado herido el domingo en una emboscada murió el martes.', 1, 0),
 ('es', 'Seis personas, todas de la misma familia, fueron halladas muertas en su casa.', 6, 0),
 ('ru', 'Вооружённые винтовками и мачете нападавшие убили 14 жителей деревни и сожгли их дома.', 14, 0),
 ('ru', 'Трое фермеров были зарублены мачете двумя мужчинами.', 3, 0),
 ('ru', 'Около десятка человек получили ранения, когда полиция применила слезоточивый газ.', 0, 10),
 ('ru', 'Сотни людей пострадали за неделю протестов, сообщил Красный Крест.', 0, 599),
 ('ru', 'Двое полицейских были похищены, а затем убиты бандой.', 2, 0),
 ('ru', 'Один человек погиб и около 20 получили ранения при взрыве гранаты на автовокзале.', 1, 20),
 ('ru', 'Взрыв, прогремевший на многолюдном рынке, унёс жизни 11 человек, ещё 40 ранены.', 11, 40),
 ('ru', 'Военный, раненный в воскресенье в засаде, скончался во вторник.', 1, 0),
 ('ru', 'Шесть человек, все из одной семьи, были найдены мёртвыми в своём доме.', 6, 0),
 ('uk', 'Двоє поліцейських були викрадені, а потім убиті бандою.', 2, 0),
 ('uk', 'Одна людина загинула і близько 20 дістали поранення під час вибуху гранати на автовокзалі.', 1, 20),
 ('uk', 'Шість людей, усі з однієї родини, були знайдені мертвими у своєму будинку.', 6, 0),
]

# sentences that must give no figure: threats, escapes, survivors, weapons seized, denials, a
# bomb that could have killed, sentences for an earlier year's bombing, commemorations
NO_FIGURE = [
 ('en', 'The militants threatened to kill the hostages if their demands were not met.', 0, 0),
 ('en', 'Officials warned that the death toll could rise.', 0, 0),
 ('en', 'The governor narrowly escaped an assassination attempt when a bomb exploded near his convoy.', 0, 0),
 ('en', 'All 40 passengers survived the attack on the bus.', 0, 0),
 ('en', 'Troops seized 12 rifles, 3 machine guns and 400 rounds of ammunition in the raid.', 0, 0),
 ('en', 'Rebels burned 30 houses and looted two shops, but residents had fled beforehand.', 0, 0),
 ('en', 'The court sentenced four men to death for the 2019 bombing that killed 20 people.', 0, 0),
 ('en', 'Thousands of people marched in the capital to commemorate the victims of the massacre.', 0, 0),
 ('en', 'The UN said it was investigating reports of casualties but could not confirm any deaths.', 0, 0),
 ('en', 'No one was hurt when a rocket landed in an empty field near the airport.', 0, 0),
 ('en', 'Police defused a bomb that could have killed dozens of people.', 0, 0),
 ('en', 'The army denied that any civilians had been killed in the operation.', 0, 0),
 ('en', 'The group has been blamed for the killing of hundreds of civilians over the past decade.', 0, 0),
 ('en', 'Fifteen people were rescued from the rubble alive.', 0, 0),
 ('en', 'The president vowed to hunt down those responsible for the deaths of 12 soldiers last year.', 0, 0),
 ('en', 'About 2,000 families fled their homes after the fighting.', 0, 0),
 ('en', 'Two suspects were arrested in connection with the attack.', 0, 0),
 ('en', 'The hospital said it had treated no casualties from the clashes.', 0, 0),
 ('fr', "Les militants ont menacé de tuer les otages si leurs revendications n'étaient pas satisfaites.", 0, 0),
 ('fr', "Le gouverneur a échappé de justesse à une tentative d'assassinat.", 0, 0),
 ('fr', "Les 40 passagers du bus ont survécu à l'attaque.", 0, 0),
 ('fr', 'Les soldats ont saisi 12 fusils et 400 cartouches lors du raid.', 0, 0),
 ('fr', 'La police a désamorcé une bombe qui aurait pu tuer des dizaines de personnes.', 0, 0),
 ('fr', "L'armée a démenti que des civils aient été tués lors de l'opération.", 0, 0),
 ('fr', 'Quinze personnes ont été sauvées des décombres.', 0, 0),
 ('es', 'Los militantes amenazaron con matar a los rehenes si no se cumplían sus exigencias.', 0, 0),
 ('es', 'El gobernador escapó por poco de un intento de asesinato.', 0, 0),
 ('es', 'Los 40 pasajeros del autobús sobrevivieron al ataque.', 0, 0),
 ('es', 'La policía desactivó una bomba que podría haber matado a decenas de personas.', 0, 0),
 ('es', 'El ejército negó que hubiera civiles muertos en la operación.', 0, 0),
 ('es', 'Quince personas fueron rescatadas con vida de los escombros.', 0, 0),
 ('ru', 'Боевики пригрозили убить заложников, если их требования не будут выполнены.', 0, 0),
 ('ru', 'Губернатор чудом избежал покушения.', 0, 0),
 ('ru', 'Все 40 пассажиров автобуса выжили после нападения.', 0, 0),
 ('ru', 'Полиция обезвредила бомбу, которая могла убить десятки людей.', 0, 0),
 ('ru', 'Армия опровергла гибель мирных жителей в ходе операции.', 0, 0),
 ('ru', 'Пятнадцать человек были спасены из-под завалов живыми.', 0, 0),
 ('uk', 'Бойовики погрожували вбити заручників.', 0, 0),
 ('uk', 'Усі 40 пасажирів автобуса вижили після нападу.', 0, 0),
 ('uk', 'Поліція знешкодила бомбу, яка могла вбити десятки людей.', 0, 0),
]

# press releases in the manner of ISAF's (the vague table's 'several' and 'multiple' are 3), and
# wire items in capitals in the manner of MUC-4's, with their datelines
RELEASES_AND_WIRES = [
 ('en', 'KABUL, Afghanistan - An Afghan and coalition security force killed several insurgents during an operation in Nad-e Ali district, Helmand province, yesterday. The security force also detained two suspected insurgents. No civilians were harmed during the operation.', 3, 0),
 ('en', 'During the operation, an air weapons team engaged a group of armed insurgents, killing two. Afghan forces then searched the compound and found a cache of weapons.', 2, 0),
 ('en', 'The combined force came under fire from insurgents positioned in a tree line. The force returned fire, killing one insurgent and wounding another.', 1, 1),
 ('en', 'A Taliban leader responsible for coordinating roadside bomb attacks was killed in an air strike in Kunduz province. Two of his associates were also killed.', 3, 0),
 ('en', 'Several insurgents were killed when the security force was attacked by small-arms fire. After the engagement, the force detained one individual.', 3, 0),
 ('en', 'An ISAF service member died following an improvised explosive device attack in southern Afghanistan today.', 1, 0),
 ('en', 'Two International Security Assistance Force service members died following an insurgent attack in eastern Afghanistan yesterday.', 2, 0),
 ('en', 'The security force killed an insurgent who was observed emplacing an IED on a road near the district centre. A second insurgent fled the area.', 1, 0),
 ('en', 'Afghan National Police and coalition forces killed a senior Haqqani network commander and three of his fighters during a raid in Paktiya province.', 4, 0),
 ('en', 'The patrol was ambushed near the village. Three Afghan soldiers and an ISAF service member were wounded, and one insurgent was killed.', 1, 4),
 ('en', 'Initial reports indicate that one civilian was killed and two were wounded by insurgent fire during the engagement.', 1, 2),
 ('en', 'A joint force killed multiple insurgents and detained a facilitator in Baghlan province.', 3, 0),
 ('en', 'SAN SALVADOR, 12 MAR 89 (RADIO CADENA) -- [TEXT] URBAN GUERRILLAS TODAY MURDERED A MAYOR AND HIS BODYGUARD IN THE TOWN OF SAN MIGUEL, POLICE SOURCES REPORTED.', 2, 0),
 ('en', 'BOGOTA, 4 APR 90 (EFE) -- [TEXT] A CAR BOMB EXPLODED TODAY IN FRONT OF A BANK IN MEDELLIN, KILLING FIVE PEOPLE AND INJURING 23 OTHERS, THE POLICE REPORTED.', 5, 23),
 ('en', 'LIMA, 20 JUN 89 (AFP) -- [TEXT] SHINING PATH TERRORISTS ATTACKED A POLICE STATION IN THE AYACUCHO DEPARTMENT LAST NIGHT. FOUR POLICEMEN WERE KILLED AND TWO WERE WOUNDED IN THE ATTACK.', 4, 2),
 ('en', '[TEXT] THE ARMED FORCES PRESS OFFICE REPORTED THAT THE BODIES OF THREE PEASANTS, WHO HAD BEEN KIDNAPPED BY TERRORISTS LAST WEEK, WERE FOUND IN A RAVINE NEAR SANTA ANA.', 3, 0),
 ('en', 'TEGUCIGALPA, 8 JAN 90 (ACAN-EFE) -- [TEXT] UNIDENTIFIED INDIVIDUALS SHOT AND KILLED A JOURNALIST AS HE LEFT HIS HOME IN THE CAPITAL EARLY THIS MORNING.', 1, 0),
 ('en', '[TEXT] A BOMB PLANTED IN A BUS TERMINAL EXPLODED THIS AFTERNOON. NO ONE WAS KILLED, BUT SEVEN PEOPLE WERE SLIGHTLY INJURED, FIREMEN SAID.', 0, 7),
 ('en', 'SAN SALVADOR, 16 NOV 89 (AFP) -- [TEXT] SIX JESUIT PRIESTS, THEIR HOUSEKEEPER AND HER DAUGHTER WERE MURDERED AT DAWN TODAY AT THE CENTRAL AMERICAN UNIVERSITY.', 8, 0),
 ('en', '[TEXT] IN THE PAST WEEK, TERRORISTS HAVE MURDERED 12 PEOPLE IN THE DEPARTMENT, INCLUDING TWO MAYORS.', 12, 0),
 ('en', 'LA PAZ, 3 MAY 90 (EFE) -- [TEXT] A DYNAMITE ATTACK AGAINST THE HOME OF A BOLIVIAN SENATOR CAUSED MATERIAL DAMAGE BUT NO CASUALTIES, POLICE SAID.', 0, 0),
]

# two accounts, an armed group's claim told first: the other source's figure is the best, the claim
# widens the high only (contract: the most conservative credible figure)
TWO_ACCOUNTS = [
 ('en', 'The Taliban claimed to have killed 25 soldiers; the defence ministry said four soldiers died.', 4, 0),
 ('en', 'Radio Venceremos, the FMLN station, reported that rebels killed 35 soldiers in Chalatenango. The armed forces said only six soldiers died.', 6, 0),
]

CASES = VERB_FIRST_AND_LISTS + RANGES_AND_APPOSITIONS + AGENCY_LINES + SECOND_BATCH + NO_FIGURE \
    + RELEASES_AND_WIRES + TWO_ACCOUNTS

GAPS = [
 # a rebel radio's claim, its speaker 'THE FMLN CLANDESTINE RADIO STATION' (an armed group's name must
 # stand right before its verb, or one word from it): read as a plain figure, the larger of two accounts
 ('en', '[TEXT] THE FMLN CLANDESTINE RADIO STATION REPORTED THAT REBELS KILLED 35 SOLDIERS IN FIGHTING IN CHALATENANGO. THE ARMED FORCES SAID ONLY SIX SOLDIERS DIED.', 6, 0),
 # "many more" after a figure: 'many' is also a word that points back ('many of them'), so no count
 ('en', 'At least two people were killed and many more injured in the stampede.', 2, 3),
 # a person "hit in the leg": a generic verb with a body part is a wound; not read
 ('en', 'A nurse at the clinic was killed in crossfire, and a patient was hit in the leg.', 1, 1),
 # a French passive told verb first, its list after it: the parser hangs the first member on the place
 ('fr', "Ont été tués dans l'attaque un sergent de police, son chauffeur et un commerçant.", 3, 0),
 # "two to three hundred": a range whose first number borrows the second one's hundred
 ('en', 'Two to three hundred people were wounded in the protests, according to doctors.', 0, 250),
 # a list told verb first that ends the sentence, its first member a count the others add up to: read as a breakdown (2)
 ('en', 'Wounded in the blast were two soldiers, a nurse and a child.', 0, 4),
 # the dead named again through "the victims" and shot with no outcome of its own: read as four wounded too
 ('en', 'Gunmen killed four people at a bar in Zacatecas late Saturday. The victims, three men and a woman, were shot at close range.', 4, 0),
]

test_summary_in_its_language, test_known_gaps = summary_tests(CASES, GAPS)

# wire reports with their datelines, headlines and publication dates, written as one story told in
# several languages: an armed group's claim of its own deed, a toll raised by bodies found later,
# the dead named again by kind, figures of earlier months and years that must not count:
# (language, published, title, text, killed, injured)
REPORTS = [
 ('en', '2026-04-14', 'Suicide bombing at Somali army base kills nine',
  'MOGADISHU, April 13 - A suicide bomber drove a car packed with explosives into the gate of an army base on the outskirts of Mogadishu on Monday, killing at least nine soldiers, a military officer said.\n\n"The bomber hit the gate as soldiers were lining up for breakfast," Captain Abdi Hassan told reporters by phone. He said 31 soldiers were wounded, some of them seriously.\n\nAl Shabaab claimed responsibility in a statement on a website it uses, saying its fighters had killed 27 soldiers.\n\nThe group carried out a similar attack on the same base in January 2025 that killed 14 people.',
  9, 31),
 ('en', '2026-06-02', 'Death toll from Sahel village attack rises to 17',
  'NIAMEY, June 2 - The number of civilians killed in an attack by suspected jihadists on a village in western Niger has risen to 17, a local official said on Tuesday.\n\nAn initial toll given on Sunday put the number of dead at 11. Six more bodies were found in the bush near the village of Tizegorou on Monday, the official said.\n\nThe region has been the scene of repeated attacks; more than 200 civilians have been killed there since the start of the year.',
  17, 0),
 ('en', '2026-03-21', 'Two killed as police fire on protesters in Kenya',
  'NAIROBI, March 20 - Kenyan police shot dead two protesters in the western town of Kisumu on Friday during demonstrations against the rise in fuel prices, a hospital official said.\n\nFive other people were being treated for gunshot wounds, said the official at Jaramogi Oginga Odinga hospital, who asked not to be named.\n\nPolice spokesman Resila Onyango said officers had been attacked with stones and had acted in self-defence. She did not comment on the deaths.',
  2, 5),
 ('en', '2026-08-09', 'Grenade attack on Colombian police station',
  'BOGOTA, Aug 8 - Four police officers were killed and 12 people, including three children, were wounded when attackers threw grenades at a police station in the south-western city of Jamundi, the defence ministry said on Saturday.\n\nThe ministry blamed a dissident faction of the former FARC guerrilla. Dissident groups have killed at least 30 police officers this year.',
  4, 12),
 ('fr', '2026-04-14', 'Somalie : un attentat-suicide contre une base militaire fait neuf morts',
  "MOGADISCIO, 13 avril - Un kamikaze a lancé lundi une voiture piégée contre l'entrée d'une base militaire en périphérie de Mogadiscio, tuant au moins neuf soldats, a indiqué un officier.\n\nSelon lui, 31 soldats ont été blessés, dont certains grièvement. Les shebab ont revendiqué l'attaque, affirmant avoir tué 27 militaires.\n\nEn janvier 2025, une attaque similaire contre la même base avait fait 14 morts.",
  9, 31),
 ('fr', '2026-06-02', "Niger : le bilan de l'attaque d'un village s'alourdit à 17 morts",
  "NIAMEY, 2 juin - Le nombre de civils tués dans l'attaque d'un village de l'ouest du Niger par des jihadistes présumés est passé à 17, a indiqué mardi un responsable local.\n\nUn premier bilan faisait état de 11 morts dimanche. Six autres corps ont été découverts lundi dans la brousse près du village.\n\nPlus de 200 civils ont été tués dans la région depuis le début de l'année.",
  17, 0),
 ('es', '2026-08-09', 'Ataque con granadas contra estación de policía en Colombia',
  'BOGOTÁ, 8 ago - Cuatro policías murieron y 12 personas, entre ellas tres niños, resultaron heridas cuando atacantes lanzaron granadas contra una estación de policía en Jamundí, informó el sábado el Ministerio de Defensa.\n\nEl ministerio atribuyó el ataque a una facción disidente de las antiguas FARC. Los grupos disidentes han asesinado al menos a 30 policías este año.',
  4, 12),
 ('es', '2026-06-02', 'Sube a 17 la cifra de muertos por ataque a una aldea en Níger',
  'NIAMEY, 2 jun - El número de civiles muertos en el ataque de presuntos yihadistas contra una aldea del oeste de Níger subió a 17, dijo el martes un funcionario local.\n\nUn primer balance del domingo hablaba de 11 muertos. El lunes se hallaron otros seis cuerpos en la maleza cerca de la aldea.',
  17, 0),
 ('ru', '2026-04-14', 'В Сомали смертник атаковал военную базу, погибли девять человек',
  'МОГАДИШО, 13 апреля. Смертник на заминированном автомобиле протаранил ворота военной базы на окраине Могадишо в понедельник, погибли по меньшей мере девять военнослужащих, сообщил офицер армии.\n\nПо его словам, ранены 31 военный, некоторые из них тяжело. Группировка «Аш-Шабаб» заявила, что её боевики убили 27 солдат.\n\nВ январе 2025 года в результате аналогичного нападения на ту же базу погибли 14 человек.',
  9, 31),
 ('ru', '2026-06-02', 'Число жертв нападения на деревню в Нигере выросло до 17',
  'НЬЯМЕЙ, 2 июня. Число мирных жителей, погибших при нападении предполагаемых джихадистов на деревню на западе Нигера, выросло до 17, сообщил во вторник местный чиновник.\n\nПо первоначальным данным, в воскресенье погибли 11 человек. В понедельник в зарослях недалеко от деревни нашли ещё шесть тел.',
  17, 0),
 ('uk', '2026-04-14', "У Сомалі смертник атакував військову базу, загинули дев'ятеро військових",
  "МОГАДІШО, 13 квітня. Смертник на замінованому автомобілі протаранив ворота військової бази на околиці Могадішо в понеділок, загинули щонайменше дев'ять військовослужбовців, повідомив офіцер армії.\n\nЗа його словами, поранено 31 військового, деяких із них тяжко. Угруповання «Аш-Шабаб» заявило, що його бойовики вбили 27 солдатів.",
  9, 31),
 ('en', '2026-05-12', 'Five killed in attack on Burkina convoy',
  'OUAGADOUGOU, May 11 - Suspected jihadists ambushed a supply convoy escorted by volunteer fighters in northern Burkina Faso on Sunday, killing three volunteers and two drivers, security sources said.\n\nThree other people were wounded and evacuated to Ouahigouya. The attackers also set fire to four trucks.\n\nLast month, an attack on a convoy on the same road left 18 dead.',
  5, 3),
 ('en', '2026-07-04', 'Wounded officer dies, raising toll to one',
  'QUETTA, July 3 - A police officer who was wounded in a gun attack on a checkpoint on Tuesday died of his injuries in hospital on Thursday, police said.\n\nTwo other officers hurt in the attack are in stable condition. Nobody has claimed the attack.',
  1, 2),
 ('en', '2026-09-15', 'Airstrike on market kills 12',
  'An airstrike on a crowded market in the town of Maaret al-Numan killed 12 civilians on Monday, according to a local civil defence group.\n\nAmong the dead were three children and two women, the group said. Twenty other people were wounded, some critically.\n\nThe town was hit by a similar strike in 2019 in which 39 people died.',
  12, 20),
 ('fr', '2026-05-12', "Burkina : cinq morts dans l'attaque d'un convoi",
  'OUAGADOUGOU, 11 mai - Des jihadistes présumés ont attaqué dimanche un convoi de ravitaillement escorté par des volontaires dans le nord du Burkina Faso, tuant trois volontaires et deux chauffeurs, selon des sources sécuritaires.\n\nTrois autres personnes ont été blessées et évacuées vers Ouahigouya. Les assaillants ont également incendié quatre camions.\n\nLe mois dernier, une attaque contre un convoi sur le même axe avait fait 18 morts.',
  5, 3),
 ('fr', '2026-09-15', 'Une frappe aérienne sur un marché fait 12 morts',
  'Une frappe aérienne sur un marché bondé de la ville de Maaret al-Noomane a tué lundi 12 civils, selon un groupe local de la défense civile.\n\nParmi les morts figurent trois enfants et deux femmes, selon le groupe. Vingt autres personnes ont été blessées, certaines grièvement.\n\nLa ville avait été touchée par une frappe similaire en 2019, qui avait fait 39 morts.',
  12, 20),
 ('es', '2026-05-12', 'Cinco muertos en ataque a un convoy en Burkina Faso',
  'UAGADUGÚ, 11 may - Presuntos yihadistas emboscaron el domingo un convoy de suministros escoltado por voluntarios en el norte de Burkina Faso y mataron a tres voluntarios y dos conductores, según fuentes de seguridad.\n\nOtras tres personas resultaron heridas y fueron evacuadas a Uahiguya. Los atacantes también quemaron cuatro camiones.\n\nEl mes pasado, un ataque contra un convoy en la misma carretera dejó 18 muertos.',
  5, 3),
 ('es', '2026-09-15', 'Un bombardeo contra un mercado deja 12 muertos en Siria',
  'Un ataque aéreo contra un concurrido mercado de la ciudad de Maarat al Numan mató el lunes a 12 civiles, según un grupo local de defensa civil.\n\nEntre los muertos hay tres niños y dos mujeres, dijo el grupo. Otras veinte personas resultaron heridas, algunas de gravedad.\n\nLa ciudad fue alcanzada por un ataque similar en 2019 en el que murieron 39 personas.',
  12, 20),
 ('ru', '2026-05-12', 'В Буркина-Фасо при нападении на конвой погибли пять человек',
  'УАГАДУГУ, 11 мая. Предполагаемые джихадисты в воскресенье напали на колонну с продовольствием на севере Буркина-Фасо, убив трёх добровольцев и двух водителей, сообщили источники в силовых структурах.\n\nЕщё три человека получили ранения и были эвакуированы в Уахигуя. Нападавшие также подожгли четыре грузовика.\n\nВ прошлом месяце при нападении на колонну на той же дороге погибли 18 человек.',
  5, 3),
 ('ru', '2026-09-15', 'Авиаудар по рынку унёс жизни 12 человек',
  'Авиаудар по многолюдному рынку в городе Мааррат-эн-Нууман в понедельник убил 12 мирных жителей, сообщила местная группа гражданской обороны.\n\nСреди погибших трое детей и две женщины. Ещё 20 человек ранены, некоторые из них тяжело.\n\nВ 2019 году в результате аналогичного удара по городу погибли 39 человек.',
  12, 20),
 ('uk', '2026-09-15', 'Авіаудар по ринку забрав життя 12 людей',
  'Авіаудар по багатолюдному ринку в місті Мааррат-ен-Нууман у понеділок убив 12 мирних жителів, повідомила місцева група цивільної оборони.\n\nСеред загиблих троє дітей і дві жінки. Ще 20 людей поранені, деякі з них тяжко.\n\nУ 2019 році внаслідок аналогічного удару по місту загинули 39 людей.',
  12, 20),
]

test_report_with_its_headline_and_date = dated_report_tests(REPORTS)

# left out, a gap: "Seven artisanal miners were killed overnight ... At least 20 miners were killed in a
# similar attack in the same area in November" (published 2026-02-20) gives 27: the month stands 63
# characters after the figure, past the 60 the earlier-episode check reads; reading 100 moved six
# dev rows (two up, four down, one of them a check row) and was dropped (docs/EVAL.md, round 39)
