"""Summaries of our own (thirteenth round), en/fr/es/ru, with the killed and injured best each
must give, written by hand before the mends that meet them ran on them. First-run rates per
battery: English agency sentences 25 of 30, Colombian and Mexican copy 25 of 30, more Spanish copy
18 of 20, French wire copy 20 of 25, Russian agency sentences 28 of 30, Russian paragraphs 12 of
15, incident lines 17 of 20 (cases whose figure the sentence does not settle were left out). The misses left are in GAPS."""
import pytest

from .helpers import figures_in, headline_tests, summary_tests

# English agency sentences: "was blown up", "shot down" of a person, "found murdered" after an abduction, "claimed the lives of a doctor and two nurses", "his colleague seriously wounded" with the auxiliary left out.
AGENCY_VERBS = [
 ('en', "A local imam was blown up in his car outside the mosque on Friday.", 1, 0),
 ('en', "The councillor was shot down by two men on a motorcycle as he left his home.", 1, 0),
 ('en', "Herdsmen attacked the village at dawn, hacking to death a farmer and his wife.", 2, 0),
 ('en', "The bodies of three aid workers were recovered from a river two days after they were abducted.", 3, 0),
 ('en', "A journalist who had reported on local cartels was found dead in his apartment with signs of torture.", 1, 0),
 ('en', "Suspected jihadists beheaded a village chief and abducted his two daughters.", 1, 0),
 ('en', "Two teachers were among five people murdered when gunmen stormed a school in the north.", 5, 0),
 ('en', "An IED attack on a minibus killed 11 passengers, including four women and three children, and wounded six others.", 11, 6),
 ('en', "The death toll from Saturday's market bombing has climbed to 31, hospital officials said.", 31, 0),
 ('en', "A mob lynched two men accused of stealing a motorbike.", 2, 0),
 ('en', "Security forces fired live rounds at protesters, killing three and injuring at least 15.", 3, 15),
 ('en', "Militants ambushed a police patrol, killing the district police chief and two of his guards.", 3, 0),
 ('en', "A female suicide bomber detonated her vest at a checkpoint, killing herself and four soldiers.", 4, 0),
 ('en', "Armed men set fire to homes in the settlement, burning alive at least seven residents.", 7, 0),
 ('en', "Eight members of one family, including five children, perished when their house was shelled.", 8, 0),
 ('en', "A grenade hurled into a crowded bar killed a waiter and injured nine customers.", 1, 9),
 ('en', "Police said the victim, a 34-year-old trader, was stabbed repeatedly and died at the scene.", 1, 0),
 ('en', "Unknown assailants shot and killed a human rights lawyer in front of his children.", 1, 0),
 ('en', "Fighters executed 14 captured soldiers, according to a video released by the group.", 14, 0),
 ('en', "Twenty-three villagers were massacred and their homes razed in a night raid.", 23, 0),
 ('en', "Clashes between rival militias left four fighters and two civilians dead.", 6, 0),
 ('en', "The attack claimed the lives of a doctor and two nurses at the clinic.", 3, 0),
 ('en', "A roadside bomb struck a vehicle carrying election workers, killing all six on board.", 6, 0),
 ('en', "At least nine people lost their lives and 40 were hurt after the blast ripped through the market.", 9, 40),
 ('en', "A Catholic priest was kidnapped and later found murdered in the outskirts of the town.", 1, 0),
 ('en', "Gunmen killed a police officer and wounded two others before fleeing, a spokesman said. The officer died on the way to hospital.", 1, 2),
 ('en', "Bandits killed 12 and abducted dozens more in raids on three villages.", 12, 0),
 ('en', "A drone strike hit a wedding party, killing at least 17 guests, most of them women.", 17, 0),
]

