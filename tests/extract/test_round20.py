"""Summaries of our own (twentieth round), with the killed and injured best each must give,
written by hand before the mends that meet them ran on them. On first run these missed: "the
march" read as the month of March (the clause made an earlier episode), a side's loss told by a
participle of the clause before ("shot dead 12 militants ..., losing two of their own"), a counted
group that stays in hospital ("Another 41 remain in hospital", "restent hospitalisées", "siguen
hospitalizadas", "находятся в больнице"), a passive complement with no subject of its own after a
misspelt adverb ("have reported been killed"), Russian and Ukrainian verbs of killing missing from
the packs ("обезглавили"), a French person noun missing ("fillette", for "abattre", which needs a
person), a French figure tagged a determiner ("porté à 17 le nombre de morts") and a French subject
the parser took for an oblique ("Au moins neuf personnes, dont un enfant, ont été tuées")."""
from .helpers import summary_tests

CASES = [
 ('en', 'Two people died and 11 were hospitalised after police dispersed the march with live fire.', 2, 11),
 ('en', 'Two people died and 11 were injured after police dispersed the march.', 2, 11),
 ('en', 'Security forces shot dead 12 militants in North Waziristan, losing two of their own in the firefight.', 14, 0),
 ('en', 'Police arrested the men, losing one of their own.', 1, 0),
 ('en', 'The company lost two of its trucks in the attack.', 0, 0),
 ('en', 'The number of people killed in the twin bombings has risen to 32, officials said. Another 41 remain in hospital.', 32, 41),
 ('en', 'Ten people remain hospitalised.', 0, 10),
 ('en', 'Four gunmen were in the hospital when police arrived.', 0, 0),
 ('en', 'A bomb killed two people and wounded 45 on Monday. 41 people are in hospital, six of them in critical condition.', 2, 45),
 ('fr', '24 personnes sont toujours à l\'hôpital.', 0, 24),
 ('fr', 'Dix personnes restent hospitalisées.', 0, 10),
 ('fr', 'Quatre soldats étaient à l\'hôpital.', 0, 0),
 ('es', 'Otras 12 personas permanecen en el hospital.', 0, 12),
 ('es', 'Diez personas siguen hospitalizadas.', 0, 10),
 ('ru', 'Еще 12 человек остаются в больнице.', 0, 12),
 ('ru', 'Десять человек находятся в больнице.', 0, 10),
 ('en', 'Thirty people have reported been killed in the violence in the regional capital.', 30, 0),
 ('en', 'Police have reported been attacked by a mob.', 0, 0),
 ('ru', 'Нападавшие обезглавили двух фермеров.', 2, 0),
 ('ru', 'Боевики сожгли заживо трех крестьян.', 3, 0),
 ('ru', 'Боевики сожгли 20 домов и три автомобиля.', 0, 0),
 ('uk', 'Бойовики обезголовили двох фермерів.', 2, 0),
 ('uk', 'Окупанти спалили 20 будинків.', 0, 0),
 ('fr', 'Une fillette de 12 ans a été abattue alors qu\'elle rentrait de l\'école.', 1, 0),
 ('fr', 'Les autorités ont porté à 17 le nombre de morts jeudi.', 17, 0),
 ('fr', 'Au moins neuf personnes, dont un enfant, ont été tuées et 23 blessées lorsque des obus ont frappé un marché.', 9, 23),
 # a gap of round 10, closed by the same mend
 ("en", "The death toll from Friday's attack on a church rose to 18 on Sunday after two of the wounded "
        "died in hospital, officials said. Twenty-three people remain in hospital.", 18, 23),
 # passed on first run, kept as the round's plain sentences
 ('en', 'Seven border guards of the State Security Service were killed in an exchange of fire overnight, the service said.', 7, 0),
 ('en', 'A customs officer and two of his colleagues died after their vehicle hit a landmine.', 3, 0),
 ('en', 'Gunmen killed the mayor, her bodyguard and a passer-by outside the town hall.', 3, 0),
 ('en', 'Nine members of the same family perished when their house was hit by an airstrike.', 9, 0),
 ('en', 'Two killed, five hurt as bomb rips through bus in Quetta.', 2, 5),
 ('en', 'Four soldiers were reported missing after the ambush, and two were confirmed dead.', 2, 0),
 ('es', 'Las autoridades elevaron a 17 la cifra de muertos este jueves.', 17, 0),
 ('es', 'Un sicario ultimó a balazos a un comerciante en el centro de la ciudad.', 1, 0),
 ('ru', 'Силовики ликвидировали трех боевиков, один сотрудник полиции получил ранение.', 3, 1),
 ('ru', 'По данным местных властей, жертвами атаки стали 11 человек, в том числе четверо детей.', 11, 0),
]

GAPS = [
 ('fr', 'Un douanier et deux de ses collègues sont morts lorsque leur véhicule a sauté sur une mine.', 3, 0),  # "douanier" made the subject of "sauté"
 ('fr', 'Des hommes armés ont tué le maire, son garde du corps et un passant devant la mairie.', 3, 0),  # "passant" tagged a verb
 ('fr', "L'attaque a fait un mort parmi les policiers et un blessé grave.", 1, 1),  # "un blessé" a conjunct of "policiers"
]

test_summary_in_its_language, test_known_gaps = summary_tests(CASES, GAPS)
