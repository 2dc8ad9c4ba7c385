PATIENT = False
ITEMS = [
("Complex regional pain syndrome", "Synthetic guideline text in the style of a Royal College of Physicians guideline", "CRPS",
"""Complex regional pain syndrome is diagnosed using the Budapest criteria, agreed in Budapest, Hungary, in 2003 and
published by Harden and colleagues. It usually follows a fracture or surgery to a limb. Early physiotherapy, graded
motor imagery and desensitisation are key. Bisphosphonates may help in early CRPS. The Royal College of Physicians
published UK guidelines in 2012, updated in 2018. Opioids have limited benefit."""),
("Alcohol licensing in South Africa", "Synthetic policy text in the style of a South African provincial liquor authority notice", "Alcohol policy",
"""During the COVID-19 national lockdown, South Africa banned the sale of alcohol from 27 March to 31 May 2020 and again in
later waves. Trauma unit admissions in hospitals such as Groote Schuur in Cape Town and Chris Hani Baragwanath in Soweto
fell markedly. The Western Cape Liquor Authority regulates shebeen licences. Foetal alcohol syndrome rates in the Cape
Winelands are among the highest in the world."""),
("Buprenorphine for pain: Belbuca and Butrans", "Synthetic pharmacology text in the style of a pain pharmacology bulletin", "Formulations",
"""Buprenorphine is available for pain as a transdermal patch (Butrans, 5 to 20 mcg per hour, changed every seven days) and
as a buccal film (Belbuca). These products are Schedule III in the US. Because of its ceiling effect on respiratory
depression, buprenorphine may be safer than full agonists in older adults and people with kidney disease. A naloxone
kit should still be offered."""),
("Naloxone and Good Samaritan laws in the US", "Synthetic policy summary text in the style of a legislative analysis service", "Overdose laws",
"""New Mexico passed the first overdose Good Samaritan law in 2007. By 2025, nearly all states and Washington, DC, had
such laws, though protections vary. Some protect against arrest, others only against prosecution. On 29 March 2023, the
FDA approved Narcan nasal spray 4 mg for over-the-counter sale, and it appeared on store shelves in September 2023. Walgreens
and CVS sell it for about 45 dollars."""),
("HIV outbreak in Scott County", "Synthetic epidemiological text in the style of an MMWR outbreak report", "Outbreak",
"""In January 2015, the Indiana State Department of Health began investigating an HIV outbreak in Scott County, a rural
county with about 24,000 residents. By 2016, 215 HIV infections were linked to injection of extended-release oxymorphone
(Opana ER). Governor Mike Pence declared a public health emergency on 26 March 2015 and authorised a temporary syringe
services programme in Austin, Indiana."""),
("Pain in Aboriginal and Torres Strait Islander communities", "Synthetic public-health text in the style of an Australian Indigenous health organisation guide", "Culturally safe care",
"""Aboriginal Community Controlled Health Organisations, such as the Aboriginal Medical Service in Redfern, founded in 1971,
provide culturally safe care. Yarning circles and Aboriginal health workers improve communication about pain and
medicines. Kava and petrol sniffing have been concerns in some remote communities; low-aromatic Opal fuel was introduced
in 2005. 13YARN (13 92 76) is a 24/7 crisis line run by Aboriginal and Torres Strait Islander people."""),
("Overdose prevention centres in New York", "Synthetic programme description text in the style of a city health department report", "Supervised consumption",
"""On 30 November 2021, OnPoint NYC opened the first publicly recognised overdose prevention centres in the United States,
in East Harlem and Washington Heights, Manhattan. Staff reversed hundreds of overdoses in the first year. Insite in
Vancouver, opened in September 2003, was North America's first legal supervised injection site. In Australia, the
Medically Supervised Injecting Centre in Kings Cross, Sydney, opened in 2001."""),
("Patient leaflet: methadone safety at home", "Synthetic patient leaflet in the style of a Scottish NHS board leaflet", "Safe storage",
"""Methadone can kill a child. Always keep your take-home doses in the locked box given by your pharmacy, out of sight and
reach. Never pour methadone into another bottle or cup. If a child swallows any, call 999 straight away even if they seem
fine. Do not drink alcohol or take street Valium with methadone. For advice, call NHS 24 on 111, or Know the Score on
0800 587 5879."""),
("Cocaine-fentanyl contamination", "Synthetic public-health alert text in the style of a state health department health alert network message", "Health alert",
"""Health alert: The Department has received reports of overdoses among people who believed they were using only cocaine
or crack. Testing found fentanyl. People who do not use opioids have no tolerance and are at very high risk. Clinicians
should offer naloxone to everyone who uses stimulants. Overdoses should be reported to the Department's epidemiology
line within 24 hours. This alert was issued on 15 May 2024."""),
("Chronic pain definition", "Synthetic educational text in the style of an IASP fact sheet", "Definitions",
"""In 2020 the International Association for the Study of Pain (IASP) revised its definition of pain, first adopted in
1979, as "an unpleasant sensory and emotional experience associated with, or resembling that associated with, actual or
potential tissue damage." ICD-11 introduced chronic primary pain (MG30.0) as a diagnosis in its own right, developed by a
task force led by Rolf-Detlef Treede and Winfried Rief."""),
("Naltrexone for opioid use disorder", "Synthetic pharmacology text in the style of a drug information centre summary", "Naltrexone",
"""Extended-release injectable naltrexone (Vivitrol), approved for opioid use disorder in October 2010, requires 7 to 10 days
of abstinence from opioids before the first injection. The X:BOT trial (Lee et al., The Lancet, 2018) found it was
harder to start than buprenorphine-naloxone, but outcomes were similar among those who started. After stopping
naltrexone, tolerance is lost and overdose risk rises."""),
("Hepatitis C among Indigenous people in Canada", "Synthetic epidemiological text in the style of a Public Health Agency of Canada report", "Indigenous health",
"""Hepatitis C rates are higher among First Nations, Inuit and Métis people in Canada, linked to colonial harms including
residential schools. Saskatchewan has some of the highest rates. Community-led programmes, such as those in Prince Albert
and on reserves, integrate testing with ceremony and Elders. The Public Health Agency of Canada is at 130 Colonnade Road,
Ottawa, Ontario K1A 0K9."""),
("Alcohol withdrawal seizures", "Synthetic clinical text in the style of an emergency nursing reference", "Complications",
"""Alcohol withdrawal seizures usually occur 6 to 48 hours after the last drink and are generalised tonic-clonic. Delirium
tremens, described in 1813 by Thomas Sutton, typically appears at 48 to 96 hours and has a mortality of up to 5% when
treated. Phenytoin does not prevent alcohol withdrawal seizures. Lorazepam 2 mg intravenously after a first seizure reduces
recurrence, as shown by D'Onofrio and colleagues in 1999."""),
("Overdose prevention in Kenya", "Synthetic public-health text in the style of a Kenyan National Authority for the Campaign Against Alcohol and Drug Abuse leaflet", "Services",
"""Kenya opened its first methadone clinic at Mathari National Teaching and Referral Hospital in Nairobi in December 2014.
Medically assisted therapy sites now exist in Mombasa, Kilifi, Kwale and Malindi on the coast, where heroin use is common.
NACADA runs a toll-free helpline, 1192. Community-based organisations such as the Reachout Centre Trust distribute
naloxone and clean needles."""),
("Tapentadol", "Synthetic pharmacology text in the style of a national formulary entry", "Monograph",
"""Tapentadol (Nucynta, Palexia) is a mu-opioid agonist and noradrenaline reuptake inhibitor approved in the US in 2008. It
is Schedule II. It may cause fewer gastrointestinal side effects than oxycodone but has similar abuse potential.
Seizures and serotonin syndrome are possible. Maximum daily dose of the immediate-release form is 700 mg on the first
day and 600 mg thereafter. It is about 2.5 times less potent than oxycodone."""),
("Harm reduction in Ukraine during war", "Synthetic programme text in the style of an international NGO situation report", "Humanitarian settings",
"""After Russia's full-scale invasion of Ukraine on 24 February 2022, opioid agonist therapy sites in Kharkiv, Mariupol and
other cities were disrupted. The Alliance for Public Health and the Ministry of Health allowed take-home doses for up to
a month. Some patients fled to Poland, Moldova and Germany and were enrolled in treatment there. Before the war, Ukraine
had over 17,000 people in OAT."""),
("Cannabis use in adolescents", "Synthetic public-health text in the style of a Health Canada lower-risk guidelines page", "Cannabis",
"""Canada legalised non-medical cannabis on 17 October 2018 through the Cannabis Act. Canada's Lower-Risk Cannabis Use
Guidelines, developed by Benedikt Fischer and colleagues, advise delaying use until later in adolescence, choosing
low-THC products and avoiding synthetic cannabinoids. Edibles should be kept away from children; calls to poison centres
about edibles rose after edibles became legal in October 2019."""),
("Palliative care and opioid access in Kerala", "Synthetic programme text in the style of an Indian palliative care organisation report", "Palliative care",
"""Kerala, in southern India, has a community-based palliative care network that began with the Pain and Palliative Care
Society in Kozhikode (Calicut) in 1993, founded by M. R. Rajagopal and colleagues. Volunteers from neighbourhoods provide
home visits. Kerala's palliative care policy of 2008 was the first state policy in India. Pallium India, based in
Thiruvananthapuram, advocates for oral morphine access."""),
("Pharmacogenomics of codeine", "Synthetic pharmacology text in the style of a CPIC guideline summary", "Pharmacogenomics",
"""Codeine is converted to morphine by CYP2D6. Ultra-rapid metabolisers, more common in people of North African, Ethiopian
and Middle Eastern ancestry, can develop toxic morphine levels. Deaths in children after tonsillectomy led the FDA, in
April 2017, to contraindicate codeine and tramadol in children under 12. The Clinical Pharmacogenetics Implementation
Consortium (CPIC) published guidance in 2014 and 2021."""),
("Fictional vignette: chronic pain in a farmer", "Synthetic teaching vignette (fictional, no identifiers) in the style of a rural pain ECHO curriculum", "Case for discussion",
"""Fictional teaching case, no real person. A farmer in his sixties with severe knee osteoarthritis cannot have surgery
until next year. He takes hydrocodone from two prescribers and drinks beer most evenings. He fears losing his farm if he
cannot work at harvest. Questions: How would you assess risk? What non-opioid options work in a farming life? How could
you coordinate between prescribers?"""),
]
