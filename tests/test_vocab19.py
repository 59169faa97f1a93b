"""vocab19: wire-style sentences (2022-2025 news, every region) for the five weakest types on held-out
data: PROTEST, MOBILIZE and CONSULT precision, REJECT precision and recall, AGREE recall. Decoys hold a
trigger word of one of these types but no such event (fans celebrating, a funeral procession, a rally in
markets or sport, a rocket launched into space, a parade, a referendum, a business deal, a meeting that
is no consultation); the real events use nominal, promissory and refusal phrasing. Every sentence was
written for this project. Cases the engine still gets wrong are xfail with what it codes and why."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow
DATE = "2025-01-15"


def xfail(reason: str, *values):
    return pytest.param(*values, marks=pytest.mark.xfail(reason=reason))


# Engine limits seen in this file (the reason of each xfail names one).
VISIT_SLOT = ("a noun event that is the subject of another verb ('A visit by Modi to Moscow drew "
              "criticism') is only a slot of that verb, never coded itself")
HOSTED_PARSE = "the parser tags 'hosted' after a full name as a proper noun (compound), so there is no verb"
DISMISSED_PARSE = ("'dismissed Putin's ceasefire offer': the parser reads 'offer' as a verb whose subject "
                   "is 'ceasefire', so an AGREE by Putin is coded and the rejection is lost")
PARTICIPLE_PLACE = ("a participle after a place noun ('protested outside Netanyahu's residence demanding "
                    "a deal') takes the place's owner as its source (ISRGOV REQUEST)")
SIT_IN_PARSE = "the parser splits 'sit-in' into 'sit'/'in' and makes 'parliament' the object of 'staged'"
RELEASE_CAPTIVES = ("a release of hostages with no country named goes to the releaser's own public "
                    "(PSEGOV -> PSECVL); the captives' country is not looked for")
COORD_IN_NAME = ("'between the Democratic Republic of Congo and Rwanda': the parser hangs 'Rwanda' inside "
                 "the name's 'of' phrase, so the second party is lost")
REPORT_TAIL = ("with ', a UN report said' after it the 'on the Congolese border' target is lost (without "
               "the tail the same clause gives COD)")
ORDER_ALERT = ("an order to one's own army to raise its readiness is coded as a demand (100) to the army; "
               "CAMEO codes formal orders to go on alert as 152, and the nested MOBILIZE is dropped")
PLACE_PUNJAB = ("Punjab is in the gazetteer as Pakistan only: 'Indian farmers blocked highways in Punjab' "
                "is coded against PAK, not the Indian government")
CONFERENCE_HOST = ("an invitation to a conference named by its place ('the peace conference in Cairo') "
                   "gives no inviter: the target is left empty")
RULED_OUT_ACT = "'ruled out disarming': the refused act is coded as done (RETREAT 0873) beside the rejection"
MEETING_TOPIC = ("'The UN Security Council will meet to discuss the situation in Sudan' is coded as an "
                 "intent to meet Sudan (036, the recipient taken from the place of the topic)")
VOTERS_PARSE = ("'rejected a proposal to raise the retirement age in a referendum': the parser hangs 'in "
                "a referendum' on 'raise', so the voters' REJECT (120) stays")
ANNIVERSARY = ("a march 'to mark' an anniversary is coded as a protest (ARM -> ARMGOV): 'mark' is not a "
               "gathering aim, because dev7 labels 'marched into Novi Sad to mark a year since the canopy "
               "collapse' a protest; commemoration and protest are not told apart")
SIGN_UP_ADVCL = ("'signed up to help rebuild Gaza': the parser makes 'help' an adverbial clause of "
                 "'signed', and only a complement (xcomp) of a promise head is promised, so the aid is "
                 "coded as given")
COLUMBIA = ("'Students at Columbia University ... against the war in Gaza': the university is not a place "
            "of the gazetteer, so the protesters take the only country named, Gaza's")


# (sentence, exact set of (source, target, PLOVER type)); "None" is no target
EXACT = [
    # -- CONSULT: meetings, visits, calls, hosting, nominal talks ---------------------------------------
    ("Chinese Foreign Minister Wang Yi held talks with his Indian counterpart Subrahmanyam Jaishankar in "
     "New Delhi on Monday.", {("CHNGOV", "INDGOV", "CONSULT"), ("INDGOV", "CHNGOV", "CONSULT")}),
    ("After talks with Emmanuel Macron in Paris, Polish Prime Minister Donald Tusk said Europe must rearm.",
     {("FRAGOV", "POLGOV", "CONSULT"), ("POLGOV", "FRAGOV", "CONSULT")}),
    ("Saudi Crown Prince Mohammed bin Salman held a phone call with Iranian President Masoud Pezeshkian "
     "on Sunday.", {("IRNGOV", "SAUGOV", "CONSULT"), ("SAUGOV", "IRNGOV", "CONSULT")}),
    xfail(HOSTED_PARSE, "Kenyan President William Ruto hosted Somalia's president at State House in "
                        "Nairobi on Tuesday.",
                        {("KENGOV", "SOMGOV", "CONSULT"), ("SOMGOV", "KENGOV", "CONSULT")}),
    xfail(HOSTED_PARSE, "Kenyan President William Ruto hosted Somalia's President Hassan Sheikh Mohamud "
                        "in Nairobi.", {("KENGOV", "SOMGOV", "CONSULT"), ("SOMGOV", "KENGOV", "CONSULT")}),
    ("Chinese President Xi Jinping hosted Brazil's Lula in Beijing on Tuesday.",
     {("BRAGOV", "CHNGOV", "CONSULT"), ("CHNGOV", "BRAGOV", "CONSULT")}),
    ("French President Emmanuel Macron hosted Ukrainian President Volodymyr Zelenskiy at the Elysee "
     "Palace.", {("FRAGOV", "UKRGOV", "CONSULT"), ("UKRGOV", "FRAGOV", "CONSULT")}),
    xfail(VISIT_SLOT, "A visit by Indian Prime Minister Narendra Modi to Moscow drew criticism from Kyiv.",
                      {("UKRGOV", "INDGOV", "ACCUSE"), ("INDGOV", "RUSGOV", "CONSULT")}),
    ("Turkish President Tayyip Erdogan spoke by telephone with Russian President Vladimir Putin on Friday.",
     {("RUSGOV", "TURGOV", "CONSULT"), ("TURGOV", "RUSGOV", "CONSULT")}),
    ("Erdogan spoke via video link with Putin on Friday.",
     {("RUSGOV", "TURGOV", "CONSULT"), ("TURGOV", "RUSGOV", "CONSULT")}),
    ("Erdogan spoke by phone with Putin on Friday.",
     {("RUSGOV", "TURGOV", "CONSULT"), ("TURGOV", "RUSGOV", "CONSULT")}),
    ("Indian Prime Minister Narendra Modi spoke by phone with Ukrainian President Volodymyr Zelenskiy on "
     "Monday.", {("INDGOV", "UKRGOV", "CONSULT"), ("UKRGOV", "INDGOV", "CONSULT")}),
    ("South African President Cyril Ramaphosa received Zimbabwe's president in Pretoria on Wednesday.",
     {("ZAFGOV", "ZWEGOV", "CONSULT"), ("ZWEGOV", "ZAFGOV", "CONSULT")}),
    ("Brazil's Lula met Argentine President Javier Milei on the sidelines of the Mercosur summit.",
     {("ARGGOV", "BRAGOV", "CONSULT"), ("BRAGOV", "ARGGOV", "CONSULT")}),
    ("Japanese Prime Minister Shigeru Ishiba visited Jakarta on Saturday for talks with Indonesia's "
     "president.", {("JPNGOV", "IDNGOV", "CONSULT")}),
    ("U.S. Secretary of State Antony Blinken arrived in Cairo on Tuesday for talks on a Gaza ceasefire.",
     {("USAGOV", "EGYGOV", "CONSULT")}),
    ("Indonesian President Prabowo Subianto travelled to Beijing for talks with Chinese leader Xi Jinping.",
     {("IDNGOV", "CHNGOV", "CONSULT")}),
    ("Philippine and Chinese diplomats held talks in Manila on tensions in the South China Sea.",
     {("CHNGOV", "PHLGOV", "CONSULT"), ("PHLGOV", "CHNGOV", "CONSULT")}),
    ("The foreign ministers of Armenia and Azerbaijan met in Almaty for peace talks.",
     {("ARMGOV", "AZEGOV", "CONSULT"), ("AZEGOV", "ARMGOV", "CONSULT")}),
    ("Vietnam's Communist Party chief To Lam paid a state visit to Laos on Thursday.",
     {("VNMPTY", "LAO", "CONSULT")}),
    ("Pakistan's army chief held talks with Chinese officials in Beijing during a three-day visit.",
     {("CHNGOV", "PAKMIL", "CONSULT"), ("PAKMIL", "CHNGOV", "CONSULT")}),
    ("Colombian President Gustavo Petro received a delegation of the ELN rebels in Bogota.",
     {("COLGOV", "COLREB", "CONSULT"), ("COLREB", "COLGOV", "CONSULT")}),
    ("Egypt's President Abdel Fattah al-Sisi discussed the Gaza war with Jordan's King Abdullah in a "
     "phone call.", {("EGYGOV", "JORGOV", "CONSULT"), ("JORGOV", "EGYGOV", "CONSULT")}),
    # a visitor welcomed to a place is hosted, both ways; a call received is the caller's call
    ("Malaysia's prime minister Anwar Ibrahim welcomed Thai Prime Minister Paetongtarn Shinawatra to "
     "Putrajaya for talks.", {("MYSGOV", "THAGOV", "CONSULT"), ("THAGOV", "MYSGOV", "CONSULT")}),
    ("The Saudi crown prince welcomed Syria's president to Riyadh on Monday.",
     {("SAUGOV", "SYRGOV", "CONSULT"), ("SYRGOV", "SAUGOV", "CONSULT")}),
    ("Qatar's emir received a phone call from U.S. President Joe Biden on Monday.",
     {("QATGOV", "USAGOV", "CONSULT"), ("USAGOV", "QATGOV", "CONSULT")}),
    # -- AGREE: pledges, offers, readiness, agreement in principle -------------------------------------
    ("Japan pledged $5 billion in aid to Ukraine on Monday.", {("JPN", "UKR", "AGREE")}),
    xfail(COORD_IN_NAME, "Qatar offered to mediate between the Democratic Republic of Congo and Rwanda.",
                         {("QAT", "COD", "AGREE"), ("QAT", "RWA", "AGREE")}),
    ("The United Arab Emirates offered to mediate between Russia and Ukraine on prisoner exchanges.",
     {("ARE", "RUS", "AGREE"), ("ARE", "UKR", "AGREE")}),
    ("Iran signalled readiness to resume nuclear talks with the United States.", {("IRN", "USA", "AGREE")}),
    ("Serbia and Kosovo agreed in principle to an EU plan to normalise relations.",
     {("SRB", "XKX", "AGREE"), ("XKX", "SRB", "AGREE")}),
    ("Israel agreed in principle to a U.S. proposal for a hostage deal.", {("ISR", "USA", "AGREE")}),
    # an agreement reached is a commitment of both sides (AGREE, as every gold set labels it)
    ("Armenia and Azerbaijan reached agreement on the text of a peace treaty, officials said on Thursday.",
     {("ARM", "AZE", "AGREE"), ("AZE", "ARM", "AGREE")}),
    ("The United States and Ukraine reached a deal on critical minerals on Wednesday.",
     {("UKR", "USA", "AGREE"), ("USA", "UKR", "AGREE")}),
    ("Thailand and Cambodia agreed to a ceasefire after talks in Kuala Lumpur.",
     {("KHM", "THA", "CONSULT"), ("THA", "KHM", "CONSULT"), ("KHM", "THA", "AGREE"),
      ("THA", "KHM", "AGREE")}),
    ("Saudi Arabia promised to invest $600 billion in the United States.", {("SAU", "USA", "AGREE")}),
    ("India offered to send relief supplies to earthquake-hit Myanmar.", {("IND", "MMR", "AGREE")}),
    ("The European Union vowed to help Moldova reduce its dependence on Russian gas.",
     {("EUR", "MDA", "AGREE")}),
    ("Turkey offered to host peace talks between Russia and Ukraine.",
     {("TUR", "RUS", "AGREE"), ("TUR", "UKR", "AGREE")}),
    xfail(RELEASE_CAPTIVES, "Hamas said it was ready to release all the hostages in exchange for an end "
                            "to the war.", {("PSEGOV", "ISR", "CONCEDE")}),
    ("Ethiopia and Somalia agreed to restore diplomatic ties after talks in Ankara.",
     {("ETH", "SOM", "AGREE"), ("SOM", "ETH", "AGREE"), ("ETH", "SOM", "CONSULT"),
      ("SOM", "ETH", "CONSULT")}),
    ("Iran and Saudi Arabia agreed to reopen their embassies within two months.",
     {("IRN", "SAU", "AGREE"), ("SAU", "IRN", "AGREE")}),
    ("Germany pledged to deliver four more Patriot systems to Ukraine.", {("DEU", "UKR", "AGREE")}),
    ("China offered to help rebuild Syria.", {("CHN", "SYR", "AGREE")}),
    ("Indonesia said it was willing to send peacekeepers to Gaza.", {("IDN", "PSE", "AGREE")}),
    ("Venezuela and Guyana agreed not to use force in their border dispute.",
     {("GUY", "VEN", "AGREE"), ("VEN", "GUY", "AGREE")}),
    ("Russia expressed willingness to hold talks with Ukraine in Istanbul.", {("RUS", "UKR", "AGREE")}),
    ("Nigeria promised to help Niger restore constitutional order.", {("NGA", "NER", "AGREE")}),
    ("The Taliban agreed to allow polio vaccinations across Afghanistan, the World Health Organization "
     "said.", {("AFGGOV", "AFGCVL", "CONCEDE")}),
    ("Mexico agreed to send 10,000 troops to its border with the United States.", {("MEX", "USA", "AGREE")}),
    ("Canada committed to buy 88 F-35 fighter jets from the United States.", {("CAN", "USA", "AGREE")}),
    ("Israel and Hezbollah agreed to a ceasefire brokered by the United States and France.",
     {("FRA", "ISR", "CONSULT"), ("FRA", "LBNREB", "CONSULT"), ("USA", "ISR", "CONSULT"),
      ("USA", "LBNREB", "CONSULT"), ("ISR", "LBNREB", "AGREE"), ("LBNREB", "ISR", "AGREE")}),
    ("The EU offered Ukraine a path to membership at the Brussels summit.", {("EUR", "UKR", "AGREE")}),
    ("Pakistan's army chief pledged support to the Saudi leadership during a visit to Riyadh.",
     {("PAKMIL", "SAU", "AGREE"), ("PAKMIL", "SAUGOV", "CONSULT")}),
    ("The Philippines and Japan agreed to deepen defence ties during talks in Manila.",
     {("JPN", "PHL", "AGREE"), ("PHL", "JPN", "AGREE"), ("JPN", "PHL", "CONSULT"),
      ("PHL", "JPN", "CONSULT")}),
    ("Iran said it was open to indirect talks with the United States.", {("IRN", "USA", "AGREE")}),
    ("Beijing agreed to resume high-level military talks with Washington.", {("CHNGOV", "USAGOV", "AGREE")}),
    ("Armenia's prime minister signalled his readiness to sign the peace treaty with Azerbaijan.",
     {("ARMGOV", "AZE", "AGREE")}),
    ("The IMF reached a staff-level agreement with Sri Lanka on a $2.9 billion loan.",
     {("IGO", "LKA", "AGREE"), ("LKA", "IGO", "AGREE")}),
    ("Britain pledged 3 billion pounds a year in military aid to Ukraine.", {("GBR", "UKR", "AGREE")}),
    ("Cuba offered to help Haiti with doctors after the hurricane.", {("CUB", "HTI", "AGREE")}),
    ("North Korea's Kim Jong Un vowed to support Russia's war in Ukraine.", {("PRKGOV", "RUS", "AGREE")}),
    ("Japan and South Korea agreed to resume regular summit visits.",
     {("JPN", "KOR", "AGREE"), ("KOR", "JPN", "AGREE")}),
    ("Kyrgyzstan and Tajikistan agreed on the demarcation of their border.",
     {("KGZ", "TJK", "AGREE"), ("TJK", "KGZ", "AGREE")}),
    ("Japan signed on to fund the reconstruction of Ukraine's power grid.", {("JPN", "UKR", "AGREE")}),
    xfail(SIGN_UP_ADVCL, "Egypt signed up to help rebuild Gaza.", {("EGY", "PSE", "AGREE")}),
    ("India and France signed a deal to build submarines.",
     {("FRA", "IND", "SUPPORT"), ("IND", "FRA", "SUPPORT")}),
    ("Chile pledged to back Argentina's bid to host the 2030 World Cup.", {("CHL", "ARG", "AGREE")}),
    ("Morocco offered to host talks between rival Libyan factions.", {("MAR", "LBY", "AGREE")}),
    ("Poland promised to take in more Ukrainian refugees.", {("POL", "UKRREF", "AGREE")}),
    ("Azerbaijan said it was prepared to sign a peace deal with Armenia by the end of the year.",
     {("AZE", "ARM", "AGREE")}),
    ("Iraq agreed to extradite the suspects to Turkey.", {("IRQ", "TUR", "AGREE")}),
    ("Ukraine's foreign minister paid a surprise visit to Beijing on Wednesday.",
     {("UKRGOV", "CHNGOV", "CONSULT")}),
    ("Hungary's Viktor Orban flew to Moscow for talks with Putin on Friday.",
     {("HUNGOV", "RUSGOV", "CONSULT")}),
    ("The leaders of Kenya and Tanzania discussed trade barriers by video link.",
     {("KENGOV", "TZAGOV", "CONSULT"), ("TZAGOV", "KENGOV", "CONSULT")}),
    ("Bangladesh's interim leader Muhammad Yunus met Pakistan's prime minister on the sidelines of the UN "
     "General Assembly.", {("BGDGOV", "PAKGOV", "CONSULT"), ("PAKGOV", "BGDGOV", "CONSULT")}),
    # -- REJECT: turned down, ruled out, spurned, snubbed, walked out, vetoed, pulled out ---------------
    ("Ukraine turned down a Russian proposal for a 30-day truce.", {("UKR", "RUS", "REJECT")}),
    ("The Kremlin ruled out talks with Zelenskiy.", {("RUSGOV", "UKRGOV", "REJECT")}),
    ("North Korea spurned a South Korean offer of talks.", {("PRK", "KOR", "REJECT")}),
    ("Hungary snubbed an EU summit in Brussels on Thursday.", {("HUN", "EUR", "REJECT")}),
    ("Sudan's army walked out of talks with the RSF in Jeddah.", {("SDNMIL", "SDNREB", "REJECT")}),
    ("Sudan's army chief rejected talks with the RSF.", {("SDNMIL", "SDNREB", "REJECT")}),
    # a boycott is CAMEO 143 (PROTEST); a boycotted dialogue offered is a rejected meeting (125)
    ("Opposition parties in Bangladesh boycotted the January election.", {("BGDOPP", "BGDGOV", "PROTEST")}),
    ("Senegal's main opposition party boycotted the national dialogue called by President Bassirou "
     "Diomaye Faye.", {("SENPTY", "SENGOV", "REJECT")}),
    ("Iran rejected a U.S. demand to halt uranium enrichment.", {("IRN", "USA", "REJECT")}),
    ("Israel rejected the ceasefire proposal put forward by Egypt and Qatar.",
     {("ISR", "EGY", "REJECT"), ("ISR", "QAT", "REJECT")}),
    ("Venezuela refused to accept deportation flights from the United States.", {("VEN", "USA", "REJECT")}),
    ("Mali's junta rejected ECOWAS's demand to hold elections by February.", {("MLIMIL", "IGO", "REJECT")}),
    ("Niger's military rulers turned down an offer of mediation from Nigeria.",
     {("NERMIL", "NGA", "REJECT")}),
    ("Hamas rejected an Israeli proposal for a 45-day ceasefire.", {("PSEGOV", "ISR", "REJECT")}),
    ("Colombia's president refused to accept U.S. military flights carrying deported migrants.",
     {("COLGOV", "USA", "REJECT")}),
    ("Poland vetoed an EU migration pact on Friday.", {("POL", "EUR", "REJECT")}),
    ("Russia pulled out of the Black Sea grain deal on Monday.", {("RUS", None, "REJECT")}),
    ("Georgia's ruling party said it would not hold talks with the opposition.",
     {("GEOPTY", "GEOOPP", "REJECT")}),
    ("India rejected Pakistan's offer of talks on Kashmir.", {("IND", "PAK", "REJECT")}),
    ("Myanmar's junta rebuffed an ASEAN peace plan.", {("MMRMIL", "IGO", "REJECT")}),
    xfail(DISMISSED_PARSE, "Zelenskiy dismissed Putin's ceasefire offer as a trap.",
                           {("UKRGOV", "RUSGOV", "REJECT")}),
    ("Zelenskiy dismissed Putin's offer of a ceasefire as a trap.", {("UKRGOV", "RUSGOV", "REJECT")}),
    xfail(CONFERENCE_HOST, "Israel declined an invitation to the peace conference in Cairo.",
                           {("ISR", "EGY", "REJECT")}),
    ("Ethiopia refused to sign the Nile dam deal with Egypt and Sudan.",
     {("ETH", "EGY", "REJECT"), ("ETH", "SDN", "REJECT")}),
    ("Russia rejected a U.N. call for a humanitarian ceasefire in Ukraine.", {("RUS", "UNO", "REJECT")}),
    ("Niger's junta refused to let ECOWAS envoys enter the country.", {("NERMIL", "IGOGOV", "REJECT")}),
    ("Beijing rebuffed a U.S. request for a meeting between the two defence ministers.",
     {("CHNGOV", "USA", "REJECT")}),
    # before his term
    ("Trump rejected Zelenskiy's request for Tomahawk missiles.", {("USAOPP", "UKRGOV", "REJECT")}),
    ("Kosovo spurned an EU demand to cut the number of police in the Serb-majority north.",
     {("XKX", "EUR", "REJECT")}),
    ("Thailand rejected Cambodia's request to take the border dispute to the International Court of "
     "Justice.", {("THA", "KHM", "REJECT")}),
    ("Taiwan rebuffed Beijing's offer of reunification talks.", {("TWN", "CHNGOV", "REJECT")}),
    ("Pakistan turned down India's invitation to the Shanghai Cooperation Organisation meeting.",
     {("PAK", "IND", "REJECT")}),
    ("Serbia refused to recognise Kosovo's independence.", {("SRB", "XKX", "REJECT")}),
    xfail(RULED_OUT_ACT, "Hezbollah ruled out disarming while Israel occupies Lebanese territory.",
                         {("ISR", "LBN", "COERCE"), ("LBNREB", None, "REJECT")}),
    # -- PROTEST: streets, sit-ins, hunger strikes, effigies, blockades, walkouts -----------------------
    ("Thousands of Serbians took to the streets of Belgrade to protest against corruption.",
     {("SRB", "SRBGOV", "PROTEST")}),
    xfail(SIT_IN_PARSE, "Kenyan activists staged a sit-in outside parliament against the finance bill.",
                        {("KENSOC", "KENLEG", "PROTEST")}),
    ("Jailed Egyptian activist Alaa Abd El-Fattah went on hunger strike in prison.",
     {("EGYSOC", "EGYGOV", "PROTEST")}),
    ("Protesters in Dhaka burned effigies of the Indian prime minister.", {("BGDCVL", "INDGOV", "PROTEST")}),
    xfail(PLACE_PUNJAB, "Indian farmers blocked highways in Punjab to demand guaranteed crop prices.",
                        {("INDAGR", "INDGOV", "PROTEST")}),
    ("Georgian protesters rallied outside parliament in Tbilisi against the foreign agents law.",
     {("GEOCVL", "GEOLEG", "PROTEST")}),
    ("French farmers blocked roads around Paris to protest against EU trade deals.",
     {("FRAAGR", "EUR", "PROTEST")}),
    ("Students in Bangladesh demonstrated against the government's job quota system.",
     {("BGDEDU", "BGDGOV", "PROTEST")}),
    xfail(PARTICIPLE_PLACE, "Hundreds of Israelis protested outside Netanyahu's residence demanding a "
                            "hostage deal.", {("ISR", "ISRGOV", "PROTEST")}),
    ("Nurses in Nigeria went on strike over unpaid wages.", {("NGAMED", "NGAGOV", "PROTEST")}),
    ("Thousands of Argentines marched against President Javier Milei's spending cuts.",
     {("ARG", "ARGGOV", "PROTEST")}),
    ("Opposition supporters in Mozambique clashed with police while protesting against the election "
     "results.", {("MOZOPP", "MOZCOP", "PROTEST")}),
    ("Pakistani lawyers boycotted the courts in protest against the constitutional amendment.",
     {("PAKJUD", "PAKGOV", "PROTEST")}),
    ("Protesters in Jakarta set fire to the regional parliament building.",
     {("IDNCVL", "IDNGOV", "PROTEST")}),
    ("Thousands of Indonesians rallied in Jakarta against lawmakers' allowances.",
     {("IDN", "IDNGOV", "PROTEST")}),
    ("Turkish students marched on the Istanbul mayor's office after the arrest of Ekrem Imamoglu.",
     {("TUREDU", "TURGOV", "PROTEST")}),
    ("Greek workers staged a 24-hour general strike against the government's labour reform.",
     {("GRCLAB", "GRCGOV", "PROTEST")}),
    ("Kenyan youths demonstrated outside the U.S. embassy in Nairobi.", {("KENCVL", "USAGOV", "PROTEST")}),
    ("Pakistani opposition lawmakers walked out of parliament to protest the arrest of party leaders.",
     {("PAKOPP", "PAKLEG", "PROTEST")}),
    ("Workers at Bangladesh's garment factories blocked highways outside Dhaka demanding higher wages.",
     {("BGDLAB", "BGDGOV", "PROTEST")}),
    ("Doctors in South Korea walked out of hospitals to protest against a plan to raise medical school "
     "admissions.", {("KORMED", "KORGOV", "PROTEST")}),
    ("Activists in Nairobi burned tyres and blocked roads in protest against police killings.",
     {("KENSOC", "KENGOV", "PROTEST")}),
    ("Thousands of Moroccans rallied in Rabat in solidarity with the Palestinians.",
     {("MAR", "MARGOV", "PROTEST")}),
    ("A Palestinian prisoner in an Israeli jail went on hunger strike to protest his detention without "
     "charge.", {("PSECVL", "ISRGOV", "PROTEST")}),
    ("Bolivian farmers blocked highways to demand the resignation of President Luis Arce.",
     {("BOLAGR", "BOLGOV", "PROTEST")}),
    ("Georgian opposition lawmakers boycotted parliament after the disputed election.",
     {("GEOOPP", "GEOLEG", "PROTEST")}),
    ("Panamanian teachers went on strike against the pension reform.", {("PANEDU", "PANGOV", "PROTEST")}),
    xfail(COLUMBIA, "Students at Columbia University set up tents to protest against the war in Gaza.",
                    {("USAEDU", "USAGOV", "PROTEST")}),
    ("Peruvian truckers blocked roads across the country to protest against rising crime.",
     {("PERLAB", "PERGOV", "PROTEST")}),
    ("Thousands of Mongolians staged a rally in Ulaanbaatar demanding the prime minister's resignation.",
     {("MNG", "MNGGOV", "PROTEST")}),
    ("Tunisian journalists held a sit-in in Tunis against the jailing of a colleague.",
     {("TUNJRN", "TUNGOV", "PROTEST")}),
    ("Women in Iran burned their headscarves in protest.", {("IRNCVL", "IRNGOV", "PROTEST")}),
    ("China put its forces on alert after Taiwan's president transited through the United States.",
     {("CHN", None, "MOBILIZE")}),
    ("Iran moved missile launchers to its western border.", {("IRN", None, "MOBILIZE")}),
    # a military parade is a show of force (CAMEO's PARADE, 150), also to mark an anniversary
    ("North Korea held a military parade in Pyongyang to mark the 75th anniversary of its army.",
     {("PRK", None, "MOBILIZE")}),
    ("Myanmar's junta called up reservists and conscripts.", {("MMRMIL", None, "MOBILIZE")}),
    ("India's navy deployed destroyers to the Arabian Sea after the Houthi attacks.",
     {("INDMIL", None, "MOBILIZE")}),
    # -- MOBILIZE: alerts, massing, deployments, call-ups, drills ---------------------------------------
    ("Taiwan put its troops on high alert after Chinese warships were spotted near the island.",
     {("TWN", None, "MOBILIZE")}),
    ("Russia massed troops on the Ukrainian border.", {("RUS", "UKR", "MOBILIZE")}),
    ("Rwanda massed troops on the Congolese border.", {("RWA", "COD", "MOBILIZE")}),
    xfail(REPORT_TAIL, "Rwanda's army massed troops on the Congolese border, a UN report said.",
                       {("RWAMIL", "COD", "MOBILIZE")}),
    ("The United States deployed warships to the Caribbean off Venezuela.", {("USA", "VEN", "MOBILIZE")}),
    ("Israel called up 60,000 reservists for the offensive on Gaza City.", {("ISR", None, "MOBILIZE")}),
    ("China held live-fire drills around Taiwan on Tuesday.", {("CHN", "TWN", "MOBILIZE")}),
    ("South Korea's military raised its readiness posture after the North fired artillery near the border.",
     {("KORMIL", None, "MOBILIZE")}),
    ("Venezuela deployed troops to its border with Colombia.", {("VEN", "COL", "MOBILIZE")}),
    ("India moved additional troops to the Line of Actual Control in Ladakh.", {("IND", None, "MOBILIZE")}),
    ("Iran's Revolutionary Guards staged naval exercises in the Strait of Hormuz.",
     {("IRNMIL", None, "MOBILIZE")}),
    ("Thailand sent troops and tanks to its border with Cambodia.", {("THA", "KHM", "MOBILIZE")}),
    ("Pakistan placed its air force on high alert after India's strikes.", {("PAK", None, "MOBILIZE")}),
    # drills near a border are aimed at no one named (as test_vocabulary's Thai drills near the Cambodian bord
    ("Belarus began snap military exercises near the Polish border.", {("BLR", None, "MOBILIZE")}),
    ("Russia held military drills near the Finnish border.", {("RUS", None, "MOBILIZE")}),
    ("Russia held naval drills near Kaliningrad.", {("RUS", None, "MOBILIZE")}),  # its own territory
    ("Belarus began snap military exercises on Tuesday.", {("BLR", None, "MOBILIZE")}),
    ("Russia mobilised 300,000 reservists to fight in Ukraine.", {("RUS", None, "MOBILIZE")}),
    ("Ecuador's president deployed soldiers to the prisons.", {("ECUGOV", None, "MOBILIZE")}),
    ("North Korea put its front-line units on combat alert.", {("PRK", None, "MOBILIZE")}),
    ("Iran's military held large-scale air defence drills around its nuclear facilities.",
     {("IRNMIL", None, "MOBILIZE")}),
    ("The Philippines deployed coast guard ships to Scarborough Shoal.", {("PHL", None, "MOBILIZE")}),
    ("China sent aircraft carriers into waters near Japan.", {("CHN", "JPN", "MOBILIZE")}),
    ("Azerbaijan massed troops near the border with Armenia in September.", {("AZE", "ARM", "MOBILIZE")}),
    xfail(ORDER_ALERT, "Serbian President Aleksandar Vucic ordered the army to raise its combat readiness "
                       "near Kosovo.", {("SRBGOV", "XKX", "MOBILIZE")}),
    ("Guyana put its defence forces on alert after Venezuela's referendum.", {("GUY", None, "MOBILIZE")}),
    ("Iran test-fired a new ballistic missile on Saturday.", {("IRN", None, "MOBILIZE")}),
    ("Taiwan scrambled jets and deployed warships after Chinese aircraft crossed the median line.",
     {("TWN", None, "MOBILIZE")}),
    ("Russia reinforced its troops in Kaliningrad.", {("RUS", None, "MOBILIZE")}),
    ("The Sri Lankan government deployed troops in Colombo ahead of the protests.",
     {("LKAGOV", None, "MOBILIZE")}),
    ("The Houthis vowed to keep attacking ships linked to Israel.", {("YEMREB", "ISR", "THREATEN")}),
]


@pytest.mark.parametrize(("text", "expected"), EXACT)
def test_exact_rows(real_coder, text, expected):
    rows = real_coder.code_text(text, date=DATE)
    assert {(r["source_actor"], r["target_actor"], r["plover_type"]) for r in rows} == expected


# Decoys: a trigger word of PROTEST, MOBILIZE, CONSULT, REJECT or AGREE (or an attack word) and no
# political event at all.
NO_EVENT = [
    # PROTEST look-alikes: celebration, mourning, pilgrimage, commemoration, sport, markets, labour in sport
    ("fans celebrating", "Thousands of Argentina fans celebrated in the streets of Buenos Aires after the "
                         "World Cup final."),
    ("a funeral procession", "Mourners marched behind the coffin of Pope Francis through the streets of "
                             "Rome on Saturday."),
    xfail(ANNIVERSARY, "a march to mark an anniversary",
          "Thousands of Armenians marched in Yerevan on Monday to mark the anniversary of the 1915 "
          "killings."),
    ("a footballer's strike", "Manchester United striker Marcus Rashford went on strike over a contract "
                              "dispute, his agent said."),
    ("a rally in markets", "Asian stocks rallied on Tuesday as investors bet on a U.S. interest rate cut."),
    ("a rally in tennis", "Novak Djokovic rallied from two sets down to beat Jannik Sinner in the "
                          "Wimbledon semi-final."),
    ("a rally in a match", "Rafael Nadal rallied to win the match in five sets."),
    ("a currency rally", "The Kenyan shilling rallied against the dollar on Monday."),
    ("fans in the streets", "Indonesian football fans took to the streets of Jakarta to celebrate the "
                            "team's win."),
    ("fans marching after a win", "Fans of Morocco marched through Paris after the team reached the World "
                                  "Cup semi-final."),
    ("fans with flares", "Fans of Galatasaray burned flares and marched through Istanbul after the title "
                         "win."),
    ("football fans and police", "Football fans clashed with police outside the stadium in Buenos Aires "
                                 "after the match."),
    ("a strike ended in Hollywood", "Hollywood writers ended their strike after reaching a deal with the "
                                    "studios."),
    ("a gathering to mark a national day", "Thousands gathered in Kyiv's Maidan square to mark "
                                           "Independence Day."),
    ("a gathering to mourn", "Thousands of Ukrainians gathered in central Kyiv to mourn the victims of "
                             "the missile strike."),
    ("a festival procession", "Tens of thousands of Hindu devotees marched to the Ganges for the Kumbh "
                              "Mela festival."),
    ("a lantern parade", "Students in Seoul marched in a lantern parade to celebrate Buddha's birthday."),
    ("truck drivers celebrating", "Polish truck drivers celebrated their team's victory at the European "
                                  "championship."),
    ("a pilgrimage to a shrine", "Thousands of pilgrims marched to the Basilica of Guadalupe in Mexico "
                                 "City."),
    ("a pilgrimage for a festival", "Iraqi Shi'ite pilgrims marched to Karbala for Arbaeen."),
    ("a pilgrims' procession", "Christian pilgrims marched through the Old City of Jerusalem on Good "
                               "Friday."),
    ("mourners marching", "Mourners marched through the streets of Tehran on Thursday."),
    # MOBILIZE look-alikes: space launches, parades, troops home, ceremonies
    ("a lunar mission", "India launched a rocket carrying a lunar lander into space on Friday."),
    ("a rocket from a space centre", "Japan's space agency launched its H3 rocket from the Tanegashima "
                                     "Space Center."),
    ("a crewed launch", "Russia launched a Soyuz rocket carrying three astronauts to the International "
                        "Space Station."),
    ("a satellite into orbit", "The Brazilian space agency launched a satellite into orbit on Thursday."),
    ("cosmonauts back on Earth", "Russian cosmonauts returned to Earth after six months on the "
                                 "International Space Station."),
    ("a Victory Day parade", "Soldiers and tanks paraded through Moscow's Red Square on Victory Day."),
    ("troops marching in a national-day parade", "French troops marched down the Champs-Elysees in the "
                                                 "Bastille Day military parade."),
    ("a parade on Armed Forces Day", "The Indonesian military marked Armed Forces Day with a parade in "
                                     "Jakarta."),
    ("peacekeepers home", "Indian peacekeepers returned home from South Sudan after a year-long mission."),
    ("troops back to barracks", "Colombian troops returned to their barracks after the election."),
    ("a frigate commissioned", "The French navy held a ceremony to commission its new frigate in Brest."),
    ("a destroyer into service", "The Indian navy welcomed a new destroyer into service."),
    # CONSULT look-alikes: targets and deadlines met, business talks, speeches, news conferences,
    # cabinet sessions, summits called off or opened, swearing-in
    ("a target met", "India's finance minister said the government would meet its fiscal deficit target "
                     "this year."),
    ("an inflation target met", "The Egyptian central bank met its inflation target for the first time in "
                                "two years."),
    ("a deadline met", "The president met the deadline to submit the budget to Congress."),
    ("a budget deadline met", "Nigeria's president met the deadline for submitting the budget to the "
                              "National Assembly."),
    ("talks between companies", "Airbus and Boeing held talks with Spirit AeroSystems over the sale of "
                                "its factories."),
    ("a merger talked over", "Shell and BP held talks about a possible merger, the Wall Street Journal "
                             "reported."),
    ("carmakers' merger talks", "Toyota and Nissan held talks on a possible merger."),
    ("a summit postponed", "A planned summit between the leaders of Japan and South Korea was postponed "
                           "because of the typhoon."),
    ("a summit called off", "The ASEAN summit in Myanmar was called off."),
    ("talks postponed", "Talks between Iran and the United States scheduled for Sunday in Muscat were "
                        "postponed."),
    ("no date for a meeting", "The Kremlin said no date had been set for a meeting between Putin and "
                              "Trump."),
    ("a summit scheduled", "The summit of the Shanghai Cooperation Organisation is scheduled for July in "
                           "Astana."),
    ("a state of the nation address", "Kenya's president delivered his state of the nation address to "
                                      "parliament on Thursday."),
    ("a speech to parliament", "Ethiopia's Prime Minister Abiy Ahmed spoke to parliament about the "
                               "economy on Tuesday."),
    ("an address to the nation", "Nigeria's president addressed the nation on Independence Day."),
    ("a news conference", "Brazil's foreign minister held a news conference in Brasilia on Monday."),
    ("a daily news conference", "Mexico's president gave his daily morning news conference at the "
                                "National Palace."),
    ("a news briefing", "China's foreign ministry spokeswoman spoke at a regular news briefing in Beijing."),
    ("reporters met", "Japan's foreign minister met with reporters in Tokyo after the cabinet meeting."),
    ("pilgrims welcomed", "The Pope welcomed pilgrims to St Peter's Square."),
    ("a cabinet meeting", "The Pakistani cabinet met on Tuesday to discuss the budget."),
    ("survivors met", "Japan's emperor met survivors of the earthquake in Ishikawa prefecture."),
    ("survivors met by a president", "The French president met with survivors of the Mayotte cyclone."),
    ("a minute's silence", "The Nigerian Senate held a minute's silence for the victims of the floods."),
    ("interest rates held", "South Korea's central bank held interest rates steady on Thursday."),
    ("a summit opened", "The African Union summit opened in Addis Ababa on Saturday."),
    ("a parliament opened", "Spain's king opened the new session of parliament on Wednesday."),
    ("a swearing-in", "Singapore's prime minister was sworn in on Wednesday."),
    ("a speaker elected", "Iraq's parliament elected a new speaker on Thursday."),
    # REJECT look-alikes: referendums, sport, business
    ("a referendum result", "Chile's voters rejected a new draft constitution in a referendum on Sunday."),
    xfail(VOTERS_PARSE, "a referendum result (parse)", "Swiss voters rejected a proposal to raise the "
                                                       "retirement age in a referendum."),
    xfail(VOTERS_PARSE, "a referendum result (parse, Voice)", "Australian voters rejected a proposal to "
                                                              "create an Indigenous Voice to Parliament "
                                                              "in a referendum."),
    ("a cricket board denial", "Pakistan's cricket board rejected reports that the team would leave the "
                               "tournament."),
    ("a club rejecting a bid", "Manchester City rejected a bid from Real Madrid for their striker."),
    ("a takeover offer rejected", "Kenya's Safaricom rejected a takeover offer from Vodafone."),
    ("players ruled out", "Pakistan's bowlers ruled out of the series with injuries."),
    # AGREE look-alikes: business deals, condolences
    ("a takeover agreed", "Microsoft agreed to buy Activision Blizzard for $69 billion."),
    ("an aircraft order", "Qatar Airways agreed to buy 160 Boeing jets."),
    ("a state company's stake", "Saudi Aramco agreed to buy a stake in a Chinese refinery for $3.6 billion."),
    ("condolences offered", "Chinese President Xi Jinping offered condolences to Turkey after the "
                            "earthquake."),
    ("condolences to victims' families", "The Indian prime minister offered his condolences to the "
                                         "families of the victims of the plane crash."),
    ("condolences to typhoon victims", "The Philippine president offered condolences to the families of "
                                       "the typhoon victims."),
    ("a harvest", "Brazilian farmers planted a record soybean crop this year."),
    ("a merger agreed", "The two oil companies agreed to merge."),
    ("investors rallying", "Investors rallied behind the tech stocks."),
    ("a budget deadline met by a premier", "The Japanese prime minister met a deadline to present the "
                                           "budget."),
    xfail(MEETING_TOPIC, "a council session on a topic", "The UN Security Council will meet on Friday to "
                                                         "discuss the situation in Sudan."),
]


@pytest.mark.parametrize(("guard", "text"), NO_EVENT)
def test_no_event(real_coder, guard, text):
    rows = real_coder.code_text(text, date=DATE)
    found = [(r["source_actor"], r["target_actor"], r["plover_type"]) for r in rows]
    assert found == [], f"{guard}: {text!r} gave {found}"


# Decoys that may hold another event but none of the named type.
NOT_OF_TYPE = [
    ("CONSULT", "a summit one hosts called off", "Thailand called off a summit of Mekong leaders "
                                                 "scheduled for next month."),
    ("CONSULT", "a meeting announced for next month", "Pakistan's prime minister will meet the Chinese "
                                                      "president next month, officials said."),
    ("CONSULT", "warships on a port call", "Chinese warships arrived in Cambodia for a port call and "
                                           "joint exercises."),
]


@pytest.mark.parametrize(("ptype", "guard", "text"), NOT_OF_TYPE)
def test_not_of_type(real_coder, ptype, guard, text):
    rows = real_coder.code_text(text, date=DATE)
    found = [(r["source_actor"], r["target_actor"]) for r in rows if r["plover_type"] == ptype]
    assert found == [], f"{guard}: {text!r} gave {ptype} {found}"


def test_enough_sentences():
    assert len(EXACT) + len(NO_EVENT) + len(NOT_OF_TYPE) >= 150