# Spanish regional copy: "la muerte de un menor" (a nominalised adjective), bodies "abandonados", "Los muertos fueron dos hermanos", "dos policías sin vida y un civil herido".
COLOMBIAN_AND_MEXICAN = [
 ('es', "Dos hombres fueron asesinados a tiros la noche del sábado en el barrio El Carmen de Cúcuta. Según la Policía, los atacantes se movilizaban en una motocicleta.", 2, 0),
 ('es', "Un enfrentamiento entre el Ejército y disidencias de las Farc dejó como saldo tres guerrilleros muertos y un soldado herido en zona rural de Tumaco.", 3, 1),
 ('es', "La masacre ocurrió en la vereda La Esperanza, donde hombres armados asesinaron a cuatro jóvenes que departían en una tienda. Un quinto joven resultó herido y fue trasladado al hospital.", 4, 1),
 ('es', "Las autoridades confirmaron la muerte de un menor de 12 años que fue alcanzado por una bala perdida durante una riña en Soacha.", 1, 0),
 ('es', "Cinco policías murieron y otros ocho quedaron heridos tras la explosión de un artefacto al paso de una patrulla en el Cauca.", 5, 8),
 ('es', "El cuerpo sin vida de un líder indígena fue hallado con signos de tortura en Caldono. La comunidad denunció que había recibido amenazas.", 1, 0),
 ('es', "En lo que va del año han sido asesinados 87 líderes sociales en el país, según Indepaz. El más reciente caso se registró este domingo en Argelia, donde fue ultimado el presidente de una junta de acción comunal.", 1, 0),
 ('es', "Tres personas perdieron la vida y siete más resultaron lesionadas en un ataque armado contra un bar en Celaya, Guanajuato.", 3, 7),
 ('es', "Un ataque con drones explosivos contra una base militar en el Catatumbo dejó un saldo de dos militares fallecidos y cinco lesionados, informó el Ejército.", 2, 5),
 ('es', "La Fiscalía informó que la víctima, un comerciante de 45 años, recibió varios impactos de bala cuando llegaba a su vivienda. Murió camino al hospital.", 1, 0),
 ('es', "Al menos seis personas murieron en un ataque de hombres armados contra una fiesta en Zacatecas. Entre los fallecidos hay dos menores de edad.", 6, 0),
 ('es', "Hombres armados irrumpieron en una vivienda y mataron a una mujer y a sus dos hijos, de 8 y 11 años.", 3, 0),
 ('es', "Un soldado murió y dos más resultaron heridos al pisar una mina antipersonal en zona rural de Briceño, Antioquia.", 1, 2),
 ('es', "La cifra de muertos por el ataque a la estación de policía ascendió a nueve, luego de que dos de los heridos fallecieran en el hospital.", 9, 0),
 ('es', "Según Medicina Legal, los cuerpos de los tres comerciantes desaparecidos fueron encontrados en una fosa en zona rural de Buenaventura.", 3, 0),
 ('es', "Un total de 11 personas fueron asesinadas durante el fin de semana en Cali, según el balance de la Secretaría de Seguridad.", 11, 0),
 ('es', "El ataque fue perpetrado por sicarios que dispararon contra el vehículo en el que se movilizaba el concejal, quien murió en el lugar. Su escolta resultó gravemente herido.", 1, 1),
 ('es', "Diez militares venezolanos murieron en combates con grupos armados colombianos en el estado Apure, informó el ministro de Defensa.", 10, 0),
 ('es', "La explosión de un carro bomba frente a una brigada del Ejército en Cúcuta dejó 36 heridos, entre ellos dos militares estadounidenses.", 0, 36),
 ('es', "Tras el ataque, cuatro uniformados fueron trasladados a centros asistenciales con heridas de bala. Ninguno murió.", 0, 4),
 ('es', "Murió el segundo policía herido en el atentado del martes en Jamundí, con lo que la cifra de muertos sube a dos.", 2, 0),
 ('es', "Los cadáveres de siete hombres, con huellas de violencia, fueron abandonados en una carretera de Michoacán.", 7, 0),
 ('es', "Una mujer de 34 años fue asesinada por su expareja en Medellín; el hombre fue capturado minutos después.", 1, 0),
 ('es', "Quince personas resultaron heridas, tres de ellas de gravedad, por la detonación de una granada en un establecimiento comercial.", 0, 15),
 ('es', "Un guardia de seguridad perdió la vida y un transeúnte quedó herido durante el asalto a una joyería en Bogotá.", 1, 1),
 ('es', "El balance oficial de los disturbios es de un manifestante muerto y 23 policías lesionados.", 1, 23),
 ('es', "Los dos hermanos fueron sacados de su casa por hombres armados y posteriormente asesinados a orillas del río.", 2, 0),
]

# More Spanish copy: "una más lesionada" after "sin vida", "Del lado tayiko murieron 35 personas".
SPANISH_MORE = [
 ('es', "Un comando armado irrumpió en un velorio y asesinó a siete personas, entre ellas una menor de edad, informó la Fiscalía de Guanajuato.", 7, 0),
 ('es', "Dos agentes de la Policía Municipal perdieron la vida tras ser emboscados en la carretera federal.", 2, 0),
 ('es', "En el ataque murió un escolta y resultaron heridos el alcalde y su conductor.", 1, 2),
 ('es', "Fueron hallados sin vida los cuerpos de dos jóvenes que habían sido reportados como desaparecidos.", 2, 0),
 ('es', "La balacera dejó tres personas sin vida y una más lesionada, según reportes preliminares.", 3, 1),
 ('es', "Un menor de edad murió y otros tres resultaron heridos por la explosión de una granada en un parque.", 1, 3),
 ('es', "El Ejército informó que en el enfrentamiento fueron abatidos cuatro presuntos integrantes del ELN.", 4, 0),
 ('es', "La masacre, la número 60 del año, cobró la vida de cinco campesinos en zona rural del municipio.", 5, 0),
 ('es', "Según el último reporte, son ya 12 los muertos por los disturbios en la capital.", 12, 0),
 ('es', "La Defensoría del Pueblo alertó que ya son 120 los líderes asesinados este año. Este lunes fue asesinado otro dirigente campesino en el Cauca.", 1, 0),
 ('es', "Sicarios ultimaron a balazos a un comerciante frente a su negocio en el centro de la ciudad.", 1, 0),
 ('es', "Tres soldados muertos y cinco heridos es el saldo de un ataque con explosivos contra una patrulla militar.", 3, 5),
 ('es', "Una mujer y su hija de cuatro años murieron tras ser atacadas a tiros dentro de su vivienda.", 2, 0),
 ('es', "Las autoridades elevaron a 19 la cifra de fallecidos tras el ataque al centro de rehabilitación.", 19, 0),
 ('es', "El joven de 17 años fue asesinado con arma blanca durante una riña; otro joven resultó herido.", 1, 1),
 ('es', "Cuatro policías resultaron lesionados durante los enfrentamientos con manifestantes, ninguno de gravedad.", 0, 4),
 ('es', "Hombres armados dispararon contra los asistentes a una fiesta, matando a seis e hiriendo a otros nueve.", 6, 9),
 ('es', "El atentado contra la estación de policía no dejó víctimas fatales, pero sí dos agentes heridos.", 0, 2),
 ('es', "Los restos de al menos nueve personas fueron localizados en una fosa clandestina.", 9, 0),
]

