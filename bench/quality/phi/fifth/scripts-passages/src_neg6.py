PATIENT = False
ITEMS = [
("Thailand compulsory treatment", "Synthetic policy text in the style of a human rights NGO report on Southeast Asia", "Drug policy",
"""Thailand's Narcotics Code, in force from 9 December 2021, shifted the emphasis towards treatment for people who use
drugs. However, compulsory treatment camps run by the military and the Ministry of Interior remain. Yaba tablets, which
combine methamphetamine and caffeine, are sold for as little as 10 baht in some provinces near the Myanmar border, such as
Chiang Rai and Tak. The Ozone Foundation in Bangkok offers harm reduction services."""),
("Alcohol use in pregnancy: FASD", "Synthetic public-health text in the style of a Canadian FASD network leaflet", "Pregnancy",
"""Fetal alcohol spectrum disorder affects an estimated 4% of people in Canada. No amount of alcohol in pregnancy is known
to be safe. The Canada FASD Research Network, CanFASD, based in Vancouver, publishes diagnostic guidelines first issued in
2005 and revised in 2016 by Cook and colleagues. Support is available through Motherisk-style helplines and local
prenatal programmes; services in Manitoba and the Yukon are well developed."""),
("Medicaid and treatment access", "Synthetic policy brief text in the style of a health policy foundation analysis", "Coverage",
"""States that expanded Medicaid under the Affordable Care Act, signed on 23 March 2010, saw larger increases in
buprenorphine prescriptions than non-expansion states. By 2025, 40 states and Washington, DC had adopted expansion.
Medicaid is the largest payer of treatment for opioid use disorder. Section 1115 waivers now allow some states, such as
California and Oregon, to pay for treatment in jails before release."""),
("Pain in Latin American primary care", "Synthetic guideline text in the style of a PAHO regional guidance (translated)", "Access to analgesia",
"""The Pan American Health Organization, at 525 Twenty-third Street NW, Washington, DC 20037, notes that morphine
consumption in most Latin American countries is far below need. In Colombia, the Fondo Nacional de Estupefacientes
controls supply. Countries such as Costa Rica and Chile have expanded palliative care. Regional opioid consumption data
come from the International Narcotics Control Board in Vienna."""),
("Acute pain after dental extraction", "Synthetic guideline text in the style of an American Dental Association guideline", "Dental pain",
"""The American Dental Association guideline published in 2024 with the University of Pittsburgh recommends ibuprofen
400 mg plus acetaminophen 500 mg as first-line for pain after third-molar extraction. Opioids should be reserved for the
rare case when non-opioids fail and limited to a few days. Adolescents and young adults often receive their first opioid
prescription from a dentist. Leftover pills are a source of misuse."""),
("Hepatitis B and C co-infection", "Synthetic guideline text in the style of an Asian Pacific Association for the Study of the Liver statement", "Co-infection",
"""People with hepatitis C who also have hepatitis B may experience reactivation of hepatitis B when HCV is treated with
direct-acting antivirals. The FDA issued a boxed warning in October 2016. All patients should be tested for HBsAg and
anti-HBc before starting treatment. In Mongolia, Taiwan and parts of China, co-infection rates are high. APASL
guidelines were updated in 2016 and 2022."""),
("Rural opioid treatment deserts", "Synthetic epidemiological text in the style of a rural health research centre brief", "Rural access",
"""Many rural counties in Appalachia and the Great Plains have no opioid treatment programme. Patients in parts of
Montana, Wyoming and North Dakota may drive over 100 miles each way for daily methadone. Mobile methadone units, allowed
by a DEA rule effective 28 July 2021, help fill gaps. The University of Kentucky Center on Drug and Alcohol Research in
Lexington has studied rural treatment access."""),
("Fibromyalgia", "Synthetic patient leaflet in the style of a rheumatology patient charity", "Conditions",
"""Fibromyalgia causes widespread pain, fatigue and poor sleep. Opioids, including tramadol, are not recommended. Exercise
such as walking, swimming or tai chi helps most people. Duloxetine, amitriptyline and pregabalin may help some. The
American College of Rheumatology diagnostic criteria were revised in 2010 and 2016 by Wolfe and colleagues. For
information, see versusarthritis.org or call the helpline on 0800 5200 520."""),
("Opioid overdose in Estonia", "Synthetic epidemiological text in the style of an EU drug agency report", "Historical trends",
"""Estonia had one of the highest overdose death rates in Europe in the 2010s, driven by 3-methylfentanyl and fentanyl
in Tallinn and Ida-Viru county. After police disrupted major supply networks in 2017, deaths fell sharply. Nitazenes,
such as isotonitazene and metonitazene, later appeared in Estonia, Latvia and Ireland. The Estonian National Institute
for Health Development runs needle exchanges."""),
("Stimulant prescribing for ADHD in adults", "Synthetic regulatory text in the style of a national prescribing bulletin", "Stimulants",
"""Prescriptions for ADHD stimulants in adults rose sharply after 2020 in the US, Australia and the UK. In October 2022,
the FDA announced a shortage of immediate-release amphetamine mixed salts (Adderall). Lisdexamfetamine became generic in
the US in August 2023. Prescribers should screen for stimulant use disorder and cardiac disease, and check the state
prescription drug monitoring programme before each prescription."""),
("Blank medication reconciliation form", "Synthetic blank template in the style of a hospital medication reconciliation form", "Template",
"""ADMISSION MEDICATION RECONCILIATION. Patient label here [ affix sticker ]. Ward: ________ Bed: ____. Source of
information: [ ] patient [ ] family [ ] GP letter [ ] pharmacy record. Medication | Dose | Route | Frequency | Last taken
| Continue? Y/N. ____________ | ____ | ____ | ____ | ____ | __. Opioid agonist therapy confirmed with dispensing
pharmacy? [ ] Yes [ ] No. Pharmacist: ____________ Bleep: ______"""),
("Opium in Afghanistan", "Synthetic epidemiological text in the style of a UNODC opium survey", "Supply",
"""Afghanistan produced most of the world's illicit opium until the Taliban authorities banned poppy cultivation in April
2022. The UNODC Afghanistan Opium Survey reported a 95% fall in cultivation in 2023, concentrated in Helmand and Kandahar.
Myanmar's Shan State then became the largest producer. Analysts warned that synthetic opioids could replace heroin in
European markets if supply fell."""),
("Heat and drug use", "Synthetic public-health text in the style of a county heat emergency advisory", "Environmental health",
"""During extreme heat, people who use stimulants such as methamphetamine or cocaine are at higher risk of heat stroke.
In Maricopa County, Arizona, drugs were involved in about half of heat-related deaths in recent years. Cooling centres
are open from 8am to 8pm. Drink water, find shade and check on neighbours. For a list of cooling centres, dial 2-1-1."""),
("Suicide and opioids", "Synthetic guideline text in the style of a suicide prevention research centre brief", "Mental health",
"""People with opioid use disorder have a suicide risk many times higher than the general population. Some overdoses are
intentional. Clinicians should ask directly about suicidal thoughts, using tools such as the Columbia Suicide Severity
Rating Scale, developed by Kelly Posner and colleagues at Columbia University. Lethal means counselling includes safe
storage of medicines. Oquendo and Volkow wrote about this overlap in NEJM in 2018."""),
("Chronic postsurgical pain", "Synthetic clinical text in the style of an anaesthesia society consensus", "Postsurgical",
"""Chronic postsurgical pain, defined in ICD-11 as pain persisting at least three months after surgery, affects 10 to 50%
of people after amputation, thoracotomy, mastectomy or hernia repair. Risk factors include preoperative pain, anxiety
and catastrophising. Transitional pain services, such as the one founded by Hance Clarke at Toronto General Hospital in
2014, follow high-risk patients after discharge."""),
("Alcohol in the Pacific", "Synthetic public-health text in the style of a Pacific Community report", "Pacific Islands",
"""In Fiji, Samoa and Tonga, kava is widely consumed at community gatherings and is distinct from alcohol. Homebrew and
cheap imported spirits drive alcohol harms in several Pacific Island countries. The Pacific Community (SPC), headquartered
at 95 Promenade Roger Laroque, Nouméa, New Caledonia, supports national NCD plans. Tobacco and alcohol taxes were raised
in Tonga in 2016."""),
("Medication-assisted treatment in jails", "Synthetic programme description text in the style of a state corrections department report", "Criminal legal system",
"""The Rhode Island Department of Corrections began offering all three FDA-approved medications for opioid use disorder to
incarcerated people in July 2016. Green and colleagues reported in JAMA Psychiatry in 2018 that post-release overdose
deaths fell by 61%. Massachusetts, New York and Pennsylvania have followed. The first two weeks after release carry the
highest risk of death."""),
("Opioid dose conversion", "Synthetic pharmacology text in the style of a hospital pharmacy opioid conversion chart", "Dose conversion",
"""Morphine milligram equivalents (MME) compare opioids. Approximate conversion factors used by CDC: oxycodone 1.5,
hydrocodone 1, hydromorphone 5, oxymorphone 3, tapentadol 0.4, codeine 0.15. Methadone conversion is non-linear and
should only be done by experienced clinicians. Transdermal fentanyl 25 mcg per hour is roughly equal to 60 mg oral
morphine daily. Reduce the calculated dose by 25 to 50% for incomplete cross-tolerance."""),
("Buprenorphine in primary care in France", "Synthetic policy text in the style of a French national health agency summary (translated)", "Country example",
"""France allowed general practitioners to prescribe high-dose buprenorphine (Subutex) from February 1996 without special
licences. Opioid overdose deaths fell by about 79% between 1994 and 2002. Diversion and injection of tablets became a
problem, leading to the introduction of buprenorphine-naloxone. The Agence nationale de sécurité du médicament (ANSM) is
based in Saint-Denis. CSAPA centres offer specialised care."""),
("Patient leaflet: naloxone step by step", "Synthetic patient leaflet in the style of a harm reduction organisation card", "How to respond",
"""If someone is not waking up: 1. Shout their name and rub the middle of their chest with your knuckles. 2. Call for an
ambulance. 3. Spray naloxone into one nostril. 4. If you have been trained, give rescue breaths. 5. Put them in the
recovery position. 6. If no response after 2 to 3 minutes, give a second dose in the other nostril. Stay with them.
Naloxone wears off in 30 to 90 minutes."""),
]
