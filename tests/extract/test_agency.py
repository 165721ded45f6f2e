"""Agency-style wire summaries, written for these tests in our own words, with the article toll
each must give (killed best, injured best, detained low, kidnapped best), written by hand
before the parse-based claim reader ran on them. They use wordings the rules were not fitted to:
victims named by any noun, by role, in lists, partitives, updates."""
import pytest

CASES = [
    # (text, killed, injured, detained, kidnapped)
    ("On 3 May, gunmen killed a village chief and his two sons in Zamfara state, police said.",
     3, 0, 0, 0),
    ("Seven border guards of the State Security Service were killed when their post came under "
     "mortar fire overnight, the ministry said.", 7, 0, 0, 0),
    ("A 12-year-old girl was shot to death at a checkpoint on Tuesday.", 1, 0, 0, 0),
    ("Rebels killed a schoolteacher and abducted nine pupils from a school near Beni.", 1, 0, 0, 9),
    ("A customs officer and two of his colleagues died when their vehicle hit a landmine.",
     3, 0, 0, 0),
    ("The attackers killed the mayor, her bodyguard and a passer-by before fleeing on motorbikes.",
     3, 0, 0, 0),
    ("Authorities raised the number of those killed in Friday's bombing to 17.", 17, 0, 0, 0),
    ("A suicide bomber struck a wedding hall, killing at least 22 guests and wounding more than "
     "40 others.", 22, 40, 0, 0),
    ("Troops arrested 14 suspected militants and freed three hostages during a raid on Sunday.",
     0, 0, 14, 0),
    ("Two soldiers died and five were wounded when a roadside bomb struck their convoy.",
     2, 5, 0, 0),
    ("The death toll from the market attack has risen to 31, a hospital official said, up from "
     "24 on Monday.", 31, 0, 0, 0),
    ("Unidentified assailants shot dead a local journalist outside his home in the capital.",
     1, 0, 0, 0),
    ("Clashes between herders and farmers left 11 people dead and dozens injured.", 11, 61, 0, 0),
    ("No one was hurt in the explosion, which damaged three shops.", 0, 0, 0, 0),
    ("Police said they had detained the driver of the truck and two other men.", 0, 0, 3, 0),
    ("Gunmen seized 30 passengers from a bus on the highway; five of them were later released.",
     0, 0, 0, 30),
    ("Three nurses were among the dead, the health ministry said, after an air strike hit the "
     "clinic and killed 12 people.", 12, 0, 0, 0),
    ("A car bomb exploded outside a police station, killing four officers. A fifth officer died "
     "of his wounds in hospital.", 5, 0, 0, 0),
    # round 10: states of found or declared victims, other accounts, restatements
    ("The body of a missing trader was recovered on Monday; a second man was found dead near "
     "the river the same day.", 2, 0, 0, 0),
    ("Nine villagers were confirmed dead after the night raid, officials said.", 9, 0, 0, 0),
    ("The army said six people died in the shelling, while residents said at least 14 people "
     "were killed.", 14, 0, 0, 0),
    ("Militants killed at least 20 fishermen on the lake. Rescuers later pulled 20 bodies from "
     "the water.", 20, 0, 0, 0),
    ("Armed men killed a family of five in their house on the edge of town.", 5, 0, 0, 0),
    ("Bandits killed eight traders in Katsina, in reprisal for the killing last month of three "
     "herdsmen by a vigilante group.", 8, 0, 0, 0),
    ("More than a dozen people were killed when the bridge was bombed, a witness said. The "
     "governor's office said at least 12 people died.", 12, 0, 0, 0),
    ("Gunmen have shot dead four gold miners at a camp in the hills, the regional police said.",
     4, 0, 0, 0),
    ("Attackers stormed three villages overnight, killing no fewer than 27 people and burning "
     "dozens of homes.", 27, 0, 0, 0),
    ("Dozens of pilgrims were killed when the convoy was ambushed. At least 31 were killed and "
     "12 wounded, a hospital source said.", 31, 12, 0, 0),
    ("Rafael Soto and his nephew were shot dead outside their shop on Friday night.", 2, 0, 0, 0),
    ("A farmer and his wife were burnt alive when raiders set fire to their hut; two neighbours "
     "were injured.", 2, 2, 0, 0),
    ("Militiamen used axes to kill nine herders near the river, a local official said.", 9, 0, 0, 0),
    ("The group vowed to kill more soldiers after the raid.", 0, 0, 0, 0),
]


@pytest.mark.parametrize("text,killed,injured,detained,kidnapped", CASES)
def test_agency_summary(read, text, killed, injured, detained, kidnapped):
    _, toll = read(text, published=None)
    got = (toll.get("killed").best, toll.get("injured").best, toll.get("detained").low,
           toll.get("kidnapped").best)
    assert got == (killed, injured, detained, kidnapped)