# French wire copy: "a trouvé la mort", "tuant au moins 19 fidèles et en blessant une quarantaine", "a fait 11 blessés", "son collègue grièvement blessé", "Les victimes, deux hommes et une femme,".
FRENCH_WIRE = [
 # (a gap at first: "décédé" was a state, not a counted noun, in the French pack)
 ("fr", "La gendarmerie a recensé onze victimes, dont sept décédées sur place.", 7, 0),
 ('fr', "Au moins douze civils ont été tués dimanche lors d'une attaque d'hommes armés contre un village du centre du Mali, selon des sources locales.", 12, 0),
 ('fr', "L'explosion d'un engin artisanal au passage d'un convoi militaire a fait quatre morts et sept blessés parmi les soldats.", 4, 7),
 ('fr', "Deux gendarmes ont perdu la vie et trois autres ont été blessés dans une embuscade tendue par des jihadistes près de Djibo.", 2, 3),
 ('fr', "Le bilan de l'attaque s'est alourdi à 23 morts, a annoncé lundi le gouvernement, contre 15 annoncés la veille.", 23, 0),
 ('fr', "Les corps de six personnes ont été retrouvés dans une fosse commune près de la frontière.", 6, 0),
 ('fr', "Un policier a été tué par balle et son collègue grièvement blessé lors d'un contrôle routier à Bamako.", 1, 1),
 ('fr', "Les assaillants ont abattu le chef du village et deux de ses fils avant de mettre le feu aux greniers.", 3, 0),
 ('fr', "Selon un bilan officiel, 17 soldats ont été tués et une trentaine blessés dans l'attaque du poste d'Inata.", 17, 30),
 ('fr', "Au total, 45 personnes ont péri dans les violences intercommunautaires de la semaine dernière.", 45, 0),
 ('fr', "Une femme enceinte figure parmi les victimes de la frappe, qui a tué huit personnes.", 8, 0),
 ('fr', "L'armée affirme avoir neutralisé une dizaine de terroristes, sans faire état de pertes dans ses rangs.", 10, 0),
 ('fr', "Trois enfants sont morts et cinq autres ont été blessés par l'explosion d'une mine dans un champ.", 3, 5),
 ('fr', "Les affrontements ont fait au moins 30 blessés, dont six dans un état grave, selon la Croix-Rouge.", 0, 30),
 ('fr', "Un soldat français a trouvé la mort lors d'une opération contre un groupe armé au Sahel.", 1, 0),
 ('fr', "Les victimes, deux hommes et une femme, ont été abattues à bout portant devant leur domicile.", 3, 0),
 ('fr', "Le drame a coûté la vie à cinq membres d'une même famille, dont trois enfants.", 5, 0),
 ('fr', "Quatorze personnes ont été tuées dans la nuit de samedi à dimanche dans le village de Solhan; le bilan pourrait encore s'alourdir.", 14, 0),
 ('fr', "Deux casques bleus ont été tués et quatre autres blessés par l'explosion d'une mine au nord de Kidal, a indiqué la Minusma.", 2, 4),
 ('fr', "Le chauffeur du bus a succombé à ses blessures à l'hôpital, portant le bilan à neuf morts.", 9, 0),
 ('fr', "Un enseignant a été enlevé puis exécuté par des hommes armés non identifiés.", 1, 0),
 ('fr', "Les forces de sécurité ont ouvert le feu sur les manifestants, faisant deux morts, selon des témoins.", 2, 0),
 ('fr', "Le chef de la milice locale a été assassiné par des inconnus dans la nuit de mardi.", 1, 0),
 ('fr', "Un kamikaze s'est fait exploser dans une mosquée, tuant au moins 19 fidèles et en blessant une quarantaine.", 19, 40),
]

# Russian agency sentences.
RUSSIAN_AGENCY = [
 ('ru', "В результате обстрела жилого квартала погибли четыре человека, ещё девять получили ранения, сообщил глава администрации города.", 4, 9),
 ('ru', "Двое военнослужащих погибли, трое ранены при подрыве бронетранспортёра на фугасе в Дагестане.", 2, 3),
 ('ru', "Неизвестный открыл стрельбу в торговом центре. По данным МВД, убиты пять человек, в том числе один ребёнок.", 5, 0),
 ('ru', "Число жертв теракта в метро возросло до 14 человек, сообщил министр здравоохранения.", 14, 0),
 ('ru', "В ходе спецоперации нейтрализованы трое боевиков, один сотрудник полиции получил ранение.", 3, 1),
 ('ru', "Тела двух мужчин с огнестрельными ранениями обнаружены в лесополосе под Назранью.", 2, 0),
 ('ru', "Взрыв произошёл на рынке в центре города. Погибли не менее 12 человек, более 30 пострадали.", 12, 30),
 ('ru', "Боевики напали на пост полиции, убив двоих сотрудников и ранив ещё одного.", 2, 1),
 ('ru', "По последним данным, жертвами авиаудара стали 23 мирных жителя, среди них семеро детей.", 23, 0),
 ('ru', "Киргизская сторона сообщила о гибели 24 человек, ранения получили более 80.", 24, 80),
 ('ru', "Сотрудник ДПС погиб, его напарник госпитализирован с огнестрельным ранением.", 1, 1),
 ('ru', "Смертник подорвал себя у входа в здание суда. Погибли шесть человек, не считая нападавшего.", 6, 0),
 ('ru', "Власти Таджикистана заявили, что в столкновениях на границе погибли 35 граждан республики.", 35, 0),
 ('ru', "В перестрелке с полицией был убит один из подозреваемых, второй задержан.", 1, 0),
 ('ru', "Пожилая женщина погибла под завалами дома после ракетного удара, её муж ранен.", 1, 1),
 ('ru', "По информации Минздрава, в больницы доставлены 17 пострадавших, четверо из них в крайне тяжёлом состоянии.", 0, 17),
 ('ru', "Трое военных погибли и ещё пятеро получили ранения в результате атаки беспилотника на колонну.", 3, 5),
 ('ru', "Жертвами нападения на школу стали девять человек — семь учеников и двое учителей.", 9, 0),
 ('ru', "Погибших в результате землетрясения нет, сообщили в МЧС. Ранения получили два человека.", 0, 2),
 ('ru', "Нападавший зарезал двух прохожих и ранил полицейского, после чего был застрелен.", 2, 1),
 ('ru', "В Мали в результате нападения на военный лагерь погибли по меньшей мере 40 солдат.", 40, 0),
 ('ru', "Число погибших при взрыве на шахте увеличилось до 11, ещё 46 горняков пострадали.", 11, 46),
 ('ru', "В результате столкновений ранены около 50 человек, в том числе 12 полицейских.", 0, 50),
 ('ru', "Глава района сообщил о двух погибших и семи раненых среди мирного населения.", 2, 7),
 ('ru', "Израильский авиаудар унёс жизни восьми палестинцев, включая троих детей.", 8, 0),
 ('ru', "Водитель автобуса скончался на месте, пассажиры не пострадали.", 1, 0),
 ('ru', "Неизвестные расстреляли семью из четырёх человек в собственном доме.", 4, 0),
 ('ru', "Двое сотрудников Росгвардии получили ранения, ещё один погиб во время нападения на пост в Чечне.", 1, 2),
]

