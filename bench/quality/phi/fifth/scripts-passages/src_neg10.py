PATIENT = False
ITEMS = [
("Harm reduction in Nepal", "Synthetic programme text in the style of a South Asian harm reduction network report", "Country example",
"""Nepal started methadone treatment at Tribhuvan University Teaching Hospital in Kathmandu in 2007, and buprenorphine
substitution earlier through non-governmental organisations. Injection of buprenorphine mixed with promethazine and
diazepam, known as the "set", has been common. Recovering Nepal, a national network of people who use drugs, advocates for
services in Pokhara and the Terai."""),
("Opioid prescribing in dentistry in the UK", "Synthetic guidance text in the style of a Scottish Dental Clinical Effectiveness Programme guide", "Dental prescribing",
"""The Dental Prescribing guidance published by the Scottish Dental Clinical Effectiveness Programme in Dundee, most recently
updated in 2021, lists dihydrocodeine as the only opioid in the Dental Practitioners' Formulary. It is rarely needed.
Ibuprofen and paracetamol remain first-line. The British National Formulary (BNF) is published jointly by the British
Medical Association and the Royal Pharmaceutical Society."""),
("Reportable events in ECHO", "Synthetic policy text in the style of a tele-mentoring programme privacy policy", "Privacy",
"""Presenters must remove all direct identifiers from case presentations, including names, dates of birth, addresses,
telephone numbers, e-mail addresses and medical record numbers. Use age ranges rather than exact ages for people over 89.
Do not share screenshots of electronic health records. If identifiers are shared by mistake, the facilitator will pause
the recording and notify the privacy officer."""),
("Methamphetamine and cardiomyopathy", "Synthetic clinical text in the style of a cardiology society statement", "Stimulants",
"""Methamphetamine-associated cardiomyopathy is increasingly seen in young adults in California, Hawaii and the Pacific
Northwest. Ejection fraction may improve after stopping the drug. Heart failure medicines such as sacubitril-valsartan,
beta-blockers and SGLT2 inhibitors are used. The American Heart Association published a scientific statement on
methamphetamine and the cardiovascular system in 2024. Stopping use remains the most effective treatment, and contingency management can support it."""),
("Taiwan harm reduction", "Synthetic policy text in the style of a Taiwan CDC report (translated)", "Country example",
"""Taiwan launched a harm reduction programme in 2005 after a rapid rise in HIV among people who inject drugs. Needle and
syringe services were offered through pharmacies and vending machines, and methadone substitution began in 2006. New HIV
infections among people who inject drugs fell from over 2,400 in 2005 to fewer than 100 by 2012. Taiwan CDC is at No. 6,
Linsen South Road, Taipei."""),
("Patient leaflet: stopping opioids gradually", "Synthetic patient leaflet in the style of a New Zealand pharmacy leaflet", "Tapering",
"""If you and your doctor decide to reduce your opioid medicine, it will be done slowly to limit withdrawal. You might feel
restless, sweaty, achy or have trouble sleeping for a few days after each step. Many people find their pain is no worse,
or even better, once the dose is lower. Healthline is available on 0800 611 116, free, any time of day or night."""),
("Buprenorphine in emergency departments", "Synthetic evidence summary text in the style of an emergency medicine journal summary", "Emergency department",
"""In a randomised trial at Yale-New Haven Hospital published in JAMA in April 2015, Gail D'Onofrio and colleagues found
that ED-initiated buprenorphine with referral increased engagement in treatment at 30 days to 78%, compared with 37% for
referral alone. The findings led many emergency departments, including those in the CA Bridge network, to adopt
buprenorphine initiation."""),
("Mpox and people who use drugs", "Synthetic public-health text in the style of a WHO Africa bulletin", "Infectious disease",
"""During the 2022 global mpox outbreak, WHO declared a public health emergency of international concern on 23 July 2022,
and again on 14 August 2024 for clade Ib in the Democratic Republic of the Congo. People experiencing homelessness or
using drugs may face barriers to vaccination with MVA-BN (Jynneos). Outreach teams combined vaccination with harm
reduction services in some cities."""),
("Alcohol-related liver disease in young adults", "Synthetic epidemiological text in the style of a gastroenterology research letter", "Alcohol",
"""Deaths from alcohol-related liver disease among people aged 25 to 34 in the United States rose sharply between 1999 and
2016, as reported by Tapper and Parikh in The BMJ in 2018. Rates increased further during the COVID-19 pandemic. Early
liver transplantation for severe alcohol-associated hepatitis, once limited by a six-month sobriety rule, is now
offered at centres such as Johns Hopkins in Baltimore."""),
("Gabapentin misuse", "Synthetic pharmacology text in the style of a national drug information bulletin", "Gabapentinoids",
"""Gabapentin is commonly misused with opioids to enhance euphoria. Kentucky was the first US state to schedule gabapentin
as Schedule V, in July 2017; Michigan, Tennessee, Virginia and others followed. Misuse is more common among people
receiving methadone or buprenorphine. Gabapentin is cleared by the kidneys, so lower doses are needed in older adults and
people with reduced kidney function."""),
("Veterans' chronic pain in Australia", "Synthetic public-health text in the style of an Australian Department of Veterans' Affairs factsheet", "Veterans",
"""Open Arms — Veterans and Families Counselling offers free support on 1800 011 046, 24 hours a day. The Department of
Veterans' Affairs funds pain management programmes for veterans, including those with injuries from service in East
Timor, Iraq and Afghanistan. The Royal Commission into Defence and Veteran Suicide delivered its final report on
9 September 2024."""),
("Blank discharge checklist", "Synthetic blank template in the style of a hospital opioid use disorder discharge checklist", "Template",
"""OUD DISCHARGE CHECKLIST. [ ] Naloxone kit in hand (not just prescription). [ ] Buprenorphine bridge prescription sent to
pharmacy: ____________. [ ] Follow-up appointment: clinic ____________, date ___/___/___, time ______. [ ] Transport
arranged. [ ] HCV/HIV tests ordered. [ ] Patient contact number confirmed: ( ___ ) ___-_____. Completed by:
____________, RN."""),
("Hepatitis A outbreaks", "Synthetic epidemiological text in the style of an MMWR report", "Outbreaks",
"""Since 2016, person-to-person hepatitis A outbreaks have occurred among people who use drugs and people experiencing
homelessness in 37 US states, including large outbreaks in San Diego, Kentucky and West Virginia. More than 44,000 cases
and 400 deaths were reported by 2023. The Advisory Committee on Immunization Practices recommends hepatitis A vaccine for
all people who use drugs, whether injected or not."""),
("Alcohol sales in Sweden", "Synthetic policy text in the style of a Nordic alcohol policy review", "Alcohol policy",
"""Sweden maintains a state retail monopoly on alcohol through Systembolaget, founded in 1955. Shops close early on Saturday
and are closed on Sundays. Finland (Alko) and Norway (Vinmonopolet) have similar systems. Studies by Norström and
colleagues estimated that privatising retail sales in Sweden would increase alcohol-related deaths. The minimum age
to buy at Systembolaget is 20."""),
("Pain education for patients: Explain Pain", "Synthetic educational text in the style of a physiotherapy association summary", "Pain neuroscience",
"""Pain neuroscience education teaches that pain is produced by the brain as a protector, not a direct measure of tissue
damage. The book Explain Pain, by David Butler and Lorimer Moseley of Adelaide, first published in 2003, is widely used.
Combined with graded exercise, education can reduce fear of movement. Tools like the Tampa Scale for Kinesiophobia
measure fear."""),
("Fentanyl patch safety", "Synthetic safety communication text in the style of an FDA safety announcement", "Safety",
"""Fentanyl patches (Duragesic) should only be used in opioid-tolerant patients. Heat from heating pads, electric blankets,
hot tubs or fever increases absorption and can cause fatal overdose. Used patches still contain fentanyl: fold them
sticky sides together and flush them down the toilet, as recommended by the FDA. Children have died after accidentally
touching or swallowing patches."""),
("Opioid overdose in Canada", "Synthetic statistical text in the style of a Public Health Agency of Canada surveillance report", "Statistics",
"""Between January 2016 and June 2024, there were over 49,000 apparent opioid toxicity deaths in Canada. Most occurred in
British Columbia, Alberta and Ontario. Males accounted for about 72% of deaths, and people aged 20 to 59 made up the
majority. Fentanyl was involved in most deaths, and stimulants were often co-involved. Data are available on the Health
Infobase website."""),
("Drug policy in the Netherlands", "Synthetic policy text in the style of a Trimbos Institute summary", "Drug policy",
"""The Netherlands' Opium Act of 1976 separated drugs into List I (hard drugs) and List II (soft drugs). Coffee shops in
Amsterdam and other cities may sell small amounts of cannabis under a tolerance policy. The Drugs Information and
Monitoring System (DIMS), run by the Trimbos Institute in Utrecht since 1992, tests drugs brought in by users and issues
red alerts about dangerous pills."""),
("Overdose risk after prison release", "Synthetic epidemiological text in the style of a Washington State research summary", "Reentry",
"""Binswanger and colleagues, studying people released from Washington State prisons, reported in NEJM in 2007 that the
risk of death in the first two weeks after release was 12.7 times that of other residents, with overdose the leading
cause. Naloxone at release and continuation of medication for opioid use disorder reduce this risk. Medicaid enrollment
before release helps continuity."""),
("Fictional vignette: teenager and counterfeit pills", "Synthetic teaching vignette (fictional, no identifiers) in the style of a school health curriculum", "Case for discussion",
"""Fictional scenario for classroom discussion. A high school student buys what looks like a blue "M30" oxycodone pill
through social media to help with sports injury pain. A friend warns that such pills often contain fentanyl.
Discussion questions: Why are counterfeit pills dangerous? Where could the student get help for pain? How do you use
naloxone? What does your state's Good Samaritan law say?"""),
]
