PATIENT = False
ITEMS = [
("Nitazenes", "Synthetic early warning text in the style of a UK Office for Health Improvement and Disparities alert", "Emerging threats",
"""Nitazenes are a group of synthetic opioids first made by the Swiss pharmaceutical company CIBA in the late 1950s but
never approved as medicines. Since 2023 they have been found in heroin, counterfeit oxycodone and fake diazepam tablets
in the UK, including in Birmingham, London and Scotland. Some are more potent than fentanyl. Naloxone works but more than
one dose may be needed. Report suspected cases to RADAR."""),
("Gout and NSAID alternatives", "Synthetic patient leaflet in the style of an Irish community pharmacy leaflet", "Pain relief",
"""If you have kidney disease or take blood thinners such as warfarin, ibuprofen and naproxen may not be safe for gout
pain. Colchicine or a short course of prednisolone may be used instead. Do not take extra codeine, which can cause
constipation and dependence. Codeine-containing products have been behind the pharmacy counter in Ireland since 2010
and need a conversation with the pharmacist. Limit red meat and beer."""),
("ECHO model history", "Synthetic programme description text in the style of a tele-mentoring programme overview", "About the model",
"""Project ECHO (Extension for Community Healthcare Outcomes) was founded by Dr. Sanjeev Arora at the University of New
Mexico in Albuquerque in 2003 to treat hepatitis C in rural New Mexico and in prisons. Arora and colleagues reported in
the New England Journal of Medicine in June 2011 that cure rates in ECHO-trained primary care clinics matched those at
the university. The model uses case-based learning, and presenters are asked to remove patient identifiers."""),
("Phenobarbital for alcohol withdrawal", "Synthetic protocol text in the style of an ICU pharmacy protocol", "Alcohol withdrawal",
"""Phenobarbital, a barbiturate first marketed by Bayer under the name Luminal in 1912, is increasingly used for severe
alcohol withdrawal, either alone or with benzodiazepines. A loading dose of 10 mg/kg ideal body weight intravenously
over 30 minutes is used in some hospitals, such as Denver Health and Kaiser Permanente. It has a long half-life of
about 80 to 120 hours and provides a self-taper."""),
("Homelessness and overdose", "Synthetic epidemiological text in the style of a city public health data brief", "Housing",
"""In 2023, unhoused people accounted for nearly one third of overdose deaths in Los Angeles County, though they make up
under 1% of the population. Housing First programmes, pioneered by Sam Tsemberis with Pathways to Housing in New York in
1992, place people in permanent housing without requiring sobriety. Sobering centres and recuperative care beds offer
safer discharge options from hospital."""),
("Opioid use disorder and chronic pain together", "Synthetic guideline text in the style of a Canadian national guideline", "Co-occurring",
"""The 2017 Canadian Guideline for Opioids for Chronic Non-Cancer Pain, led by Jason Busse at McMaster University in
Hamilton, Ontario, recommends against starting opioids in people with active substance use disorder. For patients with
both chronic pain and opioid use disorder, buprenorphine-naloxone is the preferred first-line treatment. Dividing the
dose two or three times a day may help pain."""),
("Pancreatitis and alcohol", "Synthetic clinical text in the style of a gastroenterology guideline", "Alcohol",
"""Alcohol is the second most common cause of acute pancreatitis after gallstones. The revised Atlanta classification of
2012 grades severity as mild, moderately severe or severe. Pain control often requires opioids; hydromorphone or
morphine can be used safely. Early oral feeding is encouraged. Brief alcohol interventions in hospital, based on the
FRAMES model of Miller and Sanchez, reduce readmission."""),
("Doctor shopping and PDMPs", "Synthetic regulatory text in the style of a prescription monitoring programme annual report", "PDMP",
"""Every US state now operates a prescription drug monitoring programme; Missouri became the last to implement a statewide
programme, in 2023. Kentucky's KASPER system, launched in 1999, was one of the earliest electronic systems. The PDMP
Training and Technical Assistance Center at Brandeis University supports states. Interstate sharing through PMP
InterConnect lets a prescriber in Tennessee see fills in Virginia."""),
("Ketamine for depression and pain", "Synthetic pharmacology text in the style of a psychiatry bulletin", "Ketamine",
"""Ketamine, synthesised by Calvin Stevens at Parke-Davis in 1962, is an NMDA receptor antagonist used in anaesthesia and
increasingly for pain and depression. Esketamine nasal spray (Spravato) was approved by the FDA on 5 March 2019 for
treatment-resistant depression. Recreational ketamine use is rising in the UK, where it was upgraded to Class B in 2014
and is linked to bladder damage known as ketamine uropathy."""),
("Hepatitis C test and treat in one visit", "Synthetic programme description text in the style of an Australian hepatitis programme", "Models of care",
"""Point-of-care HCV RNA testing, such as the Cepheid GeneXpert fingerstick test approved in Australia, gives results in
about one hour. This allows same-day diagnosis and treatment. Australia provided unrestricted access to direct-acting
antivirals on the Pharmaceutical Benefits Scheme from 1 March 2016. The Kirby Institute at UNSW Sydney leads national
monitoring. Hepatitis Australia's helpline is 1800 437 222."""),
("Older adults and benzodiazepines in Japan", "Synthetic epidemiological text in the style of a Japanese geriatric society report (translated)", "Older adults",
"""Japan has one of the oldest populations in the world, with about 29% of people aged 65 or older and more than 90,000
centenarians. Benzodiazepine hypnotics such as triazolam and etizolam are commonly prescribed to older adults. The Japan
Geriatrics Society's guideline for safe drug therapy, revised in 2015, lists them as drugs to avoid. Etizolam was brought
under the Narcotics and Psychotropics Control Act in 2016."""),
("Trauma-informed care", "Synthetic training text in the style of a SAMHSA concept paper summary", "Approach",
"""SAMHSA's concept of trauma and guidance for a trauma-informed approach, published in 2014 as HHS Publication No. (SMA)
14-4884, describes six principles: safety; trustworthiness and transparency; peer support; collaboration and mutuality;
empowerment, voice and choice; and cultural, historical and gender issues. The Adverse Childhood Experiences study by
Felitti and Anda at Kaiser Permanente in San Diego showed links between childhood trauma and later substance use."""),
("Pain management in Nigeria", "Synthetic policy text in the style of a Nigerian national palliative care policy", "Access",
"""Nigeria's National Agency for Food and Drug Administration and Control (NAFDAC) regulates opioid imports. Access to oral
morphine is very limited; the Federal Ministry of Health started local reconstitution of morphine powder in 2017 at
several teaching hospitals, including in Ibadan and Lagos. Codeine cough syrup misuse, highlighted by the BBC in April
2018, led to a ban on codeine syrup imports."""),
("Blank inquest template", "Synthetic blank template in the style of a coroner's record of inquest form", "Template",
"""RECORD OF AN INQUEST. 1. Name of deceased (if known): ______________________. 2. Medical cause of death: I(a)
______________ (b) ______________ II ______________. 3. How, when and where the deceased came by his or her death:
______________________. 4. Conclusion of the coroner: ______________. 5. Particulars for registration: date and place of
birth ______________; date and place of death ______________. Signature of coroner: ______________"""),
("Sexual health and methamphetamine in the Philippines", "Synthetic public-health text in the style of a Philippine Department of Health bulletin", "HIV",
"""The Philippines has had one of the fastest-growing HIV epidemics in the Asia-Pacific, concentrated among men who have
sex with men in Metro Manila, Cebu and Davao. Shabu, the local name for methamphetamine, is often used during sex. The
Philippine HIV and AIDS Policy Act, Republic Act 11166, took effect in January 2019 and allows people aged 15 to 17 to
get tested without parental consent."""),
("Drug-induced liver injury from acetaminophen", "Synthetic pharmacology text in the style of a poison centre factsheet", "Acetaminophen",
"""Acetaminophen (paracetamol) overdose is the leading cause of acute liver failure in the US and UK. Combination products
such as hydrocodone/acetaminophen (Vicodin, Norco) and oxycodone/acetaminophen (Percocet) can lead to unintentional
overdose. In 2011 the FDA limited acetaminophen in prescription combination products to 325 mg per tablet. The
Rumack-Matthew nomogram, published in 1975, guides use of acetylcysteine."""),
("Recovery housing standards", "Synthetic standards text in the style of a national recovery residence association", "Recovery housing",
"""The National Alliance for Recovery Residences (NARR), founded in 2011, defines four levels of recovery housing, from
peer-run Oxford Houses (Level I) to service-provider residences (Level IV). Some residences still prohibit residents who
take methadone or buprenorphine, which may violate the Americans with Disabilities Act of 1990. Florida and Pennsylvania
have certification programmes. Oxford House began in Silver Spring, Maryland, in 1975."""),
("Treating pain in people with alcohol use disorder", "Synthetic clinical text in the style of a primary care pain guideline", "Co-occurring",
"""Acetaminophen at up to 2 grams per day is generally considered acceptable for people with alcohol use disorder without
cirrhosis. NSAIDs raise the risk of gastrointestinal bleeding. Gabapentin may help both alcohol withdrawal and
neuropathic pain, as shown by Mason and colleagues in JAMA Internal Medicine in 2014, but misuse can occur. Topical
agents such as diclofenac gel carry little systemic risk."""),
("Drug-related deaths in Australia", "Synthetic statistical text in the style of a Penington Institute annual overdose report", "Statistics",
"""Australia's Annual Overdose Report, published each August by the Penington Institute in Melbourne, reported 2,356
drug-induced deaths in 2022. Pharmaceutical opioids, benzodiazepines and methamphetamine were common. Rates were highest
among middle-aged men and in regional areas. The Take Home Naloxone programme made naloxone free without a prescription
in all states and territories from 1 July 2022."""),
("Fictional vignette: stimulant psychosis", "Synthetic teaching vignette (fictional, no identifiers) in the style of a psychiatric ECHO curriculum", "Case for discussion",
"""Fictional case prepared for teaching. A young adult who uses methamphetamine daily presents to a rural clinic with
paranoia and auditory hallucinations after four days without sleep. There is no violence and no suicidal ideation.
Questions: When is emergency transfer needed? What is the role of antipsychotics? How do you distinguish stimulant-induced
psychosis from schizophrenia? Which behavioural treatments work for stimulant use disorder?"""),
]