# Russian paragraphs: background, updates, "с киргизской — 46" (a remnant of a gapped clause), "о ликвидации семи боевиков".
RUSSIAN_PARAGRAPHS = [
 ('ru', "В среду в Кабуле у здания министерства прогремел взрыв. По данным МВД Афганистана, погибли 8 человек, ещё 15 ранены. Ответственность взяли на себя талибы. В прошлом месяце в результате аналогичного теракта погибли 30 человек.", 8, 15),
 ('ru', "Как сообщает агентство Рейтер, при обстреле рынка погибли не менее 20 мирных жителей. Позднее власти уточнили, что жертвами стали 23 человека, более 50 получили ранения.", 23, 50),
 ('ru', "Нападение на конвой произошло утром. Погибли трое военнослужащих, двое получили лёгкие ранения. Один из раненых позже скончался в госпитале.", 4, 1),
 ('ru', "Пожар в торговом центре унёс жизни 64 человек, в том числе 41 ребёнка. Это крупнейшая трагедия в регионе с 2009 года, когда при пожаре в клубе погибли 156 человек.", 64, 0),
 ('ru', "Стрелок, открывший огонь в колледже, убил 20 человек и ранил ещё 40, после чего покончил с собой.", 20, 40),
 ('ru', "В результате столкновений на границе с таджикской стороны погибли 35 человек, с киргизской — 46.", 81, 0),
 ('ru', "Полиция сообщила о задержании троих подозреваемых. Ранее в ходе перестрелки был убит один полицейский.", 1, 0),
 ('ru', "Силы безопасности сообщили о ликвидации семи боевиков. Потерь среди военнослужащих нет.", 7, 0),
 ('ru', "В Ираке смертник подорвал себя в толпе паломников, погибли по меньшей мере 35 человек, около 70 ранены.", 35, 70),
 ('ru', "В Сомали боевики «Аш-Шабааб» атаковали гостиницу. Как сообщил представитель полиции, убиты 15 человек. Все нападавшие уничтожены.", 15, 0),
 ('ru', "По словам очевидцев, военные открыли огонь по демонстрантам, в результате чего погибли по меньшей мере шесть человек. Правительство официально признало гибель четырёх человек.", 6, 0),
 ('ru', "На месте происшествия погиб водитель грузовика, пострадали ещё четыре человека.", 1, 4),
]

# Incident lines in the present tense, as in lists of attacks: first run 17 of 20 ("injures 49
# people; two later die of their wounds" mended; a fight's both sides and "stabs three ...; two
# women die" left out as the sentence does not settle them).
INCIDENT_LINES = [
 ('en', "A suicide bomber detonates an explosive vest at a police recruitment centre in Kabul, killing 23 and wounding 40.", 23, 40),
 ('en', "Gunmen attack a bus carrying pilgrims near Quetta, killing 14. Lashkar-e-Jhangvi claims responsibility.", 14, 0),
 ('en', "Two car bombs explode outside a hospital in Benghazi, killing at least 33 people, including several soldiers, and injuring more than 50.", 33, 50),
 ('en', "A man rams a truck into a crowd at a Christmas market, killing 12 and injuring 56. The attacker is shot dead by police days later.", 12, 56),
 ('en', "Al-Shabaab militants storm a hotel in Mogadishu; 15 people are killed, including the four attackers.", 15, 0),
 ('en', "An IED explodes near a military convoy in Sinai, killing an officer and three conscripts.", 4, 0),
 ('en', "Boko Haram fighters raid a village in Borno State, killing 30 residents and burning homes.", 30, 0),
 ('en', "A bomb hidden in a motorcycle explodes at a market in Yala Province, injuring 17 people.", 0, 17),
 ('en', "Three attackers armed with knives kill eight people and injure 48 on London Bridge before being shot dead by police.", 8, 48),
 ('en', "A gunman opens fire in a mosque in Quebec City, killing six worshippers and wounding 19 others.", 6, 19),
 ('en', "Suicide bombing at a wedding in Gaziantep kills 57 people, including 34 children, and injures 66.", 57, 66),
 ('en', "A car bomb explodes in a crowded shopping district of Baghdad, killing at least 292 people.", 292, 0),
 ('en', "Unidentified gunmen kill a Catholic priest and two parishioners during a morning service in Burkina Faso.", 3, 0),
 ('en', "A grenade attack on a political rally in Harare injures 49 people; two later die of their wounds.", 2, 47),
 ('en', "Maoist rebels ambush a paramilitary patrol in Chhattisgarh, killing 25 CRPF personnel and injuring six.", 25, 6),
 ('en', "A series of bombings hits churches and hotels in Sri Lanka, killing 259 people and injuring around 500.", 259, 500),
 ('en', "A suicide car bomber targets an army base in Mali; no casualties are reported other than the bomber.", 0, 0),
 ('en', "Armed men open fire on a nightclub in Istanbul, killing 39 and injuring 79. ISIL claims responsibility.", 39, 79),
]

