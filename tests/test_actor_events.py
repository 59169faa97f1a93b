"""Actors in whole events on real parses: sentences written for this project whose source or
target is one of the agent nouns, companies, organisations or office holders added to the actor
dictionaries (weapon platforms used as the doer, security agents, election bodies, MNCs, the
IOM, 2024-2025 office holders), with the (source, target, PLOVER type) each must give. The
CAMEO code is left to tests/test_vocabulary.py; here only the actors and the event type count.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow
DATE = "2025-10-29"

# ("SOURCE TARGET TYPE", sentence); "-" is no target
CASES = [
    # weapon platforms and vessels as the doer
    # (the town is in Idlib province, Syria: an attack at home falls on the people there)
    ("SYRMIL SYRCVL ASSAULT", "Syrian jets bombed a rebel-held town in Idlib province on Sunday."),
    ("RUSMIL - MOBILIZE", "Russian bombers flew over the Baltic Sea near Lithuania's coast."),
    ("RUSMIL UKRMIL ASSAULT", "A Russian frigate fired on a Ukrainian patrol boat in the Black Sea."),
    ("IRNMIL GRC COERCE", "Iranian gunboats seized a Greek oil tanker in the Strait of Hormuz."),
    ("GRCMIL GRCREF AID", "Greek coastguard vessels rescued 40 migrants off Crete."),
    # a single bomber is the attacker, not an aircraft
    ("PAKUAF PAKCVL ASSAULT", "The bomber blew himself up outside a police station in Peshawar."),
    # security, intelligence and law-enforcement bodies
    ("BLRSPY BLROPP COERCE", "Belarusian state security agents detained an opposition activist in Minsk."),
    ("USACOP MEXLAB COERCE", "US immigration agents arrested dozens of Mexican workers in Texas."),
    ("KENCOP KENGOV COERCE", "Kenya's anti-corruption agency arrested a county governor over stolen funds."),
    # election bodies
    ("XKXGOV SRBPTY COERCE", "Kosovo's election commission barred a Serb party from the vote."),
    # companies are MNC whatever their home country
    ("VEN MNC ACCUSE", "Venezuela accused ExxonMobil of stealing oil from the Essequibo."),
    ("MLIMIL MNC COERCE", "Mali's junta seized gold from Barrick Gold's mine."),
    ("USA MNC SANCTION", "The United States imposed sanctions on Lukoil and Rosneft."),
    ("NER MNC COERCE", "Niger revoked Orano's licence at the Imouraren uranium mine."),
    # the IOM is IGO like the IAEA
    ("IGO AFGREF AID",
     "The International Organization for Migration gave food to Afghan returnees at the border."),
    # a struck town of the gazetteer is the target's country
    ("RUSMIL UKR ASSAULT", "Russian drones struck Kryvyi Rih overnight."),
    ("UKRMIL RUS ASSAULT", "Ukrainian drones hit an oil refinery in Tuapse."),
    # office holders of 2024-2025
    ("SENGOV GHAGOV CONSULT",
     "Senegalese President Bassirou Diomaye Faye met Ghana's president John Mahama in Accra."),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_actor_event(real_coder, expected, text):
    source, target, ptype = expected.split()
    want = (source, None if target == "-" else target, ptype)
    rows = real_coder.code_text(text, date=DATE)
    found = {(r["source_actor"], r["target_actor"], r["plover_type"]) for r in rows}
    assert want in found, f"{text!r} gave {sorted(found, key=str)}"


# Civil aircraft are not warplanes: a single jet names no actor, so a landing is no visit.
NO_EVENT = [
    "A passenger jet carrying 150 people landed safely in Moscow.",
    "The jet stream brought heavy rain and strong winds to Britain on Tuesday.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(real_coder, text):
    rows = real_coder.code_text(text, date=DATE)
    found = [(r["source_actor"], r["target_actor"], r["cameo_code"]) for r in rows]
    assert found == [], f"{text!r} gave {found}"
