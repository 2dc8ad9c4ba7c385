PATIENT = False
S_US = "Synthetic public-health text in the style of a US federal agency fact sheet"
ITEMS = [
("Buprenorphine induction basics", "Synthetic guideline text in the style of a US clinical practice guideline", "Induction",
"""Buprenorphine is a partial agonist at the mu-opioid receptor with high receptor affinity. When started too early after
full agonists such as heroin or fentanyl, it can precipitate withdrawal. Clinicians commonly wait until the Clinical Opiate
Withdrawal Scale (COWS) score is 8 to 12 before the first dose of 2 to 4 mg. Low-dose ("micro") induction, first described
by Hämmig and colleagues in Bern, Switzerland in 2016, avoids the waiting period by overlapping very small doses with
the full agonist."""),
("988 Suicide and Crisis Lifeline", S_US, "Getting help",
"""Since 16 July 2022, people in the United States can call or text 988 to reach the Suicide and Crisis Lifeline. The
older number, 1-800-273-8255, still connects. For treatment referral for substance use, the SAMHSA National Helpline at
1-800-662-4357 (1-800-662-HELP) is free, confidential and open 24 hours a day, 365 days a year, in English and Spanish.
Callers are not asked for their name. Online, treatment locators are available at findtreatment.gov."""),
("Xylazine wounds", "Synthetic harm-reduction leaflet in the style of a Philadelphia outreach handout", "Wound care",
"""Xylazine ("tranq") is a veterinary sedative approved for animals, not humans. Since about 2019 it has been found mixed
into the fentanyl supply in Philadelphia and then across the Northeast. It can cause severe wounds that do not only
appear at injection sites. Keep wounds moist and covered, change dressings daily, and do not let them dry out. Naloxone
still helps with the opioid part of an overdose, so give it and call 911, even if the person keeps breathing slowly."""),
("Naloxone nasal spray in Canada", "Synthetic public-health text in the style of a Canadian provincial health authority page", "Take-home naloxone",
"""Free naloxone kits are available without a prescription at most pharmacies in Ontario, British Columbia and Alberta.
Each kit contains two doses, gloves, a breathing mask and an instruction card. Health Canada removed naloxone from the
Prescription Drug List in March 2016. If you see an overdose, call 9-1-1. The Good Samaritan Drug Overdose Act, which
received Royal Assent on 4 May 2017, protects people who call for help from simple possession charges."""),
("Australian helplines", "Synthetic patient-leaflet text in the style of an Australian state health department", "Where to get support",
"""If you are worried about your own or someone else's alcohol or other drug use, you can call the National Alcohol and
Other Drug Hotline on 1800 250 015. For crisis support at any hour, call Lifeline on 13 11 14. In Victoria, DirectLine
(1800 888 236) gives counselling and referral. In an emergency, dial 000. Interpreters can be arranged through TIS
National on 131 450 at no cost to you."""),
("Methadone and QT prolongation", "Synthetic pharmacology text in the style of a drug monograph", "Cardiac safety",
"""Methadone blocks the hERG potassium channel and can prolong the QTc interval, particularly at doses above 100 mg per
day. Torsades de pointes has been reported. An ECG is advised before starting and after dose increases in patients with
risk factors, such as hypokalaemia, structural heart disease, or co-prescription of drugs like ondansetron, citalopram
or azithromycin. Krantz et al. (2009) proposed a screening strategy that many programmes still follow."""),
("Hepatitis C cure", "Synthetic public-health text in the style of a WHO fact sheet", "Treatment",
"""Direct-acting antivirals such as sofosbuvir/velpatasvir (Epclusa) and glecaprevir/pibrentasvir (Mavyret, Maviret)
cure more than 95% of people with hepatitis C in 8 to 12 weeks. The World Health Organization set a goal of eliminating
viral hepatitis as a public-health threat by 2030. Egypt screened over 50 million people in its "100 Million Healthy
Lives" campaign from October 2018. Active drug use is not a reason to withhold treatment."""),
("Safe Harbor identifiers", "Synthetic regulatory summary in the style of a HIPAA privacy guidance document", "De-identification",
"""Under the Safe Harbor method at 45 CFR 164.514(b)(2), eighteen identifiers must be removed: names; geographic units
smaller than a state, except the first three digits of a ZIP code in some cases; all elements of dates except year
related to an individual, and all ages over 89; telephone and fax numbers; e-mail addresses; Social Security numbers;
medical record numbers; health plan beneficiary numbers; account numbers; certificate or licence numbers; vehicle
identifiers and serial numbers including licence plates; device identifiers; URLs; IP addresses; biometric identifiers;
full-face photographs; and any other unique identifying number, characteristic or code."""),
("Wernicke-Korsakoff syndrome", "Synthetic clinical text in the style of a UK hospital alcohol care team guideline", "Thiamine",
"""Wernicke's encephalopathy, described by Carl Wernicke in 1881, and Korsakoff syndrome, described by Sergei Korsakoff
in 1887, are caused by thiamine deficiency. The classic triad of confusion, ataxia and ophthalmoplegia is present in only
about 10% of cases. Give Pabrinex intravenously before glucose to any person with alcohol dependence who is malnourished
or in withdrawal. Oral thiamine 100 mg three times daily is continued after discharge."""),
("Blank ECHO case presentation form", "Synthetic blank template in the style of a Project ECHO case presentation form", "Template",
"""CASE PRESENTATION FORM (do not include patient identifiers). Presenter name: ____________ Clinic: ____________
Date of presentation: ___/___/______. Patient initials: DO NOT ENTER. Age range: [ ] 18-29 [ ] 30-44 [ ] 45-64 [ ] 65+.
Gender: ______. Primary pain diagnosis: ____________. Current opioid MME per day: ______. Substance use history:
____________________. Main question for the panel: ______________________________. Sign below only your own name."""),
("Fentanyl test strips", "Synthetic harm-reduction text in the style of a US state health department page", "Drug checking",
"""Fentanyl test strips were originally designed to detect fentanyl in urine. Many states, including Pennsylvania in
2022 and Texas in 2025, removed them from the legal definition of drug paraphernalia. To test, dissolve a small amount
of the drug in water, dip the strip for about 15 seconds, and read after 5 minutes. One line means positive. Test strips
may not detect analogues such as carfentanil and cannot show how much fentanyl is present."""),
("Opioids in older adults", "Synthetic guideline text in the style of an American Geriatrics Society summary", "Older adults",
"""Adults aged 65 and older have more falls, constipation and delirium when taking opioids. The Beers Criteria, named
after geriatrician Mark Beers and updated by the American Geriatrics Society in 2023, advise avoiding combinations of
opioids with benzodiazepines or gabapentinoids. In adults aged 90 and over, start at the lowest dose and reassess within
a week. Tramadol can cause hyponatraemia and hypoglycaemia in this age group."""),
("Neonatal opioid withdrawal syndrome", "Synthetic guideline text in the style of a perinatal quality collaborative toolkit", "Newborn care",
"""Neonatal opioid withdrawal syndrome (NOWS) may occur after in-utero exposure to methadone, buprenorphine or illicit
opioids. The Eat, Sleep, Console approach, developed by Grossman and colleagues at Yale New Haven Children's Hospital and
published in Pediatrics in 2017, has reduced length of stay compared with the Finnegan Neonatal Abstinence Scoring
System. Rooming-in and breastfeeding are encouraged when the parent is stable on treatment."""),
("ICD-10 codes for opioid use disorder", "Synthetic coding guidance in the style of a billing manual", "Coding",
"""Opioid dependence is coded F11.20 when uncomplicated and F11.21 when in remission. Opioid use, unspecified, is F11.90.
Long-term (current) use of opiate analgesic is Z79.891 and does not mean a use disorder. In ICD-11, released by WHO on
18 June 2018 and in force from 1 January 2022, opioid dependence is 6C43.2. Alcohol dependence is F10.20 in ICD-10-CM."""),
("South Africa harm reduction", "Synthetic public-health text in the style of a South African NGO report", "Programme overview",
"""The Community Oriented Substance Use Programme (COSUP) started in Tshwane in 2016 with the University of Pretoria.
It offers opioid substitution therapy, needle and syringe services and psychosocial support at sites in Mamelodi,
Soshanguve and the Pretoria inner city. The South African National Drug Master Plan 2019–2024 recognises harm reduction.
Whoonga, a street drug sometimes mixed with antiretrovirals and heroin, was described in Durban around 2010."""),
("Melba toast and constipation", "Synthetic patient leaflet in the style of a community pharmacy handout", "Diet tips",
"""Opioid-induced constipation is common and does not get better over time. Drink plenty of fluids, such as water or a cup
of Earl Grey tea. Foods like prunes, bran flakes and whole-grain bread help more than white toast or Melba toast. Graham
crackers are low in fibre. A stimulant laxative such as senna or bisacodyl, with or without a softener like docusate, is
usually started at the same time as the opioid."""),
("India opioid substitution", "Synthetic public-health text in the style of an Indian national programme guideline", "OST centres",
"""India's National AIDS Control Organisation supports opioid substitution therapy (OST) with buprenorphine at centres in
states such as Punjab, Manipur, Mizoram and Delhi. The Narcotic Drugs and Psychotropic Substances Act, 1985, was amended
in 2014 to create the category of essential narcotic drugs, including morphine, fentanyl and methadone, easing access
for pain relief. The AIIMS National Drug Dependence Treatment Centre is in Ghaziabad, Uttar Pradesh."""),
("Adolescents and buprenorphine", "Synthetic position-statement text in the style of an American Academy of Pediatrics policy", "Youth",
"""The American Academy of Pediatrics recommended in 2016 that pediatricians offer medication for opioid use disorder to
adolescents and young adults. Yet studies such as Hadland et al. (JAMA Pediatrics, 2017) found that only about one in
four youths with opioid use disorder received buprenorphine or naltrexone within six months. The FDA approved
buprenorphine for people aged 16 and over; younger adolescents may receive it off-label."""),
("Fictional teaching vignette: chronic low back pain", "Synthetic teaching vignette (fictional, no identifiers) in the style of a tele-mentoring curriculum", "Case for discussion",
"""This vignette is fictional and contains no real patient information. A man in his fifties with chronic low back pain
after a work injury has taken oxycodone for six years, now at 90 MME per day. He reports poor sleep and low mood. His
urine drug test shows oxycodone and unprescribed alprazolam. Questions for learners: How would you discuss tapering?
What screening for depression and opioid use disorder would you use? When is buprenorphine rotation appropriate?"""),
("Naloxone in the UK", "Synthetic public-health text in the style of a UK government guidance page", "Take-home naloxone",
"""Since October 2015, the Human Medicines Regulations 2012 have allowed drug services in England to supply naloxone
without a prescription. Prenoxad is an intramuscular kit and Nyxoid is a nasal spray. In Scotland, the national
naloxone programme started in 2011. For confidential advice, people can call FRANK on 0300 123 6600 or text 82111.
In an emergency, call 999; for urgent non-emergency health advice, call NHS 111."""),
]