# Agency paragraphs of our own (first run 14 of 15; the miss is a gap below).
AGENCY_PARAGRAPHS = [
 ('en', "Gunmen on motorbikes attacked a village in Zamfara state on Sunday, killing at least 18 people, police said. The attackers also stole cattle and set fire to houses. A police spokesman said 12 suspects had been arrested in connection with an earlier attack last month in which 30 villagers died.", 18, 0),
 ('en', "Two police officers were killed and a third was seriously wounded when militants opened fire on their patrol in Quetta on Thursday. The wounded officer was taken to hospital in critical condition.", 2, 1),
 ('en', "A roadside bomb killed a district governor and his driver in eastern Afghanistan, officials said. The governor's two bodyguards were wounded in the blast.", 2, 2),
 ('en', "Security forces killed 11 militants in a raid on a hideout in the north, the army said. Two soldiers were wounded in the exchange of fire.", 11, 2),
 ('en', "Militants stormed a guesthouse in the capital overnight and killed four foreign aid workers before security forces ended the siege. All three attackers were killed.", 4, 0),
 ('en', "The bodies of 14 migrants, some with gunshot wounds, were found in the desert near the border, the Red Crescent said. Three survivors were being treated for dehydration.", 14, 0),
 ('en', "An attack on a Christian village left 23 dead, including nine children, according to a community leader. Dozens of homes were torched. Gunmen killed five people in a neighbouring village a week earlier.", 23, 0),
 ('en', "A car bomb exploded near a checkpoint in the city, killing six soldiers and a civilian. Later in the day, a second explosion wounded four policemen.", 7, 4),
 ('en', "Three journalists were killed when their vehicle came under fire near the front line, their employer said. A fourth journalist is missing.", 3, 0),
 ('en', "A prominent human rights activist was shot dead outside her home on Tuesday, the third activist killed in the province this year.", 1, 0),
 ('en', "Suspected separatists killed a teacher and burned down a school in the Anglophone region, the government said. It was the second attack on a school this month.", 1, 0),
 ('en', "The death toll from Tuesday's twin bombings in Baghdad has risen to 38, the health ministry said, after several of the wounded died in hospital. More than 100 people were injured.", 38, 100),
 ('en', "Five members of a family, including three children, were killed when a shell struck their home in the village. Their neighbour was also wounded.", 5, 1),
]

# Gaps of earlier rounds closed in this one: "trouver la mort" (rounds 7, 8, 10: its check-row cost
# is gone, no row moved), "shot down" and "blown up" of a person (round 11), a gapped remnant
# ("повстанцы — около двадцати") and a copula naming the dead ("las víctimas mortales son cuatro",
# round 12).
CLOSED_GAPS = [
 ("fr", "Deux gendarmes ont trouvé la mort dans l'attaque de leur poste.", 2, 0),
 ("fr", "Au moins 15 personnes ont trouvé la mort dans l'attaque du marché.", 15, 0),
 ("fr", "Une personne a trouvé la mort et quatre autres ont été blessées lors de l'effondrement d'un "
        "immeuble touché par un obus.", 1, 4),
 ("en", "The peasant leader was shot down by two men who followed him on a motorcycle.", 1, 0),
 ("en", "A deputy imam was blown up in his own car near the village.", 1, 0),
 ("ru", "Обе стороны понесли потери: армия потеряла восемь человек убитыми, повстанцы — около двадцати.", 28, 0),
 ("es", "Las autoridades confirmaron que las víctimas mortales son cuatro.", 4, 0),
 # closed in round 41: a counted group in a grave condition is hurt (claims/grammar._in_hospital)
 ("ru", "Один из пострадавших скончался в больнице, ещё шестеро остаются в тяжёлом состоянии.", 1, 6),
]

# Known gaps of this round (strict: a pass means the gap closed).
GAPS = [
 # the hurt counted only through their parts ("two of the wounded ... the other four")
 ("es", "Dos de los heridos se encuentran en estado crítico, mientras que los otros cuatro fueron dados de alta. El ataque dejó además un muerto.", 1, 6),
 # "la neutralización de" (killed or captured: the army's word does not say)
 ("es", "El Ejército reportó la neutralización de cinco integrantes del Clan del Golfo en un operativo en el que también fueron capturados otros 12.", 5, 0),
 # "the victims were three farmers": "victims" alone says no outcome (as in round 12's gaps)
 ("es", "Con este hecho ya son 45 las masacres registradas en el país este año. En esta ocasión las víctimas fueron tres campesinos.", 3, 0),
 # ("ещё шестеро остаются в тяжёлом состоянии", the hurt told by their state only: closed in round 41, in CLOSED_GAPS)
 # fighters the army killed are read as the attackers (high only); "потери составили пять человек убитыми"
 ("ru", "В ходе боёв были уничтожены до 30 боевиков, потери армии составили пять человек убитыми.", 35, 0),
 # a long headline as the text's first line is joined to the first sentence: its figure counts
 # again (splitting such lines cost an ISAF and a multilingual check row; see REPORTS)
 ("es", "Ataque contra estación de policía deja un uniformado muerto en el norte del Cauca\nUn patrullero "
        "murió y otros tres resultaron heridos en la madrugada de este martes, luego de que hombres armados "
        "lanzaran artefactos explosivos contra la estación de policía del municipio de Suárez.", 1, 3),
 # "the latest attack" of a series summed before is one of its attacks (as "the most recent case");
 # not read so: "At least 300 killed this year ... In the latest attack, 12" would lose the 12
 ("en", "Islamist militants beheaded 20 people in a series of attacks on villages in the province, local officials said on Monday. The latest attack took place on Saturday, when eight villagers were killed.", 20, 0),
 # "slit the throats of five shepherds": a body part's owner as the victim
 ("en", "The militants slit the throats of five shepherds and stole their livestock.", 5, 0),
]

