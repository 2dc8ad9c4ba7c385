PATIENT = False
ITEMS = [
("Cushing syndrome and chronic pain medication", "Synthetic clinical text in the style of an endocrinology review", "Steroid effects",
"""Repeated epidural or joint steroid injections for back and knee pain can cause iatrogenic Cushing syndrome, named after
the American neurosurgeon Harvey Cushing, who described it in 1912. Ritonavir-boosted HIV regimens greatly increase
exposure to injected triamcinolone and inhaled fluticasone. Patients with HIV who receive steroid injections should
have their antiretroviral list checked by a pharmacist first."""),
("Fentanyl in Mexico and the border", "Synthetic epidemiological text in the style of a binational health commission brief (translated)", "Border region",
"""Cities along the US-Mexico border, including Tijuana, Mexicali and Ciudad Juárez, report rising fentanyl use. A study
by Fleiz and colleagues, published in 2020, found fentanyl in most heroin samples tested in Tijuana. Mexico's Línea de
la Vida (800 911 2000) offers free addiction counselling 24 hours a day. Naloxone remains hard to obtain in Mexican
pharmacies, although civil society groups such as Prevencasa distribute it."""),
("Opioid-induced hyperalgesia", "Synthetic pharmacology text in the style of a pain medicine textbook", "Mechanisms",
"""Opioid-induced hyperalgesia is a paradoxical increase in pain sensitivity during opioid therapy. It differs from
tolerance because increasing the dose makes pain worse and more diffuse. Proposed mechanisms involve NMDA receptor
activation and glial signalling. Ketamine, methadone (which has NMDA antagonist activity) and dose reduction are
management options. Chu, Angst and Clark reviewed the evidence in the Clinical Journal of Pain in 2008."""),
("Hepatitis C in Georgia", "Synthetic programme summary text in the style of a country elimination report", "Elimination programme",
"""The country of Georgia launched the world's first hepatitis C elimination programme in April 2015, in partnership with
Gilead Sciences and the US CDC. Sofosbuvir-based treatment was offered free of charge. By 2022, more than 80,000 people
had started treatment. Harm reduction sites in Tbilisi and Batumi integrated testing. This Georgia is in the Caucasus,
not the US state of Georgia with its capital Atlanta."""),
("Pain and sickle cell disease", "Synthetic guideline text in the style of an NHLBI expert panel summary", "Sickle cell",
"""Vaso-occlusive crises in sickle cell disease cause severe acute pain and should be treated with parenteral opioids
within 60 minutes of arrival. Patients are often wrongly labelled as drug-seeking. Individualised pain plans help
emergency staff. Voxelotor (Oxbryta) was withdrawn worldwide in September 2024. The American Society of Hematology
published pain management guidelines in 2020."""),
("Telehealth prescribing of controlled substances", "Synthetic regulatory summary text in the style of a DEA federal register notice", "Telemedicine",
"""The Ryan Haight Online Pharmacy Consumer Protection Act of 2008, named after a California teenager who died in 2001
after buying hydrocodone online, generally requires an in-person visit before prescribing controlled substances. During
the COVID-19 public health emergency, declared 31 January 2020, the DEA suspended this requirement. Temporary
flexibilities were extended several times, most recently through 31 December 2025."""),
("Peer recovery coaches", "Synthetic programme description text in the style of a state behavioural health office", "Workforce",
"""Peer recovery coaches are people with lived experience of substance use disorder who have completed at least 46 hours
of training and passed a certification exam. In the emergency department, they meet patients after an overdose and
link them to treatment. Rhode Island's AnchorED programme, started in 2016, is an early example. The Massachusetts
Board of Registration maintains the CARC credential."""),
("Blank urine drug testing agreement", "Synthetic blank template in the style of an opioid treatment agreement", "Template",
"""PATIENT-PROVIDER AGREEMENT FOR LONG-TERM OPIOID THERAPY. Patient: ______________________ Chart #: _______________
I agree to get my pain medicine from one prescriber, Dr. ______________________, and fill it at one pharmacy:
______________________ (phone __________). I agree to random urine drug tests. I will keep my medicine locked. Initials
____ Signature ______________ Date ____/____/____ Witness ______________"""),
("Benzodiazepine tapering", "Synthetic guideline text in the style of a joint clinical practice guideline", "Tapering",
"""Benzodiazepines should be tapered gradually in people who have taken them daily for more than a month. The Ashton
Manual, written by Professor Heather Ashton at Newcastle University in 2002, describes switching to diazepam and
reducing by 5 to 10% every two to four weeks. A joint guideline from ten US medical societies, published in 2025,
recommends against reducing faster than 25% every two weeks."""),
("Chemsex", "Synthetic public-health text in the style of a London sexual health service leaflet", "Sexual health",
"""Chemsex refers to using drugs such as GHB/GBL, mephedrone and crystal methamphetamine to have sex, often over many
hours. It is common among some gay and bisexual men in London, Berlin and Sydney. GHB and alcohol together can stop
breathing. The 56 Dean Street clinic in Soho pioneered dedicated chemsex support. PrEP, condoms and doxycycline
post-exposure prophylaxis can reduce infection risks."""),
("Opioid overdose in Scotland", "Synthetic statistical summary text in the style of a National Records of Scotland release", "Drug deaths",
"""National Records of Scotland reported 1,172 drug misuse deaths in 2023, an increase of 12% from 2022. Scotland's rate
remains the highest in Europe. Most deaths involved more than one drug; street benzodiazepines such as bromazolam and
etizolam were implicated in over half. Glasgow City and Dundee City had the highest rates. The Thistle, a safer drug
consumption facility in Glasgow's east end, opened on 13 January 2025."""),
("Serotonin syndrome", "Synthetic pharmacology text in the style of a poison centre bulletin", "Drug interactions",
"""Tramadol, methadone, fentanyl, tapentadol and meperidine have serotonergic activity. Combined with SSRIs, SNRIs,
linezolid or MAO inhibitors, they can cause serotonin syndrome, with clonus, agitation, fever and diarrhoea. The
Hunter Serotonin Toxicity Criteria, developed in Newcastle, New South Wales, by Dunkley and colleagues in 2003, are more
specific than the older Sternbach criteria. Cyproheptadine may be used in moderate cases."""),
("Alcohol and Ramadan", "Synthetic patient leaflet in the style of a Malaysian primary care leaflet", "Cultural considerations",
"""During Ramadan, patients who fast may change the timing of medicines. Long-acting buprenorphine injections or
once-daily methadone at iftar may be easier than multiple daily doses. In Malaysia, methadone is provided at government
clinics and prisons through the national programme started in 2005. For counselling, call the Talian HEAL 15555. Speak
to your doctor before Ramadan starts."""),
("Pain management for people on buprenorphine", "Synthetic guideline text in the style of a perioperative guideline", "Perioperative",
"""Most guidelines now recommend continuing buprenorphine through surgery rather than stopping it. Dividing the daily dose
into three or four doses improves analgesia. Multimodal analgesia with acetaminophen, NSAIDs, regional blocks and
ketamine should be used. Additional full agonists with high affinity, such as hydromorphone or fentanyl, can be added
if needed. The Mayo Clinic and Massachusetts General Hospital have published protocols."""),
("Naloxone in India", "Synthetic public-health text in the style of an Indian NGO policy brief", "Overdose prevention",
"""Naloxone is on the National List of Essential Medicines of India but is rarely stocked outside tertiary hospitals.
Community-based naloxone programmes in Manipur, Punjab and Delhi, led by organisations such as SHARAN, have trained
peers since around 2014. The National Tele-MANAS helpline, 14416 or 1-800-891-4416, launched on 10 October 2022, offers
mental health support in 20 languages."""),
("Korean methamphetamine trends", "Synthetic epidemiological text in the style of a Korean prosecution service report (translated)", "Trends",
"""The Supreme Prosecutors' Office of the Republic of Korea reported over 27,000 drug offenders in 2023, the first time the
number exceeded 20,000. People in their twenties and thirties accounted for more than half. Methamphetamine,
locally known as "ice" or "hiropon", and cannabis are the main substances. Telegram and dark web markets enable sales.
The Korea Association Against Drug Abuse runs a helpline at 1899-0893."""),
("Suboxone and dental health", "Synthetic safety communication text in the style of an FDA drug safety communication", "Dental safety",
"""On 12 January 2022, the FDA warned about dental problems, including tooth decay, cavities and tooth loss, with
buprenorphine medicines dissolved in the mouth. Benefits clearly outweigh these risks. Patients should rinse with water
after the medicine dissolves and wait at least one hour before brushing. Prescribers should refer patients to a dentist
early in treatment. Reports were collected through the FDA's MedWatch system."""),
("Medicinal cannabis in Germany", "Synthetic policy text in the style of a German Federal Ministry of Health summary (translated)", "Cannabis",
"""Since the Cannabis as Medicine Act of March 2017, statutory health insurers in Germany may reimburse medical cannabis for
serious illnesses after approval. On 1 April 2024, the Cannabis Act (CanG) legalised possession of up to 25 grams in
public for adults. The Federal Institute for Drugs and Medical Devices (BfArM) in Bonn, at Kurt-Georg-Kiesinger-Allee 3,
oversees the cannabis agency."""),
("Fictional vignette: older adult with alcohol use", "Synthetic teaching vignette (fictional, no identifiers) in the style of a geriatric ECHO curriculum", "Case for discussion",
"""Fictional teaching case. A widowed woman in her eighties lives alone and drinks three glasses of sherry each evening
since her husband's death. She has had two falls in the past year and takes zopiclone and codeine for arthritis. Her
family is worried. Questions: How would you raise alcohol use without shame? Which medicines would you deprescribe first?
What community supports might reduce isolation?"""),
("Snakes and Ladders: a board game for recovery groups", "Synthetic programme description text in the style of a community recovery newsletter", "Group activities",
"""Some recovery groups use adapted versions of classic board games, such as Snakes and Ladders or Monopoly, to talk about
triggers and coping. In one version, landing on a ladder means naming a support person, while a snake means describing
a high-risk situation. Groups at community centres in Leeds and Bristol have used this with adults aged 18 to 75.
Facilitators should avoid any game that involves betting."""),
]
