"""The event vocabulary on real parses: sentences written for this project, one or more per
CAMEO code family, with the (source, target, CAMEO code) each must give. Sentences the engine
cannot code yet are marked xfail with the reason, so that they show up when it learns them
(issue 3, item 6)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow
DATE = "2025-10-29"

# ("SOURCE TARGET CODE", sentence); "-" is no target
CASES = [
    # a call on someone to let, allow or admit something is the demand for access, not the generic
    # "call on X to ..." demand (100)
    ("UNO SDNREB 1055", "UN aid chief Tom Fletcher called on the army and the RSF to let aid workers reach "
                        "besieged areas."),
    ("PAKGOV AFGGOV 1013",
     "Pakistan's government called on the Afghan government to hand over the militants."),
    ("UKR DEU 1032", "Ukraine pressed Germany for more air defence missiles."),
    ("TCDGOV FRA 1056", "Chad's government told France to withdraw its troops from the country."),
    ("IRQGOV TUR 1014", "The Iraqi government called on Turkey to share intelligence on the attack."),
    ("IRQ USA 1034", "Iraq called on the United States to protect its oil fields."),
    ("AFGGOV PAKGOV 1056", "The Afghan government called on Pakistan's government to stop the air strikes."),
    ("AFGGOV PAK 1053", "The Taliban demanded the release of Afghan prisoners from Pakistan."),
    ("PAKGOV AFGGOV 1013",
     "Pakistan's government demanded the extradition of TTP leaders from the Afghan government."),
    ("QAT - 135", "Qatar is reconsidering its role as mediator between Israel and Hamas."),
    ("QAT ISR 135", "Qatar threatened an end to its mediation between Israel and Hamas."),  # its parties
    ("USA IRQ 136", "The United States threatened the withdrawal of its troops from Iraq."),
    ("IND PAK 132", "India warned Pakistan of fines."),
    ("USA IRN 131", "The United States warned Iran of countermeasures."),
    ("USA CHN 1312", "The United States threatened China with sanctions."),
    ("RUS UKR 1385", "Russia threatened Ukraine with annihilation."),
    ("PAKGOV PAKOPP 137", "Pakistan's government threatened opposition leaders with arrest."),
    ("IRN ISR 138", "Iran vowed revenge against Israel."),
    ("USAMIL UKR 072", "The Pentagon announced a new $500 million package of weapons for Ukraine."),
    ("EUR MDA 070", "The EU announced a package of aid for Moldova."),
    ("USAGOV PAN 130",
     "The U.S. president refused to rule out using military force to take the Panama Canal."),
    ("PAK IND 139", "Pakistan gave India an ultimatum."),
    ("UKR RUS 1951", "Ukraine fired ATACMS at Russia."),
    ("PAKREB PAKREL 1834", "The TTP bombed a mosque in Peshawar."),  # a mosque: a religious target
    ("ISR PSE 200", "Israel bulldozed villages in the West Bank."),  # villages of the West Bank
    ("SYRGOV SYRREB 204", "The Syrian government used weapons of mass destruction against Syrian rebels."),
    ("PAKMIL AFGMIL 193", "Pakistani troops returned fire on Afghan forces."),
    ("AFGGOV QAT 038", "The Taliban accepted Qatar's offer of mediation."),
    ("AFGGOV TUR 038", "Kabul welcomed Turkey's mediation."),
    ("INDGOV USAGOV 044", "Narendra Modi met Donald Trump on the sidelines of the G20 summit."),
    ("TUR ARM 056", "Turkey forgave Armenia."),
    ("PAK AFG 084", "Pakistan turned over the seized trucks to Afghanistan."),
    ("PAKBUS PAKGOV 143", "Traders in Pakistan went on strike against the new tax."),
    ("INDCVL INDGOV 1452", "Protesters in India rioted over the price hike."),
    ("SAU QAT 191", "Saudi Arabia imposed a blockade on Qatar."),
    ("USA IRN 191", "The United States announced a naval blockade of Iran."),
    ("IND SDN 073", "India carried out the evacuation of its citizens from Sudan."),
    ("IND PAK 196", "Pakistan reported a ceasefire violation by India."),  # the reporter is the victim
    ("ARE IND 063", "The UAE extradited the suspect to India."),
    ("PSEGOV ISRMIL 181", "Hamas took Israeli soldiers hostage."),
    ("QAT ISR 165", "Qatar suspended its mediation between Israel and Hamas."),
    ("MLI FRAMIL 166", "Mali ordered French troops to leave."),
    ("SDN UNOMIL 1661", "Sudan expelled UN peacekeepers."),
    ("PAKGOV PAKOPP 1722", "Pakistan's government banned the opposition party."),
    ("IRN IRNCVL 1721", "Iran imposed an internet blackout."),
    ("IRNGOV IRNCVL 1723", "Iranian authorities declared a curfew in Zahedan."),
    ("PAKGOV PAKCVL 1724", "Pakistan's government imposed a state of emergency."),
    ("THAMIL THACVL 1724", "The Thai army imposed martial law."),
    ("PAKCOP PAKOPP 173", "Pakistani police arrested Imran Khan."),
    ("KENCOP KENCVL 175", "Kenyan police opened fire on protesters."),
    # conflict-side vocabulary: drills, deployments, suspensions, sanctions packages, media
    # restrictions, cyber intrusions, blockades of resupply, strikes and riots
    ("RUSMIL - 150", "The Russian navy began naval drills in the Baltic Sea."),
    ("TWNMIL - 150", "Taiwan's military began five days of exercises on Tuesday."),
    ("CHNMIL PHL 150", "Chinese warships encircled the Philippines in live drills."),
    ("ECUGOV - 154", "Ecuador's president ordered troops onto the streets of Guayaquil."),
    ("RUSGOV - 154", "The Kremlin ordered a warship to the Mediterranean."),
    ("PERGOV - 153", "Peru's government ordered riot police into the capital."),
    ("ARM RUS 160", "Armenia suspended a defence pact with Russia."),
    ("BRA ARG 160", "Brazil suspended intelligence sharing with Argentina."),
    ("NER FRA 160", "Niger paused military cooperation with France."),
    ("IGO GIN 161", "ECOWAS suspended Guinea from all its decision-making bodies."),
    ("DEU ISR 1622", "Germany paused deliveries of weapons to Israel."),
    ("GBR IRN 163", "Britain unveiled a new package of sanctions against Iran."),
    ("JPN CHN 163", "Japan tightened curbs on exports of chipmaking equipment to China."),
    ("UKR RUSBUS 1711", "Ukraine seized the assets of a Russian bank."),
    ("MLIMIL FRAJRN 1721", "Mali's junta suspended the French broadcaster France 24."),
    ("ISR QATJRN 1721", "Israel closed the Jerusalem office of Qatar's Al Jazeera network."),
    ("MDAGOV MDAPTY 1722", "Moldova's electoral commission struck the pro-Russian candidate off the ballot."),
    ("PRKCRM KORMIL 176",
     "North Korean hackers broke into the computer network of South Korea's defence ministry."),
    ("CHNMIL PHL 191", "The Chinese navy blocked a Philippine resupply mission."),
    ("SRBCOP SRBCVL 173", "Police in Belgrade detained dozens of protesters."),  # an arrest, not 175
    ("IRNCOP IRNCVL 182", "Iranian security forces beat protesters in Tehran."),
    ("CHNMIL PHL 190", "The Chinese coast guard rammed a Philippine vessel near the Spratly Islands."),
    ("NGAMED NGAGOV 143", "Nigerian doctors walked off the job over unpaid salaries."),
    ("KENOPP KENLEG 143", "Opposition lawmakers in Kenya walked out of parliament in protest."),
    ("INDBUS INDGOV 143", "Shopkeepers across Kashmir pulled down their shutters."),
    ("PAKJUD PAKGOV 141", "Lawyers in Lahore staged a sit-in outside the High Court."),
    ("GBRCVL GBRCOP 145", "Rioters in Belfast threw petrol bombs at police."),
    ("SRBCVL SRBPTY 145", "Protesters set fire to the headquarters of Serbia's ruling party."),
    ("SVK EUR 129", "Slovakia blocked an EU decision on new sanctions against Russia."),
    ("YEMREB NGO 0841", "The Houthis handed 150 prisoners to the Red Cross."),
    ("PRK - 150", "North Korea launched two cruise missiles into the sea off its west coast."),
    ("IND - 150", "India conducted a test of its Agni-5 missile."),
    ("TUR TURCVL 1721", "Turkey restricted access to X and Instagram."),
    ("IRNJUD FRACVL 173", "A court in Tehran sentenced a French tourist to eight years in prison."),
    ("MLIMIL MLICVL 1722", "Mali's junta suspended the activities of political parties."),
    ("MMRMIL MMRPTY 1722", "Myanmar's junta dissolved the National League for Democracy."),
    ("HKGCOP HKGCVL 173", "Hong Kong police offered bounties for the arrest of exiled activists."),
    ("BGDCVL BGDGOV 145", "Protesters torched the home of a minister in Dhaka."),
    ("BELAGR EURLEG 141", "Belgian farmers dumped manure outside the European Parliament."),
    ("ISR PSEGOV 139", "Israel gave Hamas until Saturday to release the hostages."),
    ("AZECRM ARMGOV 176", "Azerbaijani hackers attacked Armenian government websites."),
    ("RUS UKR 1952", "Russia sent dozens of drones into Ukraine overnight."),
    ("KENGOV KENCVL 0832",  # no retreat
     "Kenya's government withdrew the finance bill after deadly protests."),
    ("UKR RUS 0874", "Ukraine completed the evacuation of its troops from Kursk."),
    ("SRB - 152", "Serbia put its troops on the highest level of combat readiness."),
    ("ETH GBRJRN 1721", "Ethiopia announced the suspension of the BBC's broadcasts."),
    ("MLI MLICVL 1722", "Mali announced the suspension of the activities of political parties."),
    ("CHN TWN 150", "China flew 30 aircraft around the island of Taiwan."),
    ("RUSMIL UKRGOV 190", "Russian missiles slammed into Kyiv's apartment buildings."),  # not 111 "slammed"
    ("USA RUSBUS 163", "The United States announced an asset freeze on Russian banks."),
    ("SDNREB SDNCVL 202", "The RSF committed a mass killing in El Fasher."),
    ("SDNREB SDNCVL 202", "RSF fighters massacred civilians in El Fasher."),  # Sudanese civilians
    ("PAK AFG 030", "Pakistan and Afghanistan agreed to a ceasefire."),  # two sides: an agreement
    ("PAKGOV PAKOPP 1121", "Pakistan's government accused opposition leaders of corruption."),
    ("IND PAK 1123", "India accused Pakistan of aggression."),
    ("IRN ISR 1125", "Iran accused Israel of espionage."),
    ("AFG PAK 125", "Afghanistan rejected Pakistan's offer of talks."),
    ("UNO - 094", "The UN launched an investigation into the massacre."),
    ("IRN - 152", "Iran put its armed forces on high alert."),
    ("PAKOPP PAKGOV 141", "The Pakistani opposition called for protests against the government."),
    ("IRNGOV IRNCVL 0841", "Iranian authorities freed 20 prisoners."),
    ("RUS UKR 1246", "Russia rejected Ukraine's offer of a ceasefire."),
    ("AFGGOV TUR 126", "The Taliban rejected Turkey's proposal of mediation."),
    ("IND PAK 1312", "India threatened Pakistan with tariffs."),
    ("IND PAK 1313", "India threatened Pakistan with a downgrade of ties."),
    ("PAKGOV PAKCVL 0811",
     "Pakistan's government announced the restoration of internet services in Balochistan."),
    ("IND INDCVL 0814", "India announced the lifting of the state of emergency."),
    ("KENCVL KENGOV 1452", "Kenyan protesters staged riots over the tax hike."),
    ("PAKGOV - 153", "Pakistan's government ordered the deployment of police to Islamabad."),
    ("THAGOV THACVL 1724", "The Thai government issued an emergency decree."),
    ("INDGOV INDCVL 1723", "Indian authorities imposed a night curfew in Manipur."),
    ("KENCOP KENCVL 175", "The shooting of protesters by Kenyan police drew condemnation."),
    ("IRN - 202", "Iran carried out a mass execution of prisoners."),
    # SANCTION requires a recipient (PLOVER manual), so a halted mediation is aimed at its parties
    pytest.param("QAT ISR 165", "Qatar announced the suspension of its mediation between Israel and Hamas.",
                 marks=pytest.mark.xfail(reason="the parties of a halted event noun are not searched yet")),
    ("SRB XKX 1381", "Serbia threatened Kosovo with a blockade."),
    ("PAKPTY PAKGOV 133", "The PTI threatened Pakistan's government with protests."),
    ("AFGGOV - 134", "The Taliban threatened a boycott of the talks."),
    # -- cooperation-side vocabulary (vocab-coop): aid, cooperation, concessions, requests ----------
    # aid given "with": the receiver is the object, or the passive subject
    ("NOR MDA 071", "Norway provided Moldova with 40 million kroner for its power grid."),
    ("POL UKRMIL 072", "Ukrainian brigades were supplied with 50 armoured vehicles by Poland."),
    ("GBR IRL 064", "Britain provided Ireland with information on the smuggling route."),
    # vessels and sums in any currency
    ("USA PHL 072", "The United States gave the Philippines two patrol boats."),
    ("SWE UKR 071", "Sweden gave Ukraine 500 million kronor."),
    ("GBR KEN 0331", "Britain promised Kenya 30 million pounds for flood relief."),
    # the target after "for"
    ("NZL FJIMED 0331", "New Zealand pledged NZ$20 million for a new hospital in Fiji."),
    ("UNO SDN 073", "UNICEF delivered two million doses of measles vaccine to Sudan."),  # "doses" -> dos
    # humanitarian help: the sick taken in, rescuers and firefighters sent, the wounded treated
    ("ITA PSECVL 073", "Italy took in 40 wounded Palestinian children for treatment."),
    ("GRC TUR 073", "Greece sent rescue teams to Turkey after the earthquake."),
    ("ESP PRT 073", "Spain sent firefighting aircraft to Portugal."),  # not a deployment (154)
    ("JORMED PSECVL 073", "Jordanian medics treated 200 wounded Palestinian civilians."),
    ("BGD HTI 074", "Bangladesh sent 500 soldiers to the multinational force in Haiti."),
    # judicial cooperation and intelligence shared one way
    ("FRA DZA 063", "France handed Algeria a suspected smuggler wanted for murder."),
    ("GRC ALB 063", "Greece handed over an Albanian man to the authorities in Tirana."),
    ("ESPCOP PRTCOP 064", "Spanish police shared information with Portuguese police."),
    # economic and military cooperation
    ("UZB AFG 061", "Uzbekistan and Afghanistan opened a new trade terminal on their border."),
    ("LAO THA 061", "Laos and Thailand opened a railway bridge between their capitals."),
    ("IDNGOV CHN 061", "Indonesia's central bank renewed its currency swap line with China."),
    ("IND FRA 062", "India began naval exercises with France off Goa."),  # not a show of force
    ("FRA IND 062", "India held naval exercises with France off Goa."),
    # visits hosted: the visitor visits the host
    ("GMBGOV SENGOV 043", "Senegal's president hosted his Gambian counterpart in Dakar."),
    ("CHLGOV BRAGOV 043", "Lula received Chile's foreign minister in Brasilia."),
    # concessions: apology, laws suspended, prices lowered, increases withdrawn, troops pulled back
    ("IRN AZE 055", "Iran expressed regret for the killing of an Azerbaijani guard at its embassy."),
    ("PANLEG PANCVL 0832", "Panama's Congress suspended the mining law after weeks of protests."),
    ("NGAGOV NGACVL 0832", "Nigeria's government lowered the price of petrol after the strike."),
    ("ROUGOV ROUCVL 0832", "Romania's government withdrew the tax increase after the protests."),
    ("GHAGOV GHACVL 0832", "Ghana's government cancelled the electricity tariff hike."),
    ("ARM AZE 0874", "Armenia pulled troops from its border with Azerbaijan."),
    # requests, orders, rejected claims, vetoes
    ("POL USA 1032", "Poland asked the United States for more Patriot batteries."),
    ("LTU IGOMIL 106", "Lithuania requested consultations with NATO allies."),
    ("BRAJUD BRAGOV 1053",
     "Brazil's Supreme Court ordered the government to release the detained journalists."),
    ("CHLJUD CHLGOV 100", "Chile's Supreme Court ordered the government to reopen the closed hospitals."),
    ("PHL CHN 120", "The Philippines rejected China's claim to the Scarborough Shoal."),
    ("JPN CHN 120", "Japan dismissed China's claims over the Senkaku islands."),
    ("SVK EUR 129", "Slovakia blocked an EU decision on new sanctions."),
    # arms sales approved, aid sought and requested, peace plans proposed
    ("USA ISR 072", "The United States approved the sale of fighter jets to Israel."),  # not "approve of"
    ("CAN POL 072", "Canada approved the export of armoured vehicles to Poland."),
    ("LKA IGO 1031", "Sri Lanka sought a new bailout from the IMF."),
    ("ARG ESPELI 1013", "Argentina requested the extradition of a former minister from Spain."),
    ("ETH UNO 103", "Ethiopia requested aid from the United Nations."),
    ("QAT SDN 037", "Qatar proposed a peace plan for Sudan."),
    # "handed over 32 prisoners": the parser takes "over" into the number, the hand-over stays
    ("AZE ARMMIL 0841", "Azerbaijan handed over 32 Armenian prisoners of war."),
    ("JPN IDNMIL 072", "Japan handed over three patrol vessels to the Indonesian navy."),
    ("NLD IDN 055", "The Netherlands expressed regret for its colonial past in Indonesia."),
    # aid announced or unveiled; ambassadors reinstated; laws and increases dropped, shelved,
    # frozen or postponed
    ("KOR PSE 073", "South Korea announced $10 million in humanitarian aid for Gaza."),
    ("EUR LBN 070", "The EU unveiled a 300 million euro aid package for Lebanon."),
    ("USAGOV TWN 072", "Washington approved a new arms package for Taiwan."),
    ("RWA BDI 050", "Rwanda and Burundi reinstated their ambassadors."),
    ("SVKGOV SVKCVL 0832", "Slovakia's government dropped the NGO law after the protests."),
    ("MWIGOV MWICVL 0832", "Malawi's government shelved the planned fuel tax increase."),
    ("PERGOV PERCVL 0832", "Peru's government froze the fuel price hike after the protests."),
    ("ARGGOV ARGCVL 0832", "Argentina's government postponed the pension reform after the general strike."),
    # debt relief promised runs one way (no reverse pair); a truce approved
    ("CHN LKA 0331", "China agreed to write off part of Sri Lanka's debt."),
    ("KHMGOV THA 0871", "Cambodia's cabinet approved a truce with Thailand."),
    # aid named by a noun: weapons or food delivered or shipped, money disbursed; ties normalised
    ("DEU UKR 072", "Germany's delivery of Leopard tanks to Ukraine began in March."),
    ("JPN PSE 073", "Japan's shipment of food to Gaza arrived."),
    ("IGO PAK 071", "The IMF approved the disbursement of $1 billion to Pakistan."),  # not "approve of"
    ("EUR UKR 071", "The EU approved the release of 4 billion euros for Ukraine."),
    ("SAU - 050", "Saudi Arabia's normalisation of ties with Israel stalled."),
    # refusals of aid and handovers; talks returned to or refused
    ("FRA UKR 1222", "France will not supply long-range missiles to Ukraine."),
    ("AFGGOV PAK 1213", "The Taliban will not hand over TTP commanders to Pakistan, a spokesman said."),
    ("IRN USA 125", "Iran will not return to talks with the United States."),
    ("VEN USA 046", "Venezuela returned to talks with the United States in Qatar."),
    # congratulations and solidarity sent; exports grown; suspects sent; swaps launched
    ("TURGOV AZEGOV 051", "Erdogan sent a congratulatory message to Azerbaijan's president."),
    ("INDGOV NPL 051", "Modi sent a message of solidarity to Nepal."),
    ("KAZ EUR 061", "Kazakhstan doubled oil exports to the European Union."),
    ("COL USA 063", "Colombia sent 12 suspected drug lords to the United States."),
    ("IDN MYS 061", "Indonesia and Malaysia launched a currency swap."),
    # "agreed to hold/open ..." takes the complement's intent: talks are 036, links are not
    ("ARM AZE 030", "Armenia and Azerbaijan agreed to open transport links."),
    ("IRN USA 036", "Iran and the United States agreed to hold talks in Oman."),
    # backed or supported "with" money or arms is aid, not praise; radars delivered
    ("IRN YEMREB 071", "Iran backed the Houthis with money and drones."),
    ("USA UKR 072", "The United States supported Ukraine with weapons and intelligence."),
    ("KOR PHL 072", "South Korea delivered two coastal radars to the Philippines."),
    # "agreed a deal" (British usage) is a signed agreement; an alliance or confederation formed
    ("CAN EUR 057", "Canada and the EU agreed a security pact."),
    ("NER MLI 050", "Mali and Niger formed a confederation."),
    ("UKR RUS 106", "Ukraine sought talks with Russia on a prisoner swap."),
    # "called in" read as a preposition: still a summons, not a phone call
    ("LTUGOV BLRGOV 114", "Lithuania's foreign ministry called in the Belarusian ambassador."),
    # joint inspections: future is an intent (031), past is cooperation (the joint rule: 062 for
    # border guards); the noun is the verb's slot, so no second row
    ("HUN SVK 031", "Hungary and Slovakia will hold joint inspections on their border."),
    ("HUNMIL SVKMIL 062", "Hungarian and Slovak border guards began joint inspections at the crossing."),
    # -- vocab7: territory retaken from someone ("retook" keeps its word form as lemma), advances
    # into regions and areas, organisations left, treaty clauses invoked, prizes nominated for
    ("ETHMIL ETHREB 190", "Ethiopian troops retook the town of Shire from the rebels."),
    ("UKRMIL RUSMIL 190", "Ukrainian forces recaptured the village from Russian troops."),
    ("RUSMIL UKR 192", "Russian troops pushed into the Dnipropetrovsk region of Ukraine."),
    ("BFA IGO 161", "Burkina Faso withdrew from the International Organisation of La Francophonie."),
    ("RUS IGO 161", "Russia pulled out of the Council of Europe."),
    ("NIC IGO 161", "Nicaragua quit the Organization of American States."),
    ("LTU IGOMIL 106", "Lithuania invoked NATO's Article 4."),
    ("IRN FRA 111", "Iran hit back at France over the sanctions."),  # verbal, not a strike
    ("KHM USAGOV 051", "Cambodia nominated Donald Trump for the Nobel Peace Prize."),
    ("EGY PSE 0863", "Egypt allowed a limited amount of fuel into Gaza."),
    ("SAU YEM 073", "Saudi Arabia funded food aid for Yemen."),
    ("MEX USA 063", "Mexico handed back 26 cartel figures to the United States."),  # not a release
    ("HND USA 063", "Honduras accepted deportation flights from the United States."),
    ("SRBEDU SRBGOV 141", "Thousands of Serbian students took part in a protest against the government."),
    ("KENMED KENGOV 143", "Kenyan doctors took part in a nationwide strike."),
    ("USA PHL 0334", "The United States pledged to defend the Philippines."),  # protection, not a threat
    # apps blocked by name, participation frozen, vessels scrambled, forces routed, assets unfrozen
    ("RUS RUSCVL 1721", "Russia blocked WhatsApp."),  # a restriction, not a road block
    ("ARM IGOMIL 161", "Armenia froze its participation in the CSTO."),
    ("PHL - 150", "The Philippines scrambled coast guard vessels."),
    ("SDNMIL SDNREB 190", "Sudan's army routed rebel fighters in Omdurman."),
    ("USA IRN 0842", "The United States unfroze Iranian assets."),  # "unfroze" keeps its word form
    # -- vocab10: aid disbursed, paid out, unlocked, released for, secured from a lender, flown, rushed
    ("IGO PAK 071", "The IMF disbursed a $1 billion tranche to Pakistan."),
    ("JOR PSE 073", "Jordan airdropped food parcels over Gaza."),
    ("USA LBNMIL 072", "The United States released $230 million in military aid for Lebanon's army."),
    ("ESP MAR 073", "Spain flew rescuers to Marrakesh after the earthquake."),
    ("JPN UKR 071", "Japan disbursed $500 million in budget support to Ukraine."),
    ("IGO EGY 071", "The World Bank approved a $1.5 billion loan for Egypt."),
    ("DEU UKR 072", "Germany handed over two more IRIS-T air defence systems to Ukraine."),
    ("SAU PAKGOV 071", "Saudi Arabia deposited $3 billion with Pakistan's central bank."),
    ("IGO EGYGOV 071", "Egypt's government received a $1.2 billion tranche from the IMF."),
    ("ARE LBY 073", "The UAE airlifted 100 tonnes of medical supplies to Libya."),
    ("AUS UKR 072", "Australia transferred 49 Abrams tanks to Ukraine."),
    ("EUR UKR 071", "The European Union paid out 4.2 billion euros to Ukraine."),
    ("IND MMR 073", "India rushed relief supplies to Myanmar after the earthquake."),
    ("CHN NPL 073", "China donated 10,000 tonnes of rice to Nepal."),
    ("GBR UKR 071", "Britain granted Ukraine a loan of 2.26 billion pounds."),
    ("IGO BGD 071", "The Asian Development Bank extended a $500 million loan to Bangladesh."),
    ("USA KEN 072", "Kenya received its first batch of armoured vehicles from the United States."),
    ("IGO PAK 071", "The IMF unlocked $1.1 billion for Pakistan."),
    ("FRA UKR 072", "France handed over the first Mirage fighter jets to Ukraine."),
    ("USA ISR 072", "The United States shipped 2,000-pound bombs to Israel."),
    ("TUR SYRCVL 073", "Turkey flew tents and blankets to earthquake survivors in Syria."),
    ("DEU UKR 072", "Germany supplied Ukraine with three more Patriot systems."),
    # -- vocab10: curfews lifted (also passive), early release, moratoria, returns, apologies, bans lifted
    ("SENGOV SENCVL 0813", "Senegal's government lifted the curfew in Dakar."),
    ("INDGOV INDCVL 0813", "A curfew in Leh was lifted by Indian authorities on Sunday."),
    ("MMRMIL MMRCRM 0841", "Myanmar's junta granted early release to 13,000 inmates."),
    ("PAN PANCVL 0832", "Panama approved a moratorium on new mining concessions after protests."),
    ("AZE NGO 0863", "Azerbaijan let a Red Cross convoy into Nagorno-Karabakh."),
    ("IRN FRACVL 0841", "Two French citizens were released from Evin prison by Iran."),
    ("TZAGOV TZACVL 055", "Tanzania's president asked Tanzanians for forgiveness."),
    ("JPNGOV KOR 055", "Japan's prime minister apologised to South Korea for wartime forced labour."),
    ("GEOLEG GEOCVL 0832", "Georgia's parliament dropped the foreign agents bill after mass protests."),
    ("BGDGOV BGDCVL 0811", "Bangladesh's government restored mobile internet across the country."),
    ("IRN - 0841", "Iran pardoned 2,000 prisoners."),
    ("ISR PSECVL 0841", "Israel released 90 Palestinian prisoners."),
    ("RUS UKRMIL 0841", "Russia returned 303 Ukrainian prisoners of war."),
    ("PERLEG PERCVL 0832", "Peru's Congress repealed the pension law after protests."),
    ("LKA LKACVL 0814", "Sri Lanka lifted the state of emergency."),
    ("ARM AZE 0842", "Armenia returned four border villages to Azerbaijan."),
    ("VEN USA 0841", "Venezuela freed 10 Americans in a prisoner swap."),
    ("ISRMIL - 0874", "Israeli troops withdrew from the Netzarim corridor."),
    ("IRNGOV - 0841", "Narges Mohammadi was released from prison by Iranian authorities."),
    ("KENGOV KENCVL 0813", "Kenya's government ended the curfew in Nairobi."),
    ("BLR LTUCVL 0841", "Belarus released 52 prisoners including Lithuanian citizens."),
    ("PAKGOV PAKCVL 0811", "Pakistan's government unblocked X after a year."),
    ("CHN AUS 085", "China removed tariffs on Australian wine."),
    ("NPLGOV NPLCVL 0811",
     "Nepal's government lifted the ban on social media platforms after deadly protests."),
    ("AZE NGO 0863", "Azerbaijan allowed a Red Cross convoy into Nagorno-Karabakh."),
    # -- vocab10: data shared, joint raids and operations, extraditions and handovers
    ("KOR JPN 064", "South Korea began sharing real-time missile warning data with Japan."),
    ("IRQMIL USAMIL 062", "Iraqi and U.S. forces killed 15 Islamic State militants in a joint raid."),
    ("ARE FRA 063", "The UAE extradited a French drug lord to France."),
    ("MAR ESP 063", "Morocco handed over two terrorism suspects to Spain."),
    ("COL USA 063", "Colombia extradited a Clan del Golfo commander to the United States."),
    ("TUR IRQ 063", "Turkey extradited an Islamic State suspect to Iraq."),
    ("KAZ UZB 062", "Kazakhstan and Uzbekistan launched joint border patrols."),
    ("JPN PHL 064", "Japan began sharing radar data with the Philippines."),
    ("NGAMIL TCDMIL 062", "Nigerian and Chadian troops killed 30 Boko Haram fighters in a joint operation."),
    ("PAK IRN 063", "Pakistan handed over 12 suspects to Iran."),
    ("ECU USA 063", "Ecuador extradited gang leader Fito to the United States."),
    ("DEU POL 062", "Germany and Poland began joint patrols on their border."),
    ("ESPCOP FRACOP 062", "Spanish and French police arrested 20 people in a joint operation."),
    ("EUR MNC 115", "The European Commission opened formal proceedings against TikTok."),
    # -- vocab10: proceedings opened, cases and complaints filed, charges (173, as the charge lines say)
    ("ZAF ISR 115", "South Africa filed a case against Israel at the International Court of Justice."),
    ("UKR UNO 114", "Ukraine lodged a complaint with the UN Security Council over the strikes."),
    ("PAK IND 114", "Pakistan lodged a formal protest with India over the firing."),
    ("ECU MEX 115", "Ecuador sued Mexico at the International Court of Justice."),
    ("BRAJUD BRAOPP 173",
     "Brazil's prosecutor-general charged former president Jair Bolsonaro with plotting a coup."),
    ("KORJUD KORELI 173",
     "South Korean prosecutors indicted former president Yoon Suk Yeol on insurrection charges."),
    ("GTMJUD GTMGOV 173", "Guatemala's prosecutors filed charges against the president's son."),
    ("EUR MNC 090", "The European Commission opened an investigation against Meta."),
    ("NIC DEU 115", "Nicaragua filed a lawsuit against Germany at the International Court of Justice."),
    ("COD RWA 114", "Congo filed a complaint against Rwanda at the East African Court of Justice."),
    ("PHL CHN 114", "The Philippines filed a diplomatic protest with China."),
    ("IRN USA 114", "Iran lodged a complaint with the United Nations against the United States."),
    # -- vocab10: threats of consequences; a future act named in advance as war
    ("RUS IGOMIL 131", "Russia warned NATO of consequences."),
    ("CHN PHL 131", "China warned the Philippines of consequences over its actions in the South China Sea."),
    ("IRN USA 138", "Iran warned the United States of a crushing response."),
    ("USA COL 131", "The United States threatened to cut off aid to Colombia."),
    ("USAGOV ESP 1312", "Donald Trump threatened Spain with tariffs."),
    ("CHN TWN 138", "China said it would regard any move toward independence by Taiwan as an act of war."),
    ("RUS - 131", "Russia warned of serious consequences."),
    # -- vocab10: jets scrambled, militia mobilised, troops massed, battle groups stationed
    ("POL - 150", "Poland scrambled fighter jets after Russian strikes near its border."),
    ("VEN - 154", "Venezuela mobilised 4.5 million militia members."),
    ("IND - 154", "India moved additional troops to the Line of Actual Control."),
    ("RUS UKR 154", "Russia massed troops on its border with Ukraine."),
    ("TWN - 152", "Taiwan put its forces on alert as Chinese warships approached."),
    ("THA - 154", "Thailand reinforced its troops along the Cambodian border."),
    ("ISR - 154", "Israel called up 60,000 reservists."),
    ("JPN - 150", "Japan scrambled jets as Chinese aircraft approached its airspace."),
    ("GBR EST 154", "Britain stationed a battle group in Estonia."),
    # -- vocab10: platforms suspended or throttled, ships seized, crypto stolen
    ("BRAJUD BRACVL 1721", "Brazil's Supreme Court ordered the suspension of X across the country."),
    ("NPLGOV NPLCVL 1721", "Nepal's government banned 26 social media platforms."),
    ("PAK PAKCVL 1721", "Pakistan suspended mobile internet services nationwide."),
    ("RUSGOV RUSCVL 1721", "Russia's government throttled YouTube across the country."),
    # -- vocab10: wishes to reopen talks, debts to be paid off, readiness to resume talks
    ("COLGOV COLREB 036", "Colombia's government wants to reopen talks with the ELN."),
    ("SAU SYR 0331", "Saudi Arabia said it would pay off Syria's debt to the World Bank."),
    ("IRN USA 036", "Iran said it was ready to resume nuclear talks with the United States."),
    ("CHN ZMB 0331", "China agreed to restructure Zambia's debt."),
    ("AFGGOV PAK 030", "The Taliban expressed readiness to resume talks with Pakistan."),
    ("USA UKR 036", "The United States wants to restart negotiations with Ukraine."),
    # -- vocab10: standing behind, congratulations, recognition, backing
    ("DEU ISR 051", "Germany stood firmly behind Israel."),
    ("INDGOV USAGOV 051", "Narendra Modi congratulated Donald Trump on his election victory."),
    ("FRA MAR 051", "France threw its weight behind Morocco's autonomy plan for Western Sahara."),
    ("IRL PSE 054", "Ireland recognised the State of Palestine."),
    ("EGY SDNMIL 051", "Egypt reaffirmed its backing for Sudan's army."),
    ("CHNGOV RUSGOV 051", "Xi Jinping congratulated Vladimir Putin on his re-election."),
    ("ESP PSE 051", "Spain voiced support for a Palestinian state."),
    ("HUN RUS 051", "Hungary sided with Russia on the sanctions issue."),
    # -- vocab10: variants of the shapes above
    ("NLD UKR 072", "The Netherlands delivered the last of its promised F-16 jets to Ukraine."),
    ("IGO PAK 071", "Pakistan secured a $7 billion loan from the IMF."),
    ("IND MMR 0841", "India sent 330 Myanmar soldiers back to Myanmar."),
    ("CHN - 138", "China said it would treat any attack on its ships as an act of war."),
    ("IGO EGY 071", "Egypt won a $1.2 billion loan from the IMF."),
    ("UNO SSD 073", "The World Food Programme airdropped food over South Sudan."),
    ("KOR - 154", "South Korea mobilised reservists after the North's artillery fire."),
    ("EUR HUN 115", "The European Commission initiated infringement proceedings against Hungary."),
    ("GHAGOV GHACVL 0811", "Ghana's government lifted the ban on Telegram."),
    ("PRKCRM KORBUS 171",
     "North Korean hackers stole $30 million in cryptocurrency from South Korean banks."),
    # -- vocab11: offers, pledges and invitations (AGREE)
    ("TUR RUS 036", "Turkey offered to host talks between Russia and Ukraine."),
    ("SAU SYR 0331", "Saudi Arabia pledged $500 million to Syria for reconstruction."),
    ("DEU UKR 0332", "Germany promised to send more air defence systems to Ukraine."),
    ("QAT ISR 036", "Qatar said it stood ready to mediate between Israel and Hamas."),
    ("IRN USA 030", "Iran expressed willingness to resume talks with the United States."),
    ("ARM AZE 030", "Armenia agreed in principle to a peace treaty with Azerbaijan."),
    # the "commit to buying" line was left out: it coded companies after a country's possessive
    # ("Japan's Toyota committed to buying batteries") as the state's intent (COMPANY_OWNER)
    pytest.param("IND RUS 0311", "India committed to buying more Russian oil.",
                 marks=pytest.mark.xfail(reason="no 'commit to buying' pattern: it coded companies after a "
                                                "country's possessive as the state")),
    ("CHN PAKGOV 036", "China invited Pakistan's prime minister to visit Beijing."),
    ("KORGOV JPN 036", "South Korea's president accepted an invitation to visit Japan."),
    ("UKR EUR 038", "Ukraine welcomed an offer of mediation from the European Union."),
    ("JPN PHL 0332", "Japan pledged to provide patrol boats to the Philippines."),
    ("USA TWN 0332", "The United States promised Taiwan more weapons."),
    ("BRA - 036", "Brazil offered to host the next round of climate talks."),
    ("KEN HTI 0334", "Kenya pledged 1,000 police officers to Haiti."),
    ("IDN PSE 0334", "Indonesia said it was ready to send peacekeepers to Gaza."),
    # -- vocab11: demands, requests asked, filed and submitted (REQUEST)
    ("UKR RUS 1053", "Ukraine demanded the return of its children from Russia."),
    ("IRQ TUR 1056", "Iraq asked Turkey to withdraw its troops."),
    ("GBR IRN 1053", "Britain asked Iran to free the crew of the tanker."),
    ("IRQ TUR 1013", "Iraq asked Turkey to extradite the suspect."),
    ("PAK IND 106", "Pakistan asked India to resume talks."),
    ("POL DEU 1013", "Poland requested the extradition of the suspect from Germany."),
    ("UNO - 1053", "The United Nations called for the release of the detained aid workers."),
    ("USA VENGOV 1013", "The United States sought the extradition of Venezuela's interior minister."),
    ("IND GBR 1013", "India formally requested the extradition of the businessman from Britain."),
    ("CHN PHL 1013", "China pressed the Philippines to hand over the detained fishermen."),
    ("POL USA 100", "Poland submitted a request for additional Patriot batteries to the United States."),
    ("BGD IND 1013", "Bangladesh filed a request with India for the extradition of Sheikh Hasina."),
    ("ISR EGY 100", "Israel asked Egypt to close the border crossing."),
    ("PHL CHN 100", "The Philippines demanded that China withdraw its ships from the shoal."),
    # -- vocab11: assets frozen, ties cut, envoys recalled, lists and bans (SANCTION)
    ("USA RUSBUS 163", "The United States froze the assets of Russian oligarchs."),
    ("USA IRN 163", "The United States blacklisted Iranian oil tankers."),
    ("GBR ISRCVL 163", "Britain imposed visa bans on Israeli settlers."),
    ("NER FRA 160", "Niger suspended military cooperation with France."),
    ("ARG IRN 161", "Argentina downgraded diplomatic ties with Iran."),
    ("MEX ECU 161", "Mexico closed its embassy in Ecuador."),
    ("DZA FRA 161", "Algeria recalled its ambassador from France."),
    ("GBR IRN 161", "Britain recalled its ambassador to Iran."),
    ("USA COL 162", "The United States cut off aid to Colombia."),
    ("CAN ISR 1622", "Canada halted arms sales to Israel."),
    ("USA CAN 163", "The United States slapped tariffs on Canadian steel."),
    ("USA CHNBUS 163", "The United States added 80 Chinese companies to its entity list."),
    ("RUS RUSCVL 172", "Russia revoked the licences of foreign broadcasters."),  # recipients.tsv: the public
    ("IGO NER 161", "ECOWAS expelled Niger from the bloc."),
    ("IGO MLI 161", "The African Union suspended Mali's membership."),
    ("EUR RUS 163", "The EU imposed an embargo on Russian oil."),
    ("CHN USABUS 163", "China froze the assets of U.S. defence companies."),
    ("COL ISR 161", "Colombia severed diplomatic ties with Israel."),
    # -- vocab11: shelling, strafing, raids, detentions (ASSAULT, COERCE)
    ("RUSMIL UKR 194", "Russian forces shelled Kharkiv overnight."),
    ("ISRMIL LBN 194", "Israeli warplanes pounded southern Lebanon."),
    ("ISRMIL PSE 190", "Israeli jets struck targets in Gaza City."),
    ("USA YEM 190", "The United States struck targets in Yemen."),
    ("TURMIL SYRREB 190", "Turkish forces carried out raids on Kurdish militants in northern Syria."),
    ("INDMIL PAKMIL 193", "Indian troops opened fire on Pakistani soldiers."),
    ("RUSMIL UKR 195", "Russian helicopters strafed Ukrainian positions."),
    ("IRNCOP IRNCVL 173", "Iranian police detained dozens of women."),
    ("CHNCOP CHNCVL 173", "Chinese police rounded up hundreds of Uyghurs."),
    ("MMRMIL MMRELI 173", "Myanmar's junta placed the former leader under house arrest."),
    ("RUSCOP RUSCVL 173", "Russian police detained hundreds of protesters in Moscow."),
    ("SDNREB SDNCVL 194", "The RSF shelled El Fasher."),  # an attack in the source's own country
    # -- vocab12: refusals (REJECT): balked at, brushed aside (aside parsed as an adverb), shrugged off
    ("ISR PSEGOV 120", "Israel balked at Hamas's demands for a permanent ceasefire."),  # not 110
    ("CHN USA 120", "China brushed aside U.S. calls for talks on nuclear arms."),
    ("IRN IGO 120", "Iran brushed aside the IAEA's demand for access to the Fordow site."),
    ("ISR UNO 120", "Israel shrugged off the UN resolution on Gaza."),
    # visits and meetings cancelled or put off (PLOVER manual: cancellations of meetings are REJECT)
    ("CHN USAMIL 125", "China cancelled a visit by the U.S. defence secretary."),
    ("KOR JPNGOV 125", "South Korea postponed a visit by Japan's foreign minister."),
    ("USAGOV CHN 125", "Rubio postponed his trip to China after the balloon incident."),
    ("IND PAK 125", "India called off a planned meeting with Pakistan."),
    ("PAK IND 125", "Pakistan put off a visit to India by its foreign minister."),
    ("RUS UKR 125", "Russia announced the cancellation of the talks with Ukraine."),
    # walk-outs: the partner named on the talks after "of"
    ("RUSGOV UKR 125", "Russian negotiators walked out of the talks with Ukraine."),
    ("IRN IGO 125", "Iran walked out of the meeting with the IAEA."),
    ("ARMGOV AZE 125", "Armenian diplomats stormed out of the meeting with Azerbaijan."),
    # participation suspended: in talks 125, in a treaty 127 (in an organisation it stays 161)
    ("IND PAK 125", "India suspended its participation in the talks with Pakistan."),
    ("RUS - 127", "Russia suspended its participation in the New START treaty."),
    ("RUS - 127", "Russia announced its withdrawal from the Black Sea grain deal."),  # not 080
    # organisations left by their acronyms (SANCTION, gold-format.md), also announced
    ("MLI IGO 161", "Mali left ECOWAS."),
    ("USA UNO 161", "The United States quit the WHO."),
    ("ARM IGOMIL 161", "Armenia will leave the CSTO."),
    ("HUN IGOJUD 161", "Hungary withdrew from the ICC."),  # not a retreat (0874)
    ("BFA IGO 161", "Burkina Faso pulled out of ECOWAS."),
    ("USA UNO 161", "The United States withdrew from UNESCO."),
    ("QAT IGO 161", "Qatar quit OPEC."),
    ("USA UNO 161", "The United States announced its withdrawal from the WHO."),
    ("NER IGO 161", "Niger announced its withdrawal from ECOWAS."),
    # members shut out of a body's summit (161, not a ban on a politician)
    ("IGO MMRMIL 161", "ASEAN barred Myanmar's junta leader from its summit."),
    ("IGO RUS 161", "The G20 excluded Russia from the summit."),
    # requests: extradition from a country, membership applied for
    ("PAK AFG 1013", "Pakistan called for the extradition of TTP leaders from Afghanistan."),
    ("UKR IGOMIL 102", "Ukraine formally applied for membership in NATO."),
    ("SWE IGOMIL 102", "Sweden applied to join NATO."),
    ("ZAF IGOJUD 100",
     "South Africa asked the International Court of Justice to order Israel to halt its offensive in Rafah."),
    # concessions: regret expressed to a country or for a colonial past; laws paused, frozen, on hold
    ("BEL COD 055", "Belgium expressed deep regret to Congo for its colonial rule."),  # not 110
    ("NLD IDN 055", "The Netherlands expressed regret for its colonial rule in Indonesia."),
    ("ISRGOV PSEGOV 055",
     "Israel's prime minister expressed regret to the Palestinian Authority for the raid."),
    ("ISRGOV ISRCVL 0832", "Israel's government paused the judicial overhaul."),
    ("FRAGOV FRACVL 0832", "France's government put the pension reform on hold."),
    ("GEOGOV GEOCVL 0832", "Georgia's government froze the foreign agents law."),
    ("RUS GBRJRN 081", "Russia reinstated the accreditation of the BBC."),
    # tariffs paused or put off: easing of economic sanctions (085, RETREAT in cameo.tsv)
    ("USA MEX 085", "The United States paused tariffs on Mexico."),
    ("USA CHN 085", "The United States delayed tariffs on Chinese goods."),
    ("USAGOV CAN 085", "Trump postponed tariffs on Canada for 30 days."),
    # support: a plan held up as the way to a solution, honours conferred, allies stood by
    ("FRA MAR 051",
     "France regarded Morocco's autonomy plan as the only way to settle the Western Sahara conflict."),
    ("ESP MAR 051", "Spain described Morocco's autonomy plan as the most serious basis for a solution."),
    ("DEU MAR 051", "Germany sees Morocco's autonomy plan as a good basis for a solution."),
    ("FRA INDGOV 051", "France conferred its highest honour on Indian Prime Minister Narendra Modi."),
    ("RUS INDGOV 051", "Russia awarded Modi its highest civilian honour."),
    ("BRA INDGOV 051", "Brazil bestowed its highest honour on Modi."),
    ("GUY INDGOV 051", "Guyana presented Modi with the Order of Excellence."),
    ("HUN RUS 051", "Hungary stood by Russia on the sanctions issue."),
    ("GBR UKR 032", "Britain pledged to stand by Ukraine."),  # promised: AGREE
    # judicial cooperation: arrests on an international warrant, suspects surrendered to a court
    ("PHL IGOJUD 063", "The Philippines arrested Duterte on an ICC warrant."),
    ("ITACOP IGOCOP 063", "Italian police arrested a Libyan suspect on an Interpol red notice."),
    ("PHL IGOJUD 063", "The Philippines surrendered Duterte to the ICC."),
    ("DEU IGOJUD 063", "Germany transferred the Libyan suspect to the ICC."),
    # -- vocab13: offers, pledges, promises, readiness and accepted invitations (AGREE)
    ("RUS UKR 036", "Russia and Ukraine agreed to hold a new round of talks in Istanbul."),
    ("ARM AZE 036", "Armenia and Azerbaijan agreed to resume talks on border demarcation."),
    ("IND LKA 033", "India pledged to help Sri Lanka rebuild its ports."),
    ("TUR RUS 039", "Turkey offered to mediate between Russia and Ukraine."),
    ("CHN USA 0311", "China promised to buy more soybeans from the United States."),
    ("DEU UKR 033", "Germany vowed to help Ukraine repair its power grid."),
    ("PAK IND 036", "Pakistan is willing to hold talks with India on Kashmir."),
    ("AFGGOV PAK 030", "The Taliban expressed readiness to cooperate with Pakistan against militants."),
    ("SAU USA 0311", "Saudi Arabia committed to investing $600 billion in the United States."),
    ("VENGOV CHN 036", "Venezuela's president accepted an invitation to visit China."),
    # the noun's complement is not read for the kind of intent: 030, as the vocab10 readiness cases
    ("PRK USA 030", "North Korea signalled willingness to resume talks with the United States."),
    ("SRB XKX 030", "Serbia expressed readiness to resume dialogue with Kosovo."),
    ("EUR MDA 0331", "The European Union promised Moldova 1.8 billion euros in loans and grants."),
    ("FRA LBN 033", "France offered Lebanon help in rebuilding the port of Beirut."),
    ("QAT COD 039", "Qatar offered to mediate between Congo and Rwanda."),
    ("BRAGOV CHN 036", "Brazil's president promised to visit China next year."),
    ("UKR RUS 036", "Ukraine is prepared to hold direct talks with Russia."),
    ("IGO PAK 0331", "The World Bank promised Pakistan a $20 billion loan."),
    # aid offered, pledged or sought by its kind (modifier_noun lines); a line of credit is a loan
    ("KOR PRK 0333", "South Korea offered humanitarian aid to North Korea after the floods."),
    ("JPN PHL 0332", "Japan pledged military assistance to the Philippines."),
    ("IND BGD 0331", "India offered Bangladesh a $1 billion line of credit."),
    ("CHN PAK 0331", "China pledged a $2 billion line of credit to Pakistan."),
    ("GBR SDN 0333", "Britain pledged 120 million pounds in humanitarian aid for Sudan."),  # sum in aid
    # what is sent, provided or held refines the intent: its own code's intent (INTENT_BY_CODE)
    ("JPN UKR 0331", "Japan agreed to provide $2 billion in economic aid to Ukraine."),
    ("IGO SOM 0334", "The African Union agreed to send more peacekeepers to Somalia."),
    ("DEU UKR 0334", "Germany is ready to send peacekeepers to Ukraine."),
    ("JPN PHL 0312", "Japan agreed to hold joint military exercises with the Philippines."),
    ("USA UKR 0332", "The United States pledged to send more Patriot missiles to Ukraine."),
    # ties strengthened or deepened: the complement's own code (050) makes a diplomatic intent (032)
    ("CHNGOV RUSGOV 032", "Beijing vowed to strengthen ties with Moscow."),
    ("CHN RUS 032", "China pledged to deepen its strategic partnership with Russia."),
    ("ITA ALB 032", "Italy promised to support Albania's bid to join the European Union."),
    ("INDGOV RUSGOV 036", "Narendra Modi accepted Vladimir Putin's invitation to visit Moscow."),
    ("IRN IGO 0355", "Iran agreed to allow IAEA inspectors back into its nuclear sites."),  # CONCEDE
    ("CHN IND 036", "China said it was open to talks with India on the border dispute."),
    ("NOR MMR 039", "Norway offered to facilitate peace talks in Myanmar."),  # recipients.tsv: the place
    ("IDN PHL 0313", "Indonesia agreed to extradite the suspect to the Philippines."),
    ("THA KHM 036", "Thailand agreed to meet Cambodia for talks on the border."),
    ("IRN USA 036", "Iran said it was prepared to negotiate with the United States."),
    ("USAGOV RUSGOV 036", "Donald Trump said he was ready to meet Vladimir Putin."),
    # -- vocab13: demands, requests, calls naming what is wanted (REQUEST)
    ("UKR USA 1032", "Ukraine asked the United States for more Patriot missile systems."),
    ("LBN IGO 1031", "Lebanon requested emergency financing from the World Bank."),
    ("IRQ UNO 100", "Iraq asked the United Nations to investigate the killings."),
    ("ZAF ISR 1056", "South Africa called on Israel to halt its offensive in Gaza."),
    ("ARM RUS 1032", "Armenia sought military assistance from Russia."),
    ("ECU USA 1032", "Ecuador requested military assistance from the United States."),
    ("KEN EUR 1033", "Kenya requested humanitarian aid from the European Union."),
    ("PAK CHN 1031", "Pakistan asked China for economic assistance."),
    ("IRN USA 1031", "Iran demanded compensation from the United States."),
    ("LKA IGO 1031", "Sri Lanka sought a $3 billion bailout from the IMF."),
    ("MDA RUS 1056", "Moldova asked Russia to withdraw its troops from Transnistria."),
    ("BGD PAK 105", "Bangladesh demanded an apology from Pakistan for the 1971 war."),
    ("JPN CHN 106", "Japan requested talks with China on the seafood ban."),
    ("HTIGOV UNO 1034", "Haiti's government asked the United Nations for an international security force."),
    ("PSEGOV - 100",
     "The Palestinian Authority called for an international investigation into the killings."),
    ("POL DEU 1031", "Poland demanded war reparations from Germany."),
    ("IND CAN 1013", "India asked Canada to arrest the Sikh separatist."),
    # the withdrawal of troops is de-escalation (1056), not the policy change of a withdrawn bill (1042)
    ("NER FRAMIL 1056", "Niger demanded the withdrawal of French troops."),
    ("MLI UNOMIL 1056", "Mali demanded the withdrawal of UN peacekeepers."),
    # talks called for are aimed at their parties (the noun after "for")
    ("AZE ARM 106", "Azerbaijan called for peace talks with Armenia."),
    ("RUS ISR 106", "Russia called for talks between Israel and Iran."),
    # a demand at home that names no one is made to the own government (recipients.tsv)
    ("PAKOPP PAKGOV 1041", "Pakistan's opposition demanded the resignation of the prime minister."),
    ("BLRCVL BLRGOV 1053", "Protesters in Belarus demanded the release of political prisoners."),
    # -- vocab14: meetings, visits and calls that took place (CONSULT) --------------------------
    ("EGYGOV JORGOV 040", "Egypt's foreign minister met his Jordanian counterpart in Cairo on Monday."),
    ("CHNGOV BRAGOV 046",
     "Chinese President Xi Jinping held talks with Brazilian President Lula da Silva in Beijing."),
    ("TURGOV RUSGOV 041",
     "Turkish President Tayyip Erdogan spoke by phone with Russian President Vladimir Putin."),
    ("FRAGOV RUSGOV 041", "Macron spoke to Putin by phone on Sunday."),
    ("TURGOV RUSGOV 040", "After meeting Putin in Sochi, Erdogan said the grain deal could be revived."),
    ("SAUGOV IRNGOV 043", "The Saudi crown prince received the Iranian foreign minister in Riyadh."),
    ("DEUGOV UKRGOV 042", "German Chancellor Friedrich Merz visited Kyiv on Tuesday."),
    ("JPNGOV USAGOV 042",
     "Japan's prime minister arrived in Washington for talks with President Donald Trump."),
    ("USAGOV CHNGOV 041", "The U.S. secretary of state telephoned his Chinese counterpart on Friday."),
    ("NOR COLGOV 045", "Norway brokered talks between Colombia's government and the ELN."),
    ("NOR COLREB 045", "Norway brokered talks between Colombia's government and the ELN."),  # each side
    ("IRNGOV FRAGOV 040", "Iranian and French diplomats met in Geneva on Friday."),
    ("FRAGOV UKRGOV 041",
     "French President Emmanuel Macron had a phone call with Ukrainian President Volodymyr Zelensky."),
    ("INDGOV JPN 042", "Indian Prime Minister Narendra Modi paid a state visit to Japan."),
    ("CHNGOV RUSGOV 042", "China's foreign minister travelled to Moscow for talks with Sergei Lavrov."),
    ("HUNGOV USAGOV 040", "Hungarian Prime Minister Viktor Orban met Donald Trump at the White House."),
    ("KORGOV JPNGOV 043", "South Korea's president hosted Japan's prime minister in Seoul."),
    ("ARMGOV AZEGOV 046", "Armenia's prime minister and Azerbaijan's president negotiated in Abu Dhabi."),
    ("IRNGOV OMNGOV 042", "Iran's foreign minister flew to Muscat on Sunday."),
    ("USAGOV ISRGOV 040",
     "The U.S. envoy Steve Witkoff sat down with Israeli Prime Minister Benjamin Netanyahu in Jerusalem."),
    ("EGY PSEGOV 045", "Egypt mediated between Israel and Hamas."),
    ("EGY ISR 045", "Egypt facilitated talks between Israel and Hamas."),
    ("ISR PSEGOV 046", "Egypt facilitated talks between Israel and Hamas."),  # the parties' own talks
    ("COLREB COLGOV 046", "Colombia's government held talks with the ELN in Havana."),  # both ways at home
    ("KORGOV PRKGOV 040",
     "South Korea's unification minister met North Korean officials at the border village of Panmunjom."),
    ("USAGOV RUSGOV 046", "Talks between U.S. and Russian officials took place in Riyadh on Tuesday."),
    ("CHNGOV USAGOV 042", "The Chinese vice premier arrived in Washington on Monday."),
    ("INDGOV CHNGOV 040", "India's foreign minister held a meeting with his Chinese counterpart in Beijing."),
    ("FRAGOV UKRGOV 040", "Macron spoke at a meeting with Zelensky in Paris."),
    ("PAKMIL USAGOV 040", "Pakistan's army chief met Trump at the White House for lunch."),
    # talks that stalled were held, as a normalisation that stalled was begun ("SAU - 050" above)
    ("ISR PSEGOV 046", "Talks between Israel and Hamas stalled over the hostage issue."),
    # -- vocab14: protests, strikes, boycotts, sit-ins, riots (PROTEST) -------------------------
    ("SRB SRBGOV 141", "Thousands of Serbians took to the streets of Belgrade on Saturday."),
    ("BGDEDU BGDGOV 141", "Students in Dhaka staged a sit-in outside the education ministry."),
    ("FRALAB FRAGOV 143", "French rail workers went on strike over pension reform."),
    ("IRN GBRGOV 141", "Hundreds of Iranians rallied outside the British embassy in Tehran."),
    ("POLAGR POLLEG 141", "Thousands of Polish farmers marched on parliament in Warsaw."),
    ("GEOOPP GEOGOV 1431", "Opposition lawmakers in Georgia boycotted the vote on the foreign agents law."),
    ("HUNOPP HUNLEG 143",
     "Hungarian opposition lawmakers walked out of parliament during the prime minister's speech."),
    ("GEOCVL GEOGOV 141", "Demonstrators gathered in Tbilisi to protest the government's decision."),
    ("BHRSOC BHRGOV 142", "A jailed Bahraini activist went on hunger strike."),
    ("KENCVL KENCOP 145", "Protesters in Nairobi clashed with police over the finance bill."),
    ("IRLCVL IRLGOV 145", "Rioters in Dublin set fire to buses after a stabbing."),
    ("ISR ISRGOV 141",
     "Tens of thousands of Israelis demonstrated in Tel Aviv against the judicial overhaul."),
    ("KORMED KORGOV 143", "South Korean doctors staged a walkout over medical school quotas."),
    ("PAKBUS PAKGOV 143", "Pakistani traders observed a nationwide strike against the tax."),
    ("NGALAB NGAGOV 143", "Nigerian labour unions began a general strike on Monday."),
    ("GEO GEOGOV 141", "Thousands of Georgians marched against the government in Tbilisi."),
    ("ARGLAB ARGGOV 144", "Argentine truckers blocked highways to protest fuel prices."),
    ("IDNCVL IDNGOV 145", "Protesters in Jakarta rioted after a delivery driver was killed by police."),
    ("INDAGR INDLEG 1412", "Indian farmers protested outside parliament against the farm laws."),
    ("GRCLAB GRCGOV 1432", "Greek workers staged a 24-hour general strike against the new labour law."),
    ("PAKOPP PAKGOV 141", "Supporters of Imran Khan demonstrated in Islamabad to demand his release."),
    ("TUR TURGOV 141", "Thousands of Turks protested the arrest of Istanbul mayor Ekrem Imamoglu."),
    ("MEXEDU USAGOV 141", "Mexican students marched to the U.S. embassy in Mexico City."),
    ("FRACVL FRAGOV 141", "Thousands of people marched through Paris to protest against the pension reform."),
    ("USACVL USAGOV 141", "Protesters rallied outside the White House against the war."),
    ("KENCVL KENGOV 141", "Kenyan protesters poured into the streets of Nairobi."),
    ("ISRCVL ISRGOV 141",
     "Families of Israeli hostages protested outside the prime minister's office in Jerusalem."),
    ("PER PERGOV 141", "Thousands of Peruvians staged a march to the capital."),
    ("CHLEDU CHLGOV 144", "Chilean students occupied their schools to demand free education."),
    ("ARMOPP ARMGOV 141",
     "Armenian opposition supporters held a rally in Yerevan to demand the prime minister's resignation."),
    ("DEULAB DEUGOV 143", "German train drivers walked off the job on Wednesday."),
    ("BGDCVL BGDGOV 141", "Protesters in Bangladesh chanted slogans against the government."),
    ("IRNCVL IRNGOV 141", "Iranian women burned their headscarves in protest."),
    ("FRAEDU IRNGOV 141", "French students held a vigil in protest outside the Iranian embassy in Paris."),
    # -- vocab14: force posture (MOBILIZE) -------------------------------------------------------
    ("IND CHN 154", "India deployed additional troops to its border with China."),
    ("RUS - 152", "Russia put its nuclear forces on high alert."),
    ("RUS UKR 154", "Russia massed tanks near the Ukrainian border."),
    ("ISR - 154", "Israel mobilised 60,000 reservists for the offensive in Gaza."),
    ("CHN TWN 150", "China held military drills near Taiwan."),
    ("USA - 154", "The United States sent two warships to the eastern Mediterranean."),
    ("JPN - 151", "Japan raised its alert level after the North Korean missile launch."),
    ("POL - 150", "Poland scrambled jets after Russian drones entered its airspace."),
    ("TWN - 152", "Taiwan put its forces on alert after Chinese warships approached the island."),
    ("VEN - 154", "Venezuela deployed soldiers along its coast."),
    ("PAKMIL - 154", "Pakistan's army moved troops to the Line of Control."),
    ("PHL - 154", "The Philippines deployed coast guard vessels to Scarborough Shoal."),
    ("ECUGOV - 154", "Ecuador's government deployed the army onto the streets of Quito."),
    ("GBR POL 154", "Britain dispatched fighter jets to Poland."),
    ("PRKMIL KOR 150", "North Korea's military conducted artillery drills near the border with South Korea."),
    ("SRB - 152", "Serbia raised the combat readiness of its army."),
    ("BLR - 154", "Belarus mobilised reservists for snap military exercises."),
    ("KENGOV - 151", "The Kenyan government heightened security at polling stations."),
    ("USAMIL - 154", "The Pentagon ordered an aircraft carrier to the Middle East."),
    ("RUS - 154", "Russia called up 300,000 reservists."),
    ("GRC TUR 154", "Greece reinforced its border with Turkey with extra troops."),
    ("IND - 154", "India rushed troops to Manipur after ethnic clashes."),
    ("EGY - 154", "Egypt beefed up its military presence in Sinai."),
    ("ISR - 154", "Israel increased its troop presence along the Lebanese border."),
    ("FRA - 153", "France deployed 80,000 police officers for New Year's Eve."),
    ("AZE ARM 154", "Azerbaijan amassed troops on the Armenian border."),
    ("THAMIL - 150", "Thailand's army held live-fire exercises near the Cambodian border."),
    ("USA QAT 154", "The United States stationed additional fighter jets in Qatar."),
    ("USAGOV - 154", "Washington sent an aircraft carrier strike group to the Mediterranean."),
    # -- vocab15: AID given, sent, handed over, airlifted, shipped; asylum; loans disbursed; police sent
    ("JPN MMR 073", "Japan sent 50 tonnes of emergency relief supplies to Myanmar after the earthquake."),
    ("SAU SDN 073", "Saudi Arabia delivered 20 truckloads of food aid to Sudan."),  # a truckload: quantity
    ("IGO KEN 071", "The World Bank disbursed a $500 million loan to Kenya."),
    ("IGO EGY 071", "The IMF disbursed $1.1 billion to Egypt on Friday."),
    ("FRA LBN 073", "France airlifted medical supplies to Lebanon."),
    ("SAU YEM 073", "Saudi Arabia airlifted wheat to Yemen."),
    ("TUR SYR 073", "Turkey shipped 10,000 tonnes of flour to Syria."),
    ("TUR LBY 073", "Turkey flew 50 tonnes of relief supplies to Libya."),
    ("CAN UKRMIL 072", "Canada handed over armoured vehicles to the Ukrainian army."),
    ("CHN KHM 072", "China handed Cambodia 20 military trucks."),
    ("IND MDV 072", "India gifted two helicopters to the Maldives."),
    ("MEX PERELI 075", "Mexico granted political asylum to Peru's former prime minister."),
    ("BRA VENOPP 075", "Brazil granted asylum to a Venezuelan opposition leader."),
    ("GNQ PRYGOV 075", "Equatorial Guinea gave asylum to the ousted Paraguayan leader."),
    ("POL UKRREF 075", "Poland took in thousands of Ukrainian refugees."),
    ("KEN HTI 074", "Kenya sent 400 police officers to Haiti to help fight gangs."),
    ("RWA MOZ 074", "Rwanda sent 1,000 soldiers to Mozambique to help its army fight insurgents."),
    ("AUS SLB 074", "Australia sent police to the Solomon Islands to help restore order."),
    ("CHN KHM 073", "China donated 500,000 vaccine doses to Cambodia."),
    ("USA TWN 072", "The United States approved $345 million in military aid for Taiwan."),
    ("EUR UKR 071", "The European Union disbursed 1.5 billion euros to Ukraine."),
    ("IND LKA 073", "India dispatched a ship carrying relief supplies to Sri Lanka."),
    ("ARE PAKGOV 071", "The UAE deposited $2 billion with Pakistan's central bank."),
    ("SWE UKR 072", "Sweden gave Ukraine two airborne early warning aircraft."),
    ("IRN RUS 072", "Iran supplied drones to Russia."),
    ("CHL ARG 073", "Chile sent firefighters to help Argentina battle wildfires."),
    ("UNO SDNCVL 073", "The World Food Programme distributed food to displaced families in Darfur."),
    ("NOR AFG 073", "Norway gave $50 million in humanitarian aid to Afghanistan."),
    ("JPN BGD 071", "Japan extended a $1 billion loan to Bangladesh."),
    ("USAGOV UKRGOV 072", "Washington transferred 100 Patriot interceptors to Kyiv."),
    ("IGO PAK 071", "The IMF released a $1 billion tranche to Pakistan."),
    ("IGO EGY 071", "The IMF approved a $3 billion loan for Egypt."),
    ("IGO BGD 071", "The World Bank approved $1.5 billion in financing for Bangladesh."),
    ("IGO LKA 071", "Sri Lanka got a $3 billion bailout from the IMF."),  # src=from: the lender
    ("EUR MDA 071", "Moldova received 200 million euros from the EU."),
    ("DNK UKR 072", "Ukraine received the first F-16 jets from Denmark."),
    ("GBR UKR 072", "Britain delivered 14 Challenger tanks to Ukraine."),
    ("USA ISR 072", "The United States airlifted munitions to Israel."),
    ("QAT PSE 073", "Qatar sent a plane loaded with medical aid to Gaza."),
    ("EGY PSE 070", "Egypt handed over 200 tonnes of aid to Gaza."),
    # -- vocab15: REJECT proposals, demands, plans, mediation, talks; vetoes; entry refused or turned back
    ("PSEGOV ISR 1246", "Hamas rejected Israel's ceasefire proposal."),  # a proposal named by its kind
    ("ISR UNO 1246", "Israel rejected the UN's call for a ceasefire."),  # what the call is for
    ("YEMREB SAU 1246", "The Houthis rejected a Saudi offer of a truce."),
    ("UKR RUS 1246", "Ukraine rejected Russia's demand for a withdrawal from four regions."),
    ("RUS UKR 1246", "Russia refused to withdraw its troops from Ukrainian territory."),
    ("RUS UNO 129", "Russia vetoed a UN Security Council resolution on Syria."),
    ("HUN EUR 129", "Hungary vetoed the EU's decision to open accession talks with Ukraine."),
    ("VEN GUY 125", "Venezuela rejected Guyana's proposal for talks."),
    ("PRK KORGOV 125", "North Korea rebuffed Seoul's offer of talks."),
    ("PRK KORGOV 125", "North Korea ignored Seoul's calls for dialogue."),
    ("IRN USA 125", "Iran refused to negotiate directly with the United States."),
    ("RUSGOV - 125", "Moscow declined an invitation to the peace summit in Switzerland."),  # a venue
    ("SDNMIL - 125", "The Sudanese army refused to attend peace talks in Geneva."),
    ("PSEGOV ISR 125", "The Palestinian delegation walked out of talks with Israel in Cairo."),
    ("ISR EGY 126", "Israel turned down Egypt's mediation offer."),
    ("CHN PHL 126", "China rejected the Philippines' call for international arbitration."),
    ("IND - 126", "India refused third-party mediation on Kashmir."),
    ("UKR RUS 124", "Ukraine rejected a Russian demand to cede territory."),
    ("ETH EGY 124", "Ethiopia rejected Egypt's demand for a binding deal on the dam."),
    ("PAK IND 124", "Pakistan dismissed India's demand for the handover of militants."),
    ("ARM AZE 127", "Armenia rejected Azerbaijan's peace plan."),
    ("XKXGOV EUR 127",
     "Kosovo's prime minister rejected the EU's plan for an association of Serb municipalities."),
    ("SRB XKX 120", "Serbia refused to recognise Kosovo's independence."),
    ("UKRGOV RUS 120", "Zelensky ruled out ceding territory to Russia."),
    ("MLIMIL IGOGOV 1245", "Mali's junta refused entry to an ECOWAS delegation."),
    ("NER IGOGOV 1245", "Niger turned back a delegation from ECOWAS at the airport."),  # 'back' an adverb
    ("VEN USA 1245", "Venezuela turned back a U.S. deportation flight."),
    ("IRN IGO 1245", "Iran refused to let IAEA inspectors visit the Fordow site."),
    ("MLIMIL FRAGOV 1245", "Mali's junta refused to let the French ambassador return."),
    # -- vocab15: RETREAT and CONCEDE: releases, withdrawals, sanctions eased, bans lifted, resignations
    ("ISR PSECVL 0841", "Israel released 90 Palestinian prisoners."),
    ("ISR PSECVL 0841", "Israel freed 1,968 Palestinian prisoners under the ceasefire deal."),
    ("PSEGOV ISRCVL 0841", "Hamas freed three Israeli hostages."),
    ("AFGGOV USACVL 0841", "The Taliban freed an American prisoner."),
    ("AFGGOV USACVL 0841", "The Taliban freed two American citizens in a prisoner swap with Washington."),
    ("VEN USA 0841", "Venezuela released six Americans."),
    ("IRN FRACVL 0841", "Iran released a French citizen held for three years."),
    ("AZE ARM 0841", "Azerbaijan returned five Armenian soldiers to Armenia."),
    ("RUS UKR 0841", "Russia handed over the bodies of 1,000 Ukrainian soldiers to Ukraine."),
    ("RUS UKR 0841", "Russia returned 22 Ukrainian children to Ukraine."),
    ("UKR RUS 0841", "Ukraine and Russia exchanged 150 prisoners of war."),
    ("MMRMIL MMRCVL 0841", "Myanmar's military rulers freed 5,000 prisoners in an amnesty."),
    ("TUNJUD TUNOPP 0841", "A Tunisian court ordered the release of an opposition leader."),
    ("YEMREB - 0841", "The Houthis released the crew of the Galaxy Leader."),
    ("RUS UKR 0874", "Russia withdrew its troops from Kherson."),
    ("RUS UKR 0874", "Russia withdrew its troops from the city of Kherson."),  # place_nouns: 'city of'
    ("RUSMIL UKR 0874", "Russian forces pulled out of Kherson."),
    ("RUS UKR 0874", "Russia pulled its forces out of Snake Island."),
    ("ISR PSE 0874", "Israel pulled its troops out of Khan Younis."),
    ("USA VEN 085", "The United States eased sanctions on Venezuela's oil sector."),
    ("USA IRN 0842", "The United States unfroze $6 billion in Iranian assets."),
    ("USA CUB 085", "The United States removed Cuba from its list of state sponsors of terrorism."),
    ("EGY PSE 085", "Egypt reopened the Rafah crossing with Gaza."),
    ("PAK AFG 085", "Pakistan reopened the Torkham border crossing with Afghanistan."),
    ("LKA LKACVL 0813", "Sri Lanka lifted a nationwide curfew."),
    ("MMRMIL MMRCVL 0814", "Myanmar's junta lifted the state of emergency."),
    ("THA THACVL 0814", "Thailand lifted martial law."),
    ("GINMIL GINCVL 0811", "Guinea's junta lifted a ban on protests."),
    ("BGD BGDCVL 0812", "Bangladesh lifted the ban on the opposition party."),
    ("CHN JPN 081", "China lifted its ban on imports of Japanese seafood."),
    ("ISR PSE 081", "Israel eased restrictions on the entry of goods into Gaza."),
    ("THA CHNCVL 081", "Thailand eased visa rules for Chinese tourists."),
    ("LBNREB ISR 0871", "Hezbollah declared a ceasefire with Israel."),
    ("COLREB COLCVL 0871", "Colombia's ELN rebels declared a unilateral ceasefire."),
    ("JPNGOV - 0831", "Japan's prime minister resigned on Sunday."),
    ("SRBGOV - 0831", "Serbia's prime minister resigned after weeks of protests."),
    ("PERGOV - 0831", "Peru's president stepped down."),  # 'down' an adverb
    ("IRNJUD IRNCVL 080", "Iran's supreme court overturned the death sentence of a rapper."),
    ("PAKJUD PAKOPP 080", "Pakistan's Supreme Court overturned the opposition leader's conviction."),
    ("TUR SWE 080", "Turkey lifted its veto on Sweden joining NATO."),
    ("HUN EUR 080", "Hungary dropped its objection to the EU's aid package for Ukraine."),
    ("PHLGOV PHLLEG 080", "The Philippine government dropped charges against an opposition senator."),
    ("GEOGOV GEOCVL 0832", "Georgia's government suspended the foreign agents law after mass protests."),
    ("KENGOV KENCVL 0832", "Kenya's president withdrew the finance bill after deadly protests."),
    ("KGZ TJK 0842", "Kyrgyzstan returned two disputed villages to Tajikistan."),
    # -- vocab16: arrests, raids, bans, curfews, emergencies, expulsions, seizures (COERCE) ---------
    ("TURCOP TURGOV 173", "Turkish police detained the mayor of Istanbul on corruption charges."),
    ("RUSGOV RUSOPP 173", "Russian authorities arrested a prominent opposition activist in Moscow."),
    ("GEOCOP GEOPTY 170", "Georgian riot police raided the headquarters of the main opposition party."),
    ("BLR BLRCVL 173", "Belarus jailed a Nobel laureate for ten years."),
    ("VENCOP VENOPP 173",
     "Venezuela's security forces rounded up dozens of opposition supporters after the election."),
    ("ISR PSELEG 173", "Israel detained a Palestinian lawmaker in a night raid in Ramallah."),
    ("NICGOV NICCVL 172", "The Nicaraguan government stripped 94 critics of their citizenship."),
    ("PAK AFG 174", "Pakistan deported 200 Afghan nationals."),
    ("HUNLEG HUNCVL 1721", "Hungary's parliament banned Pride marches."),
    ("TZAGOV TZACVL 1721", "Tanzania's government shut down the internet on election day."),
    ("BGD BGDCVL 1723", "Bangladesh imposed a nationwide curfew after deadly clashes."),
    ("ECUGOV ECUCVL 1724", "Ecuador's president declared a state of emergency in seven provinces."),
    ("INDGOV INDCVL 172", "Indian authorities sealed off the area around the Red Fort after the blast."),
    ("CHNGOV CHNOPP 173", "Chinese authorities placed the dissident under house arrest."),
    ("PAK PAKCVL 1721", "Pakistan suspended mobile internet services in Balochistan."),
    ("KENCOP KENCVL 175", "Kenyan police teargassed protesters in Nairobi."),
    ("RUSJUD RUSJRN 173", "A Moscow court sentenced the journalist to six years in a penal colony."),
    ("ISRMIL PSEUAF 1712",
     "Israel's army demolished the homes of two Palestinian attackers."),  # 1712: ASSAULT
    ("THAJUD THAPTY 1722", "Thailand's Constitutional Court dissolved the opposition Move Forward party."),
    ("UGACOP UGAOPP 173",
     "Uganda's police charged the opposition leader with treason."),  # a charge, not 1125
    ("AFGGOV AFGCVL 172", "The Taliban banned women from universities."),
    ("LKAMIL IND 171", "The Sri Lankan navy seized three Indian fishing boats."),
    ("HKGCOP HKGCVL 173", "Hong Kong police arrested six people for sedition."),
    ("RUS USAJRN 174", "Russia expelled an American journalist."),
    ("IRNGOV IRNCVL 1721", "Iranian authorities blocked Instagram and WhatsApp."),
    ("SRBCOP SRBEDU 173", "Serbian police detained students protesting in Novi Sad."),
    ("MMRMIL MMRCVL 1724", "Myanmar's junta imposed martial law in 61 townships."),
    ("UKR RUS 1711", "Ukraine confiscated Russian-owned property in Kyiv."),
    ("CHNCOP CHNEDU 173", "Chinese police detained a Uyghur scholar in Xinjiang."),
    ("RUS RUSCVL 173", "Russia put three theatre directors on trial for justifying terrorism."),
    ("EGYGOV EGYJRN 173", "Egyptian authorities jailed a prominent blogger for five years."),
    ("INDCOP INDOPP 173", "Indian police took the opposition leader into custody."),
    ("GBR NGOSOC 172", "Britain banned the activist group Palestine Action."),
    ("SLV SLVCVL 1724", "El Salvador extended its state of emergency for another month."),
    ("USA MEXREF 174", "The United States deported 300 Mexican migrants."),
    ("RUS RUSCVL 172", "Russia declared Meduza an undesirable organisation."),  # a country's own outlet
    ("IRN GBR 173", "Iran arrested a British couple on espionage charges."),
    ("VENGOV VENOPP 173", "Venezuelan authorities arrested the opposition's campaign manager."),
    ("CHNCOP CHNCVL 175", "Chinese police broke up a protest in Guangzhou."),
    ("ISRMIL PSE 171", "Israeli forces seized Palestinian land near Hebron."),
    ("USA COLGOV 172", "The United States revoked the visa of Colombia's president."),
    # -- vocab16: ties cut, envoys expelled, sanctions, tariffs, embargoes, exits (SANCTION) -------
    ("NER UKR 161", "Niger cut diplomatic ties with Ukraine."),
    ("BFA FRAGOV 161", "Burkina Faso expelled three French diplomats."),
    ("COL ISR 161", "Colombia recalled its ambassador from Israel."),
    ("USAGOV CHN 163", "Washington slapped sanctions on two Chinese refineries."),
    ("USA BRA 163", "The United States imposed tariffs of 50 percent on Brazilian goods."),
    ("CAN ISR 163", "Canada suspended arms exports to Israel."),
    ("MLI IGO 161", "Mali, Burkina Faso and Niger withdrew from ECOWAS."),
    ("HUN IGOJUD 161", "Hungary announced its withdrawal from the International Criminal Court."),
    ("DEU NER 1621", "Germany suspended development aid to Niger after the coup."),
    ("RUS MDA 163", "Russia banned imports of Moldovan wine."),
    ("CHN JPN 163", "China halted imports of Japanese seafood."),
    ("LTU BLR 160", "Lithuania closed its border with Belarus."),
    ("GBR RUSBUS 163", "Britain froze the assets of Russian oligarchs."),
    ("ARG IRN 161", "Argentina broke off relations with Iran."),
    ("IGO GAB 161", "The African Union suspended Gabon after the coup."),
    ("ISR UNO 160", "Israel suspended cooperation with the UN human rights office."),
    ("USA ZAF 162", "The United States cut off aid to South Africa."),
    ("NIC ISR 161", "Nicaragua severed diplomatic relations with Israel."),
    ("EUR RUS 163", "The EU adopted a 19th package of sanctions against Russia."),
    ("USA RUSBUS 163", "The United States blacklisted Russia's two largest oil companies."),
    ("CHN USABUS 163", "China placed 12 American defence firms on its export control list."),
    ("CHN LTU 161", "China downgraded diplomatic ties with Lithuania."),
    ("RUS DEUGOV 161", "Russia declared two German diplomats persona non grata."),
    ("IND PAK 160", "India suspended the issuance of visas to Pakistani nationals."),
    ("RUS AZE 163", "Russia halted imports of Azerbaijani tomatoes."),
    ("USAGOV COL 163",
     "Trump announced tariffs on Colombian goods after Bogota refused deportation flights."),
    ("PAK INDBUS 160", "Pakistan closed its airspace to Indian airlines."),
    ("FRA NER 1621", "France suspended all development aid to Niger."),
    ("USAGOV IRN 163", "The U.S. Treasury sanctioned Iranian oil tankers."),
    ("SWE RUSGOV 161", "Sweden expelled three Russian diplomats for spying."),
    ("UKR RUS 161", "Ukraine broke off diplomatic relations with Russia."),
    # -- vocab16: shelling, strikes, attacks by political actors (ASSAULT) --------------------------
    ("RUSMIL UKR 194", "Russian forces shelled the city of Kherson overnight."),
    ("ISRMIL LBN 190", "Israeli warplanes struck targets in southern Lebanon."),
    ("SDNREB SDNCVL 194", "Sudan's RSF paramilitary shelled a displacement camp near El Fasher."),
    ("UKRMIL RUS 190", "Ukrainian drones hit an oil refinery in Russia's Samara region."),
    ("UKR RUS 194", "Ukraine fired rockets at Russian positions near Bakhmut."),  # not 193 fire at=*
    # -- vocab16: accusations, blame, condemnation, complaints, cases at courts (ACCUSE) ------------
    ("CHN PHL 1123", "China accused the Philippines of deliberately ramming its coast guard ship."),
    ("PAK IND 1123", "Pakistan blamed India for the bombing in Islamabad."),
    ("IRN USA 111", "Iran condemned the U.S. strikes on its nuclear sites."),
    ("EUR GEO 111", "The EU criticised Georgia's crackdown on protesters."),
    ("ZAF ISR 115",
     "South Africa filed a genocide case against Israel at the International Court of Justice."),
    ("VEN USAMIL 111", "Venezuela denounced the U.S. military build-up in the Caribbean."),
    ("CHNGOV JPNGOV 114", "Beijing lodged a formal protest with Tokyo over the prime minister's remarks."),
    ("RUSGOV IGOMIL 111", "Russia's foreign ministry slammed NATO's new deployment in Finland."),
    ("ARM AZE 1124", "Armenia accused Azerbaijan of ethnic cleansing in Nagorno-Karabakh."),
    ("IND BGDGOV 114", "India summoned Bangladesh's envoy over attacks on Hindus."),
    ("SRBOPP SRBGOV 1121", "Serbia's opposition accused the government of rigging the election."),
    ("NGA USA 111", "Nigeria rebuked the United States over its remarks on Christians."),
    ("UKR UNO 114", "Ukraine lodged a complaint with the UN over Russian strikes on its power grid."),
    ("IRN ISR 112", "Iran held Israel responsible for the assassination of a nuclear scientist."),
    ("USA CHN 112", "The United States pointed the finger at China over the hack."),
    ("RUS IGOMIL 111", "Russia lashed out at NATO over its drills in the Baltic."),
    ("PAK AFG 1123", "Pakistan accused Afghanistan of harbouring militants."),
    ("DEU RUS 1123", "Germany accused Russia of sabotage."),
    ("KOR PRKMIL 111", "South Korea condemned North Korea's missile launch as a provocation."),
    ("ISR PSEGOV 112", "Israel blamed Hamas for the deaths of the hostages."),
    ("IRN USA 115", "Iran took the United States to the International Court of Justice."),
    ("PHL CHN 114", "The Philippines filed a diplomatic protest against China over the water cannon attack."),
    ("CHN USA 111", "China denounced the U.S. arms sale to Taiwan."),
    ("RUS GBR 1125", "Russia accused Britain of spying."),
    ("COD RWA 1123", "Congo accused Rwanda of backing the M23 rebels."),
    ("FRA DZAGOV 114", "France summoned Algeria's ambassador."),
    ("JPN CHN 114", "Japan protested China's sentencing of a Japanese businessman."),  # a state's, not 141
    # -- vocab16: threats, warnings of consequences, ultimatums, vows of retaliation (THREATEN) ----
    ("PRK USA 138", "North Korea warned the United States of an overwhelming response to the drills."),
    ("USAGOV ESP 1312", "Trump threatened Spain with tariffs over its defence spending."),
    ("IRN - 131", "Iran threatened to close the Strait of Hormuz."),
    ("CHN JPN 130", "China warned Japan against interfering in Taiwan."),
    ("PSEGOV ISR 138", "Hamas vowed to retaliate against Israel for the killing of its leader."),
    ("RUS IGOMIL 130", "Russia warned NATO that it would respond to the deployment of missiles in Germany."),
    ("TUR SYRREB 139", "Turkey issued an ultimatum to Syrian Kurdish fighters to leave the border area."),
    ("VENGOV VENOPP 137", "Maduro threatened to arrest opposition leaders."),
    ("ISR LBN 1384", "Israel threatened to invade Lebanon if Hezbollah did not disarm."),
    ("AZE ARM 130", "Azerbaijan warned Armenia it would use force."),
    ("USAGOV IRN 1312", "Washington threatened Iran with fresh sanctions if it resumed enrichment."),
    ("RUS - 1313", "Russia threatened to sever ties with countries that recognise Kosovo."),  # no one named
    ("IRN USA 1384", "Iran vowed to hit back at the United States."),
    ("CHN TWN 130", "China issued a stern warning to Taiwan."),
    ("IRN ISR 131", "Iran warned Israel of dire consequences."),
    ("USA HTI 131", "The United States threatened to cut off aid to Haiti."),
    ("ISR PSE 130", "Israel threatened to resume strikes on Gaza."),
    ("RUS FIN 131", "Russia warned Finland of retaliatory measures if it joined NATO."),
    ("USAGOV VEN 1384", "Trump threatened to strike Venezuela."),
    ("RUSGOV USAGOV 138", "Moscow warned Washington of a nuclear response."),
    # -- vocab17: wire-style accusations, blame, condemnation, summonses, protests lodged; ties cut,
    # envoys recalled or expelled, sanctions (also passive), tariffs, blacklists, borders closed, exits
    # (ACCUSE, SANCTION); 'said X was responsible / to blame / behind' is X accused by the speaker
    ("CHN PHL 1123",
     "China on Tuesday accused the Philippines of deliberately ramming a Chinese coast guard vessel near "
     "Second Thomas Shoal, the foreign ministry said in a statement."),
    ("RUSGOV MDAGOV 114",
     "Russia's foreign ministry summoned the Moldovan ambassador on Monday to protest against the expulsion "
     "of a Russian diplomat, accusing Chisinau of an unfriendly act."),
    ("CHNGOV JPNGOV 114",
     "Beijing lodged a protest with Tokyo on Friday after the Japanese prime minister said a Chinese attack "
     "on Taiwan could trigger a military response."),
    ("IND CANGOV 161",
     "India recalled its high commissioner from Ottawa on Monday, saying it had no faith in the Canadian "
     "government's commitment to ensure his security."),
    ("USA CHN 163",
     "The United States slapped sanctions on two Chinese refineries on Thursday for buying Iranian oil, the "
     "Treasury Department said."),
    ("PAK IND 1123",
     "Pakistan blamed India on Wednesday for a suicide bombing outside a court in Islamabad that killed 12 "
     "people, an accusation New Delhi rejected."),
    ("EUR GEO 111",
     "The European Union condemned Georgia's violent crackdown on pro-EU protesters, with its foreign "
     "policy chief saying the government had chosen repression."),
    ("IRN USA 111",
     "Iran denounced the U.S. strikes on its nuclear facilities as a grave violation of international law, "
     "the foreign minister said."),
    ("VENGOV USA 112",
     "Venezuela's government accused the United States of preparing a military aggression after Washington "
     "deployed warships to the Caribbean."),
    ("UKRGOV HUNGOV 114",
     "Ukraine's foreign ministry summoned Hungary's envoy on Thursday over the detention of a Ukrainian "
     "citizen, a ministry spokesman said."),
    ("DZA FRA 161",
     "Algeria recalled its ambassador to France for consultations on Tuesday after Paris backed Morocco's "
     "autonomy plan for Western Sahara."),
    ("FRA DZAGOV 161",
     "France expelled 12 Algerian embassy staff on Tuesday in retaliation for the expulsion of 12 French "
     "officials, the foreign ministry said."),
    ("SWE RUSGOV 161",
     "Sweden expelled three Russian diplomats on Friday, saying they had engaged in intelligence "
     "activities."),
    ("NERMIL FRAGOV 161",
     "Niger's junta ordered the French ambassador to leave the country within 48 hours."),
    ("CAN CHN 163",
     "Canada imposed a 100% tariff on Chinese electric vehicles, following similar moves by the United "
     "States and the European Union."),
    ("CHN USA 163",
     "China announced retaliatory tariffs of 34% on all imports from the United States on Friday."),
    ("USAGOV CHNBUS 163",
     "Washington blacklisted dozens of Chinese companies on Monday, including several chipmakers, the "
     "Commerce Department said."),
    ("EUR RUS 163",
     "The European Union approved its 16th package of sanctions against Russia on the third anniversary of "
     "the invasion."),
    ("GBR ISRCVL 163",
     "Sanctions were imposed on three Israeli settlers by Britain over violence against Palestinians in the "
     "West Bank."),
    ("RUSGOV GBRGOV 161",
     "Russia's foreign ministry said on Tuesday it had expelled two British diplomats, accusing them of "
     "spying."),
    ("MLI IGOJUD 161",
     "Mali, Burkina Faso and Niger announced their withdrawal from the International Criminal Court, "
     "calling it an instrument of neo-colonial repression."),
    ("USA UNO 161",
     "The United States announced it would withdraw from the World Health Organization, accusing the body "
     "of mishandling the COVID-19 pandemic."),
    ("HUNGOV EUR 111",
     "Hungary's prime minister hit back at Brussels on Thursday over the freezing of EU funds, saying the "
     "bloc was blackmailing his country."),
    ("ZAFGOV ISR 111",
     "South Africa's foreign minister criticised Israel over its military operations in Gaza, calling them "
     "collective punishment."),
    ("AZEGOV RUS 112",
     "Azerbaijan's president blamed Russia for the crash of an Azerbaijan Airlines passenger jet, saying it "
     "had been hit by Russian air defences."),
    ("CHNGOV JPN 111",
     "Beijing's condemnation of the Japanese prime minister's remarks was followed by a travel advisory for "
     "Chinese citizens."),
    ("EST RUSGOV 161",
     "Estonia's expulsion of two Russian diplomats came after a series of sabotage incidents in the Baltic "
     "region."),
    ("THAMIL KHM 112",
     "Thailand's army said Cambodia was responsible for a landmine blast that wounded five Thai soldiers on "
     "patrol."),
    ("KHM THA 1123",
     "Cambodia accused Thailand of firing first in the border clash, the defence ministry said."),
    ("PAKGOV IND 111",
     "Pakistan's foreign office denounced India's decision to suspend the Indus Waters Treaty as an act of "
     "war."),
    ("JPNGOV CHNGOV 114",
     "Tokyo lodged a strong protest with Beijing after a Chinese military aircraft violated Japanese "
     "airspace, the chief cabinet secretary said."),
    ("KORGOV RUSGOV 114",
     "Seoul summoned the Russian ambassador to protest against Moscow's military cooperation with "
     "Pyongyang."),
    ("ETH ERI 1123",
     "Ethiopia accused Eritrea of preparing for war and backing rebels in the Amhara region, in a letter to "
     "the U.N. secretary-general."),
    ("RWA BEL 161",
     "Rwanda cut diplomatic ties with Belgium on Monday, accusing Brussels of taking sides in the conflict "
     "in eastern Congo."),
    ("CODGOV RWA 1123",
     "Congo's government accused Rwanda of backing M23 rebels who seized Goma, and severed diplomatic "
     "relations with Kigali."),
    ("CODGOV RWAGOV 161",
     "Congo's government accused Rwanda of backing M23 rebels who seized Goma, and severed diplomatic "
     "relations with Kigali."),
    ("MLI DZA 161",
     "Mali, Niger and Burkina Faso recalled their ambassadors from Algeria after Algiers shot down a Malian "
     "drone."),
    ("DZA MLI 160", "Algeria closed its airspace to Malian flights, citing repeated violations by Bamako."),
    ("POL BLR 160",
     "Poland closed its border with Belarus on Friday after Russian and Belarusian forces began military "
     "exercises."),
    ("VEN PAN 160",
     "Venezuela suspended all commercial flights to and from Panama and the Dominican Republic after their "
     "governments questioned the election results."),
    ("TUR ISR 163",
     "Turkey halted all trade with Israel, citing the worsening humanitarian situation in Gaza, the trade "
     "ministry said."),
    ("USAGOV COLGOV 163",
     "The U.S. Treasury sanctioned Colombian President Gustavo Petro, his wife and his son, accusing him of "
     "failing to curb cocaine production."),
    ("USAGOV COLGOV 112",
     "The U.S. Treasury sanctioned Colombian President Gustavo Petro, his wife and his son, accusing him of "
     "failing to curb cocaine production."),
    ("CHNGOV USABUS 160",
     "Beijing announced countermeasures against 10 U.S. defence firms over arms sales to Taiwan."),
    ("CHN USABUS 160",
     "China imposed countermeasures on U.S. defence contractors over arms sales to Taiwan."),
    ("CHN USA 163", "China placed curbs on exports of gallium and germanium to the United States."),
    ("INDGOV BGDGOV 114",
     "India's foreign ministry summoned a senior Bangladeshi diplomat to lodge a protest over the security "
     "lapse."),
    ("PHLGOV CHNGOV 114",
     "Manila summoned China's deputy ambassador over the latest collision near Scarborough Shoal."),
    ("IRNGOV GBR 111",
     "Iran's foreign ministry slammed Britain, France and Germany for triggering the return of U.N. "
     "sanctions."),
    ("PRK KOR 111",
     "North Korea's leader's sister lambasted South Korea for sending leaflets across the border, calling "
     "the activists scum."),
    ("ISRGOV IGOJUD 111",
     "Israel's prime minister lashed out at the International Criminal Court over arrest warrants issued "
     "against him."),
    ("BFAMIL CIV 1123",
     "Burkina Faso's junta accused Ivory Coast of harbouring coup plotters, state television reported."),
    ("ARMGOV RUS 112",
     "Armenia's prime minister blamed Russia for failing to protect Armenia during the Azerbaijani "
     "offensive, and froze his country's participation in the CSTO."),
    ("ARMGOV IGOMIL 161",
     "Armenia's prime minister blamed Russia for failing to protect Armenia during the Azerbaijani "
     "offensive, and froze his country's participation in the CSTO."),
    ("UKRGOV RUSMIL 111",
     "Kyiv condemned the Russian missile strike on Sumy that killed 35 people as a war crime."),
    ("USAGOV CAN 163",
     "President Donald Trump announced 25% tariffs on imports from Canada and Mexico, accusing them of "
     "allowing fentanyl and migrants to flow across the border."),
    ("USAGOV MEX 163",
     "President Donald Trump announced 25% tariffs on imports from Canada and Mexico, accusing them of "
     "allowing fentanyl and migrants to flow across the border."),
    ("UNO MMRMIL 111",
     "The United Nations human rights chief criticised Myanmar's military junta over air strikes on "
     "civilians."),
    ("ESP ARG 161",
     "Spain permanently withdrew its ambassador to Argentina on Tuesday, saying Milei had not apologised "
     "for insulting the prime minister."),
    ("USAGOV CHNGOV 112", "The White House said Beijing was to blame for the collapse of the trade truce."),
    ("USAGOV CHNGOV 112", "Beijing is to blame for the fentanyl crisis, the White House said on Tuesday."),
    ("KHMMIL THAMIL 112",
     "Cambodia's defence ministry said Thai troops were behind the shelling of a Buddhist temple near the "
     "border."),
    ("IRN ISR 112", "Iran said Israel was responsible for the explosion at the port of Bandar Abbas."),
    ("USASPY RUS 112",
     "U.S. intelligence officials said Russia was behind a string of arson attacks in Europe."),
    ("MLIMIL DZA 112",
     "Mali's junta said Algeria was responsible for the downing of a drone near the border."),
    ("DEUGOV RUSGOV 114",
     "Germany's foreign ministry summoned Russia's ambassador over a cyberattack it attributed to Russian "
     "military intelligence."),
    ("CZE CHN 112", "The Czech Republic attributed a cyber attack on its foreign ministry to China."),
    ("USAGOV RUSBUS 163",
     "Sanctions were imposed on Russia's two biggest oil companies, Rosneft and Lukoil, by the U.S. "
     "Treasury on Wednesday."),
    ("USAGOV IND 163",
     "Tariffs of 50% were slapped on Indian goods by Washington over New Delhi's purchases of Russian oil."),
    ("EUR RUS 163", "New sanctions on Russia were approved by the European Union on Friday."),
    ("PAK INDGOV 161",
     "Pakistan expelled an Indian diplomat, declaring him persona non grata, in a tit-for-tat move."),
    ("CHN JPN 163",
     "China suspended imports of Japanese seafood again after the Japanese prime minister made remarks on "
     "Taiwan."),
    ("CUBGOV USA 111",
     "Cuba's foreign minister denounced the U.S. decision to put the island back on the list of state "
     "sponsors of terrorism."),
    ("BRAGOV USAGOV 111",
     "Brazil's President Lula criticised Washington over the tariffs, calling them blackmail."),
    ("CANGOV INDGOV 1122",
     "Canada's prime minister blamed India's government for the killing of a Sikh separatist leader on "
     "Canadian soil."),
    ("ECUGOV COL 163",
     "Ecuador's president accused Colombia of failing to stop drug trafficking and imposed 30% tariffs on "
     "Colombian imports."),
    ("COL ECU 163",
     "Colombia retaliated by imposing a tariff on Ecuadorian goods and suspending electricity sales to "
     "Ecuador."),
    ("IGO GNB 161",
     "The African Union suspended Guinea-Bissau from all its activities after the military seized power."),
    ("RUSGOV FINGOV 111",
     "Moscow hit back at Helsinki over its decision to join NATO, calling it a grave mistake."),
    ("IRNGOV USAGOV 111",
     "Tehran hit back at Washington's accusations, saying the United States was the main sponsor of "
     "terrorism in the region."),
    ("RUSGOV EST 111",
     "Russia's foreign ministry hit back at Estonia over the removal of Soviet war memorials."),
    ("PSEGOV ISR 112", "Hamas blamed Israel for the collapse of the ceasefire talks in Doha."),
    ("ISR PSEGOV 1123",
     "Israel accused Hamas of violating the ceasefire by failing to return the bodies of hostages."),
    ("CHN USAGOV 163",
     "China imposed sanctions on a former U.S. secretary of state and 27 other officials, accusing them of "
     "seriously violating China's sovereignty."),
    ("PHLGOV CHN 114",
     "The Philippine foreign ministry said it had filed a diplomatic protest over China's use of water "
     "cannon against a Philippine vessel."),
    ("TCD FRA 127", "Chad ended its defence cooperation agreement with France, calling it obsolete."),
    ("USAGOV BRAJUD 163",
     "Washington imposed visa restrictions on Brazilian Supreme Court justices, accusing them of "
     "censorship."),
    ("NIC UNO 161",
     "Nicaragua said on Friday it was leaving UNESCO after the U.N. agency gave an award to a newspaper "
     "critical of the government."),
    ("LTU BLR 160",
     "Lithuania shut its border crossings with Belarus after balloons carrying smuggled cigarettes drifted "
     "into its airspace."),
    ("IRQGOV TUR 114",
     "Iraq's foreign ministry summoned the Turkish charge d'affaires in protest against Turkish air strikes "
     "in the north."),
    ("RUS EUR 111", "Russia described the European Union's plan to use frozen Russian assets as theft."),
    ("KORGOV PRK 111",
     "South Korea's government strongly condemned North Korea for blowing up roads and railways connecting "
     "the two Koreas."),
    ("CHN TWNGOV 111",
     "China denounced Taiwan's president as a separatist after he said the island was not subordinate to "
     "Beijing."),
    ("USAGOV RUS 112",
     "The State Department accused Russia of using chemical weapons against Ukrainian troops."),
    ("GBR IRN 112", "Britain said Iran was behind a plot to attack journalists in London."),
    ("BEL RUSGOV 114",
     "Belgium summoned the Russian ambassador after drones were spotted over a military base."),
    ("POL RUSGOV 161",
     "Poland ordered the closure of the last Russian consulate on its territory, blaming Moscow for a "
     "sabotage attack on a railway line."),
    ("POL RUSGOV 1123",
     "Poland ordered the closure of the last Russian consulate on its territory, blaming Moscow for a "
     "sabotage attack on a railway line."),
    ("IRN GBRGOV 114",
     "Iran summoned the British ambassador, the foreign ministry said, after London accused Tehran of "
     "plotting attacks."),
    ("CHN LTU 161",
     "China recalled its ambassador to Lithuania and demanded that Vilnius recall its envoy from Beijing."),
    ("USA CHNBUS 163",
     "The U.S. Commerce Department added 80 Chinese companies to its entity list on Tuesday."),
]

# Why the LIMITS fail today (engine limitations; the patterns themselves are in place):
NOUN_SUBJECT = (
    "a noun trigger that is the subject of an event verb is consumed by the verb: 'a suicide "
    "bombing killed soldiers' codes kill (190), not the bombing (1831)"
)
XCOMP_TARGET = (
    "the target of a threat, pledge or promise is not looked for in its complement clause: "
    "'threatened to attack Taiwan', 'pledged to release X' have no target"
)
NO_AGENT = (
    "weapon platforms ('jets', 'warplanes', 'drones') are not agent nouns in agents.txt, so "
    "'Pakistani jets bombed X' has no source"
)


NOUN_PREP = (
    "the parser hangs the verb's preposition on its object noun ('approval from the IMF', 'rations by "
    "the WFP', 'a chargesheet against X'), so the slot is not found"
)
PLACE_AGENT = (
    "a place after the object ('a brigade in Lithuania') gives the agent noun that place's country, "
    "so the target is LTUMIL instead of the host country"
)
NO_SUBJECT_TEST = (
    "patterns cannot test the subject: 'stole $2 million from a bank' is an ordinary theft and "
    "'suspended Threads' a company's own app (guards), so a sum or an app name alone is left out"
)
ACCESS_TARGET = (
    "a platform that is an actor ('access to TikTok') is taken as the target (MNC) instead of the "
    "public that loses access (recipients.tsv), as 'restricted access to X' gives"
)
WARRING_PARTY = (
    "'warring parties' reads as political parties (agents.txt 'party' is PTY); which sector the sides "
    "of a war take (MIL, REB, both) is a labelling question left open"
)
COMPANY_OWNER = (
    "a company the actor files do not know, after a country's possessive ('Japan's Toyota', "
    "'Germany's Lufthansa'), is read as that country, so business news with an intent or request "
    "verb is coded as the state's (the same holds for the older 'pledged/agreed to buy' lines)"
)


WARRANT_OWNER = (
    "whose warrant it is, when said by a phrase on the noun ('a warrant from the ICC', 'issued by the "
    "ICC'), is not seen by the patterns' conditions, and a plain 'warrant' is a domestic court's as "
    "often: only 'an ICC warrant', 'an international warrant' make the arrest cooperation (063)"
)
ADVCL_DEADLINE = (
    "'gave French troops a month to leave': the parser makes 'to leave' an adverbial clause, not the "
    "verb's complement, so no xcomp= condition sees it (and a deadline with 'until' is 139, an ultimatum)"
)
ADVMOD_SORRY = (
    "'said sorry to Japan': 'sorry' is an adverb of 'said' and 'to Japan' hangs on it; no slot holds it"
)


INTENT_KIND = (
    "the intent is refined only by the complement verb's own pattern: 'to deepen military cooperation' "
    "is deepening ties (050, so 032) and 'to take in wounded Palestinians' has no pattern (030)"
)
XCOMP_OBJECT = (
    "what the complement acts on ('to send more troops', 'to hold an emergency meeting', 'to extend its "
    "peacekeeping mission', 'to return the marbles') is not seen by xcomp= conditions, so 'ask X to' "
    "stays the generic demand (100) or the return to talks (106)"
)
THAT_CLAUSE = (
    "the verb of a that-clause after 'demanded' is no xcomp, so 'demanded that Japan retract' is the "
    "generic demand (100); reading a bare subjunctive as one was tried and dropped: 'demanded that China "
    "withdraw its ships' then took the policy line (1042) that comes first for 'withdraw'"
)
NOUN_PARSE = (
    "the parser reads 'Sweden extradite Kurdish militants' as one noun phrase ('extradite' an adjective), "
    "so the demand is generic (100) and aimed at Swedish militants (SWEREB)"
)
FROM_ON_NOUN = (
    "the parser hangs 'from Kenya' on 'the separatist leader', who becomes a Kenyan rebel (KENREB), "
    "not the state asked"
)
EXPECT_SUBJECT = (
    "'Analysts expect China to demand': an active 'expect' with another subject is a forecast, but "
    "'expect' is only a raising head ('is expected to'), so China's demand is coded"
)
PARSE_NMOD = (
    "the parser hangs 'the Colombian government' on 'rebels' as a modifier, so the government is "
    "no party of its own"
)
PURPOSE_TARGET = (
    "'to protest the war' is parsed as a purpose clause (advcl), which no xcomp= condition sees, and "
    "the protest verb's own object names the war's place (UKR), not the embassy where it was held"
)
TALKS_COLLAPSED = (
    "collapsed talks are held talks in test_rules.py (test_noun_talks_between_is_reciprocal), and 'collapse' "
    "as a negator lemma blocks every event nested under it (the seed article's talks, mediation, ceasefire "
    "and clash in one sentence): a rule for the noun's own predicate only is left for the team"
)
PURPOSE_PLACE = (
    "the country helped is named only inside the purpose clause ('to help restore order in Papua New "
    "Guinea'), so 'sent police' is a deployment with no target (153), not peacekeeping (074)"
)
XCOMP_TO_TARGET = (
    "a refusal's target is searched in the complement's object first: 'refused to hand over TTP leaders "
    "to Pakistan' is aimed at the leaders (PAKREB), not at the state asking for them"
)
PRISONERS_HOME = (
    "prisoners named with no country have no actor, and RETREAT has no recipients.tsv row (a release "
    "by Hamas or Israel is of another country's people), so the pardon keeps a null target"
)
PARSE_DISPUTED = (
    "the parser reads 'disputed' in 'returned disputed territory' as a verb governing 'territory', so "
    "'return' has no object"
)
HIS_RELEASE = (
    "'acquit' has no pattern, and in 'ordered his release' the possessive 'his' is not resolved to the "
    "activist acquitted in the same sentence"
)
COMPOUND_FIRST = (
    "the nearest named actor in the target phrase is searched by depth: 'NATO' (a compound of "
    "'membership') is found before 'Sweden' (the possessor of 'NATO'), so the target is IGOMIL"
)
CRICKET_SCORE = (
    "a score after 'to' is a number, which no condition can name, and 'lunch' is no sport word: the "
    "plain 'retreat' (0874) holds"
)
UNKNOWN_PERSON = (
    "a person unknown to the dictionaries after a country's possessive is read as the country, and a "
    "plain 'refuse' with any complement is a rejection (120)"
)
EUROPEAN = (
    "'European' is no alias of the EU (European countries are not the EU), so 'European lawmakers' "
    "take the source's country (CHNLEG)"
)


SEA_PLACE = (
    "a sea named after a country ('the Gulf of Oman') is read as the country, so a seizure there "
    "targets OMN"
)
CAPITAL_PLACE = (
    "a capital named as a place after 'on' ('a curfew on the capital Bamako') is read as the metonym "
    "(MLIGOV), not the people who live there"
)
OWN_SOCIETY = (
    "a country source and an unnamed agent of its own country are one actor (targets._same_actor), so "
    "'Azerbaijan detained journalists' falls back to AZECVL; making them two was tried and lowered every "
    "dev set (vocab16)"
)
MEDIA_ACCESS = (
    "'restricted access to social media': the media named after 'access to' are taken as the target "
    "(TURJRN), not the public that loses access (recipients.tsv)"
)
LAW_CONTENT = (
    "what a law passed does ('a law restricting foreign-funded media', a participle on the noun) is "
    "not an act of the one who passed it; no pattern sees it"
)
APPOS_PRED = (
    "the parser reads 'the independent outlet Meduza an undesirable organisation' as a chain of "
    "appositions; only naming verbs (call, brand, label) take the last one as the predicate"
)
MAKER_SECTOR = (
    "'drone makers': the agent noun 'drone' (MIL) in the compound gives the sector; 'maker' (a "
    "business) is no agent noun"
)
BASE_SECTOR = (
    "whose base it is ('a military base') is not read from the place; an attack at home by an armed "
    "group falls on the country's civilians (recipients.tsv)"
)
AT_SEA = (
    "an armed group's attack with no place with a country is taken to be at home (recipients.tsv: "
    "YEMCVL); a ship at sea in 'the Red Sea' has no country"
)
CROWD_OR_STATE = (
    "'protested X's detention' is a crowd's demonstration (141) as often as a state's complaint (114), "
    "and patterns cannot test the subject: 114 protest obj=detention lost a dev4 row"
)
XCOMP_NOUN = (
    "what a threatened verb acts on is not seen by xcomp= conditions: 'threatened to launch protests' "
    "takes the attack line (1384 xcomp=launch), not the protest (133); both are THREATEN"
)

# vocab17
BRUSSELS_BELGIUM = (
    "'Brussels' is the EU's metonym (metonyms.txt), also in a sentence about Belgium: 'cut ties with "
    "Belgium, accusing Brussels of taking sides' accuses the EU"
)
BORE_COMPOUND = (
    "the parser makes 'bore' a compound of 'responsibility' ('said Russia bore responsibility for'), so "
    "the bear line finds no object"
)
NOUN_AS_SLOT = (
    "an event noun that is a slot of another event verb is not coded itself: 'Russia's expulsion of two "
    "Moldovan diplomats drew a protest' is the protest only"
)
ECOWAS_VERB = (
    "the parser reads 'ECOWAS' as the sentence's verb, 'imposed' as a modifier of 'sanctions', so no "
    "impose line is tried"
)


def xfail(reason: str, expected: str, text: str) -> object:
    return pytest.param(expected, text, marks=pytest.mark.xfail(reason=reason))


LIMITS = [
    ("RUS UKR 1952", "Russia launched a drone strike on Ukraine."),
    ("RUS UKR 195", "Russia launched air strikes on Ukraine."),
    ("PAK AFGGOV 163", "Pakistan imposed a travel ban on Afghan officials."),
    ("PAKCVL PAKGOV 142", "Pakistani prisoners launched a hunger strike against the government."),
    ("PAKCVL PAKGOV 142", "Pakistani prisoners went on hunger strike."),
    ("RUS UKR 1124", "Russia accused Ukraine of war crimes."),
    ("USA RUS 1621", "The United States suspended economic aid to Russia."),
    ("ARE SDN 073", "The UAE sent humanitarian aid to Sudan."),
    ("USA UKR 072", "The United States provided military aid to Ukraine."),
    ("USA UKR 1622", "The United States froze military assistance to Ukraine."),
    ("CAN HTI 072", "Haiti received 20 armoured vehicles from Canada."),  # src=from: the giver
    ("ESP ARG 161", "Spain recalled its ambassador to Argentina."),  # its own envoy is no target
    ("EUR NER 073", "The European Union sent 4 million euros in humanitarian aid to Niger."),  # money in aid
    ("IND MMR 073", "India dispatched a navy ship carrying 40 tonnes of rice to Myanmar."),  # the cargo
    ("MEX CUB 073", "Mexico sent two navy ships loaded with food to Cuba."),
    ("LTU UKR 072", "Lithuania gave Ukraine two mobile air defence systems."),
    xfail(NOUN_SUBJECT, "PAKREB PAKMIL 1831", "A TTP suicide bombing killed Pakistani soldiers."),
    ("CHN TWN 1384", "China threatened to attack Taiwan."),
    xfail(XCOMP_TARGET, "ISR PSE 0353", "Israel pledged to release Palestinian prisoners."),
    ("USA RUS 0354", "The United States promised to lift sanctions on Russia."),
    ("USA IRN 131", "The United States hinted at countermeasures against Iran."),
    xfail(NO_AGENT, "PAKMIL AFG 195", "Pakistani jets bombed Afghanistan."),
    ("PAKLAB PAKGOV 1432", "Pakistani workers staged a general strike against the new tax."),
    # a particle the parser takes for a preposition or adverb ('pulled out of X', 'handed X back to Y')
    ("RWAMIL COD 0874", "Rwandan troops pulled out of the Congolese town of Goma."),
    ("KGZ TJK 084", "Kyrgyzstan handed two border enclaves back to Tajikistan."),
    ("KENCOP - 153", "Kenyan riot police were deployed outside parliament."),  # passive, no by-agent
    # naming an act with a judgement ("called the drills a rehearsal for war") is criticism, not a phone call
    ("PRKGOV - 111", "Pyongyang called the drills a rehearsal for war."),
    # -- vocab10: phrasings the engine cannot code yet
    ("NLD UKR 072", "The Netherlands delivered the last of the F-16 jets it promised to Ukraine."),
    xfail(NOUN_PREP, "IGO PAK 071", "Pakistan won approval from the IMF for a $7 billion loan."),
    xfail(NOUN_PREP, "UNO SDNCVL 073",
          "Displaced families in Sudan were given food rations by the World Food Programme."),
    ("IND MMRMIL 0841", "India sent back 330 Myanmar soldiers who had fled across the border."),  # vocab15
    xfail(NOUN_PREP, "IND INDOPP 173",
          "India's Enforcement Directorate filed a chargesheet against opposition leader Rahul Gandhi."),
    ("PAK IND 138",
     "Pakistan said it would treat any attempt by India to divert the waters as an act of war."),
    xfail(PLACE_AGENT, "DEU LTU 154", "Germany launched a permanently stationed brigade in Lithuania."),
    xfail(NO_SUBJECT_TEST, "PRKCRM - 171",
          "North Korean hackers stole $1.5 billion from the crypto exchange Bybit."),
    ("IRN ISR 171", "Iran seized an Israeli-linked container ship in the Strait of Hormuz."),
    xfail(ACCESS_TARGET, "VENGOV VENCVL 1721", "Venezuela's government blocked access to TikTok."),
    ("IRNMIL GRC 171", "Iranian forces seized a Greek-flagged tanker."),
    xfail(NO_SUBJECT_TEST, "PRKCRM KORBUS 171",
          "North Korean hackers stole $30 million from South Korean banks."),
    ("GEOCOP GEOOPP 170", "Georgian police raided the offices of opposition parties."),  # vocab16: passes
    ("RUS UKR 036", "Russia signalled it was open to talks with Ukraine."),
    xfail(WARRING_PARTY, "EGY SDN 039", "Egypt offered to mediate between Sudan's warring parties."),
    ("PAKCOP PAKOPP 170", "Pakistani police raided the offices of the opposition party."),  # vocab16: passes
    xfail(NO_SUBJECT_TEST, "ETHGOV ETHCVL 1721",
          "Ethiopia's government suspended Facebook and Telegram in the Amhara region."),
    # -- vocab12: phrasings the engine cannot code yet
    xfail(WARRANT_OWNER, "PHL IGOJUD 063",
          "The Philippines arrested Duterte on a warrant from the International Criminal Court."),
    xfail(WARRANT_OWNER, "ITA IGOJUD 063",
          "Italy arrested a Libyan police chief on a warrant issued by the ICC."),
    xfail(ADVCL_DEADLINE, "BFA FRAMIL 1056", "Burkina Faso gave French troops a month to leave."),
    xfail(ADVMOD_SORRY, "KORGOV JPN 055", "South Korea's president said sorry to Japan."),
    # -- vocab13: phrasings the engine cannot code yet
    xfail(INTENT_KIND, "RUS PRK 0312", "Russia vowed to deepen military cooperation with North Korea."),
    xfail(INTENT_KIND, "EGY PSE 0333", "Egypt offered to take in wounded Palestinians from Gaza."),
    ("COLREB COLGOV 036", "Colombia's ELN rebels said they were willing to negotiate with the government."),
    xfail(NOUN_PARSE, "TUR SWE 1013", "Turkey demanded that Sweden extradite Kurdish militants."),
    xfail(THAT_CLAUSE, "CHN JPN 1042",
          "China demanded that Japan retract the prime minister's remarks on Taiwan."),
    xfail(XCOMP_OBJECT, "GRC GBR 1053", "Greece asked Britain to return the Parthenon marbles."),
    xfail(XCOMP_OBJECT, "VEN UNO 106",
          "Venezuela asked the UN Security Council to hold an emergency meeting."),
    xfail(XCOMP_OBJECT, "XKX IGOMIL 1034", "Kosovo asked NATO to send more troops to the north."),
    xfail(XCOMP_OBJECT, "SOM IGO 1034",
          "Somalia asked the African Union to extend its peacekeeping mission."),
    xfail(XCOMP_OBJECT, "TWN USA 1032", "Taiwan asked the United States to speed up weapons deliveries."),
    xfail(FROM_ON_NOUN, "NGA KEN 1013",
          "Nigeria requested the extradition of the separatist leader from Kenya."),
    # -- vocab14: phrasings the engine cannot code yet
    ("COLGOV COLREB 046", "Norway brokered talks between Colombia's government and the ELN."),
    xfail(PARSE_NMOD, "NOR COLGOV 045",
          "Norway brokered talks between the Colombian government and ELN rebels."),
    ("EGY PSEGOV 043", "Egypt hosted Israeli and Hamas negotiators in Cairo."),
    xfail(PURPOSE_TARGET, "GBRSOC RUSGOV 141",
          "Activists held a vigil outside the Russian embassy in London to protest the war in Ukraine."),
    ("PSECVL ISRGOV 142", "Palestinian prisoners in Israeli jails launched a hunger strike."),  # the jailer
    xfail(NO_SUBJECT_TEST, "FRACOP - 153", "French police increased their presence around synagogues."),
    xfail(NO_SUBJECT_TEST, "USAMIL - 152",
          "The U.S. military raised the alert level at its bases in the Middle East."),
    ("IRN - 150", "Iran staged naval drills in the Strait of Hormuz."),  # waters: no one's country
    # -- vocab15: phrasings the engine cannot code yet
    xfail(PURPOSE_PLACE, "AUS PNG 074", "Australia sent police to help restore order in Papua New Guinea."),
    xfail(XCOMP_TO_TARGET, "AFGGOV PAK 1213", "The Taliban refused to hand over TTP leaders to Pakistan."),
    xfail(PRISONERS_HOME, "BLR BLRCVL 0841", "Belarus pardoned 30 political prisoners."),
    xfail(PARSE_DISPUTED, "KGZ TJK 0842", "Kyrgyzstan returned disputed territory to Tajikistan."),
    xfail(HIS_RELEASE, "EGYJUD EGYOPP 0841",
          "An Egyptian court acquitted the opposition activist and ordered his release."),
    xfail(COMPOUND_FIRST, "TUR SWE 080", "Turkey lifted its veto on Sweden's NATO membership."),
    xfail(EUROPEAN, "CHN EUR 085", "Beijing lifted sanctions on European lawmakers."),
    # -- vocab16: phrasings the engine cannot code yet
    xfail(SEA_PLACE, "IRN - 171", "Iran seized a foreign oil tanker in the Gulf of Oman."),
    xfail(CAPITAL_PLACE, "MLIMIL MLICVL 1723",
          "Mali's junta imposed a night-time curfew on the capital Bamako."),
    xfail(OWN_SOCIETY, "AZE AZEJRN 173",
          "Azerbaijan detained six journalists from an independent news site."),
    xfail(MEDIA_ACCESS, "TURGOV TURCVL 1721",
          "Turkish authorities restricted access to social media after the mayor's arrest."),
    xfail(LAW_CONTENT, "GEOGOV GEOCVL 1721",
          "Georgia's government passed a law restricting foreign-funded media."),
    xfail(APPOS_PRED, "RUS RUSCVL 172",
          "Russia declared the independent outlet Meduza an undesirable organisation."),
    xfail(MAKER_SECTOR, "EUR IRNBUS 163", "The European Union imposed sanctions on Iranian drone makers."),
    xfail(BASE_SECTOR, "SOMREB SOMMIL 190", "Al-Shabaab militants attacked a military base in Somalia."),
    xfail(AT_SEA, "YEMREB - 194", "Houthi rebels fired missiles at a cargo ship in the Red Sea."),
    xfail(CROWD_OR_STATE, "JPN CHN 114", "Japan protested China's detention of a Japanese businessman."),
    xfail(XCOMP_NOUN, "PAKOPP PAKGOV 133", "Pakistan's opposition threatened to launch nationwide protests."),
    # -- vocab17: phrasings the engine cannot code yet
    xfail(BRUSSELS_BELGIUM, "RWA BELGOV 112",
          "Rwanda cut diplomatic ties with Belgium on Monday, accusing Brussels of taking sides in the "
          "conflict in eastern Congo."),
    xfail(BORE_COMPOUND, "GBRGOV RUS 112",
          "Britain's foreign secretary said Russia bore responsibility for the death of opposition leader "
          "Alexei Navalny."),
    xfail(NOUN_AS_SLOT, "RUS MDAGOV 161",
          "Russia's expulsion of two Moldovan diplomats drew a protest from Chisinau."),
    xfail(ECOWAS_VERB, "IGO NERMIL 163", "ECOWAS imposed sanctions on Niger's junta after the coup."),
    xfail(NOUN_PREP, "GBR RUSSPY 112",
          "Britain attributed the cyber attacks on its election watchdog to Russian military intelligence."),
]


@pytest.mark.parametrize(("expected", "text"), [*CASES, *LIMITS])
def test_vocabulary(real_coder, expected, text):
    source, target, cameo = expected.split()
    want = (source, None if target == "-" else target, cameo)
    rows = real_coder.code_text(text, date=DATE)
    found = {(r["source_actor"], r["target_actor"], r["cameo_code"]): r for r in rows}
    assert want in found, f"{text!r} gave {sorted(found, key=str)}"
    assert found[want]["plover_type"] == real_coder.lexicon.cameo[cameo].plover_type


def test_enough_sentences():
    assert len(CASES) + len(LIMITS) >= 40


# Sentences that hold trigger words but no political event (gold format: sport, possibilities,
# advice, fiction, negated past events, plans denied); each names the guard that must hold.
NO_EVENT = [
    ("a sports report (wickets)", "India beat Pakistan by six wickets in their Champions Trophy clash."),
    ("a sports report (score and result)", "Portugal stormed to a 3-1 win over Poland in Warsaw."),
    ("a possibility (could)", "Analysts say China could blockade Taiwan within days."),
    ("a possibility (may decide to)", "Israel may decide to strike Iran's nuclear sites on its own."),
    ("an event noun under would", "A Chinese naval blockade of Taiwan would choke off Japan's imports."),
    ("advice (should ... and start)", "India and China should stop quarrelling and start talking."),
    ("a fear of an event", "Shares fell on fears of a trade war between the United States and China."),
    ("a film's plot", "The film, in which Indian commandos storm a Pakistani air base, was a hit."),
    ("a negated past meeting", "Vladimir Putin did not meet Volodymyr Zelenskiy in Istanbul on Thursday."),
    ("a market report (retreated, surged)", "Oil prices retreated as shares surged."),
    ("no plans for (relcl)", "The Kremlin said there were no plans for Vladimir Putin to meet Donald Trump."),
    ("no plans to (purpose clause)",
     "Mexico has no plans to send troops to fight the cartels alongside U.S. forces."),
    # -- cooperation-side vocabulary (vocab-coop): business and market look-alikes ---------------
    ("monetary policy, not a concession", "The central bank lowered interest rates by a quarter point."),
    ("a carmaker's deliveries, not aid", "Tesla delivered 400,000 vehicles to customers in the quarter."),
    ("police work, not demobilisation", "Nigerian police dismantled a drug trafficking network in Lagos."),
    ("a company's dividend", "Shares in the shipping firm fell after it cancelled the dividend increase."),
    ("an appeal (pressed X to), not the event it urges", "Egypt pressed Israel to allow more aid into Gaza."),
    ("carrying someone, not a visit",
     "Kenya's security forces flew the detained opposition leader to Nairobi from Kampala."),
    ("own positions toured, not a visit", "Iran's army chief toured positions along the border with Iraq."),
    ("its own sovereignty defended, not verbal support", "Venezuela said it would defend its sovereignty."),
    ("an envoy called home, not a phone call", "Chile called its top diplomat in Caracas home."),
    ("an investment withdrawn, not a retreat",
     "Norway's sovereign wealth fund withdrew its investment in an Israeli company."),
    # -- noevent probes (dev5): sport, market and business look-alikes stopped by 010 lines -------
    ("a comeback in sport (rallied from)",
     "Australia rallied from two goals down to draw with Japan in Sydney."),
    ("a market recovering (rallied to a high)", "Mexico's stocks rallied to a record high on Tuesday."),
    ("a sporting event hosted, not a visit", "Italy hosted the Winter Games in Milan and Cortina."),
    ("a press conference boycotted, not talks",
     "Spain's players boycotted the press conference after the final."),
    ("a ball fired at goal, not a shooting",
     "Portugal's Cristiano Ronaldo fired a free kick into the top corner against Ireland."),
    ("teams meeting in a final, not a meeting",
     "Analysts expect India and Pakistan to meet again in the final."),
    ("a bank's loan to a company, not aid",
     "A Japanese bank will lend $2 billion to an Indian conglomerate."),
    ("a past negated transfer, not a refusal", "Germany has not sent any tanks to Ukraine yet."),
    ("a side out of a match, not a retreat",
     "Nigeria's Super Eagles withdrew from the match in Libya after being stranded at an airport."),
    ("an index off its high, not a retreat", "Japan's Nikkei retreated from its record high."),
    ("a coach's advice, not a threat",
     "Argentina's coach warned his players against complacency before the match with Chile."),
    ("video referees deployed, not forces",
     "Germany's Bundesliga will deploy video referees at every match."),
    # -- vocab7: sport and daily life with the new retake, leave and pull-out words
    ("a lead retaken in sport, not territory", "Spain retook the lead in the second half against Italy."),
    ("flares fired, no attack", "Japanese fighter jets fired flares over the island on Monday."),
    ("a lead recaptured in sport", "Spain recaptured the lead against Italy."),
    ("a court left as a building", "Brazil's defence lawyer left the court after the hearing."),
    ("a coach leaving a group, not an alliance", "Germany's coach left the group to join another club."),
    ("a team out of a league", "Spain's team pulled out of the league."),
    ("a footballer answering critics, not an attack", "Chad's striker hit back at critics over his form."),
    ("a cricket rout, not a battle", "Australia routed India by ten wickets."),
    # -- vocab10: business, sport and daily life with the new aid, release, lift and charge words
    ("a footballer released by his club", "The striker was released by his club at the end of the season."),
    ("a forecast lifted", "The company lifted its full-year forecast."),
    ("an album delivered", "The band delivered a new album to fans in March."),
    ("a bank's rates lifted", "The Bank of Japan lifted interest rates to their highest level in 17 years."),
    ("parcels delivered", "Amazon delivered a record number of parcels in Germany."),
    ("dividends disbursed", "The company disbursed dividends to shareholders."),
    ("a kit released", "Manchester United released their new kit."),
    ("an award congratulated", "The film's star congratulated the director on his award."),
    ("water airdropped on a fire", "Firefighting planes airdropped water over the burning forest in Greece."),
    ("a goalkeeper sent back", "The club sent back the loaned goalkeeper to Chelsea."),
    ("a trophy handed over", "Real Madrid handed over the trophy to the club museum."),
    ("a coach standing behind a player", "The coach stood firmly behind his goalkeeper after the defeat."),
    ("a miner's approval", "Shares in the miner jumped after it won approval for its new mine in Chile."),
    ("a commercial case", "The retailer filed a case against its former supplier."),
    ("a sport complaint", "The champion lodged a complaint with the organisers over the judging."),
    ("a sport charge", "The football association charged the player with misconduct."),
    ("fans scrambling", "Fans scrambled for tickets to see Brazil play Argentina."),
    ("dividends released", "The bank released $230 million in dividends to its shareholders."),
    ("a residency launched", "The orchestra launched a permanent residency in Vilnius."),
    ("fans flown", "The airline flew fans to Madrid for the final."),
    ("a red card given", "The striker was given a red card by the referee."),
    ("cars delivered", "Toyota delivered 10,000 hybrid cars to customers in Thailand."),
    ("a weather warning", "The weather service warned of heavy rain in Kerala."),
    ("labour talks", "The airline wants to reopen talks with its pilots over pay."),
    ("fans behind a team", "Fans stood firmly behind the team after the loss."),
    ("a federation apologising to fans", "The football federation apologised to fans after the defeat."),
    ("a player's apology", "The captain apologised to supporters for the defeat."),
    ("a singer forgiven", "The singer asked fans for forgiveness after cancelling the tour."),
    ("a moratorium on a dividend",
     "The bank approved a moratorium on loan repayments for farmers hit by floods."),
    ("a loan approved for a firm", "The lender approved a $500 million loan for the carmaker."),
    ("hackers stealing from a retailer",
     "Hackers stole the card details of 10 million customers from a retailer."),
    ("storm flights grounded", "The storm forced airlines to ground flights across Japan."),
    ("a club's charity", "The club donated its match fee to a children's hospital."),
    ("fans given", "Fans were given free tickets by the club."),
    ("a transfer", "The club transferred the midfielder to a Spanish side for 40 million euros."),
    ("a company's own app suspended", "Meta suspended Threads for teenage users in Australia."),
    ("money stolen by thieves", "Thieves stole $2 million from a bank in Lyon."),
    ("dividends paid out", "Japan's SoftBank paid out $5 billion to its shareholders."),
    ("a company's own debt paid off", "The carmaker paid off its debt to its banks early."),
    ("a debate reopened", "The coach wants to reopen the debate about the captaincy."),
    ("a loan from a bank to a company",
     "The airline secured a $500 million loan from a consortium of banks."),
    ("a brigade of volunteers", "The city launched a brigade of volunteer cleaners."),
    ("cheering reservists (sport)", "The coach mobilised his reserves for the cup final."),
    ("a proceeding in a divorce", "The actor's wife opened divorce proceedings against him."),
    ("a cup final trophy", "The captain handed over the cup to the club president."),
    ("a club paying off its stadium", "Barcelona paid off the debt on its stadium."),
    ("a speed throttled", "The carrier throttled data speeds for heavy users."),
    # -- vocab11: sport, business, culture and weather with the new offer, request, list and strike words
    ("an appeal to the UN, no event (docs/gold-format.md)",
     "Ukraine appealed to the UN Security Council to condemn the strikes."),
    ("a band meeting fans", "The band met fans backstage after the concert."),
    ("a team at a hospital", "The team visited the children's hospital on Tuesday."),
    ("a storm hitting a coast", "The storm hit the coast of Florida on Sunday."),
    ("a hurricane's devastation", "Hurricane Melissa visited devastation on the coast of Jamaica."),
    ("results meeting expectations", "Toyota's quarterly results met expectations."),
    ("a deadline met", "The contractor met the deadline for the new stadium."),
    ("a target met", "India's central bank said inflation met its target."),
    ("resistance met", "The plan met resistance from shareholders."),
    ("labour talks of a company", "The carmaker held talks with the union over pay."),
    ("a website visited", "Millions of people visited the website after the launch."),
    ("a boxer pounding", "The boxer pounded his opponent in the third round."),
    ("rain pounding", "Heavy rain pounded the Philippine capital on Monday."),
    ("a post struck", "The striker struck the post twice in the first half."),
    ("a share buyback offered", "The company offered to buy back its shares."),
    ("an emissions pledge", "The airline pledged to cut emissions by 2030."),
    ("a phone promised", "Apple promised to ship the new phone in March."),
    ("fans asked", "The club asked fans to arrive early."),
    ("an apology demanded of a paper", "The singer demanded an apology from the newspaper."),
    ("fraudsters' accounts frozen", "The bank froze the accounts of the fraudsters."),
    ("a player suspended", "The league suspended the player for three matches."),
    ("a stadium closed", "The club closed its stadium for renovations."),
    ("supplies cut off", "The company cut off supplies to the retailer."),
    ("a toy's sales halted", "The retailer halted sales of the toy after complaints."),
    ("a tour licence revoked", "The museum revoked the licence of the tour operator."),
    ("a band invited", "The festival invited the band to play again next year."),
    ("an invitation to host awards", "The actor accepted an invitation to host the awards."),
    ("renewable power bought", "The company committed to buying renewable power."),
    ("fire from the first whistle", "The team opened fire from the first whistle."),
    ("a striker recalled", "Spain's coach recalled the striker to the squad."),
    ("a leader visiting flood-hit areas at home", "The prime minister visited flood-hit areas in the south."),
    ("a housing target met", "The minister met the target of building 10,000 homes."),
    ("a streaming offer welcomed", "The broadcaster welcomed an offer from a streaming service."),
    ("shoplifters blacklisted", "The shop blacklisted customers who stole."),
    ("a forecast downgraded", "The bank downgraded its growth forecast for Germany."),
    ("a sport request", "Spain's football federation filed a request with UEFA for a replay of the match."),
    ("a list of bestsellers", "The company added 500 new products to its list of bestsellers."),
    ("tickets pledged", "The singer pledged 100 tickets to the fans."),
    ("rescue helicopters", "Rescue helicopters airlifted stranded hikers in Nepal."),
    ("police helicopters over a stadium", "Police helicopters circled over the stadium in London."),
    ("a transfer agreed in principle",
     "The two clubs agreed in principle to a transfer deal for the striker."),
    ("a captaincy handed over",
     "The coach pressed the club to hand over the captaincy to the young striker."),
    ("a transfer request", "Brazil's striker submitted a transfer request to his club."),
    ("medals pledged", "Kenya's runners pledged their medals to their home town."),
    ("a squad list", "Mexico's coach added three players to his list for the World Cup."),
    ("firefighting helicopters", "Helicopters dropped water on the wildfires near Athens."),
    ("a publishing deal in principle",
     "The publisher agreed in principle to a deal with the author's estate."),
    ("players meeting fans", "Argentina's players met fans in Buenos Aires after the World Cup win."),
    ("a cricket team at a hospital", "India's cricket team visited a children's hospital in Mumbai."),
    ("an emissions target met", "Japan met its 2030 emissions target early."),
    ("a climate deadline met", "Brazil's government met the deadline to submit its climate plan."),
    ("a company's talks with unions", "France's Renault held talks with unions over job cuts."),
    ("a hurricane hitting an island", "Hurricane Melissa hit Jamaica as a Category 5 storm."),
    ("a website visited by millions", "Millions of Indians visited the government's new website."),
    ("clubs meeting in a final", "Spain's Real Madrid met Barcelona in the Super Cup final."),
    ("a company's talks with its union", "South Korea's Samsung held talks with its union on Monday."),
    ("bowlers meeting resistance", "Pakistan's bowlers met stiff resistance from Australia's batsmen."),
    ("market expectations met", "Turkey's central bank met market expectations with a rate cut."),
    ("a typhoon striking", "The typhoon struck the Philippines on Sunday, killing 20 people."),
    ("tourists at a museum", "The Chinese tourists visited the Louvre on Tuesday."),
    ("a company's purchase", "Japan's Toyota committed to buying batteries from Panasonic."),
    ("reporters told what to expect", "The minister told reporters to expect more arrests."),
    ("a company's purchase", "India's Reliance committed to buying more solar panels."),
    ("an airline's request to a regulator",
     "Germany's Lufthansa filed a request with the regulator for more landing slots."),
    # -- vocab12: sport, business and daily life with the new cancel, walk-out, leave, honour and pause words
    ("a cricket tour postponed", "India's cricket team postponed its tour of Pakistan."),
    ("a band's tour postponed", "The band postponed its tour of Japan because of the singer's illness."),
    ("flights cancelled for a storm", "The airline cancelled its flights to London because of the storm."),
    ("players walking out of training",
     "Brazil's players walked out of the training session in protest over unpaid bonuses."),
    ("a challenge brushed aside", "The striker brushed aside the defender's challenge."),
    ("criticism of an album shrugged off", "The singer shrugged off the criticism of her new album."),
    ("the heat shrugged off", "Kenya's runners shrugged off the heat to win the marathon."),
    ("a penalty awarded", "The referee awarded Brazil a penalty in the second half."),
    ("an honorary doctorate conferred", "The university conferred an honorary doctorate on the actor."),
    ("a footballer's award", "Argentina's Lionel Messi was presented with the Ballon d'Or award."),
    ("a club's medal", "The club presented the captain with a medal after his 500th match."),
    ("a firm's project paused", "Japan's Toyota paused the project because of rising costs."),
    ("a chip plant on hold", "South Korea's Samsung put the chip plant project on hold."),
    ("a carmaker's launch delayed", "Germany's Volkswagen delayed the launch of its new electric car."),
    ("a rate decision delayed", "Mexico's central bank delayed the rate decision."),
    ("a team out of a tournament", "Nigeria's Super Eagles left the tournament after a defeat to Ghana."),
    ("swimmers out of a meet", "Australia's swimmers withdrew from the Olympics meet in protest."),
    ("a player left out of a squad",
     "Canada's tennis federation excluded the player from the Davis Cup squad."),
    ("a club president barred from a stadium",
     "Turkey's football federation barred the club's president from the stadium."),
    ("a reform seen as the way to growth",
     "Investors in India regard the reform as the best way to boost growth."),
    ("a merger seen as the only way", "The company sees the merger as the only way to survive."),
    ("a golf club membership", "The actor applied for membership of the golf club."),
    ("a rowing team joined", "The student applied to join the university's rowing team."),
    ("a singer's regret", "The singer expressed regret for cancelling the concert."),
    ("a trade fair left", "The carmaker suspended its participation in the trade fair."),
    ("a decision stood by", "Israel stood by its decision to close the crossing."),
    ("remarks stood by", "India's foreign minister stood by his remarks on Pakistan."),
    ("a coach standing by his goalkeeper", "Japan's coach stood by his goalkeeper after the defeat."),
    ("an opening postponed", "China's BYD postponed the opening of its factory in Hungary."),
    # a trip at home called off is no refusal: one's own plans called off with no one named to meet
    ("a trip at home called off",
     "Britain's Prince William cancelled his trip to Scotland because of the weather."),
    # -- vocab13: business, sport, campaigns and daily life with agree, offer, promise, ask and demand
    ("a takeover agreed by a company", "Nvidia agreed to buy an Israeli startup for $700 million."),
    ("a company's discount offered", "The company offered customers a 20 percent discount."),
    ("a club's transfer fee asked", "The club asked for a transfer fee of 50 million euros."),
    ("a campaign promise", "The candidate promised lower taxes for families."),
    ("a company's investment pledge", "Apple pledged to invest $500 billion in new factories."),
    ("a player signed by a club", "Real Madrid agreed to sign the Brazilian striker."),
    ("fans calling for a coach's resignation", "Fans called for the coach's resignation after the defeat."),
    ("a bank's refinancing offer", "The bank offered to refinance the loan."),
    ("privacy asked for", "The actress asked for privacy after the divorce."),
    ("a bond market's demand", "Investors demanded higher yields on Italian bonds."),
    ("a company's purchase commitment",
     "Microsoft committed to buying carbon credits from a Brazilian firm."),
    ("an airline's refund promise", "The airline promised passengers full refunds."),
    ("a singer's promise to fans", "The singer promised fans a new album next year."),
    ("a loan deal between clubs", "Manchester United asked Juventus for a loan deal."),
    ("a carmaker ready to produce", "Tesla is ready to start production in India."),
    ("a mayor's promise of road repairs", "The mayor promised to fix the potholes before winter."),
    ("a senator's vow in a campaign", "The senator vowed to fight for lower drug prices."),
    ("shoppers seeking bargains", "Shoppers sought bargains in the January sales."),
    ("a teacher's request", "The teacher asked the students to hand in their essays."),
    ("a restaurant's offer", "The restaurant offered free meals to nurses."),
    ("a candidate's promise to voters", "The opposition candidate promised voters free electricity."),
    ("an appeal for aid (02x), no request", "Egypt appealed to the United Nations for food aid."),
    ("a footballer's contract", "The striker agreed to a new three-year contract with the club."),
    ("a hospital's request for blood", "The hospital requested more blood donations from the public."),
    ("a coach's demand", "The coach demanded more effort from his players."),
    ("a carmaker's recall", "Toyota offered to recall 1 million cars in Japan."),
    ("an insurer's payout", "The insurer agreed to pay compensation to the flood victims."),
    pytest.param("a forecast of a demand", "Analysts expect China to demand concessions.",
                 marks=pytest.mark.xfail(reason=EXPECT_SUBJECT)),
    pytest.param("a company's investment commitment",
                 "Japan's SoftBank committed to investing $100 billion in the United States.",
                 marks=pytest.mark.xfail(reason=COMPANY_OWNER)),
    # -- vocab14: meetings that did not happen or are no consultation between political actors ---
    ("a negated meeting", "Egypt's foreign minister did not meet his Iranian counterpart in Cairo."),
    ("a target met", "Kenya met its deficit target for the first time in a decade."),
    ("teams meeting in a qualifier", "Brazil will meet Argentina in the World Cup qualifier on Tuesday."),
    ("companies' talks", "Toyota held talks with Honda on a possible merger."),
    ("a leader meeting students", "The Indian prime minister met students in Varanasi on Friday."),
    ("a minister meeting families", "Pakistan's interior minister met families of the victims in Quetta."),
    ("a visit to a flood zone at home", "The French president visited the flood zone in southern France."),
    ("a visit to a hospital at home", "Spain's prime minister visited a hospital in Valencia."),
    ("spoke to reporters", "The Turkish foreign minister spoke to reporters in Ankara."),
    ("a summit only described",
     "The summit, which starts on Monday in Johannesburg, will focus on debt relief."),
    ("clubs meeting in a final", "Barcelona met Real Madrid in the Spanish Super Cup final."),
    ("a shareholders' meeting", "Volkswagen's shareholders met in Berlin on Wednesday."),
    ("football teams meeting", "The Chinese and Indian football teams met in Doha."),
    ("a leader meeting flood victims", "The German chancellor met flood victims in Bavaria."),
    ("talks expected", "Talks between Russia and Ukraine are expected next week."),
    ("talks scheduled", "Talks between Russia and Ukraine are scheduled for next week."),
    ("talks planned", "Talks between Russia and Ukraine are planned for November."),
    ("a meeting expected", "A meeting between Xi and Trump is expected in South Korea."),
    ("talks due", "Talks between Armenia and Azerbaijan are due on Monday."),
    ("a meeting scheduled", "A meeting between Modi and Xi is scheduled for Friday."),
    ("a meeting postponed", "The meeting between Vladimir Putin and Donald Trump in Budapest was postponed."),
    ("talks postponed", "The talks between Armenia and Azerbaijan were postponed."),
    ("a meeting cancelled", "The meeting of NATO foreign ministers in Brussels was cancelled."),
    ("a planned meeting cancelled", "A planned meeting between Trump and Putin was cancelled."),
    ("a summit not planned", "Russia said a summit between Putin and Trump was not planned."),
    ("failed to meet", "The foreign ministers of India and Pakistan failed to meet in Astana."),
    ("talks hoped for", "The two sides hope to hold talks before the end of the year."),
    ("talks suggested", "Turkey suggested talks between Russia and Ukraine."),
    ("a press conference", "At a press conference in Moscow, Sergei Lavrov said Russia would respond."),
    ("a leader meeting bankers", "The president met with the heads of the country's largest banks."),
    ("a factory visited", "The Chinese premier visited a factory in Shenzhen."),
    ("a disaster zone toured", "Japan's prime minister toured the earthquake zone."),
    ("the press met", "Hungary's prime minister met the press in Budapest."),
    ("a group of students met", "Iran's supreme leader met a group of students in Tehran."),
    ("wounded soldiers visited",
     "Israel's prime minister visited wounded soldiers in a hospital in Tel Aviv."),
    ("businessmen met abroad", "Turkey's foreign minister met Turkish businessmen in Berlin."),
    ("a cabinet meeting", "The prime minister held a meeting with his cabinet on the budget."),
    ("a disaster scene visited", "The Kenyan president visited the scene of the landslide."),
    ("victims visited", "The governor visited the victims in hospital."),
    ("a challenge met", "The Egyptian president met the challenge of rising prices."),
    # -- vocab14: protest look-alikes ------------------------------------------------------------
    ("protested his innocence", "The former minister protested his innocence at his trial in Paris."),
    ("sports fans protesting", "Liverpool fans protested against ticket prices at Anfield."),
    ("a striker scoring", "The striker scored twice as Brazil beat Chile."),
    ("a bowler striking",
     "The bowler struck twice in the first over as India reduced England to 30 for three."),
    ("March the month", "Inflation in Turkey fell in March, the statistics office said."),
    ("shares rallying", "Shares of the mining company rallied after the results."),
    ("a bowling strike", "He rolled a strike in the final frame to win the bowling championship."),
    ("fans marching to a stadium", "Thousands of fans marched to the stadium before the derby."),
    ("a vote in March", "The French parliament will vote in March on the budget."),
    ("crowds at a funeral", "Crowds gathered in Rome to watch the pope's funeral."),
    ("a president speaking at a rally", "The Brazilian president spoke at a rally in Sao Paulo."),
    ("a century struck", "The Pakistani opener struck a century against England."),
    ("March elections", "The March elections in Kenya are seen as a test for the president."),
    ("supporters celebrating a title", "Celtic supporters marched through Glasgow after the title win."),
    ("a lawyer protesting that", "The lawyer protested that his client had been denied bail."),
    ("runners marching", "Runners marched in step before the marathon in London."),
    ("pilgrims gathering", "Thousands of pilgrims gathered in Mecca for the hajj."),
    ("a footballer's strike", "The striker went on strike to force a transfer from the club."),
    # -- vocab14: force-posture look-alikes ------------------------------------------------------
    ("software deployed", "The bank deployed new software to detect fraud."),
    ("voters mobilised", "The party mobilised voters ahead of the election."),
    ("caution exercised", "Investors exercised caution ahead of the Federal Reserve meeting."),
    ("a team sent to the World Cup", "Brazil sent a team to the World Cup in Qatar."),
    ("capital deployed", "The company deployed capital in emerging markets."),
    ("an airline scrambling", "The airline scrambled to rebook passengers after the storm."),
    ("a weather alert", "Meteorologists raised the alert level for the hurricane."),
    ("money mobilised", "The fund mobilised $2 billion for climate projects."),
    ("players massed", "Players massed in front of the goal."),
    ("a squad sent on tour", "India sent its squad to Australia for the Test series."),
    ("an app deployed", "The government deployed a new app to track tax payments."),
    ("funding mobilised", "The World Bank mobilised funding for flood relief."),
    ("players put on alert", "The coach put his players on alert before the final."),
    ("a hospital on alert", "Doctors put the hospital on alert as flu cases rose."),
    ("engineers mobilised", "The carmaker mobilised engineers to fix the fault."),
    ("restraint exercised", "The rebels exercised restraint."),
    # -- vocab15: AID, REJECT, RETREAT and CONCEDE trigger words with no political event -----------
    ("a company's deliveries", "Amazon delivered a record number of packages during the holiday season."),
    ("figures released", "The central bank released inflation figures on Tuesday."),
    ("a footballer's denial", "The striker rejected the claim that he had dived to win the penalty."),
    ("a trophy lifted", "Real Madrid lifted the trophy after beating Liverpool in the final."),
    ("a player released by a club",
     "Manchester United released the veteran defender at the end of the season."),
    ("players released from a squad", "Brazil's coach released two players from the national team."),
    ("a chief executive resigning", "Boeing's chief executive resigned after a string of safety failures."),
    ("a shop reopening", "The bakery reopened after renovations."),
    ("a company's shipments", "The company shipped 2 million phones to Europe in the third quarter."),
    ("a carmaker's shipments", "China's BYD shipped 10,000 electric cars to Brazil."),
    ("an album released", "The band released a new album on Friday."),
    ("a comment refused", "The coach refused to comment on the injury."),
    ("a company pulling out of a project", "Apple pulled out of its electric car project."),
    ("animals released", "The zoo released two rescued turtles into the sea."),
    ("a series dropped", "Netflix dropped the series after one season."),
    ("a player withdrawing", "The world number one withdrew from the tournament with a knee injury."),
    ("runners withdrawing", "Kenya's runners withdrew from the Boston Marathon."),
    ("investors pulling out", "Foreign investors pulled out of emerging markets."),
    ("a jersey surrendered", "The cyclist surrendered the yellow jersey on the final climb."),
    ("a market surrendering gains", "Japan's Nikkei surrendered early gains on Friday."),
    ("an invitation to a match declined", "The tennis star declined an invitation to the exhibition match."),
    ("patients discharged", "The hospital discharged the last patients on Monday."),
    ("a sports suspension lifted", "The league lifted the suspension on the goalkeeper."),
    ("a takeover offer rejected", "The board rejected the takeover offer from a rival bank."),
    ("a contract offer rejected", "The goalkeeper rejected a new contract offer from the club."),
    ("lending rules eased", "The lender eased mortgage rules for first-time buyers."),
    ("a contract granted", "The club granted the striker a new contract."),
    ("a recall", "Toyota recalled one million cars over a brake fault."),
    ("a painting returned", "The museum returned the painting to the collector's heirs."),
    ("an interview walked out of", "The actor walked out of the interview."),
    ("rates lifted", "The Federal Reserve lifted interest rates by a quarter point."),
    ("a central bank's rate", "Turkey's central bank lifted its main interest rate to 50 percent."),
    ("food donated by a retailer", "The retailer donated unsold food to local food banks."),
    ("flights resumed", "The airline resumed flights to Bali after the volcanic eruption."),
    ("a firm's profit", "The firm returned to profit in the second quarter."),
    ("shares retreating", "Shares in the mining company retreated from a record high."),
    ("a patient released from hospital", "The prisoner was released from hospital after treatment."),
    ("a driver freed", "Firefighters freed a driver trapped in his car."),
    ("survivors freed from rubble", "Rescuers freed survivors from the rubble in Antakya."),
    ("miners rescued", "The army rescued 20 miners trapped after a landslide."),
    ("a captaincy handed over", "The manager handed over the captaincy to the young midfielder."),
    ("a student visa", "The senator's daughter was granted a visa to study in Britain."),
    ("runs conceded", "India's bowlers conceded 350 runs against Australia."),
    ("a trophy won", "Pakistan lifted the Champions Trophy in Dubai."),
    ("a report released", "The UN released its annual report on child soldiers."),
    ("footage released", "Israel's military released footage of the strike."),
    ("a heavy defeat handed", "The Indian team handed Pakistan a heavy defeat."),
    ("a scare given", "Poland gave Ukraine a scare before losing 2-1 in Warsaw."),
    ("a transfer rejected", "Nigeria's striker rejected a move to Saudi Arabia."),
    ("a song contest entry withdrawn", "Germany withdrew its entry from the Eurovision Song Contest."),
    ("liquidity released", "The Fed released $50 billion in liquidity to banks."),
    ("a medal table", "France returned to the top of the medal table."),
    ("a trophy handed over", "Spain's King Felipe handed the trophy to the winning captain."),
    pytest.param("a cricket score (retreated to 150)", "Australia retreated to 150 for six at lunch.",
                 marks=pytest.mark.xfail(reason=CRICKET_SCORE)),
    pytest.param("a footballer's handshake refused",
                 "Argentina's Messi refused to shake hands with the referee.",
                 marks=pytest.mark.xfail(reason=UNKNOWN_PERSON)),
    # -- vocab16: sport, markets, weather, business and common crime with coercion, sanction, assault,
    # accusation and threat words
    ("a football rout", "Arsenal crushed Chelsea 4-0 at the Emirates on Sunday."),
    ("a player banned", "The striker was banned for three matches for violent conduct."),
    ("stocks hammered", "Stocks were hammered as oil prices surged."),
    ("a bank sanctioned by regulators", "Regulators sanctioned the bank for fraud."),
    ("a burglar arrested", "Police arrested a burglar in Leeds."),
    ("a film slammed", "Critics slammed the film as dull and overlong."),
    ("a storm battering a coast", "The storm battered the coast of Florida."),
    ("a company's profit warning", "Shares plunged after the company warned of lower profits."),
    ("a baseball rout", "The Yankees blasted the Red Sox 10-2."),
    ("a cyclist attacking", "The champion attacked on the final climb to win the stage."),
    ("wildfires destroying homes", "Wildfires destroyed hundreds of homes in California."),
    ("an earthquake killing", "An earthquake killed 2,000 people in western Afghanistan."),
    ("a train crash killing", "A train crash killed 40 passengers in eastern India."),
    ("a club fined", "The FA fined the club for crowd trouble."),
    ("a company blaming sales", "Apple blamed weak sales in China for the drop in revenue."),
    ("a central bank's forecast", "The central bank warned of slower growth next year."),
    ("drugs seized by customs", "Customs officers seized two tonnes of cocaine at the port of Antwerp."),
    ("drugs seized by police", "Police seized 300 kilograms of heroin in Karachi."),
    ("a hurricane killing", "The hurricane ripped through Jamaica, killing 19 people."),
    ("a tennis rout", "Djokovic destroyed Alcaraz in straight sets."),
    ("fans banned", "The league banned the fans from the stadium for a year."),
    ("a bowler charged", "The bowler was charged with ball tampering."),
    ("a jewellery store raided", "Thieves raided a jewellery store in Paris."),
    ("a pop star arrested", "The pop star was arrested for drunk driving in Los Angeles."),
    ("a crypto crash", "Bitcoin crashed below $60,000."),
    ("a knockout", "The boxer knocked out his opponent in the third round."),
    ("a mall shooting", "A gunman killed three people at a shopping mall in Texas."),
    ("a coach criticising a referee", "The coach criticised the referee after the defeat."),
    ("an airline fined", "The airline was fined for delays by the aviation regulator."),
    ("floods sweeping away homes", "Floods swept away homes in Pakistan's Punjab province."),
    ("shares slammed", "Shares of the carmaker were slammed after the recall."),
    ("cars recalled", "Tesla recalled 200,000 cars in the United States."),
    ("fans warned", "Liverpool fans were warned to stay away from the city centre."),
    ("bees attacking", "The minister's car was attacked by bees during a visit to a farm."),
    ("a merger sanctioned", "The Supreme Court sanctioned the merger of the two banks."),
    ("a club threatening legal action", "Manchester United threatened legal action against the newspaper."),
    ("rains cutting off power", "Heavy rains lashed Mumbai, cutting off power to thousands of homes."),
    ("a coach fired", "The club fired its coach after a string of defeats."),
    ("a film bombing", "The film bombed at the box office."),
    ("a satellite launched", "The rocket launched a weather satellite into orbit."),
    ("a derby won", "Inter stormed to victory in the derby."),
    ("a company sanctioned by an exchange",
     "The company was sanctioned by the stock exchange for late filings."),
    ("oil prices battered", "Oil prices were battered by fears of a glut."),
    ("an actor blasting critics", "The actor blasted the critics in an interview."),
    ("a boxer's threat", "The boxer threatened to knock out his rival."),
    ("villages cut off by snow", "Heavy snow cut off villages in the Alps."),
    ("a fine for a company", "The tech giant was hit with a record fine."),
    ("a referee's warning", "The referee warned the captain about his language."),
    ("a team expelled", "The team was expelled from the tournament for doping."),
    ("a chef slamming owners", "The chef slammed the restaurant's new owners."),
    ("a company cutting ties", "The company cut ties with the celebrity after the scandal."),
    pytest.param("a suspect of car theft arrested",
                 "Police arrested a man suspected of stealing cars in Manchester.",
                 marks=pytest.mark.xfail(reason="patterns cannot test what the one arrested is suspected of "
                                                "(a relative participle on 'a man'), so the 010 crime guards "
                                                "name only criminal nouns")),
    pytest.param("a football comeback", "Real Madrid stormed back to beat Bayern Munich.",
                 marks=pytest.mark.xfail(reason="'Real Madrid' holds the metonym 'Madrid' (ESPGOV); 'back' "
                                                "is an adverb and 'to beat' an adverbial clause, which no "
                                                "condition of the storm lines sees")),
    # -- vocab17: sport, business and markets with accusation and sanction words; blame laid on no actor
    ("a coach criticising a referee",
     "Manchester City's manager criticised the referee after the 2-1 defeat at Anfield."),
    ("a club sanctioned by UEFA", "UEFA sanctioned the club for racist chanting by its fans."),
    ("an expansion sanctioned by a board", "The board sanctioned a $2 billion expansion of the refinery."),
    ("investors blaming yields", "Investors blamed the sell-off on rising bond yields."),
    ("cars recalled", "Toyota recalled 50,000 vehicles over faulty brakes."),
    ("a tennis star slamming organisers",
     "The tennis star slammed the tournament organisers over the scheduling."),
    ("a singer accusing a tabloid", "The singer accused the tabloid of invading her privacy."),
    ("an airline suspending flights",
     "The airline suspended flights to Tel Aviv until the end of the month because of security concerns."),
    ("a central bank blaming prices", "The central bank blamed high food prices for the rise in inflation."),
    ("a striker accusing a defender", "The striker accused the defender of diving during the match."),
    ("lawyers on a tariff's cost", "Lawyers for the company said the tariffs would cost it $1 billion."),
    ("a cricket board blaming a pitch", "Pakistan's cricket board blamed the pitch for the team's defeat."),
    ("a coach hitting back at critics",
     "The coach hit back at critics after his side's third straight loss."),
    ("shares falling on tariffs", "Shares of European carmakers fell after the tariffs took effect."),
    ("demand to blame for profits", "The company said weak demand was to blame for the drop in profits."),
    ("a project behind schedule", "The minister said the project was behind schedule."),
]


@pytest.mark.parametrize(("guard", "text"), NO_EVENT)
def test_no_event(real_coder, guard, text):
    rows = real_coder.code_text(text, date=DATE)
    found = [(r["source_actor"], r["target_actor"], r["cameo_code"]) for r in rows]
    assert found == [], f"{guard}: {text!r} gave {found}"


# vocab14: sentences with a trigger word of a type that hold some other event but none of that type
# (talks proposed, called for, postponed, refused are AGREE, REQUEST or REJECT at most).
NOT_OF_TYPE = [
    ("CONSULT", "talks called for", "Pakistan's opposition called for talks with the government."),
    ("CONSULT", "in a speech", "In a speech in Tehran, Iran's president criticised the United States."),
    ("CONSULT", "talks proposed", "Ukraine proposed talks with Russia in Istanbul."),
    ("CONSULT", "talks set for next week", "Russia and Ukraine are set to hold talks in Istanbul next week."),
    ("CONSULT", "talks postponed", "India postponed talks with Pakistan."),
    ("CONSULT", "the parties' talks postponed", "Egypt postponed talks between Israel and Hamas."),
    ("CONSULT", "the parties' talks rejected", "Russia rejected talks between Ukraine and NATO."),
    ("CONSULT", "the parties' talks demanded", "The United Nations demanded talks between Israel and Hamas."),
    ("CONSULT", "the parties' meeting cancelled", "Washington cancelled a meeting between Trump and Putin."),
    ("CONSULT", "the parties' meeting proposed", "Turkey proposed a meeting between Putin and Zelensky."),
    ("CONSULT", "future talks", "Serbia and Kosovo will hold talks in Brussels next week."),
    ("CONSULT", "the parties' talks called for",
     "The European Union called for talks between Serbia and Kosovo."),
    ("CONSULT", "a meeting hoped for", "Zelensky hopes to meet Putin in Istanbul."),
    ("CONSULT", "a meeting announced", "Trump said he would meet Putin in Budapest."),
    ("CONSULT", "talks refused", "Pakistan refused to hold talks with India."),
    ("CONSULT", "talks called off", "Armenia called off talks with Azerbaijan."),
    ("PROTEST", "a drone strike", "Russian drones struck an energy facility in Kharkiv."),
    # -- vocab16: metaphors, tests, exercises, accusations and business with assault, sanction and
    # coercion words
    ("ASSAULT", "a plan attacked", "The opposition leader attacked the government's budget plan."),
    ("ASSAULT", "a missile test", "North Korea tested a new hypersonic missile."),
    ("ASSAULT", "an exercise simulating an attack",
     "NATO troops staged exercises simulating an attack on the Baltic states."),
    ("ASSAULT", "hit out at", "India's prime minister hit out at Pakistan over terrorism."),
    ("ASSAULT", "an accused killing", "Pakistan accused India of killing civilians in Kashmir."),
    ("ASSAULT", "a bill killed", "The government killed the bill in the Senate."),
    ("ASSAULT", "a conditional strike",
     "Israel's defence minister said the army would strike Hezbollah if attacked."),
    ("SANCTION", "a bank cutting ties", "The bank cut ties with the sanctioned oligarch."),
    ("COERCE", "a burglar sentenced", "The court sentenced the burglar to three years in prison."),
    ("COERCE", "a bank freezing accounts", "The bank froze the accounts of the fraudster."),
    ("THREATEN", "a company warning investors", "The company warned investors of weaker demand."),
    pytest.param("CONSULT", "talks collapsed", "Talks between Israel and Hamas collapsed on Thursday.",
                 marks=pytest.mark.xfail(reason=TALKS_COLLAPSED)),
    pytest.param("CONSULT", "talks broke down", "Talks between Israel and Hamas broke down on Thursday.",
                 marks=pytest.mark.xfail(reason="negator_lemmas are single lemmas: 'broke down' is 'break' "
                                                "with a particle, which no list can name")),
    pytest.param("CONSULT", "a warship's arrival", "A U.S. carrier strike group arrived in Israel on Monday.",
                 marks=pytest.mark.xfail(reason="patterns cannot test the subject: 'arrive in' is a visit "
                                                "(042) whoever arrives, so a naval group's arrival is one")),
    # -- vocab17: sanctions and recalls possible, planned, lifted or talked about; accusations denied or
    # rejected; responsibility denied
    ("SANCTION", "an ambassador's credentials",
     "The new Japanese ambassador presented his credentials to the President of Kenya."),
    ("SANCTION", "sanctions that could be imposed",
     "The European Union could impose further sanctions on Russia if it rejects the ceasefire, diplomats "
     "said."),
    ("ACCUSE", "an accusation denied",
     "Iran's foreign ministry denied accusing Azerbaijan of allowing Israeli drones to use its airspace."),
    ("SANCTION", "tariffs that might be slapped",
     "Analysts said the United States might slap tariffs on Indian goods if the trade talks fail."),
    ("SANCTION", "a sanctions regime discussed",
     "The ministers discussed the sanctions regime against Russia at their meeting in Brussels."),
    ("SANCTION", "sanctions lifted", "The United States lifted sanctions on Syria's central bank."),
    ("SANCTION", "a recall considered",
     "Officials are considering whether to recall the ambassador, a source said."),
    ("SANCTION", "tariffs lowered by agreement",
     "Brazil and the United States agreed to lower tariffs on beef and coffee."),
    ("SANCTION", "sanctions as a subject",
     "The EU's foreign policy chief said sanctions alone would not end the war."),
    ("SANCTION", "an embargo vote next week",
     "The UN Security Council will vote next week on whether to extend the arms embargo on South Sudan."),
    ("ACCUSE", "accusations rejected", "Russia rejected the EU's accusations as baseless."),
    ("SANCTION", "an ambassador arriving",
     "Japan's new ambassador arrived in Beijing on Monday to take up his post."),
    ("SANCTION", "tariffs weighed",
     "India is weighing retaliatory tariffs on American goods, officials said."),
    ("ACCUSE", "responsibility denied",
     "The ministry said it was not responsible for the delays at the border crossing."),
    ("ACCUSE", "another's responsibility denied", "Russia said Ukraine was not responsible for the attack."),
]


@pytest.mark.parametrize(("ptype", "guard", "text"), NOT_OF_TYPE)
def test_not_of_type(real_coder, ptype, guard, text):
    rows = real_coder.code_text(text, date=DATE)
    found = [(r["source_actor"], r["target_actor"], r["cameo_code"])
             for r in rows if r["plover_type"] == ptype]
    assert found == [], f"{guard}: {text!r} gave {ptype} {found}"


def test_a_refusal_of_a_future_meeting_is_still_a_rejection(real_coder):
    rows = real_coder.code_text("Ecuador's government said it would not negotiate with the gangs.", date=DATE)
    assert [r["plover_type"] for r in rows] == ["REJECT"]


# Sentences whose rows are exactly these (source, target, PLOVER type), from the sixth round on.
EXACT_ROWS = [
    ("Beijing scrapped much of its zero-COVID testing and quarantine regime on Wednesday.",
     {("CHNGOV", "CHNCVL", "CONCEDE")}),
    ("Bangladesh's Supreme Court scaled back a contentious quota for government jobs on Sunday.",
     {("BGDJUD", "BGDCVL", "CONCEDE")}),
    ("Senegal's parliament passed an amnesty law covering offences committed during political unrest.",
     {("SENLEG", "SENCVL", "CONCEDE")}),
    ("China said it would partially resume imports of Japanese seafood.", {("CHN", "JPN", "CONCEDE")}),
    ("German Chancellor Olaf Scholz promised Ukraine more than 500 million euros' worth of weapons.",
     {("DEUGOV", "UKR", "AGREE")}),
    ("The European Union is to give Moldova a further 145 million euros.", {("EUR", "MDA", "AGREE")}),
    ("Seoul said it was prepared to send vaccines to North Korea, which is battling a COVID-19 outbreak.",
     {("KORGOV", "PRK", "AGREE")}),
    ("Washington released $230 million for Lebanon's army, a US official said.",
     {("USAGOV", "LBNMIL", "AID")}),
    ("Venezuela requested an emergency meeting of the UN Security Council over US military strikes on boats.",
     {("VEN", "UNO", "REQUEST")}),
    # seventh round: two people the parser puts in one phrase; a subject with "no"; asking for an act
    ("U.S. President Donald Trump and Russian President Vladimir Putin spoke by phone on Tuesday.",
     {("USAOPP", "RUSGOV", "CONSULT"), ("RUSGOV", "USAOPP", "CONSULT")}),  # 2025-01-15: before his term
    ("No Russian officials took part in the summit on peace in Ukraine at the Swiss resort of Burgenstock.",
     set()),
    ("No country has recognised the Taliban government.", set()),
    ("Ukraine called on NATO allies on Thursday to send more Patriot air defence systems.",
     {("UKR", "IGOMIL", "REQUEST")}),
    ("Kyiv asked Germany to deliver Taurus cruise missiles.", {("UKRGOV", "DEU", "REQUEST")}),
    ("The UN called on Israel to allow aid into Gaza.", {("UNO", "ISR", "REQUEST")}),
    ("Pakistan urged Afghanistan to hold talks.", set()),  # an appeal (CAMEO 02), no PLOVER type
    ("Wagner chief Yevgeny Prigozhin called off the march on Moscow on Saturday.",
     {("RUSREB", "RUSGOV", "CONCEDE")}),
    # a weapons test is a show of force; two people clash in words; "on Thursday" is no target
    ("North Korea test-fired a new long-range ballistic missile on Thursday.", {("PRK", None, "MOBILIZE")}),
    ("Joe Biden clashed with Benjamin Netanyahu over the war in Gaza.", set()),
    ("Pakistani troops fired on Sunday at Afghan border posts.", {("PAKMIL", "AFG", "ASSAULT")}),
    # the missiles one refuses to send are one's own; an apposition across the verb; a venue
    ("German Chancellor Olaf Scholz refused to send Taurus cruise missiles to Ukraine.",
     {("DEUGOV", "UKR", "REJECT")}),
    ("Niger's military rulers on Tuesday refused to receive a joint delegation from ECOWAS, the African "
     "Union and the United Nations.", {("NERMIL", "IGOGOV", "REJECT")}),
    ("Sudan's army-led government said it would not attend ceasefire talks due to begin in Switzerland.",
     {("SDNGOV", None, "REJECT")}),
    ("Venezuela's government and the opposition signed an election deal in Barbados.",
     {("VENGOV", "VENOPP", "SUPPORT"), ("VENOPP", "VENGOV", "SUPPORT")}),
    # revenge vowed after an accusation; a threat at home; drills around an island; "it" a subject
    ("Iran accused Israel of bombing its embassy compound in Damascus and vowed to take revenge.",
     {("IRN", "ISR", "ACCUSE"), ("IRN", "ISR", "THREATEN")}),
    ("Nigeria's labour unions threatened to shut down the national grid over a planned tariff increase.",
     {("NGALAB", "NGAGOV", "THREATEN")}),
    ("China's military staged large-scale drills around Taiwan on Monday.", {("CHNMIL", "TWN", "MOBILIZE")}),
    ("EU foreign ministers demanded that Iran stop transferring drones to Russia, and warned of new "
     "sanctions if it did not.", {("EURGOV", "IRN", "REQUEST"), ("EURGOV", "IRN", "THREATEN")}),
    # (the week given to reinstate Bazoum is a demand of its own, as "demanded ..., and warned" above)
    ("The West African bloc ECOWAS gave Niger's junta one week to reinstate President Mohamed Bazoum, "
     "warning it could use force.", {("IGO", "NERMIL", "REQUEST"), ("IGO", "NERMIL", "THREATEN")}),
    # what a rally chants is the rally's; a rejection and the name it gives what it rejects: one row
    ("Hundreds of demonstrators rallied outside the Israeli embassy in Amman, chanting slogans against the "
     "war in Gaza.", {("JORCVL", "ISRGOV", "PROTEST")}),
    ("Kyiv dismissed Russian President Vladimir Putin's demand that Ukrainian troops withdraw from four "
     "regions, calling it an ultimatum.", {("UKRGOV", "RUSGOV", "REJECT")}),
    # an order parsed as a clause; a vehicle's country; police landing to help; object control
    ("The Israeli military ordered some 1.1 million people in northern Gaza to move south within 24 hours.",
     {("ISRMIL", "PSECVL", "REQUEST")}),
    ("A Saudi relief plane carrying tents, food and medical supplies landed in the southern Turkish city of "
     "Adana.", {("SAU", "TUR", "AID")}),
    ("The first contingent of Kenyan police officers landed in Port-au-Prince to lead a multinational "
     "mission against Haiti's armed gangs.", {("KENCOP", "HTIGOV", "AID")}),
    ("Manila is stepping up its presence in the South China Sea.", {("PHLGOV", None, "MOBILIZE")}),
    # a name the parser hangs on the day before; a move denounced in a relative clause; "with X calling"
    ("Hamas freed 13 Israeli hostages on Friday and Israel released 39 Palestinian prisoners from its jails.",
     {("PSEGOV", "ISRCVL", "RETREAT"), ("ISR", "PSECVL", "RETREAT")}),
    ("The United States has sent three guided-missile destroyers to waters off Venezuela, a move the "
     "government in Caracas denounced on Tuesday as a threat to regional peace.",
     {("USA", "VEN", "MOBILIZE"), ("VENGOV", "USA", "ACCUSE")}),
    # seeds: a generic agency name; "them" after a coordinated verb; an order to leave is the expulsion
    ("Georgia's State Security Service said it had opened an investigation into a plot.",
     {("GEOSPY", None, "ACCUSE")}),
    ("Russia expelled two British diplomats on Wednesday and ordered them to leave the country within two "
     "weeks.", {("RUS", "GBRGOV", "SANCTION")}),
    ("India suspended the Indus Waters Treaty with Pakistan and ordered Pakistani military advisers to "
     "leave New Delhi within a week.", {("IND", "PAK", "SANCTION"), ("IND", "PAKMIL", "COERCE")}),
    ("The Kremlin said Washington had agreed to return the seized diplomatic properties.",
     {("USAGOV", "RUSGOV", "CONCEDE")}),
    # what one declines to do is not done; what one has yet to do is neither done nor refused
    ("Egypt declined to open the Rafah crossing.", set()),
    ("Hungary has yet to ratify Sweden's NATO membership.", set()),
    ("Israel has not yet agreed to the ceasefire proposal.", set()),
    ("Turkey ratified Sweden's NATO membership.", {("TUR", "IGOMIL", "SUPPORT")}),
    # weighing an act is not doing it; standing ready to send peacekeepers; two states' mutual pledge
    ("Germany is considering sending Taurus missiles to Ukraine.", set()),
    ("Egypt stands ready to send troops to Gaza as part of a peacekeeping force.", {("EGY", "PSE", "AGREE")}),
    ("Russia and China pledged to deepen their strategic partnership.",
     {("RUS", "CHN", "AGREE"), ("CHN", "RUS", "AGREE")}),
    ("France and Germany pledged to send more weapons.", {("FRA", None, "AGREE"), ("DEU", None, "AGREE")}),
    # a second participle tells the same attack; a capital sealed off, and the march ahead is not yet
    ("Russia fired more than 100 missiles and drones at Ukraine on Monday, hitting energy facilities across "
     "the country and killing at least four people.", {("RUS", "UKR", "ASSAULT")}),
    ("Pakistani authorities sealed off the capital, Islamabad, with shipping containers ahead of a protest "
     "march by supporters of Imran Khan.", {("PAKGOV", "PAKOPP", "COERCE")}),
    # "any" attack has not happened
    ("Iran said it would respond decisively to any Israeli attack.", set()),
    # a passive killing in an attack named by its side; cartel members sent; relief flown in
    ("Hezbollah confirmed that its leader Hassan Nasrallah had been killed in an Israeli air strike on "
     "Beirut's southern suburbs.", {("ISR", "LBNREB", "ASSAULT")}),
    ("Five civilians were killed in a Russian missile attack on Kharkiv.", {("RUSMIL", "UKRCVL", "ASSAULT")}),
    ("Two people were killed in a car accident in Lagos.", set()),
    ("Mexico sent 26 suspected cartel members to the United States on Tuesday.",
     {("MEX", "USA", "COOPERATE")}),
    ("Beijing and New Delhi flew in relief supplies to Myanmar.",
     {("CHNGOV", "MMR", "AID"), ("INDGOV", "MMR", "AID")}),
    # a promise to keep doing something is a promise; a mission deployed to a country helps it
    ("Germany has promised to keep supporting Ukraine for as long as necessary.", {("DEU", "UKR", "AGREE")}),
    ("The UN pledged to keep delivering aid to Gaza.", {("UNO", "PSE", "AGREE")}),
    ("The African Union will deploy a new mission to Somalia.", {("IGO", "SOM", "AGREE")}),
    # requests: a ceasefire called for in a place; a request lodged; warrants sought against people
    ("The African Union called for an immediate ceasefire in Sudan.", {("IGO", "SDN", "REQUEST")}),
    ("Japan lodged a request with China for the release of its citizen.", {("JPN", "CHN", "REQUEST")}),
    ("The ICC prosecutor sought an arrest warrant for Benjamin Netanyahu.", {("IGOJUD", "ISRGOV", "ACCUSE")}),
    # what a summit is about is no party to it; force used by protesters is a violent protest
    ("The Arab League held an emergency summit in Cairo on Gaza.", set()),
    ("Protesters stormed the parliament building in Nairobi.", {("KENCVL", "KENGOV", "PROTEST")}),
    ("The foreign ministers of Congo and Rwanda signed a peace agreement in Washington, pledging to end "
     "support for armed groups.", {("CODGOV", "RWAGOV", "SUPPORT"), ("RWAGOV", "CODGOV", "SUPPORT")}),
    # an unknown name ending like a company's after a country is a company; a takeover offer is business
    ("Japan's Nippon Steel agreed to buy U.S. Steel for $14.1 billion in cash.", set()),
    ("Japan's Seven & i Holdings rejected a $38.5 billion takeover offer from Canada's Alimentation "
     "Couche-Tard.", set()),
    ("China's Dongfeng Motor signed a deal with Hungary's government to build a plant.",
     {("CHNBUS", "HUNGOV", "SUPPORT"), ("HUNGOV", "CHNBUS", "SUPPORT")}),  # with a state: an event
    ("Nicaragua broke off diplomatic relations with Israel on Friday, with Vice President Rosario Murillo "
     "calling the Israeli government 'fascist' and 'genocidal'.",
     {("NIC", "ISR", "SANCTION"), ("NICGOV", "ISRGOV", "ACCUSE")}),
    ("Chinese and Russian strategic bombers flew a joint patrol near Alaska, prompting the United States "
     "and Canada to scramble fighter jets.",
     {("CHNMIL", "RUSMIL", "COOPERATE"), ("RUSMIL", "CHNMIL", "COOPERATE"), ("USA", None, "MOBILIZE"),
      ("CAN", None, "MOBILIZE")}),
    # vocab14: a hosted meeting: the host meets each party (and each visits it), the parties meet
    ("Qatar hosted talks between Israel and Hamas in Doha.",
     {("QAT", "ISR", "CONSULT"), ("QAT", "PSEGOV", "CONSULT"), ("ISR", "QAT", "CONSULT"),
      ("PSEGOV", "QAT", "CONSULT"), ("ISR", "PSEGOV", "CONSULT"), ("PSEGOV", "ISR", "CONSULT")}),
    ("India and China held talks on their border dispute.",
     {("IND", "CHN", "CONSULT"), ("CHN", "IND", "CONSULT")}),
    ("Pakistan and Afghanistan resumed talks in Istanbul on Saturday.",
     {("PAK", "AFG", "CONSULT"), ("AFG", "PAK", "CONSULT")}),
    ("Russia and Ukraine held direct talks in Istanbul for the first time in three years.",
     {("RUS", "UKR", "CONSULT"), ("UKR", "RUS", "CONSULT")}),
    # "the bloc", "the lender", "the alliance" alone: the international organisation named last
    ("Mali left the Alliance of Sahel States' rival bloc ECOWAS last year. Its junta later accused the bloc "
     "of serving foreign interests.", {("MLI", "IGO", "SANCTION"), ("MLIMIL", "IGO", "ACCUSE")}),
    ("The World Bank approved a $500 million loan to Kenya. President William Ruto thanked the lender on "
     "Friday.", {("IGO", "KEN", "AID"), ("KENGOV", "IGO", "SUPPORT")}),
    ("Sweden joined NATO in March. Russia's foreign ministry condemned the Western military alliance on "
     "Tuesday.", {("RUSGOV", "IGOMIL", "ACCUSE")}),
    # "the Iran-backed group": a backer in the modifier does not name the group
    ("Israeli jets struck Hezbollah positions in southern Lebanon, and Defence Minister Israel Katz warned "
     "the Iran-backed group against any retaliation.",
     {("ISRMIL", "LBNREB", "ASSAULT"), ("ISRGOV", "LBNREB", "THREATEN")}),
    # "they" in a clause reported by a plural speaker before it is the speaker; not one after it
    ("Protesters gathered in Belgrade on Sunday. Serbian police said they had detained 20 people.",
     {("SRBCVL", "SRBGOV", "PROTEST"), ("SRBCOP", "SRBCVL", "COERCE")}),
    ("Ethiopian officials said they had sealed the border with Eritrea.", {("ETHGOV", "ERI", "SANCTION")}),
    ("Ukrainian drones hit a refinery in Russia's Samara region on Sunday. They also struck a fuel depot "
     "in Bryansk, Russian officials said.", {("UKRMIL", "RUS", "ASSAULT")}),
    # an act judged in "a move X called ...", "in what X called ...": X praises or criticises its doer;
    # the doer naming its own act, or an offence named, judges no one
    ("Hungary vetoed the aid package on Monday, in a move Polish Prime Minister Donald Tusk called "
     "shameful.", {("HUN", None, "REJECT"), ("POLGOV", "HUN", "ACCUSE")}),
    ("Japan lifted its export curbs on South Korea, in a move Seoul called a positive step.",
     {("JPN", "KOR", "CONCEDE"), ("KORGOV", "JPN", "SUPPORT")}),
    ("Russia expelled two Estonian diplomats, in what Tallinn called an unjustified provocation.",
     {("RUS", "ESTGOV", "SANCTION"), ("ESTGOV", "RUS", "ACCUSE")}),
    ("China held live-fire drills near Taiwan, in what it called a warning to separatist forces.",
     {("CHN", "TWN", "MOBILIZE")}),
    ("A Minsk court jailed an opposition activist for what prosecutors called extremism.",
     {("BLRJUD", "BLROPP", "COERCE")}),
    # a time given to someone to do something, the one given it parsed as the object: a demand
    ("The African Union gave Sudan's army two weeks to hand power to civilians.",
     {("IGO", "SDNMIL", "REQUEST")}),
    ("Azerbaijan gave the Armenian separatists 24 hours to lay down their arms.",
     {("AZE", "ARMREB", "REQUEST")}),
    # a reprisal with no act told before: at the last other country named
    ("Sweden formally joined NATO on Thursday. Moscow warned it would take counter-measures.",
     {("RUSGOV", "SWE", "THREATEN")}),
    # "him" with no person named before: the single official named last
    ("Niger declared the French ambassador persona non grata on Friday. It accused him of meddling.",
     {("NER", "FRAGOV", "SANCTION"), ("NER", "FRAGOV", "ACCUSE")}),
    # criticism drawn from someone: the critic criticises the one who drew it
    ("Tajikistan jailed an opposition journalist for seven years on Friday, drawing condemnation from the "
     "United Nations.", {("TJK", "TJKCVL", "COERCE"), ("UNO", "TJK", "ACCUSE")}),
    ("Serbia expelled a Croatian diplomat on Monday, drawing sharp criticism from Zagreb.",
     {("SRB", "HRVGOV", "SANCTION"), ("HRVGOV", "SRB", "ACCUSE")}),
    # "It" after an attribution at the end of the sentence before: the reporter
    ("Russian drones struck a Ukrainian grain port on the Danube on Sunday, Romania's defence ministry "
     "said. It called the attack a dangerous escalation.",
     {("RUSMIL", "UKR", "ASSAULT"), ("ROUMIL", "RUSMIL", "ACCUSE")}),
    # a reaction told in a relative clause of an event noun: at the event's doer
    ("A Belarusian court sentenced an opposition leader to 11 years in prison after a trial that the "
     "European Union denounced as a sham.",
     {("BLRJUD", "BLROPP", "COERCE"), ("EUR", "BLRJUD", "ACCUSE")}),
    # an accusation made while declaring martial law is its own row: a protest by others under the
    # clause (troops blocking parliament) does not make it "what the protest says"
    ("President Yoon Suk Yeol declared martial law late on Tuesday, accusing the opposition of anti-state "
     "activities, as troops surrounded the National Assembly.",
     {("KORGOV", "KORCVL", "COERCE"), ("KORGOV", "KOROPP", "ACCUSE")}),
    # likening someone's act to a crime, taking aim at someone: criticism of them
    ("Turkey's president likened Israel's campaign in Gaza to the Holocaust on Wednesday.",
     {("TURGOV", "ISR", "ACCUSE")}),
    ("Beijing took aim at Manila on Monday over the grounded warship.", {("CHNGOV", "PHLGOV", "ACCUSE")}),
    # leaders gathered for a summit meet each other
    ("The presidents of Kenya and Uganda gathered in Arusha for a summit on Saturday.",
     {("KENGOV", "UGAGOV", "CONSULT"), ("UGAGOV", "KENGOV", "CONSULT")}),
    # an attack whose doer the sentence names only as the one claiming responsibility
    ("A car bomb exploded outside a hotel in Mogadishu on Sunday, killing nine people, and al Shabaab "
     "claimed responsibility.", {("SOMREB", "SOMCVL", "ASSAULT")}),
    # "they" opening a sentence: the plural subject of the sentence before
    ("Thousands of garment workers marched in Dhaka on Sunday. They demanded higher wages from the "
     "government.", {("BGDLAB", "BGDGOV", "PROTEST"), ("BGDLAB", "BGDGOV", "REQUEST")}),
    # a refused meeting's venue is no party; an offer ignored is rejected
    ("Ukraine refused to attend the peace conference in Saudi Arabia.", {("UKR", None, "REJECT")}),
    ("Sudan's army snubbed the talks in Geneva.", {("SDNMIL", None, "REJECT")}),
    ("North Korea ignored South Korea's offer of dialogue.", {("PRK", "KOR", "REJECT")}),
    # what one hopes or wants to do is not done: cooperation hoped for is an intent
    ("Israel hopes to sign a normalisation deal with Saudi Arabia.", {("ISR", "SAU", "AGREE")}),
    ("Russia wants to hold talks with Ukraine.", {("RUS", "UKR", "AGREE")}),
    # what a vetoed or blocked text says is not done
    ("The United States vetoed a UN Security Council resolution demanding a ceasefire in Gaza.",
     {("USA", "UNO", "REJECT")}),
    # the one helped to do something is the target of the help promised
    ("Brazil promised to help Bolivia fight the wildfires.", {("BRA", "BOL", "AGREE")}),
    ("India signalled its readiness to help Sri Lanka restructure its debt.", {("IND", "LKA", "AGREE")}),
    # money earmarked, a package unveiled, aid doubled, supplies committed to
    ("The European Union earmarked 50 million euros for Syrian refugees in Jordan.",
     {("EUR", "SYRREF", "AID")}),
    ("The World Bank unveiled a $2 billion package for Egypt.", {("IGO", "EGY", "AID")}),
    ("Norway will double its aid to Gaza, the foreign minister said.", {("NOR", "PSE", "AGREE")}),
    ("Kazakhstan committed to supplying wheat to Afghanistan.", {("KAZ", "AFG", "AGREE")}),
    # troops moved closer to someone's border: at them
    ("Serbia moved troops closer to the border with Kosovo on Friday.", {("SRB", "XKX", "MOBILIZE")}),
    # a call on someone to do something of no finer kind is a demand
    ("Ukraine called on its allies in NATO to impose a no-fly zone.", {("UKR", "IGOMIL", "REQUEST")}),
    # a crowd alone protests as the people where it happens; a march to mourn is no protest
    ("Thousands marched in Tbilisi on Sunday to protest against the government.",
     {("GEOCVL", "GEOGOV", "PROTEST")}),
    ("Thousands of people marched in Belgrade on Saturday to mourn the victims of the station collapse.",
     set()),
    # planned, proposed or postponed talks have not been held
    ("Planned talks between Serbia and Kosovo in Brussels collapsed before they began on Tuesday.", set()),
    ("The proposed summit between Putin and Trump in Budapest was called off.", set()),
    # a party of a common name owned by a country is that country's
    ("South Korea's main opposition Democratic Party demanded that the president resign.",
     {("KORPTY", "KORGOV", "REQUEST")}),
    # a case filed at a court is against the accused, not the court
    ("Gambia filed a case at the International Court of Justice accusing Myanmar of genocide.",
     {("GMB", "MMR", "ACCUSE")}),
    # "with X mediating" is a clause, not a partner of the talks
    ("Russian and Ukrainian officials held indirect talks in Riyadh on Monday, with Saudi Arabia mediating.",
     {("RUSGOV", "UKRGOV", "CONSULT"), ("UKRGOV", "RUSGOV", "CONSULT")}),
    # protesters gathered outside an embassy protest at its state; mourners gathered do not
    ("Hundreds of protesters gathered outside the Israeli embassy in Amman on Friday to denounce the war "
     "in Gaza.", {("JORCVL", "ISRGOV", "PROTEST")}),
    ("Mourners gathered outside the presidential palace in Tehran for the funeral.", set()),
    # a country adjective the parser splits off as a second subject is part of the first one's phrase
    ("Thai acting Prime Minister Phumtham Wechayachai and Cambodian Prime Minister Hun Manet met in "
     "Kuala Lumpur on Monday.", {("THAGOV", "KHMGOV", "CONSULT"), ("KHMGOV", "THAGOV", "CONSULT")}),
    # a concession coordinated with the other side's is made to it; "back" hung on "north" is a particle
    ("Israel will withdraw its forces from southern Lebanon within 60 days and Hezbollah will pull its "
     "fighters back north of the Litani River, the mediators said.",
     {("ISR", "LBN", "CONCEDE"), ("LBNREB", "ISR", "CONCEDE")}),
    # a demand made with a summons is made of the one summoned
    ("Bangladesh summoned the Indian high commissioner on Sunday and demanded action against border "
     "killings.", {("BGD", "INDGOV", "ACCUSE"), ("BGD", "INDGOV", "REQUEST")}),
    # "X and his family" is one party
    ("Venezuela granted asylum to the former Bolivian president and his family on Monday.",
     {("VEN", "BOLGOV", "AID")}),
    # mud thrown at leaders is a violent protest
    ("Angry residents threw mud at Spain's king and prime minister as they visited a flood-hit town.",
     {("ESPCVL", "ESPGOV", "PROTEST")}),
    # the same act told twice in a sentence by one country's actors at one country is one row (the
    # code and the two countries the same; actors of one country at each other stay two)
    ("Vladimir Putin on Wednesday ordered a partial mobilisation, calling up 300,000 reservists.",
     {("RUSGOV", None, "MOBILIZE")}),
    ("Thousands of people rallied across Pakistan on Friday to protest against the burning of a Koran in "
     "Stockholm, chanting slogans against Sweden.", {("PAKCVL", "SWEGOV", "PROTEST")}),
    # a speech by video link to an assembly is a statement, no consultation
    ("Speaking to the European Parliament by video link on Tuesday, Zelenskiy asked for more air defence.",
     set()),
    # one side's stated intent to meet the other is its own; two sides' is each other's
    ("Modi said on Friday he would meet Xi Jinping at the summit in Kazan.", {("INDGOV", "CHNGOV", "AGREE")}),
    # a treaty held in abeyance is suspended
    ("Pakistan said it would hold the trade agreement with India in abeyance.",
     {("PAK", "IND", "SANCTION")}),
    # a legislature or court removing a president from office
    ("Madagascar's parliament voted on Tuesday to remove President Andry Rajoelina from office.",
     {("MDGLEG", "MDGGOV", "COERCE")}),
    # an organisation whose members are listed beside it is those members, not a party of its own
    ("Foreign ministers of the Quad - Australia, India, Japan and the United States - met in Tokyo on "
     "Monday.",
     {(a + "GOV", b + "GOV", "CONSULT") for a in ("AUS", "IND", "JPN", "USA")
      for b in ("AUS", "IND", "JPN", "USA") if a != b}),
    ("NATO members Poland and Lithuania held talks with Germany.",
     {("POL", "DEU", "CONSULT"), ("LTU", "DEU", "CONSULT"), ("DEU", "POL", "CONSULT"),
      ("DEU", "LTU", "CONSULT")}),
    # "he" as the subject of the main verb, with no one named before it in its sentence, is the last
    # sentence's subject, not the person named last in its object
    ("Ayatollah Ali Khamenei rejected Donald Trump's demand on Wednesday. Iran would retaliate against any "
     "attack by Israel, he warned.",
     {("IRNGOV", "USAOPP", "REJECT"), ("IRNGOV", "ISR", "THREATEN")}),
    # arrest warrants dismissed (the parser hangs them on "as"); a warning of famine is no threat; claims
    # put to someone's face are an accusation
    ("The Taliban dismissed as meaningless the arrest warrants issued by the International Criminal Court.",
     {("AFGGOV", "IGOJUD", "REJECT"), ("IGOJUD", None, "COERCE")}),
    ("The United Nations warned on Tuesday of imminent famine in northern Gaza.", set()),
    ("The U.S. president confronted the South African leader with claims of a genocide against white "
     "farmers.",
     {("USAGOV", "ZAFGOV", "ACCUSE")}),
    # a plural phrase that names no one is the ones named after "including"
    ("Several Western countries, including France and Germany, imposed sanctions on Iran.",
     {("FRA", "IRN", "SANCTION"), ("DEU", "IRN", "SANCTION")}),
    ("EU states, including France, imposed sanctions on Iran.", {("EUR", "IRN", "SANCTION")}),
    # a named group coordinated with a country adjective is a party of its own
    ("Qatari and Egyptian mediators shuttled between Israeli and Hamas negotiators in Doha on Monday.",
     {("QATGOV", "ISRGOV", "CONSULT"), ("QATGOV", "PSEGOV", "CONSULT"), ("EGYGOV", "ISRGOV", "CONSULT"),
      ("EGYGOV", "PSEGOV", "CONSULT")}),
    # a lone gunman killing private people at home is crime; gunmen, or terror named, stay attacks
    ("A gunman killed three people at a shopping centre in Copenhagen on Sunday.", set()),
    ("Eight people were killed when a gunman opened fire at an outlet mall in Allen, Texas, on Saturday.",
     set()),
    ("Gunmen killed 40 villagers in Nigeria's Plateau state.", {("NGAUAF", "NGACVL", "ASSAULT")}),
    # a rocket launched into space is no attack; rockets launched at a city are
    ("India launched a rocket carrying its Chandrayaan-3 lander towards the moon on Friday.", set()),
    ("Hamas launched rockets at Tel Aviv.", {("PSEGOV", "ISRGOV", "ASSAULT")}),
    # what the doer calls its own act judges no one; what it calls the one it acts on does
    ("China's military began two days of large-scale exercises around Taiwan on Thursday, calling them "
     "strong punishment for separatist forces.", {("CHNMIL", "TWN", "MOBILIZE")}),
    ("Burkina Faso said on Monday it would withdraw from the International Criminal Court, calling it an "
     "instrument of neo-colonial repression.", {("BFA", "IGOJUD", "ACCUSE"), ("BFA", "IGOJUD", "SANCTION")}),
    # a warning that any act of another would bring harm is a threat to that other
    ("Vladimir Putin warned on Sunday that any U.S. decision to supply Tomahawk missiles to Kyiv would mark "
     "a new stage of escalation and ruin relations with Washington.", {("RUSGOV", "USA", "THREATEN")}),
    ("U.S. commanders warned that Islamic State could regroup in Syria.", set()),
    # fighting that broke out "between X and Y": the parties hang on the verb, not the noun
    ("Heavy fighting broke out in Khartoum on Saturday between Sudan's army and the paramilitary Rapid "
     "Support Forces.", {("SDNMIL", "SDNREB", "ASSAULT"), ("SDNREB", "SDNMIL", "ASSAULT")}),
    # an agreement to buy a company is a takeover, business; to buy weapons or oil stays a deal
    ("South Africa's Gold Fields agreed to buy Canada's Osisko Mining for about C$2.16 billion.", set()),
    ("Abu Dhabi's national oil company ADNOC agreed to buy German chemicals maker Covestro.", set()),
    ("India agreed to buy more Russian oil.", {("IND", "RUS", "AGREE")}),
    # a country adjective on the place it happens gives an unnamed crowd its country
    ("Protesters set fire to regional parliament buildings in several Indonesian cities on Friday.",
     {("IDNCVL", "IDNGOV", "PROTEST")}),
    # an attack during another act is an act of its own; a protest during protests is one
    ("Poland shot down Russian drones that entered its airspace during a Russian attack on western Ukraine.",
     {("POL", "RUSMIL", "ASSAULT"), ("RUS", "UKR", "ASSAULT"), ("RUSMIL", None, "MOBILIZE")}),
    ("Ukraine accused Russia of killing civilians during an attack on Kyiv.", {("UKR", "RUS", "ACCUSE")}),
    # a joint statement is said together, not done together; a second complement of "agreed" is
    # agreed to as well
    ("Armenia and Azerbaijan agreed on Thursday to exchange prisoners of war and to take concrete steps "
     "toward normalising relations, in a rare joint statement issued by both governments.",
     {("ARM", "AZE", "AGREE"), ("AZE", "ARM", "AGREE")}),
    # the demand of a vetoed text is not made, also in a relative clause
    ("The United States vetoed a U.N. Security Council draft resolution on Friday that demanded an "
     "immediate humanitarian ceasefire in Gaza.", {("USA", "UNO", "REJECT")}),
    # a meeting pulled out of is refused; the party of talks or a deal left hangs on them
    ("Azerbaijani President Ilham Aliyev has pulled out of a planned meeting with Armenian Prime Minister "
     "Nikol Pashinyan at a European summit in Granada.", {("AZEGOV", "ARMGOV", "REJECT")}),
    ("Russia pulled out of talks with Ukraine.", {("RUS", "UKR", "SANCTION")}),
    # the unnamed victims of a participle are where its clause struck
    ("Hamas fighters burst through Israel's border fence from Gaza on Saturday, killing about 1,200 "
     "people.", {("PSEMIL", "ISRCVL", "ASSAULT")}),
    # a place owned by a named city or country ("in Damascus's Umayyad Square") gives unnamed agents
    # their country
    ("Crowds celebrated in Damascus's Umayyad Square on Sunday after rebels seized the capital.",
     {("SYRREB", "SYRCVL", "ASSAULT")}),
    # praise of no one and of no one's act is a statement; a text welcomed supports its authors
    ("South Korean novelist Han Kang won the Nobel Prize in Literature on Thursday, the Swedish Academy "
     "said, praising her intense poetic prose.", set()),
    ("Hamas said it welcomed the resolution.", {("PSEGOV", None, "SUPPORT")}),
    ("Japan and the Philippines deepened their alliance on Monday.",
     {("JPN", "PHL", "SUPPORT"), ("PHL", "JPN", "SUPPORT")}),
    # what talks are to end is background, not the last two parties' event
    ("Thailand and Cambodia agreed to an immediate ceasefire on Monday, Malaysian Prime Minister Anwar "
     "Ibrahim said after hosting talks aimed at ending five days of border clashes.",
     {("THA", "KHM", "AGREE"), ("KHM", "THA", "AGREE")}),
    # force "used" by rescuers, doctors, clergy or teachers on no one or on private people is no
    # political violence
    ("Rescuers used boats and helicopters to reach stranded residents in Brazil's Rio Grande do Sul state.",
     set()),
    # the one a deal lets do something is the party of the deal refused
    ("Russia refused on Monday to extend a U.N.-brokered deal allowing Ukraine to export grain across the "
     "Black Sea.", {("RUS", "UKR", "REJECT")}),
    # who backs whom, told to name a group, is no event
    ("Independent candidates backed by jailed former premier Imran Khan won the most seats in Pakistan's "
     "general election.", set()),
    # advice to residents is no threat; a warning to protesters is
    ("Authorities in New Delhi warned residents to stay indoors during the hottest hours.", set()),
    ("Police in Nairobi warned protesters to disperse.", {("KENCOP", "KENCVL", "THREATEN")}),
    # "his" in a second that-clause is the speaker's
    ("Panamanian President Jose Raul Mulino on Monday rejected Donald Trump's vow to take back the Panama "
     "Canal, saying in a statement that the waterway is Panama's and that his country would not negotiate "
     "its sovereignty.", {("PANGOV", "USAOPP", "REJECT")}),
    # missiles fired off one's own coast are a test, a show of force
    ("North Korea fired several short-range ballistic missiles off its east coast on Wednesday, South "
     "Korea's military said.", {("PRK", None, "MOBILIZE")}),
    ("Mourners marched through the streets of Tehran on Thursday.", set()),
    # what a group in an object slot does, told to name it, is no event of this sentence
    ("Kenya sent a further 200 police officers to Haiti on Saturday to reinforce the multinational mission "
     "fighting gangs in the capital, Port-au-Prince.", {("KEN", "HTI", "AID")}),
    # the first stage of exercises begun is the exercises
    ("Russia began the first stage of exercises with tactical nuclear weapons on Tuesday.",
     {("RUS", None, "MOBILIZE")}),
    # a crowd driving into the EU's seat is of the place's country, not the EU; "the bloc's leaders" are
    # the organisation named last
    ("Farmers blocked roads around the European Union's headquarters in Brussels with hundreds of tractors "
     "on Monday.", {("BELAGR", "EUR", "PROTEST")}),
    ("Hungary blocked a 50 billion euro EU aid package for Ukraine at a summit in Brussels early on Friday, "
     "hours after the bloc's other leaders agreed to open membership talks with Kyiv.",
     {("HUN", "EUR", "REJECT"), ("EURGOV", "UKRGOV", "AGREE")}),
    # a country's attack named with its force is the force's, and its own people are its victims
    ("A Myanmar military air strike on a village in Sagaing region on Tuesday killed more than 100 people.",
     {("MMRMIL", "MMRCVL", "ASSAULT")}),
    # hostages freed to the other side named are not the freer's own people
    ("Israel and Hamas have agreed on the first phase of a Gaza deal under which Hamas will free all "
     "remaining living hostages and Israel will pull its troops back.",
     {("ISR", "PSEGOV", "AGREE"), ("PSEGOV", "ISR", "AGREE"), ("PSEGOV", "ISR", "CONCEDE")}),
    # a venue offered for talks between two parties is an offer to both
    ("The Vatican offered itself as a venue for talks between Russia and Ukraine.",
     {("VAT", "RUS", "AGREE"), ("VAT", "UKR", "AGREE")}),
    # "help" passes on the act helped with: an offer to help mediate is an offer to mediate, to the sides
    ("Russian President Vladimir Putin spoke with Donald Trump by phone on Saturday. He offered to help "
     "mediate between Israel and Iran, the Kremlin said.",
     {("RUSGOV", "IRN", "AGREE"), ("RUSGOV", "ISR", "AGREE"), ("RUSGOV", "USAOPP", "CONSULT"),
      ("USAOPP", "RUSGOV", "CONSULT")}),
    # a company acting in a place is business, not a party acting on the place's country
    ("Chinese carmaker BYD agreed to build its first European car factory in the Hungarian city of Szeged.",
     set()),
    # consultations asked for are a demand to meet
    ("Poland shot down Russian drones that entered its airspace, and asked for NATO consultations under "
     "Article 4.",
     {("POL", "IGOMIL", "REQUEST"), ("POL", "RUSMIL", "ASSAULT"), ("RUSMIL", None, "MOBILIZE")}),
    # a concession offered, or promised by two sides to each other, is an agreement; one side's
    # promised or announced concession stays CONCEDE
    ("Ethiopia and Eritrea agreed on Tuesday to reopen their border crossings.",
     {("ETH", "ERI", "AGREE"), ("ERI", "ETH", "AGREE")}),
    ("Armenia and Azerbaijan agreed on Thursday to exchange prisoners of war.",
     {("ARM", "AZE", "AGREE"), ("AZE", "ARM", "AGREE")}),
    ("Hamas said it was willing to hand over the bodies of the remaining hostages to Israel.",
     {("PSEGOV", "ISR", "AGREE")}),
    ("Russia offered to release 20 Ukrainian prisoners.", {("RUS", "UKRCVL", "AGREE")}),
    ("Russia agreed to release 20 Ukrainian prisoners.", {("RUS", "UKRCVL", "CONCEDE")}),
    ("Tanzania's president promised to lift the ban on opposition rallies.",
     {("TZAGOV", "TZACVL", "CONCEDE")}),
    ("The Kremlin said Russia would pull back some troops from its border with Finland.",
     {("RUS", "FIN", "CONCEDE")}),
    # dev20: measured talks and exercises, talks a trip is for, talks agreed to be opened, a noun's
    # conjunct nested where the noun is, "step up" is no stepping down
    ("Biden and Xi held four hours of talks at an estate near San Francisco on Wednesday.",
     {("USAGOV", "CHNGOV", "CONSULT"), ("CHNGOV", "USAGOV", "CONSULT")}),
    ("Indian and Egyptian special forces wrapped up two weeks of joint exercises in the Rajasthan desert.",
     {("INDMIL", "EGYMIL", "COOPERATE"), ("EGYMIL", "INDMIL", "COOPERATE")}),
    ("Blinken flew to Cairo for talks with Egyptian officials on the Gaza ceasefire.",
     {("USAGOV", "EGYGOV", "CONSULT")}),
    ("Araghchi flew to Muscat on Saturday for indirect talks with U.S. officials.",
     {("IRNGOV", "OMNGOV", "CONSULT"), ("IRNGOV", "USAGOV", "CONSULT"), ("USAGOV", "IRNGOV", "CONSULT")}),
    ("Ghana promised to step up security cooperation with Ivory Coast.", {("GHA", "CIV", "AGREE")}),
    ("Modi will visit Washington next week for talks with Trump, the foreign ministry said.",
     {("INDGOV", "USAGOV", "AGREE")}),
    ("European Union leaders agreed on Thursday to open membership talks with Ukraine and Moldova.",
     {("EURGOV", "UKR", "AGREE"), ("EURGOV", "MDA", "AGREE")}),
    ("Japan and the Philippines agreed to step up joint training and intelligence sharing.",
     {("JPN", "PHL", "AGREE"), ("PHL", "JPN", "AGREE")}),
    # dev20: a raid by police is no riot; reports called baseless are denied; a warning of what one's
    # own army will do is a threat to where it would strike; a warning on a condition is a threat;
    # a protest set for a later day is not held yet; workers who strike stop work
    ("Ecuadorian police stormed the Mexican embassy in Quito and arrested former vice-president Jorge Glas.",
     {("ECUCOP", "MEXGOV", "COERCE"), ("ECUCOP", "ECUGOV", "COERCE")}),
    ("Iran denied supplying ballistic missiles to Russia, calling the reports baseless.", set()),
    ("Netanyahu demanded that Hamas free the hostages by Saturday noon and warned that otherwise the army "
     "would resume intense fighting in Gaza.",
     {("ISRGOV", "PSEGOV", "REQUEST"), ("ISRGOV", "PSE", "THREATEN")}),
    ("Kim Jong Un's powerful sister warned South Korea of a 'horrible disaster' if drones were spotted over "
     "Pyongyang again.", {("PRKGOV", "KOR", "THREATEN")}),
    ("Jailed Iranian Nobel laureate Narges Mohammadi has begun a hunger strike, her family said.",
     {("IRNSOC", "IRNGOV", "PROTEST")}),
    ("French unions have called a nationwide day of strikes and street protests for next Thursday against "
     "planned budget cuts.", set()),
    ("Nigerian doctors struck on Monday over unpaid wages.", {("NGAMED", "NGAGOV", "PROTEST")}),
    # dev22: a "with" clause of its own names no party; workers walk out; the Pan-American Highway is
    # no American; West African and Southeast Asian leaders are their blocs; mobilisations decreed
    # or ordered are done
    ("Iranian and US negotiators held indirect talks in Muscat on Saturday, with Oman's foreign minister "
     "carrying messages between the two rooms.",
     {("IRNGOV", "USAGOV", "CONSULT"), ("USAGOV", "IRNGOV", "CONSULT")}),
    ("British nurses walked out on Thursday over pay.", {("GBRMED", "GBRGOV", "PROTEST")}),
    ("Teachers blocked the Pan-American Highway in Panama on Monday, demanding the cancellation of a copper "
     "mining contract.", {("PANEDU", "PANGOV", "PROTEST")}),
    ("West African leaders ordered the activation of a regional standby force on Thursday to restore "
     "constitutional order in Niger.", {("IGO", "NER", "MOBILIZE")}),
    ("Burkina Faso's junta decreed a general mobilisation on Wednesday.", {("BFAMIL", None, "MOBILIZE")}),
    ("Turkish rescue teams arrived in Myanmar to help search for survivors of the earthquake.",
     {("TURMED", "MMR", "AID")}),
    ("Russian forces captured the town of Avdiivka on Saturday. Kyiv withdrew its troops.",
     {("RUSMIL", "UKR", "ASSAULT"), ("UKRGOV", None, "RETREAT")}),
    ("Moldova expelled 45 Russian diplomats on Wednesday. The foreign ministry in Chisinau accused them of "
     "trying to destabilise the country.",
     {("MDA", "RUSGOV", "SANCTION"), ("MDAGOV", "RUSGOV", "ACCUSE")}),
    # dev22 decoys: a cup match, a lone gunman with terror ruled out, drugs seized, troops stationed;
    # a plan called the most credible basis is praised
    ("India and Pakistan clashed in a rain-hit Asia Cup match in Kandy.", set()),
    ("A gunman killed three people at a shopping centre in Copenhagen on Sunday, Danish police said, adding "
     "that there was no sign of terrorism.", set()),
    ("Spanish police seized 13 tonnes of cocaine hidden in a shipment of bananas from Ecuador.", set()),
    ("About 28,500 American troops are stationed in South Korea.", set()),
    ("Britain backed Morocco's autonomy plan for Western Sahara, calling it the most credible basis for "
     "settling the dispute.", {("GBR", "MAR", "SUPPORT")}),
    # what the ones an accusation or a demand names did, told in a relative clause, is told inside it;
    # a relative clause on a participant of a meeting or a visit is its own event
    ("Pakistan accused India of backing the militants who attacked a school bus in Khuzdar.",
     {("PAK", "IND", "ACCUSE")}),
    ("Congo asked the UN Security Council to impose sanctions on Rwanda over its backing of the M23 rebels "
     "who entered Goma.", {("COD", "UNO", "REQUEST")}),
    ("Qatar hosted a new round of talks between Congolese government officials and M23 rebels in Doha.",
     {("CODGOV", "CODREB", "CONSULT"), ("CODREB", "CODGOV", "CONSULT"), ("CODGOV", "QAT", "CONSULT"),
      ("QAT", "CODGOV", "CONSULT")}),
    ("Modi congratulated Donald Trump on his election victory in a phone call on Wednesday.",
     {("INDGOV", "USAOPP", "CONSULT"), ("INDGOV", "USAOPP", "SUPPORT")}),
    ("Japan demanded the swift release of an employee of the drugmaker Astellas Pharma who was detained in "
     "Beijing on suspicion of spying.", {("JPN", "CHNGOV", "REQUEST")}),
    # dev23: talks between two parties in a round hosted by a third; a call to the one apologised to;
    # a leader welcomed is a guest; lunch with someone; what was done before, in a relative clause
    ("Oman's foreign minister hosted the first round of talks between Iran and the United States in Muscat.",
     {("IRN", "USA", "CONSULT"), ("USA", "IRN", "CONSULT"), ("IRN", "OMNGOV", "CONSULT"),
      ("OMNGOV", "IRN", "CONSULT"), ("USA", "OMNGOV", "CONSULT"), ("OMNGOV", "USA", "CONSULT")}),
    ("Vladimir Putin apologised to Azerbaijani President Ilham Aliyev in a phone call on Saturday.",
     {("RUSGOV", "AZEGOV", "CONCEDE"), ("RUSGOV", "AZEGOV", "CONSULT")}),
    ("Mongolia's president welcomed Vladimir Putin in Ulaanbaatar on Tuesday.",
     {("MNGGOV", "RUSGOV", "CONSULT"), ("RUSGOV", "MNGGOV", "CONSULT")}),
    ("Germany welcomed Macron's proposal.", {("DEU", "FRAGOV", "SUPPORT")}),
    ("Pakistan's army chief had lunch with Chinese President Xi Jinping in Beijing on Wednesday.",
     {("PAKMIL", "CHNGOV", "CONSULT"), ("CHNGOV", "PAKMIL", "CONSULT")}),
    ("Paraguay expelled a Chinese official who had come to Asuncion for a UNESCO meeting, accusing him of "
     "meddling in its internal affairs.", {("PRY", "CHNGOV", "ACCUSE"), ("PRY", "CHNGOV", "SANCTION")}),
    # parties banned: declared unconstitutional (a small clause), suspended, their legal status suspended
    ("Moldova's Constitutional Court declared the pro-Russian Shor party unconstitutional on Monday.",
     {("MDAJUD", "MDAPTY", "COERCE")}),
    ("Guinea's junta suspended three main opposition parties for 90 days.", {("GINMIL", "GINPTY", "COERCE")}),
    ("Turkish President Tayyip Erdogan offered on Friday to host peace talks between Russia and Ukraine in "
     "Istanbul.", {("TURGOV", "RUS", "AGREE"), ("TURGOV", "UKR", "AGREE")}),
    # a place driven into gives unnamed agents its country (Brussels, the EU's seat, is Belgium's),
    # not when forces push into it
    ("Farmers drove hundreds of tractors into central Brussels on Thursday to protest against EU farm "
     "policies.", {("BELAGR", "EUR", "PROTEST")}),
    pytest.param("Israeli tanks and troops pushed deeper into Gaza City on Tuesday as the military launched "
                 "its ground offensive.", {("ISRMIL", "PSE", "ASSAULT")},
                 marks=pytest.mark.xfail(reason="'Israeli' binds only 'tanks', so 'troops' and 'the "
                                         "military' take no country; a push into a city is coded 192 "
                                         "(occupy), not an assault")),
    ("The Netherlands said it had delivered the last of the 24 F-16 fighter jets it promised to Ukraine.",
     {("NLD", "UKR", "AID")}),
    # diplomats expelled or ordered out of a country, with no one named, are expelled by it
    ("Forty-five Russian diplomats and embassy staff were ordered out of Moldova on Wednesday.",
     {("MDA", "RUSGOV", "SANCTION")}),
    ("Forty-five Russian diplomats were expelled from Moldova on Wednesday.",
     {("MDA", "RUSGOV", "SANCTION")}),
    ("Bus and minibus drivers in Lima went on strike on Thursday to protest against extortion by criminal "
     "gangs.", {("PERLAB", "PERGOV", "PROTEST")}),
    ("Israel's government voted on Sunday to shut down the local operations of Qatar-based broadcaster Al "
     "Jazeera.", {("ISRGOV", "QATJRN", "COERCE")}),
    # a name opening the sentence, its verb parsed as an adjective (coder/reparse.py mends the tree)
    ("ECOWAS lifted sanctions on Niger on Saturday.", {("IGO", "NER", "RETREAT")}),
    ("South Korea scrambled fighter jets on Wednesday.", {("KOR", None, "MOBILIZE")}),
    ("Ecuador extradited gang leader Adolfo Macias to the United States on Sunday.",
     {("ECU", "USA", "COOPERATE")}),
    # dev23/dev24: an organisation's own summit as a circumstance names no counterpart; a formal request
    # for a permission or measures; a measure against no one agreed by two sides is their agreement;
    # the one a noun's relative clause or infinitive names
    ("Astana will not join the BRICS group for now, a spokesman for Kazakh President Kassym-Jomart Tokayev "
     "said during the bloc's summit in Kazan.", {("KAZGOV", "IGO", "REJECT")}),
    ("Erdogan told reporters at the NATO summit in Vilnius that Sweden could join.", set()),
    ("Kyiv asked Washington for permission to strike military targets deep inside Russia.",
     {("UKRGOV", "USAGOV", "REQUEST")}),
    ("South Africa asked the International Court of Justice for emergency measures forcing Israel to halt "
     "its offensive in Rafah.", {("ZAF", "IGOJUD", "REQUEST")}),
    ("Brazil and Paraguay agreed to raise the tariff for power from the Itaipu dam.",
     {("BRA", "PRY", "AGREE"), ("PRY", "BRA", "AGREE")}),
    ("ECOWAS lifted most of the sanctions it had imposed on Niger after last year's coup, the bloc said on "
     "Saturday.", {("IGO", "NER", "RETREAT")}),
    ("Trump paused for 90 days the steep tariffs he had imposed on the European Union.",
     {("USAOPP", "EUR", "RETREAT")}),
    ("Milei formally declined an invitation for Argentina to join the BRICS bloc.",
     {("ARGGOV", "IGO", "REJECT")}),
    ("The Philippine Senate ratified a reciprocal access agreement that allows Japanese troops to train in "
     "the Philippines.", {("PHLLEG", "JPNMIL", "SUPPORT")}),
    ("Russia on Monday refused to extend the Black Sea grain deal that had let Ukraine export grain by sea.",
     {("RUS", "UKR", "REJECT")}),
    ("Tens of thousands of Israelis rallied in Tel Aviv on Saturday night to demand a deal that would bring "
     "home the hostages still held in Gaza.", {("ISR", "ISRGOV", "PROTEST")}),
    # dev24: trade frozen; internet cut; a package of loans announced; "they" of a group that says it;
    # attacks stopped; forces arriving abroad are deployed; transports carrying weapons deliver them
    ("Algeria suspended its friendship treaty with Spain and froze trade with Madrid over its shift on "
     "Western Sahara.", {("DZA", "ESP", "SANCTION"), ("DZA", "ESPGOV", "SANCTION")}),
    ("The Taliban cut internet access across Afghanistan on Monday.", {("AFGGOV", "AFGCVL", "COERCE")}),
    ("The European Union announced a 7.4 billion euro package of loans and grants for Egypt on Sunday.",
     {("EUR", "EGY", "AID")}),
    ("The Houthis said they attacked a US ship.", {("YEMREB", "USA", "ASSAULT")}),
    ("The Houthis said they would stop targeting US ships in the Red Sea under a truce brokered by Oman.",
     {("YEMREB", "USA", "CONCEDE")}),
    ("Russian warships arrived in Havana on Wednesday ahead of military exercises in the Caribbean.",
     {("RUSMIL", "CUBGOV", "MOBILIZE")}),
    ("US troops arrived in Poland on Monday.", {("USAMIL", "POL", "MOBILIZE")}),
    ("Two Egyptian military planes carrying weapons and ammunition landed in Mogadishu on Tuesday.",
     {("EGYMIL", "SOMGOV", "AID")}),
    # the ones a protest stands in solidarity with are not its target (the parser hangs "with" on the verb)
    ("Tens of thousands of Moroccans marched in Rabat on Sunday in solidarity with the Palestinians and "
     "against Israel's bombardment of Gaza.", {("MAR", "ISR", "PROTEST")}),
    # dev24: a panel of a court; a law passed acts through its makers; a ban upheld; forces of two states in
    # a drill together; an attack claimed by a group is its attack
    ("A panel of Brazil's Supreme Court convicted Jair Bolsonaro of plotting a coup and sentenced him to 27 "
     "years in prison.", {("BRAJUD", "BRAOPP", "ACCUSE"), ("BRAJUD", "BRAOPP", "COERCE")}),
    ("Israel's parliament passed a law banning UNRWA, the UN agency for Palestinian refugees, from operating "
     "on Israeli territory.", {("ISRLEG", "UNO", "COERCE")}),
    ("Venezuela's Supreme Court upheld a ban barring opposition leader Maria Corina Machado from holding "
     "public office.", {("VENJUD", "VENOPP", "COERCE")}),
    ("US and Philippine troops sank a decommissioned warship in a live-fire drill off the coast of Luzon on "
     "Wednesday.", {("PHLMIL", "USAMIL", "COOPERATE"), ("USAMIL", "PHLMIL", "COOPERATE")}),
    ("Two Chinese nationals were killed in a suicide bombing near Karachi airport claimed by the Balochistan "
     "Liberation Army.", {("PAKREB", "CHN", "ASSAULT")}),
    # dev23: "their countries" after several states is each of them; reinforcing one's own border guards
    # helps no other state; the aim of an act a comma participle goes on telling is nested in that act
    ("The military governments of Mali, Burkina Faso and Niger announced on Sunday that their countries "
     "would leave the West African bloc ECOWAS with immediate effect.",
     {("MLI", "IGO", "SANCTION"), ("BFA", "IGO", "SANCTION"), ("NER", "IGO", "SANCTION")}),
    ("Latvia sent soldiers to reinforce its border guards on the frontier with Belarus.",
     {("LVA", "BLR", "MOBILIZE")}),
    ("The Nigeria Labour Congress began an indefinite general strike on Monday, shutting down the national "
     "grid and airports, to press for a higher minimum wage.", {("NGALEG", "NGAGOV", "PROTEST")}),
    # one's own meeting or trip called off with no one named to meet rejects no one (dev22, dev18)
    ("Japanese Prime Minister Fumio Kishida cancelled a planned trip to Central Asia on Friday after a "
     "government warning of a possible major earthquake.", set()),
    ("Sudan's army boycotted talks brokered by the United States.", {("SDNMIL", "USA", "REJECT")}),
    # dev9: an agency barred is banned; "including" the parser hangs on the verb names the ones freed
    ("Israel's parliament passed two laws on Monday barring the U.N. agency for Palestinian refugees, UNRWA, "
     "from operating on Israeli soil.", {("ISRLEG", "UNO", "COERCE")}),
    ("Iran barred IAEA inspectors from the Fordow site.", {("IRN", "IGO", "REJECT")}),
    ("Hamas freed 24 hostages held in Gaza on Friday, including 13 Israelis, on the first day of a truce.",
     {("PSEGOV", "ISR", "RETREAT")}),
    # dev7: a vehicle's nationality names the one who brings aid with it
    ("Jordanian and Emirati aircraft dropped food parcels over northern Gaza on Sunday.",
     {("JOR", "PSE", "AID"), ("ARE", "PSE", "AID")}),
    # dev8, dev14: two states' forces firing together at no one are training together; terror denied
    ("A gunman killed three people at a shopping centre in Copenhagen on Sunday; police said there was "
     "nothing to suggest an act of terrorism.", set()),
    ("Troops from the Philippines and the United States fired missiles and rockets at a decommissioned ship "
     "off the northern province of Ilocos Norte on Wednesday.",
     {("PHLMIL", "USAMIL", "COOPERATE"), ("USAMIL", "PHLMIL", "COOPERATE")}),
    # dev13: talks the parser hangs on what was asked are the asker's and the one asked
    ("Saudi Crown Prince Mohammed bin Salman asked Donald Trump to lift US sanctions on Syria during their "
     "talks in Riyadh on Tuesday.", {("SAUGOV", "USAOPP", "REQUEST"), ("SAUGOV", "USAOPP", "CONSULT"),
                                     ("USAOPP", "SAUGOV", "CONSULT")}),
    ("US Secretary of State Antony Blinken pressed Israeli Prime Minister Benjamin Netanyahu on Friday to "
     "agree to humanitarian pauses in Gaza during talks in Tel Aviv.",
     {("USAGOV", "ISRGOV", "CONSULT"), ("ISRGOV", "USAGOV", "CONSULT")}),
    # dev19, dev23: negotiations on an agreement concluded reach it; a region's bloc named in apposition
    ("The European Union and the South American bloc Mercosur concluded negotiations on a free trade "
     "agreement in Montevideo on Friday.", {("EUR", "IGO", "AGREE"), ("IGO", "EUR", "AGREE")}),
    ("India and Britain concluded negotiations on a free trade agreement.",
     {("IND", "GBR", "AGREE"), ("GBR", "IND", "AGREE")}),
    # dev8, dev19: "him" after a coordinated verb is the one the verb before acts on
    ("A Russian court convicted Wall Street Journal reporter Evan Gershkovich of espionage on Friday and "
     "sentenced him to 16 years in a high-security penal colony.",
     {("RUSJUD", "USAJRN", "ACCUSE"), ("RUSJUD", "USAJRN", "COERCE")}),
    # dev9: two parties of one state agreeing are each other's parties, not the mediator's
    ("Ethiopia's government and Tigrayan forces agreed on Wednesday to a permanent cessation of hostilities "
     "after a week of African Union-led talks in South Africa.",
     {("ETHGOV", "ETHREB", "AGREE"), ("ETHREB", "ETHGOV", "AGREE")}),
    # dev2: what an act ended, told by a participle of no one, is its result, no row of its own
    ("Nigeria and Niger agreed on Wednesday to resume joint military patrols along their frontier, ending a "
     "freeze in security ties that followed the 2023 coup in Niamey.",
     {("NGA", "NER", "AGREE"), ("NER", "NGA", "AGREE")}),
    ("Canada and India agreed to appoint new high commissioners in each other's capitals, easing a "
     "diplomatic freeze.", {("CAN", "IND", "AGREE"), ("IND", "CAN", "AGREE")}),
    # dev20, dev23: a lone attacker's shooting in a capital named as the place is crime, not an attack on
    # its government; a named official shot stays an attack
    ("A student shot dead 14 people at Charles University in Prague before killing himself, police said.",
     set()),
    ("A gunman shot the mayor in Prague.", {("CZEUAF", "CZEGOV", "ASSAULT")}),
    # dev22: what something is "since" is a past event dating the present, no event of the day
    ("Kuwait marked 35 years since the Iraqi invasion on Saturday with ceremonies honouring those killed "
     "during the occupation.", set()),
    # dev13: a plea for forgiveness with no one named is made to the people where it is made
    ("Germany's president asked for forgiveness for colonial-era killings in Tanzania during a visit to the "
     "southern town of Songea on Wednesday.", {("DEUGOV", "TZA", "CONCEDE"), ("DEUGOV", "TZA", "CONSULT")}),
    # dev20: a relative of someone named is of that one's country
    ("Brazil granted asylum to Nadine Heredia, the wife of jailed former Peruvian president Ollanta Humala.",
     {("BRA", "PER", "AID")}),
    # dev3, dev14: prisoners protesting in a state's jails protest against that state
    ("Hundreds of Palestinian prisoners in Israeli jails began a hunger strike on Sunday.",
     {("PSECVL", "ISRGOV", "PROTEST")}),
    # dev9, dev19: one assault of a subject that struck a country's sites and killed commanders
    ("Israel struck Iran's nuclear facilities and killed top military commanders on Friday.",
     {("ISR", "IRN", "ASSAULT")}),
    # dev12, dev14: force a speaker says it could use on a condition is a threat, to the one it asks
    ("The West African bloc ECOWAS gave Niger's junta one week to reinstate President Bazoum, saying it "
     "could use force if it did not.", {("IGO", "NERMIL", "REQUEST"), ("IGO", "NERMIL", "THREATEN")}),
    ("China could blockade Taiwan if it declared independence, analysts say.", set()),
    ("Medvedev said that Moscow would have to use a nuclear weapon if Ukraine's counteroffensive succeeded.",
     {("RUSGOV", "UKR", "THREATEN")}),
    # dev23: a threat with no one named is to the one its source makes a demand of
    ("Houthi leader Abdul Malik al-Houthi gave Israel four days to let aid back into Gaza, threatening to "
     "resume naval attacks.", {("YEMREB", "ISR", "REQUEST"), ("YEMREB", "ISR", "THREATEN")}),
    # dev11: a warning's bare threat is the finer threat its clause tells
    ("Egypt could suspend its peace treaty with Israel if Israeli troops launched an offensive on Rafah, two "
     "Egyptian officials warned.", {("EGY", "ISR", "THREATEN")}),
    # dev6: a claim someone named made, rejected, rejects its maker; a report denied is a denial only
    ("Nigeria's government rejected Trump's claim that Christians face mass killings in the country.",
     {("NGAGOV", "USAOPP", "REJECT")}),  # Trump before his second term (the test date is 2025-01-15)
    ("Egypt denied reports that it had closed the Rafah crossing.", set()),
    # dev26, dev8: one release of two Americans is one row for the pair of countries
    ("Russia freed Wall Street Journal reporter Evan Gershkovich and former US Marine Paul Whelan.",
     {("RUS", "USAJRN", "RETREAT")}),
    # dev26, dev8: a concession agreed by two sides named by their adjectives, after a first verb, is AGREE
    ("Russian and Ukrainian delegations met in Istanbul on Monday and agreed to exchange all severely "
     "wounded prisoners of war.", {("RUSGOV", "UKRGOV", "AGREE"), ("UKRGOV", "RUSGOV", "AGREE"),
                                   ("RUSGOV", "UKRGOV", "CONSULT"), ("UKRGOV", "RUSGOV", "CONSULT")}),
    # dev26: "it" as an object is not a country named as a place ("in Gaza")
    ("South Africa asked the International Court of Justice on Friday to order Israel to halt its offensive "
     "in Gaza, accusing it of genocide.", {("ZAF", "IGOJUD", "REQUEST"), ("ZAF", "ISR", "ACCUSE")}),
    # dev27: aid given with "hundreds of" what is given, a passive's agent hung on the place, evacuation
    # from a place, arms that arrive
    ("Iran has supplied Russia with hundreds of Shahed drones.", {("IRN", "RUS", "AID")}),
    ("Twenty-five thousand tonnes of wheat were shipped to Somalia by Ukraine.", {("UKR", "SOM", "AID")}),
    ("Turkish military planes evacuated dozens of cancer patients from Gaza to Ankara.",
     {("TURMIL", "PSE", "AID")}),
    ("Britain's first Challenger 2 tanks have arrived in Ukraine.", {("GBR", "UKR", "AID")}),
    # dev27, dev11: a pact someone made, not to be implemented, is rejected; dev27, dev6: Greenland's premier
    ("Polish Prime Minister Donald Tusk said Poland would not implement the European Union's migration pact.",
     {("POL", "EUR", "REJECT")}),
    ("Greenland is not for sale, Prime Minister Mute Egede said, rejecting Donald Trump's push to take "
     "control of the island.", {("DNKGOV", "USAOPP", "REJECT")}),
    # dev27, dev18: the scorn that goes with a rejection is no accusation of its own
    ("Ukraine rejected Vladimir Putin's offer of a ceasefire on condition that Kyiv withdraw from four "
     "regions, calling it an ultimatum.", {("UKR", "RUSGOV", "REJECT")}),
    # dev26, dev6: an announced resignation is the resignation (RETREAT), with no one named
    ("Canadian Prime Minister Justin Trudeau announced on Monday that he would resign once his Liberal Party "
     "chose a new leader.", {("CANGOV", None, "RETREAT")}),
    # dev27: a ship "Israeli-linked" is Israel's; dev26: what is fired is not the passive's target
    ("Iranian commandos seized an Israeli-linked container ship near the Strait of Hormuz on Saturday.",
     {("IRNMIL", "ISR", "COERCE")}),
    ("Iranian drones and missiles were launched at Israel overnight in Tehran's first direct attack on "
     "Israeli territory.", {("IRNGOV", "ISR", "ASSAULT")}),
    # dev26, dev27, dev9: a march goes on as the marchers are fired at or detained; one protest of them
    ("Indian police fired tear gas on Tuesday at thousands of farmers marching on New Delhi to demand "
     "guaranteed prices for their crops.",
     {("INDCOP", "INDGOV", "ASSAULT"), ("INDAGR", "INDGOV", "PROTEST")}),
    ("Indian police detained opposition leader Rahul Gandhi and dozens of lawmakers on Monday as they "
     "marched to the Election Commission in New Delhi.",
     {("INDCOP", "INDOPP", "COERCE"), ("INDOPP", "INDGOV", "PROTEST")}),
    ("A student gunman killed 14 people at Charles University in Prague on Thursday, police said, as they "
     "searched his home.", set()),
    # dev26, dev2: a ceasefire one side declares is its own, not the other's too
    ("Russian President Vladimir Putin declared a 30-hour Easter ceasefire in Ukraine on Saturday.",
     {("RUSGOV", "UKR", "RETREAT")}),
    # dev27, dev18, dev22: a camp and a sit-in by the same protesters are one protest
    ("Protesters camped outside the presidential secretariat in Colombo kept up their sit-in for a "
     "seventh day.", {("LKACVL", "LKAGOV", "PROTEST")}),
    # dev26: what is rejected was made by the subject of its relative clause
    ("Somalia on Tuesday rejected as null and void the port deal Ethiopia signed with the breakaway region "
     "of Somaliland.", {("SOM", "ETH", "REJECT")}),
    # dev27: an offer whose purpose is to help a state is made to it; dev26, dev4: troops offered abroad
    ("Kenya offered to lead a multinational police force to help Haiti fight armed gangs.",
     {("KEN", "HTI", "AGREE")}),
    ("German Defence Minister Boris Pistorius said Berlin was ready to station a brigade of about 4,000 "
     "troops permanently in Lithuania.", {("DEUGOV", "LTU", "AGREE")}),
    # dev27, dev12: the mediators talks were held under consult each side (once a country)
    ("Envoys of Sudan's army and the paramilitary Rapid Support Forces held talks in the Saudi city of "
     "Jeddah on Saturday under US and Saudi mediation.",
     {("SDNGOV", "SDNREB", "CONSULT"), ("SDNREB", "SDNGOV", "CONSULT"), ("SAU", "SDNGOV", "CONSULT"),
      ("USA", "SDNGOV", "CONSULT")}),
    # dev27: talks hosted by a third state are the parties' own talks too
    ("Thailand and Cambodia agreed to an immediate ceasefire at talks hosted by Malaysian Prime Minister "
     "Anwar Ibrahim in Putrajaya on Monday.",
     {("THA", "KHM", "AGREE"), ("KHM", "THA", "AGREE"), ("THA", "KHM", "CONSULT"),
      ("KHM", "THA", "CONSULT"),
      ("MYSGOV", "THA", "CONSULT"), ("MYSGOV", "KHM", "CONSULT"), ("THA", "MYSGOV", "CONSULT"),
      ("KHM", "MYSGOV", "CONSULT")}),
    # dev26, dev23, dev9: the travel of one given asylum, and a flight on from fleeing, are no visits
    ("Spain granted political asylum to Venezuelan opposition candidate Edmundo Gonzalez, who flew to Madrid "
     "on Sunday.", {("ESP", "VENOPP", "AID")}),
    ("Sri Lankan President Gotabaya Rajapaksa fled to the Maldives on Wednesday and flew on to Singapore.",
     set()),
    # dev11: a name given to an act told before is aimed at its doer, also at home
    ("Guatemalan prosecutors raided the offices of the electoral tribunal on Friday. President-elect "
     "Bernardo Arevalo called the raid an attempted coup.",
     {("GTMJUD", "GTMCVL", "COERCE"), ("GTMGOV", "GTMJUD", "ACCUSE")}),
    # dev29: "the group" accused "of" a charge is the group named before it
    ("Colombian President Gustavo Petro suspended peace talks with the ELN guerrillas on Friday, accusing "
     "the group of war crimes.", {("COLGOV", "COLREB", "SANCTION"), ("COLGOV", "COLREB", "ACCUSE")}),
    # dev23, dev28: a lone attacker of no country named is of the country of the politician attacked
    ("A gunman shot Slovak Prime Minister Robert Fico several times in the town of Handlova on Wednesday.",
     {("SVKUAF", "SVKGOV", "ASSAULT")}),
    # dev12, dev28: university education suspended is a restriction; "a move that drew condemnation from"
    # is condemnation of the move's maker
    ("Afghanistan's Taliban administration suspended university education for women on Tuesday, according "
     "to a letter from the higher education ministry, a move that drew swift condemnation from the United "
     "States and the United Nations.",
     {("AFGGOV", "AFGCVL", "COERCE"), ("USA", "AFGGOV", "ACCUSE"), ("UNO", "AFGGOV", "ACCUSE")}),
    # dev28: a market's rally is no protest; the reason a resignation is given for is no concession;
    # defying a curfew beside storming a residence is the protest's
    ("TOKYO (Reuters) - Japan's Nikkei share average closed above 40,000 for the first time on Monday, "
     "extending a record-breaking rally driven by chip-related stocks and a weak yen.", set()),
    ("BELGRADE (Reuters) - Serbian Prime Minister Milos Vucevic resigned on Tuesday, saying he wanted to "
     "calm tensions after months of student-led protests.", {("SRBGOV", None, "RETREAT")}),
    ("DHAKA (Reuters) - Hundreds of thousands of protesters defied a curfew and stormed the official "
     "residence of the prime minister in Dhaka on Monday.", {("BGDCVL", "BGDGOV", "PROTEST")}),
    # dev29: "six of" the diplomats expelled; interests declared targets; punishment vowed; dev26, dev29:
    # what two states share, reopened, is reopened to each other; an act denounced is its doer's
    ("Canada and India expelled six of each other's diplomats on Monday, including their top envoys.",
     {("CAN", "IND", "SANCTION"), ("IND", "CAN", "SANCTION")}),
    ("The Houthis declared all American and British interests legitimate targets.",
     {("YEMREB", "USA", "THREATEN"), ("YEMREB", "GBR", "THREATEN")}),
    ("Iran's supreme leader vowed harsh punishment for Israel after Hamas political chief Ismail Haniyeh "
     "was killed in Tehran.", {("IRNGOV", "ISR", "THREATEN")}),
    ("Venezuela and Colombia reopened their shared border to cargo traffic on Monday after seven years of "
     "closure.", {("VEN", "COL", "RETREAT"), ("COL", "VEN", "RETREAT")}),
    ("China denounced the visit of US House Speaker Nancy Pelosi to Taiwan as a grave violation of its "
     "sovereignty.", {("CHN", "USA", "ACCUSE")}),
    # dev28: the juntas ruling several countries are each country's
    ("The military juntas ruling Niger, Mali and Burkina Faso announced on Sunday that their countries were "
     "leaving the West African bloc ECOWAS.", {("NER", "IGO", "SANCTION"), ("MLI", "IGO", "SANCTION"),
                                                ("BFA", "IGO", "SANCTION")}),
    # dev28, dev9: diplomats ordered out "from" countries, "including" the ones named, are theirs
    ("Venezuela ordered diplomats from seven Latin American countries, including Argentina, Chile and Peru, "
     "to leave the country on Monday.",
     {("VEN", "ARG", "SANCTION"), ("VEN", "CHL", "SANCTION"), ("VEN", "PER", "SANCTION")}),
    # dev28: countermeasures promised are a threat, at the country that acted before in the sentence
    ("Finland formally joined NATO on Tuesday, and the Kremlin said Moscow would take \"counter-measures\" "
     "to ensure its own security.", {("RUSGOV", "FIN", "THREATEN")}),
    # dev29, dev4: a protest against its own government's decision is not aimed at what the decision is about
    ("Tens of thousands of Georgians rallied outside parliament in Tbilisi on Sunday against the "
     "government's decision to suspend talks on joining the European Union.", {("GEO", "GEOGOV", "PROTEST")}),
    # dev29, dev26, dev19, dev14: "the country" as an object is the country named before it
    ("The African Union condemned the military takeover in Gabon and suspended the country from all its "
     "activities.", {("IGO", "GAB", "ACCUSE"), ("IGO", "GAB", "SANCTION")}),
    # dev28: a reporter known only by a foreign bureau's dateline gives the sentence no place
    ("DUBAI (Reuters) - Iranian protesters clashed with security forces in several cities on Tuesday, a "
     "monitoring group said.",
     {("IRNCVL", "IRNCOP", "ASSAULT"), ("IRNCOP", "IRNCVL", "ASSAULT"), ("IRNCVL", "IRNGOV", "PROTEST")}),
    # dev28: an active verb the parser hangs on the passive a speaker reports is the speaker's
    ("India said it struck nine sites in Pakistan early on Wednesday, and Pakistan said civilians had been "
     "killed and vowed to retaliate.", {("IND", "PAK", "ASSAULT"), ("PAK", "IND", "THREATEN")}),
    # -- vocab17: reported speech in wire leads: the accusation only; the one said to be responsible is
    # accused by the one who says it; victims of a strike on a named place are that place's
    ("Cambodia accused Thailand of firing first in the border clash, the defence ministry said.",
     {('KHM', 'THA', 'ACCUSE')}),
    ("Thailand's army said Cambodia was responsible for a landmine blast that wounded five Thai soldiers on "
     "patrol.",
     {('THAMIL', 'KHM', 'ACCUSE')}),
    ("The White House said Beijing was to blame for the collapse of the trade truce.",
     {('USAGOV', 'CHNGOV', 'ACCUSE')}),
    # the killing condemned, told in a relative clause, is inside the condemnation (dev14 lists such an
    # attack as optional, dev-0103 codes the condemnation alone)
    ("Kyiv condemned the Russian missile strike on Sumy that killed 35 people as a war crime.",
     {('UKRGOV', 'RUSMIL', 'ACCUSE')}),
    ("Russia's foreign ministry said on Tuesday it had expelled two British diplomats, accusing them of "
     "spying.",
     {('RUSGOV', 'GBRGOV', 'SANCTION'), ('RUSGOV', 'GBRGOV', 'ACCUSE')}),
    ("Chad ended its defence cooperation agreement with France, calling it obsolete.",
     {('TCD', 'FRA', 'REJECT')}),
]


@pytest.mark.parametrize("text, expected", EXACT_ROWS)
def test_exact_rows(real_coder, text, expected):
    rows = real_coder.code_text(text, date="2025-01-15")
    assert {(r["source_actor"], r["target_actor"], r["plover_type"]) for r in rows} == expected


@pytest.mark.parametrize("text, expected", [
    ("Germany has handed Ukraine a fourth IRIS-T air defence system.", ("DEU", "UKR", "AID")),
    ("The World Food Programme handed out hot meals to displaced Haitians there.", ("UNO", "HTI", "AID")),
    ("Jordanian military planes dropped food parcels over northern Gaza.", ("JORMIL", "PSE", "AID")),
    ("The International Monetary Fund's board cleared the release of about $1 billion to Pakistan.",
     ("IGO", "PAK", "AID")),
    ("Bashar al-Assad and his family have been given asylum in Moscow.", ("RUSGOV", "SYRELI", "AID")),
])
def test_aid_handed_dropped_cleared_and_asylum_given(real_coder, text, expected):
    rows = real_coder.code_text(text, date="2025-01-15")
    assert expected in {(r["source_actor"], r["target_actor"], r["plover_type"]) for r in rows}
