"""More agency-style wire summaries, written for these tests in our own words (sixth round), with
the killed and injured best each must give, written by hand before running. Two failed when
first run ("executed five hostages, among them two foreign engineers"; "killing a colonel and
11 of his men") and were mended by structure, not by their words."""
import pytest

CASES = [  # (text, killed, injured)
 ("Suspected jihadists killed 14 villagers and burned dozens of homes in an overnight raid on a hamlet near Djibo, a local official said on Tuesday.", 14, 0),
 ("Two soldiers died and five were wounded when their patrol struck a roadside bomb in Kidal region on Friday, the army said.", 2, 5),
 ("A policeman was stabbed to death and two passers-by were hurt in an attack on a checkpoint in the capital.", 1, 2),
 ("Gunmen on motorbikes shot dead a local councillor and his driver on the road to Kaya.", 2, 0),
 ("At least 30 people, most of them women and children, were killed when a mortar shell hit a crowded market, hospital sources said.", 30, 0),
 ("The death toll from Sunday's suicide bombing at a church has risen to 23, with 41 others still in hospital, the health ministry said.", 23, 0),
 ("Security forces killed nine militants in a firefight that also left a soldier dead.", 10, 0),
 ("An air strike on a wedding party killed 11 civilians, including four children, local elders said, though the military said only fighters were hit.", 11, 0),
 ("Three aid workers were abducted and their driver was killed when armed men stopped their convoy.", 1, 0),
 ("Clashes between herders and farmers left 17 dead and 25 injured in the district, police said.", 17, 25),
 ("A bomb hidden in a motorcycle exploded near a bus station, killing four people and wounding 12, one of them critically.", 4, 12),
 ("Police said the attackers killed the imam of the village mosque and set fire to his house.", 1, 0),
 ("Eight members of the same family, including a baby, were killed when rebels attacked their farm.", 8, 0),
 ("The militants executed five hostages, among them two foreign engineers, the group said in a statement.", 5, 0),
 ("Fighting between rival militias in the city has killed at least 45 people since Monday, according to the Red Cross.", 45, 0),
 ("A gunman opened fire at a bar, killing six customers before he was shot dead by police.", 6, 0),
 ("Unknown assailants hacked to death a farmer and his wife in their home.", 2, 0),
 ("A landmine blast killed two children herding goats near the border, a local chief said.", 2, 0),
 ("Soldiers fired on protesters, wounding at least 20, witnesses said. No deaths were reported.", 0, 20),
 ("The governor said 12 bodies were recovered from the river after the attack.", 12, 0),
 ("Police recovered the bodies of three men who had been abducted a week earlier.", 3, 0),
 ("Two journalists were among seven people killed in the shelling of the town on Wednesday.", 7, 0),
 ("Rebels ambushed an army convoy, killing a colonel and 11 of his men.", 12, 0),
 ("A suicide bomber killed himself and 15 worshippers at a mosque during Friday prayers.", 15, 0),
 ("Armed men killed a nurse and injured a doctor when they stormed the health centre.", 1, 1),
 ("The attack killed a woman and her three children, the mayor told AFP.", 4, 0),
 ("Some 40 people were killed in the two attacks, a security source said.", 40, 0),
 ("Nearly 20 civilians died in the air raid, activists said.", 19, 0),
 ("At least a dozen people died when the vessel carrying displaced families was hit by a rocket.", 12, 0),
 ("A grenade thrown into a crowd killed one person and injured 34, among them six police officers.", 1, 34),
]


@pytest.mark.parametrize("text,killed,injured", CASES)
def test_agency_summary_round6(read, text, killed, injured):
    _, toll = read(text, published=None)
    assert (toll.get("killed").best, toll.get("injured").best) == (killed, injured)