CASES = (AGENCY_VERBS + COLOMBIAN_AND_MEXICAN + SPANISH_MORE + FRENCH_WIRE + RUSSIAN_AGENCY
         + RUSSIAN_PARAGRAPHS + INCIDENT_LINES + AGENCY_PARAGRAPHS + CLOSED_GAPS)

test_summary_in_its_language, test_known_gaps = summary_tests(CASES, GAPS)


def test_blow_up_and_shoot_down_count_people_not_things(reader):
    """"blew up a restaurant", "shot down one [helicopter]": verbs with a particle that mostly take
    things count a person noun or a name only."""
    assert figures_in(reader, "Two bank branches and a restaurant were blown up in Medellin.", "en") == (0, 0)
    assert figures_in(reader, "Our units shot down one and damaged another helicopter.", "en") == (0, 0)
    assert figures_in(reader, "A bomber killed five people and injured three when she blew herself up.", "en") == (5, 3)


# Reports with their headlines (as the eval and the ingest readers give them: the headline apart):
# background tallies ("ya son 67 los líderes asesinados", "la masacre número 52 del año"), a
# running toll "passé de 22 à 35 morts" (35, not the range 22-35), an earlier episode, "otras dos
# fallecieron en el hospital". First run: Spanish 4 of 8 and 5 of 7 ("resultó herido el patrullero
# Andrés Ruiz", "dos más fueron llevadas al hospital con heridas de bala, donde una de ellas falleció"),
# French 4 of 5, Russian 4 of 4 and 6 of 6, Spanish protests and prisons 5 of 5 (two cases
# whose figure the report does not settle left out: "накануне", a shooter hurt at his arrest).
# Read as one text with the headline as its first line, four of the Spanish and three of the French
# count the headline's figure again (a long headline line is joined to the first sentence): a known
# gap (splitting such lines cost an ISAF and a multilingual check row).
REPORTS = [
 ('ru', "Взрыв на рынке в Пакистане",
  "В субботу на рынке в городе Паркачинар на северо-западе Пакистана взорвалось самодельное взрывное устройство, спрятанное в ящике с овощами. По последним данным, погибли 22 человека, около 50 получили ранения, многие из них находятся в тяжёлом состоянии. Ответственность за взрыв взяла на себя группировка «Лашкар-и-Джангви». Это уже третий теракт в городе с начала года: в январе в результате взрыва на этом же рынке погибли 25 человек.", 22, 50),
 ('ru', "В Нигерии боевики похитили школьниц",
  "Вооружённые люди напали на школу-интернат для девочек в штате Замфара и похитили более 300 учениц, сообщила полиция. Во время нападения был убит охранник школы. Власти начали поисковую операцию.", 1, 0),
 ('ru', "Столкновения в Бишкеке",
  "В ходе столкновений сторонников оппозиции с полицией в центре Бишкека пострадали 590 человек, один человек погиб, сообщило министерство здравоохранения Киргизии. Большинство пострадавших получили травмы от резиновых пуль и светошумовых гранат. Ранее сообщалось о 120 пострадавших.", 1, 590),
 ('ru', "Теракт в Стамбуле",
  "Во вторник в центре Стамбула на улице Истикляль произошёл взрыв. Как заявил вице-президент Турции, погибли шесть человек, 81 человек получил ранения. По данным полиции, бомбу оставила в сумке женщина, которая была задержана. Среди погибших — двое детей.", 6, 81),
 ('ru', "Нападение на воинскую часть",
  "На территории воинской части в Белгородской области двое мужчин открыли огонь по военнослужащим во время стрельб. Погибли 11 человек, ещё 15 получили ранения. Оба нападавших были уничтожены ответным огнём. Как сообщило Минобороны России, нападавшие были гражданами одной из стран СНГ.", 11, 15),
 ('ru', "Авиаудар в Йемене",
  "Самолёты коалиции во главе с Саудовской Аравией нанесли удар по автобусу со школьниками на рынке в провинции Саада. По данным Международного комитета Красного Креста, погиб 51 человек, в том числе 40 детей, ещё 79 человек получили ранения. Коалиция заявила, что удар был «законной военной операцией».", 51, 79),
 ('es', "Ataque a cárcel en Ciudad Juárez",
  "Un ataque armado contra el Centro de Readaptación Social número 3 de Ciudad Juárez dejó un saldo preliminar de 14 muertos, entre ellos diez custodios y cuatro internos. Además, 25 reos se fugaron durante el ataque. La Fiscalía informó más tarde que la cifra de fallecidos subió a 17.", 17, 0),
 ('es', "Enfrentamiento en Sinaloa",
  "Al menos 29 personas murieron en un enfrentamiento entre fuerzas federales y presuntos integrantes de un cártel en Culiacán, informó el gobierno estatal. De los fallecidos, 10 eran militares. Otras 35 personas resultaron heridas, entre ellas 21 elementos del Ejército.", 29, 35),
 ('es', "Masacre en Putumayo",
  "Cerca de una decena de personas fueron asesinadas en una vereda de Puerto Guzmán, según denunció la comunidad. Las autoridades confirmaron hasta el momento siete víctimas. El Ejército desplegó tropas en la zona.", 10, 0),
 ('es', "Explosión en Bogotá",
  "Un artefacto explosivo detonó frente a una estación de policía en el sur de Bogotá y dejó 16 personas heridas, entre ellas cuatro niños y ocho policías. No hubo víctimas mortales, confirmó la alcaldesa.", 0, 16),
 ('es', "Ataque con drones en Cauca",
  "Dos soldados murieron y cuatro resultaron heridos tras un ataque con drones cargados de explosivos contra una base militar en Argelia, Cauca. Uno de los heridos se encuentra en estado crítico. Es el segundo ataque de este tipo en la región en menos de una semana; el anterior dejó tres uniformados heridos.", 2, 4),
 ('es', "Asesinan a dos hermanos en zona rural de Valdivia",
  "Dos hermanos, de 23 y 27 años, fueron asesinados por hombres armados que llegaron hasta su finca en la vereda Puquí. Según la Policía, los jóvenes fueron sacados de la vivienda y ultimados a pocos metros. Su madre, quien presenció el hecho, resultó ilesa. Las autoridades investigan si el crimen está relacionado con la disputa entre el Clan del Golfo y las disidencias, que en lo que va del año ha dejado 14 muertos en el municipio.", 2, 0),
 ('es', "Ataque armado en Celaya deja cuatro muertos",
  "Un grupo de hombres armados atacó a balazos a los asistentes de una fiesta en la colonia Las Delicias, en Celaya. De acuerdo con la Secretaría de Seguridad, en el lugar murieron cuatro personas y dos más fueron llevadas al hospital con heridas de bala, donde una de ellas falleció horas después.", 5, 1),
 ('es', "Un policía muerto y otro herido en ataque a patrulla en Jamundí",
  "En la noche de este lunes, hombres armados dispararon contra una patrulla de la Policía en el sector de Potrerito. En el ataque murió el subintendente Carlos Mena, de 38 años, y resultó herido el patrullero Andrés Ruiz, quien fue trasladado a una clínica de Cali. El comandante de la Policía Metropolitana atribuyó el hecho a la columna Jaime Martínez.", 1, 1),
 ('es', "Hallan cuerpos de tres jóvenes desaparecidos en Jalisco",
  "La Fiscalía de Jalisco confirmó el hallazgo de los cuerpos de tres jóvenes que habían sido reportados como desaparecidos desde el pasado viernes. Los cuerpos fueron localizados en un predio del municipio de Tlajomulco. En lo que va del año, en el estado se han localizado más de 200 cuerpos en fosas clandestinas.", 3, 0),
 ('es', "Combates entre el Ejército y el ELN dejan cinco guerrilleros muertos",
  "Cinco integrantes del ELN murieron en combates con tropas del Ejército en zona rural de Tame, Arauca, informó la Segunda División. En la operación también fue capturado un guerrillero, y dos soldados resultaron heridos. Los uniformados fueron evacuados a Saravena.", 5, 2),
 ('es', "Asesinan a mujer trans en Barranquilla",
  "Una mujer trans de 29 años fue asesinada a puñaladas en el barrio Rebolo. Organizaciones sociales denunciaron que es el tercer caso en la ciudad en lo que va del año. En el mismo hecho, un amigo de la víctima resultó herido al intentar defenderla.", 1, 1),
 ('es', "Explosión de granada en Cúcuta deja 10 heridos",
  "Diez personas resultaron heridas, entre ellas dos menores de edad, tras la explosión de una granada lanzada contra un establecimiento comercial en el centro de Cúcuta. Ninguna de las víctimas se encuentra en estado grave, según el reporte del Hospital Erasmo Meoz.", 0, 10),
 ('es', "Asesinan a líder comunal en zona rural de Tumaco",
  "La comunidad del corregimiento de Llorente está consternada por el asesinato de Jhon Jairo Cuero, presidente de la junta de acción comunal de la vereda La Guayacana. El hombre, de 48 años, fue interceptado por dos hombres armados cuando se desplazaba en su motocicleta. Según testigos, los agresores le dispararon en repetidas ocasiones y huyeron. Con este caso ya son 67 los líderes sociales asesinados en Nariño desde la firma del acuerdo de paz, según Indepaz.", 1, 0),
 ('es', "Ataque con explosivos contra estación de policía deja un uniformado muerto",
  "Un patrullero murió y otros tres resultaron heridos en la madrugada de este martes, luego de que hombres armados lanzaran artefactos explosivos contra la estación de policía del municipio de Suárez, Cauca. Los heridos fueron trasladados al hospital de Santander de Quilichao, donde uno de ellos permanece en estado delicado. Las autoridades atribuyeron el ataque a la columna Jaime Martínez de las disidencias. En lo corrido del año se han registrado 12 ataques similares en el departamento.", 1, 3),
 ('es', "Masacre en Antioquia: cuatro jóvenes asesinados en zona rural de Segovia",
  "Cuatro jóvenes, entre ellos dos hermanos, fueron asesinados la noche del sábado en la vereda El Cenizo. Según el reporte de las autoridades, un grupo de hombres armados llegó hasta una vivienda donde los muchachos compartían, los obligó a salir y les disparó. Un quinto joven logró escapar. El gobernador anunció una recompensa de 50 millones de pesos por información sobre los responsables. Esta es la masacre número 52 del año en el país.", 4, 0),
 ('es', "Enfrentamientos entre grupos armados dejan 300 desplazados",
  "Los combates entre el ELN y las disidencias de las Farc en el Catatumbo obligaron a más de 300 familias a abandonar sus viviendas. Según la Defensoría del Pueblo, en medio de los enfrentamientos murieron dos civiles que quedaron atrapados en el fuego cruzado. Un menor de edad resultó herido por una bala perdida y fue atendido en el puesto de salud de Tibú.", 2, 1),
 ('es', "Asesinan a excombatiente firmante de paz en el Meta",
  "Un firmante del acuerdo de paz fue asesinado a tiros en la vereda Puerto Nuevo, del municipio de Mesetas. La víctima, identificada como Carlos Andrés Rojas, de 36 años, trabajaba en un proyecto productivo de piscicultura. El partido Comunes denunció que con este crimen ya son 355 los excombatientes asesinados desde 2016. En marzo, otro firmante de paz fue asesinado en la misma zona.", 1, 0),
 ('es', "Tiroteo en bar de Uruapan deja seis muertos",
  "Un comando armado irrumpió la noche del viernes en un bar de Uruapan, Michoacán, y disparó contra los clientes. Seis personas murieron en el lugar y otras dos fallecieron en el hospital, informó la Fiscalía estatal. Además, cinco personas resultaron heridas. Hasta el momento no hay detenidos.", 8, 5),
 ('es', "Hallan sin vida a periodista desaparecido en Guerrero",
  "El cuerpo del periodista Ramón Salgado, quien había sido reportado como desaparecido el pasado lunes, fue localizado en un paraje cercano a Chilpancingo. De acuerdo con la Fiscalía, el cuerpo presentaba huellas de tortura. Salgado es el quinto periodista asesinado en México en lo que va del año.", 1, 0),
 ('es', "Emboscada contra militares en el Cauca: tres soldados muertos",
  "Tres soldados murieron y cuatro más resultaron heridos en una emboscada de las disidencias de las Farc en zona rural de Argelia. Según el Ejército, los uniformados realizaban labores de erradicación de cultivos ilícitos cuando fueron atacados con fusiles y explosivos. Los cuatro heridos fueron evacuados en helicóptero a Popayán. El ministro de Defensa rechazó el ataque y ordenó reforzar la seguridad en la zona.", 3, 4),
 ('fr', "Burkina Faso : une dizaine de civils tués dans l'attaque d'un village",
  "Des hommes armés ont attaqué dans la nuit de samedi à dimanche le village de Tawori, dans l'est du pays, tuant au moins onze civils, selon des sources locales. Plusieurs maisons ont été incendiées et du bétail emporté. Le mois dernier, une attaque similaire avait fait 20 morts dans la même province. Aucun groupe n'a revendiqué l'attaque.", 11, 0),
 ('fr', "Mali : quatre casques bleus tués dans l'explosion d'une mine",
  "Quatre casques bleus tchadiens ont été tués et deux autres grièvement blessés lundi lorsque leur véhicule a sauté sur un engin explosif près d'Aguelhok, a annoncé la Minusma. Depuis le début de la mission en 2013, plus de 170 casques bleus ont été tués au Mali.", 4, 2),
 ('fr', "Cameroun : deux morts dans une attaque séparatiste",
  "Deux gendarmes ont été tués mardi dans une attaque attribuée à des séparatistes anglophones à Bamenda. Un civil a également été blessé par balle. Les assaillants ont pris la fuite, a indiqué une source sécuritaire.", 2, 1),
 ('fr', "RDC : le bilan de l'attaque contre un camp de déplacés s'alourdit",
  "Le bilan de l'attaque menée par des miliciens contre un camp de déplacés en Ituri est passé de 22 à 35 morts, selon la société civile locale. Une trentaine de personnes ont par ailleurs été blessées. L'armée a affirmé avoir repoussé les assaillants.", 35, 30),
 ('fr', "Niger : attaque contre une position militaire",
  "Sept soldats nigériens ont été tués et une dizaine d'autres blessés dans l'attaque d'une position militaire près de la frontière malienne, a indiqué le ministère de la Défense. Selon la même source, une vingtaine d'assaillants ont été neutralisés lors de la riposte.", 27, 10),
 ('ru', "В Кабуле смертник атаковал учебный центр",
  "В четверг в западной части Кабула смертник взорвал себя у входа в образовательный центр, где шли занятия по подготовке к экзаменам. По данным полиции, погибли 19 человек, ещё 27 получили ранения. Большинство жертв — подростки. Ответственность за нападение пока никто не взял. В мае прошлого года в результате взрыва у школы в этом же районе погибли более 80 человек.", 19, 27),
 ('ru', "Перестрелка на границе Киргизии и Таджикистана",
  "На участке границы в Баткенской области произошла перестрелка между пограничниками двух стран. Как сообщила пресс-служба погранслужбы Киргизии, ранены двое киргизских военнослужащих. Таджикская сторона заявила о гибели одного своего пограничника. Стороны обвиняют друг друга в провокации.", 1, 2),
 ('ru', "Взрыв в Могадишо унёс жизни 20 человек",
  "Автомобиль, начинённый взрывчаткой, взорвался у популярного ресторана в столице Сомали. Первоначально сообщалось о восьми погибших, однако позднее число жертв возросло до 20. Ещё 35 человек были госпитализированы с ранениями. Ответственность за теракт взяла на себя группировка «Аш-Шабааб».", 20, 35),
 ('ru', "Нападение на полицейских в Дагестане",
  "В Махачкале неизвестные обстреляли патрульный автомобиль ДПС. Один полицейский скончался на месте, второй с ранениями доставлен в больницу. Нападавшие скрылись. По факту нападения возбуждено уголовное дело.", 1, 1),
]


test_report_with_its_headline = headline_tests(REPORTS)
