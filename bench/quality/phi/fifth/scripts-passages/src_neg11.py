PATIENT = False
ITEMS = [
("Hindi-English naloxone poster", "Synthetic poster text in the style of a Delhi NGO bilingual poster (Hindi and English)", "Overdose response",
"""ओवरडोज़ के संकेत: साँस धीमी होना, होंठ नीले पड़ना, जगाने पर न जागना। तुरंत 112 पर कॉल करें। Overdose signs: slow breathing,
blue lips, not waking up. Call 112 immediately. Naloxone is available free at our drop-in centre in Yamuna Pushta near
Kashmere Gate, Monday to Saturday, 10am to 5pm. Do not use alone. Do not mix with alcohol or sleeping pills. Tell your
friends where your naloxone is kept."""),
("Spanish leaflet on fentanyl", "Synthetic patient leaflet in the style of a Californian county bilingual leaflet (Spanish)", "Fentanilo",
"""El fentanilo es un opioide sintético hasta 50 veces más potente que la heroína. Puede estar mezclado en pastillas falsas
que parecen Xanax, Percocet u oxicodona. Si alguien no responde, llame al 911 y use naloxona (Narcan). La ley del Buen
Samaritano de California protege a quien pide ayuda. Para tratamiento gratuito y confidencial en español, llame al
1-800-662-4357. Información en www.cdph.ca.gov."""),
("French-language methadone information, Québec", "Synthetic patient information in the style of a Québec CIUSSS pamphlet (French)", "Traitement",
"""Le traitement par agonistes opioïdes (TAO) comprend la méthadone, la buprénorphine-naloxone (Suboxone) et la morphine
orale à libération lente (Kadian). Au Québec, tout médecin ou infirmière praticienne spécialisée peut le prescrire. Pour
obtenir de l'aide, composez le 811 (Info-Social) ou Drogue : aide et référence au 1 800 265-2626. Le service est gratuit,
anonyme et offert 24 heures sur 24."""),
("Online forum answer without identifiers", "Synthetic forum reply in the style of an anonymous peer-support forum (lower-case, informal)", "Peer advice",
"""honestly the first week on subs was rough but not like wd from dope. dont take it too early, wait till ur really
sick, like runny nose and goosebumps. my clinic did 4mg then another 4 after an hour. also drink water cuz the film
tastes nasty. constipation is real lol get some senna. u got this. and keep narcan around even on subs, ppl forget that"""),
("Agency social media post", "Synthetic social media thread in the style of a national health agency account", "Campaign",
"""1/ Today is International Overdose Awareness Day. Every life lost to overdose is someone's child, parent or friend. 2/
Carry naloxone. It's available without a prescription at pharmacies nationwide. 3/ If you or a loved one needs support,
call or text 988 or visit FindTreatment.gov. 4/ Learn the signs of overdose: small pupils, slow breathing, unresponsive.
#EndOverdose #StopOverdose"""),
("Portuguese harm reduction card", "Synthetic harm reduction card text in the style of a Lisbon outreach team card (Portuguese and English)", "Redução de riscos",
"""Não consumas sozinho. Usa material esterilizado. Se alguém não responde, liga 112. Don't use alone; use sterile
equipment; if someone does not respond, call 112. The mobile methadone unit of the Ares do Pinhal association stops
daily in Lisbon neighbourhoods, including Intendente and Casal Ventoso. SOS Voz Amiga offers emotional support at
213 544 545, every day from 3.30pm to 0.30am."""),
("Arabic-English alcohol and drugs hotline card", "Synthetic helpline card text in the style of a Gulf state national rehabilitation centre (Arabic and English)", "Helplines",
"""المركز الوطني للتأهيل — خدمات سرية لعلاج الإدمان. National Rehabilitation Centre, Abu Dhabi: confidential treatment for
alcohol and drug addiction. Patients who seek treatment voluntarily are not prosecuted under the federal law on narcotic
drugs. Call 800 NRC (800 672) or e-mail info@nrc.example.ae. Services are available for nationals and residents, in
Arabic, English, Hindi and Urdu."""),
("Hard-negative: historical physician biography", "Synthetic historical text in the style of a medical history journal", "History of medicine",
"""Dr. Vincent Dole and Dr. Marie Nyswander began their methadone studies at Rockefeller University in New York in 1964,
with Mary Jeanne Kreek joining soon after. Their paper in JAMA on 23 August 1965 described methadone maintenance for
heroin addiction. Nyswander, born in Reno, Nevada, in 1919, had earlier worked at the US Public Health Service Hospital
in Lexington, Kentucky, known as the Narcotic Farm."""),
("Drug scheduling in the US", "Synthetic regulatory text in the style of a Controlled Substances Act summary", "Schedules",
"""The Controlled Substances Act, Title II of the Comprehensive Drug Abuse Prevention and Control Act of 1970, places drugs in
five schedules. Schedule I includes heroin, LSD and, at federal level, marijuana, although a rescheduling to Schedule III
was proposed in May 2024. Schedule II includes fentanyl, oxycodone, methadone and cocaine. Buprenorphine is Schedule III,
benzodiazepines Schedule IV and pregabalin Schedule V."""),
("Welsh-language alcohol advice", "Synthetic public-health text in the style of a Welsh Government bilingual leaflet (Welsh and English)", "Alcohol",
"""Mae DAN 24/7 yn llinell gymorth ddwyieithog am ddim. DAN 24/7 is a free bilingual helpline for drugs and alcohol in
Wales: call 0808 808 2234 or text DAN to 81066. Minimum unit pricing was introduced in Wales on 2 March 2020. Alcohol
Concern Cymru and local area planning boards in Cardiff, Swansea and Wrexham commission services."""),
("Hard-negative: Dr Martens and other brand names", "Synthetic outreach text in the style of a shelter clothing drive notice", "Shelter services",
"""The winter clothing drive collects warm coats, socks and sturdy boots such as Dr. Martens or Timberland for guests at the
shelter. We also need toiletries, Tim Hortons gift cards and Ziploc bags for naloxone kits. Drop-off is at the
community hall on Thursdays from 4 to 7pm. Volunteers should complete the naloxone training with Public Health before
the season starts on 1 November."""),
("Opioid use disorder in Malaysia's prisons", "Synthetic public-health text in the style of a Malaysian National Anti-Drugs Agency report", "Criminal justice",
"""The National Anti-Drugs Agency (AADK) in Malaysia operates Cure and Care Rehabilitation Centres. Methadone is offered in
selected prisons, including Kajang and Pengkalan Chepa. Malaysia amended the Dangerous Drugs Act 1952 in 2023 to abolish
the mandatory death penalty for drug trafficking. The AADK hotline is 1800 88 2020. Needle and syringe programmes began in Malaysia in 2006 alongside community methadone."""),
("Pain clinic waiting list statement", "Synthetic statement text in the style of a UK hospital trust board paper", "Waiting times",
"""The median waiting time for a first appointment at the Trust's chronic pain service was 41 weeks in Quarter 2 of
2025/26, against the 18-week referral-to-treatment standard. The service covers Sunderland and South Tyneside. Actions
include group education sessions, a physiotherapy-led triage clinic and an online ESCAPE-pain programme. The board paper
was presented on 27 November 2025."""),
("Hard-negative: place names that are surnames", "Synthetic travel health text in the style of a rural health directory", "Service directory",
"""Opioid treatment is available in Washington, Jefferson and Lincoln counties, with satellite clinics in Clayton, Franklin
and Madison. The mobile unit visits Paris, Tennessee on Tuesdays and Lebanon on Fridays. In Florence, Alabama, the
clinic is on Court Street. Residents of Jackson and Carroll counties may use the telehealth hub in Huntingdon."""),
("Chinese harm reduction in Yunnan", "Synthetic public-health text in the style of a Chinese CDC report (Chinese and English)", "Methadone",
"""中国美沙酮维持治疗于2004年在云南、四川、贵州、浙江和广西启动试点。China began methadone maintenance treatment pilots in 2004 in
Yunnan, Sichuan, Guizhou, Zhejiang and Guangxi provinces. By 2015 more than 700 clinics served about 170,000 people.
Yunnan, bordering Myanmar, Laos and Vietnam, had the earliest HIV epidemic among people who inject drugs, first detected
in Ruili in 1989. Clinics later added mobile dosing vans and HIV testing."""),
("Blank pharmacy naloxone dispensing record", "Synthetic blank template in the style of a pharmacy naloxone supply log", "Template",
"""NALOXONE SUPPLY RECORD (no patient identifiers required). Date: ___/___/____. Product: [ ] nasal 4 mg [ ] IM 0.4 mg/ml
[ ] other: _______. Quantity: ___. Recipient is: [ ] person who uses opioids [ ] family/friend [ ] service worker [ ]
other. Training given: [ ] yes [ ] already trained. Batch number: ________ Expiry: ___/____. Pharmacist initials: ____."""),
("Pain terms: Bloody Mary vs. Mary Jane", "Synthetic glossary text in the style of a street-slang glossary for clinicians", "Glossary",
"""Street terms change quickly. "Mary Jane" means cannabis, while a "Bloody Mary" is only a cocktail. "Molly" refers to MDMA,
"Tina" or "crystal" to methamphetamine, "Charlie" or "snow" to cocaine, and "Percs" or "blues" to counterfeit oxycodone
pills, often fentanyl. "Tranq" means xylazine and "Roxy" is oxycodone. These words are not names of people and should
not be treated as such in records."""),
("Older adults over 90 in research", "Synthetic research methods text in the style of an epidemiology paper methods section", "Methods",
"""Participants were adults aged 65 and older enrolled in Medicare Part D between 2016 and 2020. Ages were categorised as
65–74, 75–84, 85–89 and 90 and over, following Safe Harbor de-identification rules that aggregate ages over 89. Opioid
exposure was defined by at least one fill. Dates were shifted by a random offset per person. The study was approved by the
institutional review board on 2 March 2021."""),
("Alcohol in Kenya: chang'aa", "Synthetic public-health text in the style of a Kenyan Ministry of Health advisory", "Alcohol",
"""Chang'aa, a traditional distilled spirit, was legalised and regulated in Kenya by the Alcoholic Drinks Control Act of
2010, known as the Mututho Law after legislator John Mututho. Illicit brews contaminated with methanol caused mass
poisonings, including in Kiambu and Machakos. The Act restricts sales hours to 5pm to 11pm on weekdays. The health
ministry is at Afya House, Cathedral Road, Nairobi."""),
("Fictional vignette: interpreter use", "Synthetic teaching vignette (fictional, no identifiers) in the style of a cultural humility ECHO session", "Case for discussion",
"""Fictional case for teaching. An older refugee who speaks Dari has chronic shoulder pain from an old injury and uses
opium occasionally as a family remedy. A grandchild usually interprets at visits. Questions: Why should a professional
interpreter be used? How would you ask about opium use respectfully? What non-opioid treatments could be offered? How
could a community health worker help?"""),
]
