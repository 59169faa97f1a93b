"""vocab20: wire-style sentences (2022-2025 news, every region) for the cooperative side: AGREE (pledges,
offers, readiness, agreements in principle, intent to meet or visit), CONCEDE (eased or lifted
restrictions, pardons, backing down, demands accepted), RETREAT (withdrawals, releases of prisoners and
hostages, ceasefires, demobilisation, resignations, territory handed over), AID (economic, military and
humanitarian aid, asylum, evacuations, rescue), COOPERATE (joint exercises, intelligence sharing,
extraditions) and SUPPORT (praise, endorsement, signing and ratifying, recognition, diplomatic ties).
The real events use nominal, passive, reported, coordinated, pronominal, promissory and refused
phrasing; the decoys hold a cooperative trigger word in business, sport, markets or private life. Every
sentence was written for this project. Cases the engine still gets wrong are xfail with what it codes
and why."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow
DATE = "2025-01-15"


def xfail(reason: str, *values):
    return pytest.param(*values, marks=pytest.mark.xfail(reason=reason))


# Engine limits seen in this file (the reason of each xfail names one).
NOUN_SLOT = ("a noun event that is a slot of another verb ('The release of 50 hostages by Hamas was welcomed "
             "by Israeli officials', 'welcomed the release of political prisoners by Belarus', 'Aid trucks "
             "from Egypt entered Gaza') is only that verb's slot, never coded itself")
OPP_PRISONERS = ("'political prisoners' (agent sector OPP) with no country named take no country, so the "
                 "release has no target; hostages and prisoners (CVL) take the article's main country")
MARTIAL_PARSE = ("the parser makes 'martial law hours' one noun phrase headed by 'hours', so 'lift "
                 "obj=law' (0814) does not hold")
EVACUEES = ("an evacuation of one's own nationals takes the country they leave as its recipient "
            "(IND -> SDN) or, with 'its citizens', finds no recipient at all; the evacuees are the "
            "evacuating country's own people")
POSS_OF_MODIFIER = ("'lifted its veto on Sweden's NATO membership': the target is taken from the compound "
                    "'NATO', not from the possessor 'Sweden'")
BANK_AGENT = ("'the Dnipro river's west bank': 'bank' is an agent noun (BUS) and, with no country of its "
              "own, takes the article's main country (RUSBUS) instead of the river bank's country")
AGENTLESS_PASSIVE = ("a passive withdrawal with no by-agent ('Ethiopian troops were withdrawn from Somalia') "
                     "makes the troops the target and finds no source")
CORRIDORS = ("the Philadelphi and Netzarim corridors are not in places.tsv (outside this pass's files), so "
             "a withdrawal from them has no target")
RELEASED_COUNTRY = ("the country of a person released in a second sentence ('a former Marine' after 'a U.S. "
                    "journalist') is not taken from the article")
SIGNING_ADVERBIAL = ("a nominal signing in a 'following ...' adverbial ('Following the signing of a peace "
                     "deal with Armenia, Azerbaijan's president ...') has no source of its own and is "
                     "dropped; the main clause's subject is not its signer")
PART_OBJECT = ("'approved the sale of F-16 parts': 'part' is too general to list among the arms of 072 "
               "approve ('the sale of part of its stake'), so the approval is read as an endorsement (051)")
AGREE_XCOMP = ("'agreed to accept migrants deported from Britain': the code of 'agree xcomp=accept' (0355, "
               "allow international involvement) is chosen by the complement's lemma alone; what is accepted "
               "(migrants, 075) is not looked at, so the agreement is coded as a concession")
TARGET_IN_PP = ("'returned 6 Ukrainian children to their families with Qatari mediation': the target search "
                "goes down the 'to' phrase into 'with Qatari mediation' and takes the mediator (QAT) instead "
                "of the children's country")
JOINT_HYPHEN = ("'joined U.S.-Philippine naval exercises': the support verb 'join' carries the noun "
                "'exercise' (MOBILIZE 150) and the hyphenated partners are not read as the counterparts")


# (sentence, exact set of (source, target, PLOVER type)); None is no target
EXACT = [
    # -- RETREAT: releases of prisoners and hostages, verbal, passive, nominal ---------------------------
    ("Hamas released three Israeli hostages on Saturday under the ceasefire deal.",
     {("PSEGOV", "ISRCVL", "RETREAT")}),
    xfail(NOUN_SLOT, "The release of 50 hostages by Hamas was welcomed by Israeli officials.",
          {("ISRGOV", "PSEGOV", "SUPPORT"), ("PSEGOV", "ISRCVL", "RETREAT")}),
    ("Two American prisoners were freed by Russia in a prisoner swap on Thursday.",
     {("RUS", "USACVL", "RETREAT")}),
    xfail(OPP_PRISONERS, "Belarus freed 14 political prisoners after a visit by a U.S. envoy.",
          {("BLR", "BLROPP", "RETREAT"), ("USAGOV", "BLR", "CONSULT")}),
    ("Venezuela released six Americans detained in the country, the White House said.",
     {("VEN", "USA", "RETREAT")}),
    ("Russia and Ukraine exchanged 95 prisoners of war each, mediated by the United Arab Emirates.",
     {("RUS", "UKR", "RETREAT"), ("UKR", "RUS", "RETREAT")}),
    ("The Taliban freed two American citizens in a prisoner swap with the United States.",
     {("AFGGOV", "USACVL", "RETREAT")}),
    ("Ukrainian officials said Russia had returned 150 prisoners of war in an exchange on Friday.",
     {("RUS", "UKRGOV", "RETREAT")}),
    ("The Israeli hostages were handed over to the Red Cross by Hamas militants in Khan Younis.",
     {("PSEMIL", "ISRCVL", "RETREAT")}),
    ("Eight Indian navy veterans sentenced to death were released by Qatar, New Delhi said.",
     {("QAT", "INDMIL", "RETREAT")}),
    ("Two Australian citizens were freed by China after five years in detention.",
     {("CHN", "AUSCVL", "RETREAT")}),
    ("An American teacher was released by Russia in exchange for a Russian cryptocurrency criminal.",
     {("RUS", "USAEDU", "RETREAT")}),
    xfail(OPP_PRISONERS, "Nicaragua freed 222 political prisoners and sent them to the United States.",
          {("NIC", "NICOPP", "RETREAT")}),
    ("Azerbaijan released 32 Armenian soldiers as a goodwill gesture.", {("AZE", "ARMMIL", "RETREAT")}),
    ("Armenia released two Azerbaijani soldiers in return.", {("ARM", "AZEMIL", "RETREAT")}),
    ("Israel freed 90 Palestinian prisoners from its jails on Sunday.", {("ISR", "PSECVL", "RETREAT")}),
    ("Iran freed a French tourist held for two years, the French foreign ministry said.",
     {("IRN", "FRACVL", "RETREAT")}),
    ("Mali's junta released the detained Ivorian soldiers.", {("MLIMIL", "CIVMIL", "RETREAT")}),
    ("Pakistan handed over 14 Indian fishermen to India at the Wagah border.", {("PAK", "IND", "RETREAT")}),
    xfail(TARGET_IN_PP, "Russia returned 6 Ukrainian children to their families with Qatari mediation.",
          {("RUS", "UKRCVL", "RETREAT")}),
    xfail(RELEASED_COUNTRY, "Russia released a U.S. journalist on Thursday. It also freed a former Marine in "
                            "the same swap.", {("RUS", "USAJRN", "RETREAT"), ("RUS", "USA", "RETREAT")}),
    # a pardon is CONCEDE with RETREAT as the alternative; the coder writes the release (0841)
    ("Sri Lanka's president pardoned 300 prisoners on Independence Day.", {("LKAGOV", "LKACVL", "RETREAT")}),
    ("Russian opposition politician Ilya Yashin was pardoned by Putin and released in a prisoner swap.",
     {("RUSGOV", "RUSOPP", "RETREAT")}),
    ("Georgia's president pardoned a jailed journalist.", {("GEOGOV", "GEOJRN", "RETREAT")}),
    ("Myanmar's junta pardoned more than 9,000 prisoners to mark the Buddhist new year.",
     {("MMRMIL", "MMRCVL", "RETREAT")}),
    ("The Bangladeshi president pardoned opposition leader Khaleda Zia.", {("BGDGOV", "BGDOPP", "RETREAT")}),
    # -- RETREAT: withdrawals, disengagement, surrender, territory handed over --------------------------
    ("Russia withdrew its troops from the Kherson region in November 2022.", {("RUS", "UKR", "RETREAT")}),
    ("Israel withdrew its forces from southern Lebanon under the truce.", {("ISR", "LBN", "RETREAT")}),
    ("France completed the withdrawal of its troops from Niger.", {("FRA", "NER", "RETREAT")}),
    ("The United States pulled its last troops out of Niger.", {("USA", "NER", "RETREAT")}),
    ("India withdrew its military personnel from the Maldives.", {("IND", "MDV", "RETREAT")}),
    ("The Eritrean troops pulled out of the Tigray region under the peace deal.",
     {("ERIMIL", "ETH", "RETREAT")}),
    ("Chinese and Indian troops disengaged from the Depsang plains along the disputed border.",
     {("CHNMIL", "INDMIL", "RETREAT"), ("INDMIL", "CHNMIL", "RETREAT")}),
    xfail(BANK_AGENT, "Russian forces withdrew from the Dnipro river's west bank.",
          {("RUSMIL", "UKR", "RETREAT")}),
    xfail(AGENTLESS_PASSIVE, "Ethiopian troops were withdrawn from Somalia under the new agreement.",
          {("ETHMIL", "SOM", "RETREAT")}),
    xfail(CORRIDORS, "The Israeli military said it had withdrawn from the Netzarim corridor.",
          {("ISRMIL", "PSE", "RETREAT")}),
    ("Armenia handed over four villages to Azerbaijan in May 2024.", {("ARM", "AZE", "RETREAT")}),
    ("The United States handed over a military base to Niger's army on Sunday.",
     {("USA", "NERMIL", "RETREAT")}),
    ("Nigeria's army said 50 Boko Haram fighters surrendered with their weapons.",
     {("NGAREB", None, "RETREAT")}),
    ("South Sudan's rebels laid down their arms under the peace agreement.", {("SSDREB", None, "RETREAT")}),
    ("Syrian rebels handed over their weapons to the new authorities.", {("SYRREB", "SYRGOV", "RETREAT")}),
    ("Ukraine's army retreated from the town of Avdiivka.", {("UKRMIL", None, "RETREAT")}),
    # a halt to one's own attacks is de-escalation (087); the shipping attacked names no country
    ("The Houthis announced a halt to their attacks on shipping in the Red Sea.",
     {("YEMREB", None, "RETREAT")}),
    # -- ceasefires: one side's declared is RETREAT (0871), as gold's CONCEDE allows; agreed by two sides,
    # an agreement (AGREE, which every gold set accepts for them), by one a concession (CONCEDE, 0356) --
    ("Hezbollah and Israel agreed to a ceasefire on Tuesday.",
     {("ISR", "LBNREB", "AGREE"), ("LBNREB", "ISR", "AGREE")}),
    ("Israel declared a unilateral ceasefire in Gaza on Sunday.", {("ISR", "PSE", "RETREAT")}),
    ("Thailand and Cambodia agreed to an immediate ceasefire on Monday, Malaysia said.",
     {("KHM", "THA", "AGREE"), ("THA", "KHM", "AGREE")}),
    ("The Ethiopian government and the Tigray People's Liberation Front agreed to a permanent cessation of "
     "hostilities.", {("ETHGOV", "ETHPTY", "AGREE"), ("ETHPTY", "ETHGOV", "AGREE")}),
    ("Sudan's army declared a 72-hour truce for the Eid holiday.", {("SDNMIL", "SDNCVL", "RETREAT")}),
    ("The ELN rebels declared a unilateral ceasefire for the elections.", {("COLREB", "COLCVL", "RETREAT")}),
    ("The Pakistani army said the Afghan Taliban had agreed to a 48-hour ceasefire at Pakistan's request.",
     {("AFGGOV", "PAK", "CONCEDE")}),  # one side agreeing: its concession
    ("Colombia's government and the ELN rebels agreed to extend their ceasefire by six months.",
     {("COLGOV", "COLREB", "AGREE"), ("COLREB", "COLGOV", "AGREE")}),  # two sides: an agreement
    ("Qatar's prime minister said Israel and Hamas had agreed to a ceasefire and the release of hostages.",
     {("ISR", "PSEGOV", "AGREE"), ("PSEGOV", "ISR", "AGREE")}),
    # -- resignations: RETREAT with no target; an announced one is a concession to come ----------------
    ("Bangladesh Prime Minister Sheikh Hasina resigned and fled the country.", {("BGDELI", None, "RETREAT")}),
    ("Canadian Prime Minister Justin Trudeau resigned on Monday.", {("CANGOV", None, "RETREAT")}),
    ("Serbia's prime minister Milos Vucevic resigned amid mass protests.", {("SRBGOV", None, "RETREAT")}),
    ("Mongolia's prime minister resigned after losing a confidence vote.", {("MNGGOV", None, "RETREAT")}),
    ("Nepal's prime minister KP Sharma Oli stepped down after violent protests.",
     {("NPLGOV", None, "RETREAT")}),
    # announced, the resignation itself, as every gold set accepts (dev6, dev7, dev11, dev26)
    ("Japan's Prime Minister Fumio Kishida announced he would step down in September.",
     {("JPNELI", None, "RETREAT")}),
    # -- CONCEDE: restrictions eased or lifted, demands accepted, backing down -------------------------
    xfail(MARTIAL_PARSE, "South Korea's president Yoon Suk Yeol lifted martial law hours after declaring it.",
          {("KORGOV", "KORCVL", "RETREAT")}),
    ("Kenya's President William Ruto withdrew the finance bill after deadly protests.",
     {("KENGOV", "KENCVL", "CONCEDE")}),
    ("The Kenyan government withdrew the tax increases that had sparked deadly protests.",
     {("KENGOV", "KENCVL", "CONCEDE")}),
    ("Pakistan lifted a ban on the social media platform X.", {("PAK", "PAKCVL", "CONCEDE")}),
    ("China eased restrictions on Japanese seafood imports.", {("CHN", "JPN", "CONCEDE")}),
    ("The United States eased sanctions on Venezuela's oil sector.", {("USA", "VEN", "RETREAT")}),
    ("The European Union lifted sanctions on Syria's banks.", {("EUR", "SYRBUS", "RETREAT")}),
    ("The United States lifted sanctions on Syria's new government.", {("USA", "SYRGOV", "RETREAT")}),
    ("Washington eased restrictions on travel to Cuba, the State Department said.",
     {("USAGOV", "CUB", "CONCEDE")}),
    ("China lifted tariffs on Australian wine.", {("CHN", "AUS", "RETREAT")}),
    ("India lifted the ban on rice exports to Bangladesh.", {("IND", "BGD", "CONCEDE")}),
    ("Bangladesh's interim government lifted the curfew in Dhaka.", {("BGDGOV", "BGDCVL", "RETREAT")}),
    ("Sri Lanka lifted the state of emergency on Thursday.", {("LKA", "LKACVL", "RETREAT")}),
    ("Ecuador's president Daniel Noboa suspended the state of emergency in three provinces.",
     {("ECUGOV", "ECUCVL", "RETREAT")}),
    ("Tanzania's President Samia Suluhu Hassan lifted a ban on opposition rallies.",
     {("TZAGOV", "TZACVL", "CONCEDE")}),
    xfail(POSS_OF_MODIFIER, "Turkey lifted its veto on Sweden's NATO membership.",
          {("TUR", "SWE", "CONCEDE")}),
    ("Serbia's government accepted the demands of the striking students.", {("SRBGOV", "SRBCVL", "CONCEDE")}),
    ("Indonesia backed down on the plan to raise the tax after protests.", {("IDN", "IDNCVL", "CONCEDE")}),
    ("The Thai government agreed to the protesters' demands to scrap the law.",
     {("THAGOV", "THACVL", "CONCEDE")}),
    ("Georgia's ruling party backed down on the foreign agents law after protests.",
     {("GEOPTY", "GEOCVL", "CONCEDE")}),
    ("Panama's government agreed to suspend the mining contract after weeks of protests.",
     {("PANGOV", "PANCVL", "CONCEDE")}),
    ("Egypt opened the Rafah crossing to allow the evacuation of wounded Palestinians.",
     {("EGY", "PSE", "RETREAT")}),
    ("Bangladesh allowed UN agencies to deliver aid to Rohingya refugees in Bhasan Char.",
     {("BGD", "UNO", "RETREAT")}),
    ("Israel allowed aid trucks to enter northern Gaza through the Erez crossing.",
     {("ISR", "PSE", "RETREAT")}),
    ("Russia allowed IAEA inspectors to visit the Zaporizhzhia nuclear power plant.",
     {("RUS", "IGO", "RETREAT")}),
    ("Japan apologised to South Korea for wartime forced labour.", {("JPN", "KOR", "CONCEDE")}),
    ("India restored electronic visas for Canadian citizens.", {("IND", "CANCVL", "CONCEDE")}),
    ("India resumed visa services for Canadians.", {("IND", "CAN", "CONCEDE")}),
    # announced future concessions are CONCEDE (intent to yield, 035x)
    ("Armenia agreed to hand over four border villages to Azerbaijan.", {("ARM", "AZE", "CONCEDE")}),
    ("Colombia's FARC dissidents agreed to demobilise thousands of fighters.",
     {("COLREB", "COLCVL", "CONCEDE")}),
    ("The M23 rebels said they would withdraw from the town of Walikale.", {("CODREB", "CODCVL", "CONCEDE")}),
    ("India agreed to withdraw its military personnel from the Maldives by May.",
     {("IND", "MDV", "CONCEDE")}),
    ("Cuba said it would release 553 prisoners after talks with the Vatican.",
     {("CUB", "CUBCVL", "CONCEDE")}),
    ("Niger's military rulers agreed to release the ousted president's son.",
     {("NERMIL", "NERELI", "CONCEDE")}),
    ("Ukraine said it was ready to exchange all prisoners with Russia.", {("UKR", "RUS", "AGREE")}),
    ("Russia and Ukraine agreed in principle on a prisoner exchange, Ukrainian officials said.",
     {("RUS", "UKR", "AGREE"), ("UKR", "RUS", "AGREE")}),
    ("The Taliban government said it had agreed to allow U.N. female staff to return to work in "
     "Afghanistan.", {("AFGGOV", "UNO", "CONCEDE")}),
    # -- REJECT: refusals and negated agreements ---------------------------------------------------------
    ("Iran refused to release the detained French nationals.", {("IRN", "FRA", "REJECT")}),
    ("Tunisia's president Kais Saied refused to release jailed opposition figures.",
     {("TUNGOV", "TUNOPP", "REJECT")}),
    ("North Korea did not release the detained American soldier, U.S. officials said.",
     {("PRK", "USAMIL", "REJECT")}),
    ("Pakistan did not agree to India's proposal for talks.", {("PAK", "IND", "REJECT")}),
    ("Lebanon and Israel did not agree on the withdrawal timetable.",
     {("ISR", "LBN", "REJECT"), ("LBN", "ISR", "REJECT")}),
    ("Ethiopia refused to sign the agreement on the Nile dam.", {("ETH", None, "REJECT")}),
    xfail(CORRIDORS, "Israel refused to withdraw its troops from the Philadelphi corridor.",
          {("ISR", "PSE", "REJECT")}),
    ("Hamas rejected Israel's proposal for a ceasefire.", {("PSEGOV", "ISR", "REJECT")}),
    ("Slovakia refused to send weapons to Ukraine.", {("SVK", "UKR", "REJECT")}),
    ("Germany declined to provide Taurus cruise missiles to Kyiv.", {("DEU", "UKRGOV", "REJECT")}),
    ("Hungary blocked the EU aid package for Ukraine.", {("HUN", "EUR", "REJECT")}),
    ("Mexico rejected a U.S. offer to send troops to fight the cartels.", {("MEX", "USA", "REJECT")}),
    # -- AGREE: pledges, offers, readiness, intent to meet, visit, cooperate or aid ---------------------
    ("Japan pledged $4.5 billion in aid to Ukraine at the recovery conference in Berlin.",
     {("JPN", "UKR", "AGREE")}),
    ("Germany will deliver more Patriot air defence systems to Ukraine, the defence ministry said.",
     {("DEU", "UKR", "AGREE")}),
    ("The Netherlands will supply F-16 fighter jets to Ukraine, Dutch Prime Minister Mark Rutte said.",
     {("NLD", "UKR", "AGREE")}),
    ("The foreign ministry said Tokyo would provide patrol boats to the Philippines.",
     {("JPNGOV", "PHL", "AGREE")}),
    ("Qatar offered to provide humanitarian aid to Afghanistan.", {("QAT", "AFG", "AGREE")}),
    ("France promised to send more military instructors to Ukraine.", {("FRA", "UKR", "AGREE")}),
    ("China pledged to invest $50 billion in Africa over three years.", {("CHN", None, "AGREE")}),
    ("Saudi Arabia promised to invest $600 billion in the United States over four years.",
     {("SAU", "USA", "AGREE")}),
    ("India offered to help Sri Lanka restructure its debt.", {("IND", "LKA", "AGREE")}),
    ("Washington offered Taiwan a $2 billion arms package.", {("USAGOV", "TWN", "AGREE")}),
    ("After the earthquake, Taiwan offered to send rescue teams to Japan.", {("TWN", "JPN", "AGREE")}),
    ("Brazil said it was ready to help mediate between Russia and Ukraine.",
     {("BRA", "RUS", "AGREE"), ("BRA", "UKR", "AGREE")}),
    ("Indonesia signalled readiness to send peacekeepers to Gaza.", {("IDN", "PSE", "AGREE")}),
    ("Egypt and Qatar agreed to jointly mediate the Gaza talks.",
     {("EGY", "QAT", "AGREE"), ("QAT", "EGY", "AGREE")}),
    ("Iran and Saudi Arabia agreed to restore diplomatic ties in a deal brokered by China.",
     {("CHN", "IRN", "CONSULT"), ("CHN", "SAU", "CONSULT"),
      ("IRN", "SAU", "AGREE"), ("SAU", "IRN", "AGREE")}),
    # Trump is president-elect on the article date (USAOPP until 20 January 2025)
    ("Modi vowed to work with Trump on trade and security.", {("INDGOV", "USAOPP", "AGREE")}),
    ("Putin accepted an invitation to visit Mongolia.", {("RUSGOV", "MNG", "AGREE")}),
    ("Kim Jong Un promised to visit Russia at a convenient time, state media said.",
     {("PRKGOV", "RUS", "AGREE")}),
    ("Argentina's Milei said he intended to meet Xi Jinping in Beijing.", {("ARGGOV", "CHNGOV", "AGREE")}),
    ("Moldova's president said she was ready to meet Putin's envoy.", {("MDAGOV", "RUSGOV", "AGREE")}),
    ("Iran said it was ready to resume nuclear talks with the United States.", {("IRN", "USA", "AGREE")}),
    ("U.S. officials said China had agreed to resume military-to-military talks with Washington.",
     {("CHN", "USAGOV", "AGREE")}),
    ("Greek and Turkish leaders agreed to reopen talks on their maritime dispute.",
     {("GRCGOV", "TURGOV", "AGREE"), ("TURGOV", "GRCGOV", "AGREE")}),
    ("The Kosovo government agreed to the EU's proposal for an association of Serb municipalities.",
     {("XKXGOV", "EUR", "AGREE")}),
    ("South Korea and Japan agreed to share real-time intelligence on North Korean missiles.",
     {("JPN", "KOR", "AGREE"), ("KOR", "JPN", "AGREE")}),
    ("Ecuador and Colombia agreed to share intelligence on drug gangs.",
     {("COL", "ECU", "AGREE"), ("ECU", "COL", "AGREE")}),
    ("Pakistan and China agreed to jointly combat terrorism.",
     {("CHN", "PAK", "AGREE"), ("PAK", "CHN", "AGREE")}),
    ("Malaysia and Singapore agreed to cooperate on the special economic zone in Johor.",
     {("MYS", "SGP", "AGREE"), ("SGP", "MYS", "AGREE")}),
    ("Vietnam and the Philippines agreed to boost coast guard cooperation in the South China Sea.",
     {("PHL", "VNM", "AGREE"), ("VNM", "PHL", "AGREE")}),
    ("Sweden will join NATO's air policing mission over the Baltic, its defence minister said.",
     {("SWE", "IGOMIL", "AGREE")}),
    ("Japan will provide $1 billion in loans to Ukraine, Prime Minister Kishida told Zelenskiy.",
     {("JPN", "UKR", "AGREE")}),
    ("Canada pledged another 500 million dollars in military assistance for Kyiv.",
     {("CAN", "UKRGOV", "AGREE")}),
    ("Guatemala agreed to receive deportation flights from the United States.", {("GTM", "USA", "AGREE")}),
    xfail(AGREE_XCOMP, "Rwanda agreed to accept migrants deported from Britain.", {("RWA", "GBR", "AGREE")}),
    # pronouns across two sentences
    ("Polish President Andrzej Duda visited Kyiv on Sunday. He pledged more military support for Ukraine.",
     {("POLGOV", "UKR", "AGREE"), ("POLGOV", "UKRGOV", "CONSULT")}),
    ("Ghana's president John Mahama met Ivory Coast's president. He promised to step up security "
     "cooperation with Abidjan.",
     {("CIVGOV", "GHAGOV", "CONSULT"), ("GHAGOV", "CIVGOV", "CONSULT"), ("GHAGOV", "CIVGOV", "AGREE")}),
    # -- AID: economic, military, humanitarian, asylum, rescue, evacuation ------------------------------
    ("The European Union approved a 50 billion euro aid package for Ukraine on Thursday.",
     {("EUR", "UKR", "AID")}),
    ("A $2 billion aid package for Ukraine was announced by Washington on Friday.",
     {("USAGOV", "UKR", "AID")}),
    ("The United States sent 300 million dollars in military aid to Kyiv.", {("USA", "UKRGOV", "AID")}),
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank to shore up its reserves.",
     {("SAU", "PAKGOV", "AID")}),
    ("The IMF approved a $7 billion loan for Pakistan.", {("IGO", "PAK", "AID")}),
    ("The World Bank approved $500 million in financing for Kenya.", {("IGO", "KEN", "AID")}),
    ("The Philippines received two patrol vessels from Japan.", {("JPN", "PHL", "AID")}),
    ("Vietnam received a decommissioned coast guard ship from the United States.", {("USA", "VNM", "AID")}),
    ("Britain announced 100 million pounds of humanitarian aid for Sudan.", {("GBR", "SDN", "AID")}),
    ("The World Food Programme delivered food to 200,000 people in Sudan's Darfur region.",
     {("UNO", "SDNCVL", "AID")}),
    ("India sent relief supplies to Myanmar after the earthquake.", {("IND", "MMR", "AID")}),
    ("China donated vaccines to Cambodia.", {("CHN", "KHM", "AID")}),
    ("Turkey dispatched rescue teams to Morocco after the earthquake.", {("TUR", "MAR", "AID")}),
    ("Chile sent firefighters to Bolivia to fight forest fires.", {("CHL", "BOL", "AID")}),
    ("The United Arab Emirates built a field hospital in Gaza.", {("ARE", "PSE", "AID")}),
    ("Spain granted asylum to Venezuelan opposition leader Edmundo Gonzalez.", {("ESP", "VENOPP", "AID")}),
    ("Mexico granted political asylum to former Bolivian president Evo Morales.", {("MEX", "BOLOPP", "AID")}),
    ("Iraq granted refugee status to Syrians fleeing the fighting.", {("IRQ", "SYR", "AID")}),
    ("Indian troops rescued Nepalese trekkers stranded by floods.", {("INDMIL", "NPL", "AID")}),
    ("Brazilian troops helped Haitian police to secure the airport in Port-au-Prince.",
     {("BRAMIL", "HTICOP", "AID")}),
    ("Kenyan police officers arrived in Haiti to lead a multinational security mission.",
     {("KENCOP", "HTI", "AID")}),
    xfail(NOUN_SLOT, "Aid trucks from Egypt entered Gaza through the Rafah crossing on Sunday.",
          {("EGY", "PSE", "AID")}),
    xfail(EVACUEES, "India evacuated 1,000 Indian nationals from Sudan.", {("IND", "INDCVL", "AID")}),
    xfail(EVACUEES, "South Korea evacuated its nationals from Israel on a military aircraft.",
          {("KOR", "KORCVL", "AID")}),
    xfail(EVACUEES, "Poland evacuated its citizens from Lebanon on a military plane.",
          {("POL", "POLCVL", "AID")}),
    ("Kyiv received a new package of military aid from Sweden.", {("SWE", "UKRGOV", "AID")}),
    ("Algerian rescue teams arrived in Libya to help search for flood victims.", {("DZAMED", "LBY", "AID")}),
    ("Greece sent firefighting aircraft to help Turkey battle wildfires.", {("GRC", "TUR", "AID")}),
    ("A Chinese medical team arrived in Vanuatu after the earthquake.", {("CHNMED", "VUT", "AID")}),
    xfail(PART_OBJECT, "The Pentagon approved the sale of F-16 parts to Taiwan.", {("USAMIL", "TWN", "AID")}),
    # -- COOPERATE: joint exercises, patrols, intelligence, extraditions, suspects handed over ----------
    ("Indian and French warships held joint exercises in the Arabian Sea.",
     {("FRAMIL", "INDMIL", "COOPERATE"), ("INDMIL", "FRAMIL", "COOPERATE")}),
    ("Russia and China conducted joint naval drills in the Sea of Japan.",
     {("CHN", "RUS", "COOPERATE"), ("RUS", "CHN", "COOPERATE")}),
    ("The United States and the Philippines launched joint patrols in the South China Sea.",
     {("PHL", "USA", "COOPERATE"), ("USA", "PHL", "COOPERATE")}),
    ("Australian and Indonesian special forces trained together in Bali.",
     {("AUSMIL", "IDNMIL", "COOPERATE"), ("IDNMIL", "AUSMIL", "COOPERATE")}),
    xfail(JOINT_HYPHEN, "Japan joined U.S.-Philippine naval exercises in the South China Sea for the first "
                        "time.", {("JPN", "USA", "COOPERATE"), ("JPN", "PHL", "COOPERATE")}),
    ("Paraguay extradited a drug lord to the United States.", {("PRY", "USA", "COOPERATE")}),
    ("Colombia extradited the Clan del Golfo leader known as Otoniel to the United States.",
     {("COL", "USA", "COOPERATE")}),
    ("Morocco arrested and extradited a Belgian drug lord to Belgium.",
     {("MAR", "BEL", "COOPERATE"), ("MAR", "BELCRM", "COERCE")}),
    ("Mexico sent 29 cartel members to the United States.", {("MEX", "USA", "COOPERATE")}),
    ("Iraq handed over 50 Islamic State suspects to Syria's Kurdish authorities.",
     {("IRQ", "SYRGOV", "COOPERATE")}),
    ("Seoul and Washington staged large-scale joint air drills on Monday.",
     {("KORGOV", "USAGOV", "COOPERATE"), ("USAGOV", "KORGOV", "COOPERATE")}),
    ("The Philippines handed over former president Rodrigo Duterte to the International Criminal Court.",
     {("PHL", "IGOJUD", "COOPERATE")}),
    ("Japan and South Korea resumed their currency swap deal.",
     {("JPN", "KOR", "COOPERATE"), ("KOR", "JPN", "COOPERATE")}),
    # -- SUPPORT: signing and ratifying (AGREE as the alternative), recognition, ties, praise -----------
    ("China and Australia signed a trade deal on Tuesday.",
     {("AUS", "CHN", "SUPPORT"), ("CHN", "AUS", "SUPPORT")}),
    ("The European Union and Mercosur signed a trade agreement after 25 years of talks.",
     {("EUR", "IGO", "SUPPORT"), ("IGO", "EUR", "SUPPORT")}),
    ("Kenya and Haiti signed an agreement on the deployment of Kenyan police.",
     {("HTI", "KEN", "SUPPORT"), ("KEN", "HTI", "SUPPORT")}),
    ("Pakistan and Saudi Arabia signed a mutual defence pact on Wednesday.",
     {("PAK", "SAU", "SUPPORT"), ("SAU", "PAK", "SUPPORT")}),
    ("Congo and Rwanda signed a peace agreement in Washington on Friday.",
     {("COD", "RWA", "SUPPORT"), ("RWA", "COD", "SUPPORT")}),
    ("Armenia and Azerbaijan agreed on the text of a peace treaty.",
     {("ARM", "AZE", "SUPPORT"), ("AZE", "ARM", "SUPPORT")}),
    ("Indonesia and Australia signed a defence cooperation agreement.",
     {("AUS", "IDN", "SUPPORT"), ("IDN", "AUS", "SUPPORT")}),
    ("Ukraine and Poland signed a security pact in Warsaw.",
     {("POL", "UKR", "SUPPORT"), ("UKR", "POL", "SUPPORT")}),
    ("India and the United Arab Emirates signed a comprehensive economic partnership agreement.",
     {("ARE", "IND", "SUPPORT"), ("IND", "ARE", "SUPPORT")}),
    ("The Vatican and China renewed their agreement on the appointment of bishops.",
     {("CHN", "VAT", "SUPPORT"), ("VAT", "CHN", "SUPPORT")}),
    ("Vietnamese President Vo Van Thuong met Xi Jinping in Beijing. The two leaders signed 36 cooperation "
     "agreements.", {("CHNGOV", "VNMGOV", "CONSULT"), ("VNMGOV", "CHNGOV", "CONSULT"),
                     ("CHNGOV", "VNMGOV", "SUPPORT"), ("VNMGOV", "CHNGOV", "SUPPORT")}),
    xfail(SIGNING_ADVERBIAL, "Following the signing of a peace deal with Armenia, Azerbaijan's president "
                             "hailed a new era.", {("AZEGOV", "ARM", "SUPPORT")}),
    # a deal "between" two parties binds both; the broker mediates (045)
    ("China brokered a deal between Iran and Saudi Arabia to restore relations.",
     {("CHN", "IRN", "CONSULT"), ("CHN", "SAU", "CONSULT"),
      ("IRN", "SAU", "SUPPORT"), ("SAU", "IRN", "SUPPORT")}),
    ("Turkey helped broker the grain deal between Russia and Ukraine.",
     {("TUR", "RUS", "CONSULT"), ("TUR", "UKR", "CONSULT"),
      ("RUS", "UKR", "SUPPORT"), ("UKR", "RUS", "SUPPORT")}),
    ("Hungary's parliament ratified Sweden's accession to NATO.", {("HUNLEG", "SWE", "SUPPORT")}),
    ("Turkey's parliament ratified Sweden's bid to join NATO.", {("TURLEG", "SWE", "SUPPORT")}),
    ("Ukraine's parliament ratified the minerals deal with the United States.",
     {("UKRLEG", "USA", "SUPPORT")}),
    ("Albania ratified the migration deal with Italy.", {("ALB", "ITA", "SUPPORT")}),
    ("The Philippine Senate ratified a defence pact with Japan.", {("PHLLEG", "JPN", "SUPPORT")}),
    ("Saudi Arabia recognised the Palestinian state, the foreign ministry said.",
     {("SAU", "PSE", "SUPPORT")}),
    ("Spain, Ireland and Norway recognised a Palestinian state on Tuesday.",
     {("ESP", "PSE", "SUPPORT"), ("IRL", "PSE", "SUPPORT"), ("NOR", "PSE", "SUPPORT")}),
    ("Russia recognised the Taliban government in Afghanistan.", {("RUS", "AFGGOV", "SUPPORT")}),
    ("Honduras established diplomatic relations with China.",
     {("CHN", "HND", "SUPPORT"), ("HND", "CHN", "SUPPORT")}),
    ("Bahrain restored full diplomatic relations with Qatar.",
     {("BHR", "QAT", "SUPPORT"), ("QAT", "BHR", "SUPPORT")}),
    ("Egypt praised Qatar's role in brokering the truce.", {("EGY", "QAT", "SUPPORT")}),
    ("Biden praised Indian Prime Minister Narendra Modi for his visit to Kyiv.",
     {("USAGOV", "INDGOV", "SUPPORT")}),
    xfail(NOUN_SLOT, "The United Nations welcomed the release of political prisoners by Belarus.",
          {("UNO", "BLR", "SUPPORT"), ("BLR", "BLROPP", "RETREAT")}),
    ("France backed Morocco's autonomy plan for Western Sahara.", {("FRA", "MAR", "SUPPORT")}),
    ("Germany endorsed Ukraine's bid to join the European Union.", {("DEU", "UKR", "SUPPORT")}),
    ("South Africa's Ramaphosa endorsed the African Union's peace plan for Sudan.",
     {("ZAFGOV", "IGO", "SUPPORT")}),
    ("Egypt welcomed the ceasefire agreement between Israel and Hamas.",
     {("EGY", "ISR", "SUPPORT"), ("EGY", "PSEGOV", "SUPPORT")}),
    ("Turkey's Erdogan congratulated Trump on his election victory.", {("TURGOV", "USAOPP", "SUPPORT")}),
    ("Ghana hailed Nigeria's decision to reopen the border.", {("GHA", "NGA", "SUPPORT")}),
    ("The Kremlin praised Trump's call for peace talks on Ukraine.", {("RUSGOV", "USAOPP", "SUPPORT")}),
    ("Zelenskiy thanked Denmark for its military support.", {("UKRGOV", "DNK", "SUPPORT")}),
]


@pytest.mark.parametrize(("text", "expected"), EXACT)
def test_exact_rows(real_coder, text, expected):
    rows = real_coder.code_text(text, date=DATE)
    assert {(r["source_actor"], r["target_actor"], r["plover_type"]) for r in rows} == expected


CAPITAL_PLACE = ("'the slums of Buenos Aires': a capital inside an of-phrase of a place noun is read as its "
                 "government (ARGGOV), so the Pope's praise of volunteers becomes SUPPORT")
COMPANY_NOUN = ("'Nigeria's Dangote refinery': a company named by an unknown name and a lower-case noun "
                "('refinery') is not caught by company_heads (which test the last word of the name), so it "
                "takes the country")

# Decoys: a cooperative trigger word (agree, sign, release, free, lift, withdraw, support, welcome, hand
# over, pledge, pardon, rescue, resign, evacuate) and no political event at all.
NO_EVENT = [
    ("a takeover agreed", "Microsoft agreed to buy the gaming company for $69 billion."),
    ("an aircraft contract", "Boeing signed a contract with Air India for 200 jets."),
    ("a gas supply deal", "Shell signed a deal with a Chinese company to supply liquefied gas."),
    ("earnings released", "Nvidia released its quarterly earnings on Wednesday."),
    ("a documentary released", "Netflix released a documentary about the war."),
    ("an album released", "Taylor Swift released her new album on Friday."),
    ("an album by prisoners", "The prisoners' choir released a Christmas album."),
    ("funds freed up", "The central bank freed up funds for lending to small businesses."),
    ("a trophy lifted by a captain", "Argentina's captain Lionel Messi lifted the trophy in Qatar."),
    ("a trophy lifted by a club", "Real Madrid lifted the Champions League trophy on Saturday."),
    ("a player out of a tournament", "Naomi Osaka withdrew from the tournament with an injury."),
    ("a team out of a cup", "The Indian team withdrew from the Asia Cup over a dispute with organisers."),
    ("a currency finding support", "The rupee found support at 83 per dollar, traders said."),
    ("prices finding support", "Gold prices found support near $2,000 an ounce."),
    ("crude supported", "Brent crude was supported by supply cuts."),
    ("a baby welcomed", "Britain's Prince William and his wife welcomed a baby."),
    ("keys handed over", "The outgoing mayor handed over the keys of the city to his successor."),
    ("a coach's praise", "The coach praised his players after the win over Brazil."),
    ("a player signed", "Manchester United agreed to sign the Portuguese striker."),
    ("carmakers cooperating", "Toyota and Honda agreed to cooperate on electric vehicle batteries."),
    ("a tech partnership", "Apple and Google signed a partnership on artificial intelligence."),
    ("a carmaker leaving a market", "Japan's Nissan said it would withdraw from the Russian market."),
    ("a firm leaving a venture", "Britain's Shell said it would pull out of its joint venture with Gazprom."),
    ("an actor pardoned by a jury", "The actor was pardoned by the festival jury for being late."),
    ("a star pardoned by fans", "The tennis star was pardoned by her fans after the outburst."),
    ("hikers rescued", "Hikers were rescued by helicopter after getting lost in the Alps."),
    ("a fire rescue", "Firefighters rescued 20 people from a burning building in Manila."),
    ("miners rescued", "Rescue workers rescued 12 miners from a flooded mine in Zimbabwe."),
    ("a team welcomed home", "Fans welcomed the team home after the World Cup victory."),
    ("mortgage rules eased", "The central bank eased restrictions on mortgage lending."),
    ("monetary policy eased", "The Federal Reserve eased its policy by cutting rates a quarter point."),
    ("a player's ban lifted", "The football federation lifted the ban on the striker."),
    ("a school's ban lifted", "The school lifted its ban on mobile phones."),
    ("a boat received from a sponsor", "The team received a boat from its sponsor."),
    ("flights resumed by an airline", "The airline resumed flights to Bangkok after the typhoon."),
    ("workers released", "The company released 200 workers after the factory closed."),
    ("a corporate pledge to invest", "Samsung pledged to invest $17 billion in a chip plant in Texas."),
    ("a corporate pledge to hire", "Amazon pledged to hire 100,000 workers for the holiday season."),
    ("a charity's donation", "The hospital received a donation of medical equipment from a charity."),
    ("a painting returned", "The museum returned a stolen painting to its owner."),
    ("a sports body recognised", "The Olympic committee recognised the new sports federation."),
    xfail(CAPITAL_PLACE, "the Pope's praise of volunteers",
          "The Pope praised the work of volunteers in the slums of Buenos Aires."),
    ("a world tour", "The band announced a world tour to begin in Tokyo."),
    ("a player's contract", "The striker signed a three-year contract with Al Nassr."),
    ("investors welcoming a rate cut", "Investors welcomed the central bank's decision to cut rates."),
    ("a patent settlement", "The two tech giants agreed to settle the patent dispute."),
    xfail(COMPANY_NOUN, "a refinery's supply deal", "Nigeria's Dangote refinery agreed to supply fuel to "
                                                     "marketers."),
    ("a cyclist abandoning a race", "The cyclist abandoned the Tour de France after a crash."),
    ("fans thanked for support", "The singer thanked her fans for their support after the concert."),
    ("a storm easing", "The storm eased on Tuesday, allowing rescuers to reach the villages."),
    ("a player released by a club",
     "The Brazilian striker was released by his club after a failed drug test."),
    ("shares after a bailout", "Shares in the bank recovered after the government bailout was approved."),
    ("a cricket tour agreed", "The Indian cricket team agreed to tour Pakistan for the Champions Trophy."),
    ("turtles released", "Zoo officials released two rescued turtles into the sea."),
    ("a chess player resigning", "The chess champion resigned in the 40th move of the game."),
    ("streaming data shared", "Netflix and Disney agreed to share their streaming data with advertisers."),
    ("a stake bid", "A hedge fund offered to buy the stake for $2 billion."),
    ("passengers evacuated", "The airline evacuated passengers from the plane after a fire."),
    ("a fans' petition", "Supporters signed a petition calling for the coach to stay."),
    ("earnings pledged to charity", "The singer pledged her earnings to charity."),
]


@pytest.mark.parametrize(("guard", "text"), NO_EVENT)
def test_no_event(real_coder, guard, text):
    rows = real_coder.code_text(text, date=DATE)
    found = [(r["source_actor"], r["target_actor"], r["plover_type"]) for r in rows]
    assert found == [], f"{guard}: {text!r} gave {found}"


def test_enough_sentences():
    assert len(EXACT) >= 100
    assert len(NO_EVENT) >= 50
    assert len(EXACT) + len(NO_EVENT) >= 150
