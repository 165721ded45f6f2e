"""French, Spanish and Russian wire summaries of our own (sixth round), with the killed and
injured best each must give, written by hand before running. 28 of 30 passed at first; a
Spanish expectation was our mistake (see its comment); the French "abattu un chef de village et
ses deux fils" needed two mends: a counted noun the parser joined to the verb is a second
object, and the fr/es/ru/uk people lists lacked kinship words ("fils", "hijos", "сыновей")."""
from .helpers import summary_tests

CASES = [  # (language, text, killed, injured)
 ("fr", "Au moins douze civils ont été tués lundi dans l'attaque d'un village du centre du Mali, a indiqué un responsable local.", 12, 0),
 ("fr", "Deux soldats ont été tués et cinq autres blessés dans l'explosion d'un engin artisanal au passage de leur convoi.", 2, 5),
 ("fr", "Des hommes armés ont abattu un chef de village et ses deux fils dans la nuit de samedi à dimanche.", 3, 0),
 ("fr", "Le bilan de l'attaque s'est alourdi à 23 morts, selon le ministère de la Santé.", 23, 0),
 ("fr", "Une dizaine de personnes ont été blessées par balles lors de la manifestation, selon des témoins.", 0, 10),
 ("fr", "L'explosion a fait trois morts et une vingtaine de blessés, d'après une source hospitalière.", 3, 20),
 ("fr", "Un policier a été tué par balles mercredi à Bamako. L'an dernier, une attaque similaire avait fait quatre morts.", 1, 0),
 ("fr", "Des jihadistes présumés ont tué 14 villageois, dont quatre enfants, lors d'un raid nocturne.", 14, 0),
 ("fr", "Le conducteur du camion est mort sur le coup et deux passagers ont été grièvement blessés.", 1, 2),
 ("fr", "Trois gendarmes ont péri dans l'embuscade tendue par des assaillants non identifiés.", 3, 0),
 ("es", "Al menos ocho personas murieron y otras 15 resultaron heridas en un ataque armado contra un bar en Celaya.", 8, 15),
 ("es", "Hombres armados asesinaron a un líder social y a su esposa en una zona rural del Cauca.", 2, 0),
 ("es", "Un policía murió y dos más resultaron heridos tras un enfrentamiento con presuntos delincuentes.", 1, 2),
 ("es", "La cifra de muertos por el atentado ascendió a 17, informó la fiscalía.", 17, 0),
 ("es", "Dos soldados fueron asesinados por disidentes de las FARC en una emboscada en el Catatumbo.", 2, 0),
 ("es", "Un menor de 14 años murió baleado cuando salía de la escuela.", 1, 0),
 ("es", "Decenas de personas resultaron heridas durante los disturbios, según la Cruz Roja.", 0, 59),  # "decenas" is "tens": 20-99 by the contract table, best 59 (first guessed as "dozens")
 ("es", "El ataque dejó seis muertos, entre ellos dos niños, y nueve heridos.", 6, 9),
 ("es", "Sicarios mataron a tres hombres en un taller mecánico del municipio.", 3, 0),
 ("es", "Un agricultor fue hallado muerto con varios impactos de bala en una finca.", 1, 0),
 ("ru", "В результате обстрела погибли три мирных жителя, ещё пятеро получили ранения, сообщил глава администрации.", 3, 5),
 ("ru", "Двое военнослужащих погибли при подрыве автомобиля на мине.", 2, 0),
 ("ru", "Боевики убили 12 человек в деревне на севере страны, сообщили местные власти.", 12, 0),
 ("ru", "Число погибших в результате теракта возросло до 19 человек, сообщил Минздрав.", 19, 0),
 ("ru", "При нападении на полицейский пост был убит один полицейский, двое ранены.", 1, 2),
 ("ru", "Около 30 человек получили ранения в результате взрыва на рынке.", 0, 30),
 ("ru", "Неизвестные застрелили главу местной администрации и его водителя.", 2, 0),
 ("ru", "В ходе столкновений на границе погибли 24 гражданина Киргизии, ранены 87 человек.", 24, 87),
 ("ru", "Пятеро пограничников погибли, ещё трое пропали без вести.", 5, 0),
 ("ru", "Террорист-смертник подорвал себя у входа в мечеть, погибли семь человек.", 7, 0),
]


# Mended for MORE: a counted state word the parser made a second subject of the verb tells its
# own outcome ("загинули п'ятеро людей, ще 12 поранені": injured 12, was killed 17), and the
# Spanish cue filter keeps a sentence with a single "cuerpo" (it only kept "cuerpos").
MORE = [  # second set: 17 of 20 passed at first run
 ("ru", "Накануне вечером в результате взрыва у здания суда погибли четыре человека, ещё 11 пострадали.", 4, 11),
 ("ru", "Число жертв столкновений на границе достигло 46 человек, сообщили в Минздраве.", 46, 0),
 ("ru", "Боевики напали на блокпост и убили троих сотрудников полиции.", 3, 0),
 ("ru", "По данным МЧС, при пожаре на складе боеприпасов никто не пострадал.", 0, 0),
 ("ru", "Один военнослужащий погиб и четверо получили ранения при обстреле позиций.", 1, 4),
 ("ru", "В больницу доставлены 15 раненых, двое из них в тяжёлом состоянии.", 0, 15),
 ("ru", "Жертвами нападения стали шесть мирных жителей, в том числе двое детей.", 6, 0),
 ("uk", "Унаслідок ракетного удару загинули п'ятеро людей, ще 12 поранені, повідомив голова ОВА.", 5, 12),
 ("uk", "Російські війська обстріляли село, загинула жінка, двоє людей поранені.", 1, 2),
 ("uk", "Кількість загиблих внаслідок удару по житловому будинку зросла до 23.", 23, 0),
 ("es", "Un ataque con explosivos contra una patrulla militar dejó tres soldados muertos y cuatro heridos.", 3, 4),
 ("es", "Según la policía, los atacantes dispararon contra la multitud y mataron a cinco personas.", 5, 0),
 ("es", "El cuerpo de un periodista fue encontrado con signos de tortura en una carretera de Guerrero.", 1, 0),
 ("es", "Tres personas fallecieron y otras dos resultaron lesionadas tras la explosión de una granada.", 3, 2),
 ("es", "El balance oficial se elevó a 12 muertos y 30 heridos, informó el ministerio.", 12, 30),
 ("es", "En el ataque murieron el alcalde del municipio y dos de sus escoltas.", 3, 0),
 ("fr", "Au moins 40 civils ont été tués dans une série d'attaques contre des villages, selon l'ONU.", 40, 0),
 ("fr", "Un soldat a été tué et un autre blessé lors d'une embuscade dans le nord du pays.", 1, 1),
 ("fr", "Selon un nouveau bilan, le nombre de morts est passé à 18.", 18, 0),
]

GAPS = [  # "en blessant une trentaine": the parser joins the second verb to the first victims
 ("fr", "Le kamikaze s'est fait exploser devant une mosquée, tuant sept fidèles et en blessant une trentaine.", 7, 30),
]


test_summary_in_its_language, test_known_gaps = summary_tests(CASES + MORE, GAPS)
