"""Sentences of our own (thirty-second round), with the killed and injured best each must give,
written by hand before the mends that meet them ran on them: a passive told verb first ("Killed in
the attack were a sergeant, his driver and a shopkeeper"), lists and appositions ("Two soldiers, a
nurse and a child were wounded": four; "The two victims, a farmer and his nephew, were shot dead":
two), ranges in five languages ("Entre 10 et 15 villageois", "От 10 до 15 жителей", "15-20 dead":
bounded, best the midpoint by the contract), and agency lines from five regions. Attackers killed
are in the toll's high only ("killing all six attackers": best 0; our first figure of 6 was wrong by
that convention, docs/EVAL.md). Then 21 wire reports with datelines and publication dates, the same
stories told in several languages (an armed group's claim of its own deed, a toll raised by bodies
found later, the dead named again, figures of earlier months and years). About 25 missed on first
run; the mends are in docs/EVAL.md, round 39 (four sentences of people treated for smoke were left
out after the run, not before: smoke is no wound of an attack in any convention we know). One hand figure was wrong by our own reading and was
set right after the run: "Two other officers hurt in the attack are in stable condition" are two
injured (we had written 0)."""
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

CASES = VERB_FIRST_AND_LISTS + RANGES_AND_APPOSITIONS + AGENCY_LINES

GAPS = [
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
