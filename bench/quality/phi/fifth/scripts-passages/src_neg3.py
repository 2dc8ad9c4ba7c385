PATIENT = False
ITEMS = [
("Methadone in Vietnam", "Synthetic programme report text in the style of a Vietnam Ministry of Health report (translated)", "MMT scale-up",
"""Vietnam began methadone maintenance treatment as a pilot in Hai Phong and Ho Chi Minh City in April 2008, supported by
PEPFAR. By 2020 more than 50,000 people were enrolled at over 300 sites in 63 provinces. Decree 90/2016/ND-CP set out
rules for methadone treatment. Take-home doses were introduced during COVID-19 in 2021. Compulsory drug detention
centres, known as 06 centres, still exist."""),
("Blank consent form for information sharing", "Synthetic blank template in the style of a 42 CFR Part 2 consent form", "Template",
"""CONSENT FOR THE RELEASE OF CONFIDENTIAL SUBSTANCE USE DISORDER INFORMATION. I, ____________________ (patient name),
date of birth ____/____/______, authorise ______________________ to disclose to ______________________ the following
information: [ ] diagnosis [ ] medications [ ] attendance. Purpose: ______________. This consent expires on
____/____/______. Signature: ________________ Date: ___________. If signed by a parent or guardian, print name and relationship here: ______________. I understand I may revoke this consent at any time in writing."""),
("Alcohol minimum unit pricing in Scotland", "Synthetic policy summary text in the style of a Public Health Scotland evaluation", "Alcohol policy",
"""Scotland introduced minimum unit pricing for alcohol on 1 May 2018, at 50 pence per unit, raised to 65 pence on
30 September 2024. Public Health Scotland's evaluation, published in June 2023 in The Lancet by Wyper and colleagues,
estimated a 13.4% reduction in deaths wholly attributable to alcohol. Wales followed in March 2020. The policy had been
delayed by a legal challenge from the Scotch Whisky Association that ended in the UK Supreme Court in November 2017."""),
("Buprenorphine and the X-waiver", "Synthetic regulatory summary text in the style of a DEA and SAMHSA notice", "Regulation",
"""Section 1262 of the Consolidated Appropriations Act, 2023, signed on 29 December 2022, removed the federal requirement
for a DATA 2000 waiver (the "X-waiver") to prescribe buprenorphine for opioid use disorder. Any practitioner with a
current DEA registration including Schedule III may now prescribe it. The MATE Act requires new or renewing registrants
to complete eight hours of training on substance use disorders, effective 27 June 2023."""),
("Cocaine and chest pain", "Synthetic emergency medicine text in the style of an emergency department guideline", "Stimulants",
"""Cocaine-associated chest pain is common in emergency departments in cities such as New York, London and Madrid.
Benzodiazepines, aspirin and nitrates are first-line. The theoretical risk of unopposed alpha stimulation with
beta-blockers remains debated; labetalol and carvedilol are options. Levamisole, a veterinary dewormer found in much of
the cocaine supply, can cause agranulocytosis and a purpuric rash on the ears."""),
("Naloxone for schools", "Synthetic school policy text in the style of a state department of education guidance", "Schools",
"""Under a law effective 1 July 2023, every public middle and high school in the state must keep at least two doses of
naloxone nasal spray in an unlocked location. Staff trained through the Department's online module may administer it.
Schools should call 911, administer naloxone, and notify parents. The Department's Office of School Health, 100 North
Capitol Avenue, answers questions at schoolhealth@doe.example.gov."""),
("Hepatitis C in pregnancy", "Synthetic guideline text in the style of a CDC recommendation", "Screening",
"""Since April 2020, CDC has recommended hepatitis C screening for all adults aged 18 and older at least once, and for
all pregnant people during each pregnancy. Perinatal transmission occurs in about 6% of infants born to people with
HCV viraemia. Infants should be tested with HCV RNA at 2 to 6 months. Direct-acting antivirals are not yet approved in
pregnancy, but trials such as STORC are underway."""),
("Tramadol misuse in West Africa", "Synthetic epidemiological text in the style of a UNODC World Drug Report box", "Regional trends",
"""High-strength tramadol tablets of 120 mg to 250 mg, far above doses approved in most countries, were widely trafficked
into West and North Africa during the 2010s. Seizures were reported in Nigeria, Ghana, Niger and Egypt. Many tablets
were manufactured in India. In April 2018, India placed tramadol under the NDPS Act to control exports. Users included
labourers and truck drivers seeking to work longer hours."""),
("Pain assessment in dementia", "Synthetic nursing guidance text in the style of a Canadian long-term care guideline", "Older adults",
"""Residents with advanced dementia may not report pain verbally. The PAINAD scale, developed by Warden, Hurley and Volicer
at the Bedford VA in 2003, scores breathing, vocalisation, facial expression, body language and consolability from 0 to
10. Residents aged 85 and over are at highest risk of undertreated pain. Scheduled acetaminophen is often more effective
than as-needed opioids in this group."""),
("Harm reduction in the Czech Republic", "Synthetic public-health text in the style of an EU drug agency country overview", "Country profile",
"""The Czech Republic has offered needle and syringe programmes since the early 1990s, and low-threshold centres in
Prague, Brno and Ostrava distribute gelatin capsules for oral use of methamphetamine, known locally as pervitin. The
European Union Drugs Agency (EUDA), successor to the EMCDDA since 2 July 2024, is based at Praça Europa 1, Cais do
Sodré, 1249-289 Lisbon, Portugal."""),
("Portugal decriminalisation", "Synthetic policy summary text in the style of a European policy brief", "Drug policy",
"""Portugal decriminalised the personal possession of all drugs through Law 30/2000, which took effect on 1 July 2001.
Possession of up to a ten-day supply is an administrative offence reviewed by a Commission for the Dissuasion of Drug
Addiction (CDT). João Goulão, a family physician from Faro, is often credited as the architect of the policy. HIV
diagnoses among people who inject drugs fell sharply in the following decade."""),
("Chronic pain prevalence", "Synthetic epidemiological text in the style of a national health statistics brief", "Prevalence",
"""In 2021, an estimated 20.9% of US adults (51.6 million) experienced chronic pain, and 6.9% (17.1 million) had
high-impact chronic pain that limited life or work activities, according to the National Health Interview Survey.
Prevalence was higher among adults aged 65 and over, rural residents, and people with less education. Rikard and
colleagues reported these figures in MMWR in April 2023."""),
("Patient leaflet: your buprenorphine film", "Synthetic patient leaflet in the style of a manufacturer's medication guide", "How to take",
"""Place the film under your tongue, to the left or right of the centre. If you need two films, place the second on the
other side. Keep the film in place until it has completely dissolved. Do not chew, swallow or talk while it dissolves.
After it has dissolved, take a large sip of water, swish gently and swallow. Wait at least one hour before brushing
your teeth. Keep out of reach of children; call Poison Help at 1-800-222-1222."""),
("Alcohol in Russia", "Synthetic epidemiological text in the style of a WHO Europe country profile", "Alcohol",
"""Per capita alcohol consumption in the Russian Federation fell by about 43% between 2003 and 2016, according to WHO
Europe. Measures included minimum prices on vodka, a ban on night-time retail sales and restrictions on advertising.
Life expectancy rose to a record level by 2018. Surrogate alcohol, such as medicinal tinctures and perfumes, caused a
methanol poisoning outbreak in Irkutsk in December 2016."""),
("Opioid stewardship after surgery", "Synthetic guideline text in the style of a surgical quality collaborative recommendation", "Postoperative",
"""The Michigan Opioid Prescribing Engagement Network (Michigan OPEN), founded in 2016 at the University of Michigan in
Ann Arbor, publishes procedure-specific prescribing recommendations. After a laparoscopic cholecystectomy, for example,
it suggests 0 to 5 tablets of oxycodone 5 mg. Most patients use far fewer pills than prescribed. Leftover pills should
be taken to drug take-back sites or mixed with coffee grounds or cat litter in a sealed bag."""),
("Addison's disease and opioids", "Synthetic pharmacology text in the style of an endocrine society note", "Endocrine effects",
"""Long-term opioid use can suppress the hypothalamic-pituitary-adrenal axis and cause adrenal insufficiency. Symptoms
such as fatigue, nausea and low blood pressure may be mistaken for withdrawal. This differs from Addison's disease,
named after Thomas Addison of Guy's Hospital, London, who described primary adrenal failure in 1855. Opioid-induced
hypogonadism is also common and can be checked with a morning testosterone level."""),
("Japan stimulant law", "Synthetic policy summary text in the style of a Japanese Ministry of Health white paper (translated)", "Stimulants",
"""Japan's Stimulants Control Act was enacted in 1951 after widespread methamphetamine (hiropon) use following the Second
World War. Methamphetamine remains the most commonly seized illicit drug in Japan. The Partial Suspension of Sentence
system, introduced in June 2016, allows some people convicted of drug use to serve part of their sentence in the
community. DARC, a peer-run recovery network founded in Tokyo in 1985, now has centres nationwide."""),
("Medications for alcohol use disorder", "Synthetic guideline text in the style of an Australian clinical guideline", "Pharmacotherapy",
"""Acamprosate and naltrexone are first-line medications for alcohol use disorder and are listed on the Australian
Pharmaceutical Benefits Scheme. Disulfiram (Antabuse) requires supervision. Baclofen and topiramate are second-line
options. The Australian Guidelines for the Treatment of Alcohol Problems, edited by Haber and Riordan and updated in
2021, recommend offering medication to all patients with moderate or severe dependence."""),
("Xylazine test strips", "Synthetic public-health text in the style of a state opioid response grant notice", "Drug checking",
"""Xylazine test strips, first distributed in early 2023, use lateral flow technology similar to fentanyl test strips.
Maryland, Pennsylvania and Ohio added them to harm reduction programmes that year. On 12 April 2023 the White House
Office of National Drug Control Policy designated fentanyl combined with xylazine as an emerging threat to the United
States. Medetomidine, another veterinary sedative, began appearing in Philadelphia samples in 2024."""),
("Fictional vignette: adolescent vaping and cannabis", "Synthetic teaching vignette (fictional, no identifiers) in the style of an adolescent ECHO curriculum", "Case for discussion",
"""Teaching case, fictional. A 15-year-old student vapes nicotine daily and uses high-potency cannabis on weekends. Grades
have fallen and parents found a vape pen in a school bag. The adolescent denies other drug use. Questions: How would
you use the CRAFFT screening tool? What confidentiality can you offer? Is there a role for nicotine replacement therapy
in this age group? How would you involve the family?"""),
]
