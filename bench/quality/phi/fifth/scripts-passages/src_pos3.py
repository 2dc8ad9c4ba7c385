PATIENT = True
ITEMS = [
("Russian-language referral note", "Reproduced referral note (fictional) in the style of a Kazakh narcology clinic letter, Russian with English summary", "Correspondence",
"""Направление. Пациент: Ахметов Ерлан Серикович, 1987 г.р. (12.04.1987), ИИН 870412301456. Адрес: г. Алматы, мкр. Аксай-4,
д. 18, кв. 52. Диагноз: опиоидная зависимость, ВГС. Направляется в кабинет поддерживающей терапии метадоном. English
summary: Mr Akhmetov, date of birth 12 April 1987, referred for methadone; phone +7 701 555 2281. He has been injecting desomorphine and heroin since 2010 and agrees to testing for HIV and hepatitis B before starting treatment next week."""),
("Non-native English e-mail from a patient", "Reproduced patient e-mail (fictional) in the style of a message to a German pain clinic", "Patient messages",
"""Dear Mrs Doctor Hoffmann, I write you because of my pain in the back, it is more strong since I am moving to the new
flat in Gelsenkirchen, Bochumer Straße 141. The Tilidin is not helping anymore and I take sometimes 4 in the day. My
insurance number is A123456789 (AOK). Can I have appointment earlier? Greetings, Kemal Yıldırım, born 02.09.1976,
Tel. 0176 5550 3391."""),
("Chinese-language clinic SMS", "Reproduced SMS (fictional) in the style of a Taiwanese methadone clinic reminder and reply", "Patient messages",
"""診所提醒：林志明先生，您的美沙冬門診預約為2025年12月18日上午9點，地點：台北市萬華區康定路。回覆：好 我會到 但是我的健保卡不見了
0912-555-378 這是我新的號碼. Clinic note in English: Mr Lin Chih-ming, NHI card lost, new mobile recorded, DOB 1969-03-22,
chart 00458812. He replied that he will come to the appointment on 18 December but has lost his health insurance card. Staff to help him apply for a replacement card at the NHI office and confirm his dose of 45 mg with the pharmacist before dosing."""),
("Lower-case chat from a relative", "Reproduced chat messages (fictional) in the style of a relative messaging a harm reduction worker", "Relative messages",
"""hey its donna, shauns aunty. he got out of parklea friday and hes staying with me at 9 wattle st blacktown. he says
he wants to get back on the bupe. can u ring him, his new number is 0433 555 612. he dont have a medicare card atm, its
expired. also he needs a naloxone thing i think. thx heaps"""),
("Vehicle and dates only", "Reproduced police-health liaison note (fictional) in the style of a co-responder team record", "Co-responder note",
"""Co-responder note. 19/01/2026 14:40. Welfare check requested by member of public re man slumped in driver's seat of a
white Ford Transit, registration YK19 HXP, in the Asda car park, Selby. Naloxone 400 mcg IM given by PC. Male came round,
refused conveyance, declined to give name. Vehicle registered keeper details obtained and passed to substance misuse
team for follow up."""),
("Consultation letter to GP, Ireland", "Reproduced consultant letter (fictional) in the style of an Irish hospital pain clinic", "Correspondence",
"""Dear Dr Ó Súilleabháin, I reviewed Ms Niamh Gallagher (DOB 23/10/1984, MRN H0092177, PPSN 7654321TA), of 4 Cois Abhainn,
Ballybane, Galway, on 15 January 2026 for chronic pelvic pain following endometriosis surgery. She currently takes
tapentadol 100 mg twice daily. I recommend a slow taper and referral to pelvic physiotherapy. Yours sincerely,
Consultant in Pain Medicine."""),
("Inquest conclusion, England", "Reproduced prevention of future deaths report summary (fictional) in the style of an English coroner", "Inquest findings",
"""Regulation 28 report. Deceased: Liam Anthony Docherty, aged 33, of 27 Grasmere Avenue, Blackpool FY4 2HL. Date of death:
5 August 2024. Mr Docherty died from combined toxicity of a nitazene and pregabalin. He had been released from HMP
Preston eight days earlier without naloxone or a community prescribing appointment. Concern: prison release process."""),
("Patient contract with signature", "Reproduced signed opioid treatment agreement (fictional) in the style of a US family medicine clinic", "Agreement",
"""I, Ronald Wayne Pickett, DOB 06/11/1958, agree to receive my opioid prescriptions only from Dr. Elise Fournier and to
fill them only at Walgreens, 2201 S. Broadway, Pittsburg, KS. I will allow random pill counts. Chart #PK-77201. Patient
signature: R. W. Pickett. Date signed: 09/04/2025. My phone: 620-555-0193. My wife Betty may be contacted."""),
("Kenyan MAT clinic card", "Reproduced treatment card (fictional) in the style of a Kenyan MAT clinic record", "Treatment card",
"""MAT CLIENT CARD. Name: Esther Wanjiku Kamau. MAT No: NBI/MAT/2023/0412. National ID: 28874512. Date of enrolment:
18/07/2023. Current methadone dose: 70 mg. Residence: Kawangware, near stage 56. Phone: 0711 555 208. Treatment
supporter: sister Grace. HIV status: negative, PrEP since August 2024. Next appointment 02/02/2026. Missed doses must be reported to the clinician. Bring this card every visit."""),
("Licence number in court decision", "Reproduced court judgment excerpt (fictional) in the style of a Canadian provincial court decision", "Decision",
"""R. v. Harpreet Singh Dhaliwal, 2025 BCPC 214. The accused, born 30 March 1990, was found in the driver's seat of a vehicle
on Scott Road, Surrey, with B.C. driver's licence number 7730218. A naloxone kit and fentanyl were found. Considering his
voluntary enrolment in opioid agonist treatment at a Surrey clinic since his arrest, I impose a conditional sentence."""),
("Email chain between case managers", "Reproduced e-mail chain (fictional) in the style of case managers coordinating care", "Case management",
"""From: j.morales@familyservices.example.org. Re: Latoya F. (DOB 2/27/1989) — transitional housing. Hi Beth, she got the
unit at 1405 Martin Luther King Jr Blvd, Apt 2, Chattanooga. Move-in 12/15. She asked that the methadone clinic not be
told the address. Her cell changed to 423-555-0147. I'll send the lease copy tomorrow morning. Jen"""),
("IP and device in telehealth log", "Reproduced telehealth session log (fictional) in the style of a platform audit export", "Telehealth log",
"""Session 88213-AB. Provider: buprenorphine telehealth. Patient account: cody.rivers1995 (Cody Rivers). Joined 2025-10-14
18:02:11 from IP 172.58.91.44, device iPhone, serial F2LX9KQ1HG7F. State attested: Idaho, address 311 N 4th St, Coeur
d'Alene. Prescription e-sent to pharmacy. Session ended 18:19:47. Identity verified with photo of driver licence. Pharmacy confirmed receipt at 18:25. Follow-up visit booked for 2025-10-28 at 18:00 by video."""),
("Testimonial, South Africa", "Reproduced recovery testimonial (fictional) in the style of a community radio transcript", "Testimonial",
"""Caller: Hello, my name is Sipho Ndlovu, I am 42, from Soshanguve Block L. For ten years I was smoking nyaope. On the 3rd of
March 2022 I went to the COSUP site and they started me on methadone. Now I am working at a car wash in Rosslyn. If
anybody wants to talk to me, the station can give them my number, 072 555 9014."""),
("Nursing home incident report", "Reproduced incident report (fictional) in the style of a long-term care facility", "Incident",
"""Incident report. Resident: Evelyn Margaret Thibodeaux, Room 214, DOB 03/02/1931 (age 94). Facility: Bayou Oaks Nursing
and Rehab, Houma, LA. On 11/30/2025 at 02:15, resident found with two fentanyl 12 mcg patches applied instead of one.
Respirations 8. Naloxone 0.4 mg given. Transferred to Terrebonne General. Daughter, Mrs. Claire Hebert, notified by phone."""),
("Social Security number in disability form", "Reproduced disability benefit form extract (fictional) in the style of a US disability claim", "Benefits form",
"""Claimant: Raymond Earl Gaskins. SSN: 219-55-7184. Date of birth: 10/08/1967. Address: 6712 Old Post Road, Dundalk, MD
21222. Treating source: chronic lumbar radiculopathy, opioid use disorder in sustained remission on methadone since
2016. Last worked: 03/2019 as a longshoreman at the Port of Baltimore. Phone: 410-555-0161. Claimant states he cannot sit for more than 20 minutes."""),
]
