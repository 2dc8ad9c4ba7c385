PATIENT = False
ITEMS = [
("Ireland HSE drug services", "Synthetic public-health text in the style of an Irish HSE information page", "Services",
"""The HSE Drugs and Alcohol Helpline is free on 1800 459 459, Monday to Friday, 9.30am to 5.30pm. Methadone treatment in
Ireland is governed by the Methadone Treatment Protocol introduced in 1998 following the Farrell Report. Community
pharmacies in Dublin, Cork and Limerick dispense most doses. Naloxone nasal spray (Nyxoid) has been supplied through
the HSE since 2018. The Misuse of Drugs Act 1977 remains the main law."""),
("Aotearoa New Zealand alcohol advice", "Synthetic patient-leaflet text in the style of a Te Whatu Ora leaflet", "Alcohol",
"""In Aotearoa New Zealand, the low-risk alcohol drinking advice suggests no more than 10 standard drinks a week for
women and 15 for men, with at least two alcohol-free days. Call or text 1737 any time to talk with a trained counsellor.
The Alcohol Drug Helpline is 0800 787 797, or text 8681. Kaupapa Māori services such as those in Rotorua and South
Auckland offer whānau-centred support."""),
("Stimulant use disorder: contingency management", "Synthetic guideline text in the style of a VA/DoD clinical practice guideline", "Stimulants",
"""There is no FDA-approved medication for methamphetamine or cocaine use disorder. Contingency management, which gives
vouchers or prizes for stimulant-negative urine tests, has the strongest evidence. The Veterans Health Administration
rolled it out nationally from 2011 under the leadership of Dominick DePhilippis. The ADAPT-2 trial (Trivedi et al., New
England Journal of Medicine, 2021) found modest benefit from extended-release naltrexone plus bupropion."""),
("Brazilian CAPS AD", "Synthetic public-health text in the style of a Brazilian Ministry of Health document (translated)", "Rede de atenção",
"""Os Centros de Atenção Psicossocial Álcool e Drogas (CAPS AD) form part of Brazil's Sistema Único de Saúde. A CAPS AD
III operates 24 hours and may offer short overnight stays. The Lei nº 10.216, of 6 April 2001, known as the
Psychiatric Reform Law, redirected care from hospitals to community services. Cities like São Paulo, Recife and Porto
Alegre developed Consultório na Rua teams for people living on the street. Call 136 for Disque Saúde."""),
("Opioid tapering", "Synthetic guideline text in the style of a CDC clinical practice guideline summary", "Tapering",
"""The CDC Clinical Practice Guideline for Prescribing Opioids for Pain was published on 4 November 2022, replacing the
2016 version. It warns against abrupt discontinuation of long-term opioids. A reduction of 10% per month is often better
tolerated than 10% per week for people who have taken opioids for years. The FDA added labelling on harms of sudden
tapering in April 2019. Tapering should be a shared decision, not a threshold imposed from outside."""),
("Hypermobile Ehlers-Danlos syndrome and pain", "Synthetic clinical review text in the style of a rheumatology society summary", "Chronic pain conditions",
"""Hypermobile Ehlers-Danlos syndrome (hEDS), named after Edvard Ehlers of Copenhagen and Henri-Alexandre Danlos of Paris,
is often associated with widespread pain, fatigue and postural orthostatic tachycardia. The 2017 International
Classification of the Ehlers-Danlos Syndromes set new criteria. Opioids generally provide little lasting benefit;
physiotherapy focused on joint stability, pacing and treatment of sleep problems are preferred."""),
("Alcohol withdrawal: CIWA-Ar", "Synthetic protocol text in the style of a hospital nursing protocol", "Monitoring",
"""The Clinical Institute Withdrawal Assessment for Alcohol, revised (CIWA-Ar), published by Sullivan and colleagues in
1989, rates ten items including nausea, tremor, sweating, anxiety, agitation and orientation. Scores below 8 indicate
mild withdrawal. Symptom-triggered benzodiazepine dosing reduces total dose compared with fixed schedules. Patients who
cannot communicate, for example after intubation, need a different tool such as the RASS."""),
("Bloody Mary, the drink and the hazard", "Synthetic patient leaflet in the style of a liver clinic handout", "Alcohol and the liver",
"""A Bloody Mary or a Tom Collins may look like a single drink but often contains two standard drinks. Brunch cocktails
such as Mimosas add up quickly. If you have hepatitis C or fatty liver disease, even moderate drinking speeds scarring.
The AUDIT-C questionnaire, three short questions, helps your nurse estimate risk. Your liver clinic can refer you to an
alcohol counsellor at no extra cost."""),
("HIV PrEP for people who inject drugs", "Synthetic guideline text in the style of a WHO consolidated guideline", "Prevention",
"""Oral pre-exposure prophylaxis with tenofovir disoproxil fumarate and emtricitabine (Truvada and generics) is
recommended for people who inject drugs at substantial risk of HIV. The Bangkok Tenofovir Study, published in The
Lancet in 2013 by Choopanya and colleagues, showed a 49% reduction in HIV incidence. Long-acting cabotegravir (Apretude)
was approved by the US FDA on 20 December 2021. Needle and syringe programmes remain essential."""),
("Blank referral form for OTP", "Synthetic blank template in the style of an opioid treatment programme referral form", "Template",
"""REFERRAL TO OPIOID TREATMENT PROGRAMME. Patient name: ______________________ Date of birth: __ /__ /____
Address: ___________________________________ Phone: (___) ___-____ Medical record no.: __________ Insurance ID:
__________ Referring clinician: ______________ Reason for referral: [ ] OUD [ ] pain plus OUD [ ] pregnancy. Fax
completed form to the intake office. Do not send by unencrypted e-mail."""),
("Kratom", "Synthetic public-health text in the style of an FDA consumer update", "Emerging substances",
"""Kratom (Mitragyna speciosa) is a tree native to Thailand, Malaysia, Indonesia and Papua New Guinea. Its leaves
contain mitragynine and 7-hydroxymitragynine, which act on opioid receptors. In the United States it is sold in smoke
shops and online as powders and capsules. The FDA has warned against its use and in 2025 recommended scheduling
concentrated 7-OH products. Thailand removed kratom from its narcotics list in August 2021."""),
("Opioid agonist therapy in pregnancy", "Synthetic guideline text in the style of an ACOG committee opinion", "Pregnancy",
"""Medically supervised withdrawal during pregnancy is not recommended because relapse rates are high. Methadone or
buprenorphine should be continued. The MOTHER trial (Jones et al., NEJM, 2010) found that neonates exposed to
buprenorphine needed less morphine and shorter hospital stays than those exposed to methadone. Buprenorphine alone or
combined with naloxone (Suboxone) is considered safe in pregnancy."""),
("Chronic pain self-management in Singapore", "Synthetic patient leaflet in the style of a Singapore public hospital pain clinic leaflet", "Self-management",
"""Our Pain Management Programme runs for eight weekly sessions at the clinic on Outram Road, Singapore 169608. Sessions
are in English, Mandarin and Malay. You will learn pacing, relaxation, sleep hygiene and graded activity. For appointment
changes, call 6222 3322 during office hours. Bring your list of medicines, including traditional Chinese medicine and
any supplements such as glucosamine."""),
("Overdose Awareness Day", "Synthetic public-health text in the style of an NGO press release", "Events",
"""International Overdose Awareness Day is held every year on 31 August. It began in 2001 in St Kilda, Melbourne, started by
Sally J. Finn at The Salvation Army. Today events take place in more than 40 countries, from Vancouver to Cape Town.
People wear silver or purple and share remembrance messages. The campaign website is overdoseday.com."""),
("Guillain-Barré syndrome and pain", "Synthetic clinical text in the style of a neurology teaching note", "Neuropathic pain",
"""Guillain-Barré syndrome, reported in 1916 by Georges Guillain, Jean-Alexandre Barré and André Strohl in French soldiers,
often presents with back and limb pain before weakness. Neuropathic pain is treated with gabapentin or carbamazepine;
opioids may be needed in the intensive care unit. Pain can persist for a year or longer. Campylobacter jejuni infection
is the most common trigger."""),
("Harm reduction vending machines", "Synthetic public-health text in the style of a county health department press release", "New services",
"""The county installed its first harm reduction vending machine outside the public library at 250 Main Street on
1 March 2024. It dispenses naloxone, fentanyl test strips, xylazine test strips, condoms and hygiene kits at no cost.
Users enter a code from a card obtained at the health department. Similar machines operate in Las Vegas, Nevada, and
Cincinnati, Ohio. Questions can be sent to harmreduction@countyhealth.example.org."""),
("Gabapentinoids and opioids", "Synthetic safety communication text in the style of an MHRA drug safety update", "Drug interactions",
"""Pregabalin and gabapentin were reclassified as Class C controlled substances in the UK on 1 April 2019. When taken with
opioids, they increase the risk of respiratory depression and death. Gomes et al. (PLOS Medicine, 2017) found a 49%
increase in opioid-related death among people in Ontario co-prescribed gabapentin. Prescribers should review the need
for both and warn patients about drowsiness."""),
("Fictional vignette: pregnancy and methadone", "Synthetic teaching vignette (fictional, no identifiers) in the style of a perinatal ECHO curriculum", "Case for discussion",
"""Fictional case, created for teaching. A woman in her late twenties at 24 weeks' gestation is on methadone 80 mg daily.
She reports cravings in the evening and has missed two prenatal appointments because of transport. She lives in a rural
county two hours from the clinic. Discuss: split dosing in the third trimester, take-home doses, transport support, and
how to prepare the family for a possible NICU stay."""),
("Hepatitis C in Pakistan", "Synthetic epidemiological summary in the style of a Pakistan national health report", "Burden",
"""Pakistan has one of the highest hepatitis C burdens in the world, with an estimated 10 million people infected.
Unsafe injections and re-use of syringes in health care are major drivers. The Prime Minister's Programme for
Elimination of Hepatitis C, launched in 2019, aimed to screen 140 million people. Punjab province started free testing
at district hospitals in Lahore and Rawalpindi."""),
("Tourette syndrome and stimulants", "Synthetic clinical note in the style of a pediatric pharmacology bulletin", "Stimulants",
"""Gilles de la Tourette syndrome, named for the French neurologist who described it in 1885, often coexists with ADHD.
Stimulants such as methylphenidate (Ritalin, Concerta) and lisdexamfetamine (Vyvanse) are Schedule II in the US. They
do not usually worsen tics in most children. Prescribers should check prescription monitoring programmes and discuss
safe storage, because diversion to classmates is common in high schools and colleges."""),
]
