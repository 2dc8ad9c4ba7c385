PATIENT = False
ITEMS = [
("Methadone take-home doses", "Synthetic regulatory summary text in the style of a SAMHSA final rule summary", "Regulation",
"""SAMHSA's final rule updating 42 CFR Part 8, published in the Federal Register on 2 February 2024 and effective 2 April
2024, made permanent the COVID-era flexibility for take-home methadone. Patients may receive up to 7 take-home doses in
the first 14 days and up to 28 days after one month, based on clinical judgement. The rule also removed the requirement
of one year of opioid addiction history before admission."""),
("Opioid settlement funds", "Synthetic policy brief text in the style of a public health law centre brief", "Funding",
"""National opioid settlements with distributors McKesson, Cardinal Health and AmerisourceBergen and the manufacturer
Janssen, finalised in 2022, will pay about 26 billion dollars over 18 years. Further settlements with Teva, Allergan,
CVS, Walgreens and Walmart added billions more. Exhibit E of the agreements lists approved uses, including naloxone
distribution, treatment in jails and recovery housing. Johns Hopkins Bloomberg School of Public Health published guiding
principles."""),
("Hepatitis C reinfection", "Synthetic guideline text in the style of an AASLD-IDSA guidance section", "Reinfection",
"""Reinfection after cure of hepatitis C occurs at rates of about 1 to 6 per 100 person-years among people who inject
drugs. It should not be a reason to deny treatment. Patients with ongoing risk should have HCV RNA tested at least once
a year. Retreatment uses the same regimens. The AASLD and IDSA guidance, available at hcvguidelines.org, is updated
regularly."""),
("Spinal cord stimulation", "Synthetic evidence summary text in the style of a health technology assessment", "Interventional pain",
"""Spinal cord stimulation, introduced by Norman Shealy in 1967 following the gate control theory of Melzack and Wall,
is used for failed back surgery syndrome and complex regional pain syndrome. The National Institute for Health and Care
Excellence (NICE) recommended it in technology appraisal TA159 in 2008. A 2023 Cochrane review by Traeger and colleagues
found little evidence of benefit for low back pain compared with placebo."""),
("Harm reduction in Iran", "Synthetic programme summary text in the style of a regional public health review", "Country example",
"""Iran introduced methadone maintenance treatment in prisons in 2002 and expanded it to thousands of private and public
clinics. Opium tincture and buprenorphine are also used. Drop-in centres in Tehran, Mashhad and Shiraz offer needle
exchange. Iran is a major transit country for opiates from Afghanistan. Kermanshah and Sistan-Baluchestan provinces
have high rates of injection drug use."""),
("Low-barrier buprenorphine", "Synthetic programme description text in the style of a city health department report", "Access",
"""Low-barrier buprenorphine programmes remove requirements such as counselling, abstinence from other drugs or scheduled
appointments. San Francisco's street medicine team and the CA Bridge programme, launched in 2018 by the Public Health
Institute in Oakland, helped emergency departments across California offer buprenorphine 24 hours a day. Retention at
30 days is similar to traditional clinics."""),
("Chronic pain in veterans", "Synthetic programme description text in the style of a VA Office of Research and Development summary", "Veterans",
"""The Stepped Care Model for Pain Management was adopted by the Veterans Health Administration in 2009. The Opioid
Safety Initiative, launched in October 2013, reduced high-dose prescribing. The SPACE trial, led by Erin Krebs in
Minneapolis and published in JAMA in March 2018, found opioids were not superior to non-opioid medications for
chronic back, hip or knee pain over 12 months. Veterans Crisis Line: dial 988 then press 1."""),
("Blank pain diary", "Synthetic blank template in the style of a patient pain diary handout", "Template",
"""MY PAIN DIARY. Week starting: ___/___/____. Fill in once a day, in the evening. Day: Mon Tue Wed Thu Fri Sat Sun.
Pain score (0 = no pain, 10 = worst imaginable): ___. What helped today? _______________. Medicines taken and time:
_______________. Activity (walk, chores, work): _______________. Sleep last night (hours): ___. Mood (circle): 
good / okay / low. Bring this diary to your next appointment. Do not write your name on it."""),
("Cannabis hyperemesis syndrome", "Synthetic clinical text in the style of an emergency medicine review", "Cannabis",
"""Cannabinoid hyperemesis syndrome causes cyclic vomiting in heavy, long-term cannabis users. It was first described by
Allen and colleagues in South Australia in 2004. Patients often report relief from hot showers. Haloperidol and topical
capsaicin cream are more effective than ondansetron. The only cure is stopping cannabis. Emergency visits increased in
Colorado after recreational legalisation on 1 January 2014."""),
("Naloxone dosing updates", "Synthetic clinical text in the style of a poison control centre advisory", "Naloxone",
"""Higher-dose naloxone products, such as the 8 mg Kloxxado nasal spray approved in April 2021 and the 5 mg Zimhi
injection, were developed because of fentanyl. However, studies in Ohio and New York suggest standard 4 mg nasal
naloxone usually works, though repeated doses may be needed. Higher doses may cause more severe withdrawal with
vomiting. Nalmefene nasal spray (Opvee), approved 22 May 2023, has a longer duration."""),
("Smoking cessation in methadone patients", "Synthetic guideline text in the style of a tobacco treatment guideline", "Tobacco",
"""Over 80% of people on methadone or buprenorphine smoke tobacco. Smoking cessation does not harm recovery and may
improve it. Varenicline (Champix, Chantix) and combination nicotine replacement are effective. The EAGLES trial,
published in The Lancet in 2016 by Anthenelli and colleagues, found no significant increase in neuropsychiatric
events with varenicline. In England, call the NHS Smokefree line on 0300 123 1044."""),
("Drug checking in Canada", "Synthetic public-health text in the style of a BC Centre on Substance Use report", "Drug checking",
"""Drug checking services using Fourier-transform infrared spectroscopy operate in Vancouver, Victoria and Toronto.
In BC, the Province decriminalised possession of up to 2.5 grams of certain drugs for adults from 31 January 2023,
under a Health Canada exemption, which was amended in May 2024 to recriminalise public use. The BC Coroners Service
reported 2,511 unregulated drug deaths in 2023. Results are shared at drugcheckingbc.ca."""),
("Pain in people with HIV", "Synthetic clinical text in the style of an HIV Medicine Association guideline", "HIV",
"""Chronic pain affects up to 85% of people living with HIV. Peripheral neuropathy, once common with stavudine, still
affects many older patients. The HIV Medicine Association guideline of 2017, led by Bruce and colleagues, recommends
gabapentin, capsaicin 8% patch and cannabis-based options for HIV neuropathy. Drug interactions between opioids and
boosted protease inhibitors, such as ritonavir, are common."""),
("Safe supply in British Columbia", "Synthetic policy text in the style of a provincial health ministry briefing", "Prescribed safer supply",
"""Prescribed safer supply of hydromorphone tablets began in British Columbia in March 2020 under Risk Mitigation
Guidance issued by the BC Centre on Substance Use. In February 2024 the province moved to witnessed consumption for most
patients after reports of diversion. The Canadian Institutes of Health Research funded evaluations led by Bonnie
Henry's office and university researchers. The Dr. Peter Centre in Vancouver has an on-site pharmacy."""),
("Pain in children with cancer", "Synthetic guideline text in the style of a WHO guideline summary", "Paediatric cancer pain",
"""The WHO guideline on management of chronic pain in children, published in 2020, recommends morphine as first-line
strong opioid for moderate to severe cancer pain. It replaced the three-step analgesic ladder for children. Codeine and
tramadol are not recommended in children under 12. Dose should be by weight, with the by-the-clock approach. Palliative
care teams in Kampala, Uganda, have used oral morphine solution made locally since 1993."""),
("Drink driving in Ireland", "Synthetic public-health text in the style of a road safety authority leaflet", "Alcohol and driving",
"""In Ireland, the legal blood alcohol limit for learner, novice and professional drivers is 20 mg per 100 ml; for other
drivers it is 50 mg. Mandatory alcohol testing checkpoints began in July 2006. Drug driving testing, including for
cannabis, cocaine, opiates and benzodiazepines, was introduced on 13 April 2017. The Road Safety Authority is at Moy
Valley Business Park, Primrose Hill, Ballina, County Mayo, F26 V6E4."""),
("Opioids and sleep apnoea", "Synthetic clinical text in the style of a sleep medicine review", "Respiratory safety",
"""Long-term opioids, especially methadone, are associated with central sleep apnoea and ataxic breathing. Risk rises with
benzodiazepine co-use and body mass index above 35. Clinicians should ask about snoring, observed apnoeas and daytime
sleepiness, using the STOP-BANG questionnaire developed by Frances Chung in Toronto in 2008. Adaptive servo-ventilation
may help some patients with central apnoea."""),
("Gambling and substance use", "Synthetic public-health text in the style of a Victorian responsible gambling foundation leaflet", "Co-occurring",
"""Problem gambling often co-occurs with alcohol and stimulant use. Poker machines (pokies) in pubs and clubs are the
most harmful form in Australia. Gambler's Help is available 24/7 on 1800 858 858. The Problem Gambling Severity Index
(PGSI) has nine questions. Pub staff are trained not to serve people who appear intoxicated. Melbourne Cup day in
November is a high-risk period."""),
("Long-acting injectable buprenorphine", "Synthetic pharmacology text in the style of an EMA product summary", "Formulation",
"""Buvidal, a weekly and monthly subcutaneous buprenorphine injection made by Camurus of Lund, Sweden, received European
marketing authorisation in November 2018. In the US the same product is sold as Brixadi, approved in May 2023.
Sublocade, made by Indivior, was approved in November 2017 for monthly use. Injections avoid daily dosing and diversion
and may suit people in prison or rural areas."""),
("Fictional vignette: fentanyl smoking and wounds", "Synthetic teaching vignette (fictional, no identifiers) in the style of a harm reduction ECHO curriculum", "Case for discussion",
"""This is an invented case for teaching; any resemblance to real people is coincidental. A person in their thirties who
smokes fentanyl and has non-healing wounds on both shins comes to a mobile clinic. They are afraid of withdrawal in
hospital. Discuss: how xylazine changes wound management, whether to start buprenorphine through low-dose induction,
and how to link to wound care without requiring abstinence."""),
]
