PATIENT = True
ITEMS = [
("Referral letter to addiction clinic", "Reproduced referral letter (fictional) in the style of a UK GP practice", "Correspondence",
"""Dear Dr Okafor, Re: Mr Dariusz Wiśniewski, DOB 14/03/1979, NHS No. 485 777 3456, 22 Ferndale Road, Leicester LE2 6BH.
Thank you for seeing this 46-year-old man with chronic neck pain since a forklift accident in 2019. He is on
co-codamol 30/500 and buys extra codeine online. He would like help to stop and is open to buprenorphine. His mobile is
07700 914 562 and he prefers calls after 4pm as he works early shifts. Kind regards, Dr H. Bellamy."""),
("ECHO case presentation with identifiers left in", "Reproduced ECHO case presentation form (fictional) in the style of a rural clinic submission", "Case form",
"""Presenter: NP Karen Lindqvist, Two Rivers Clinic. Patient: Tommy Redcloud, 34 y/o M, MRN 00847123. DOB 09/22/1991.
Lives with grandmother on Route 7, Pine Ridge. Hx: L knee pain after MVA 08/2020, oxycodone from ER, then fentanyl.
Started bup 16 mg on 3/4/2025, doing well, some missed visits bc no ride. Q for panel: can we do injectable bup given
transport?"""),
("Text messages from a patient", "Reproduced patient text messages (fictional) in the style of a clinic SMS log", "Patient messages",
"""from (505) 318-4470, 7:42am: hi its jolene martinez, i ran out of my subs early bc my bf took some, pharmacy says
cant fill till friday. im so sick. pls call me. 7:55am: also my new address is 1120 calle del sol apt 3 las cruces
so dont send letters to old place. 8:10am: sorry for all the txt. thank u nurse becky"""),
("Coroner inquest summary", "Reproduced coroner's inquest summary (fictional) in the style of an Australian state coroner's finding", "Inquest findings",
"""Inquest into the death of Bradley James Tuckwell, born 2 November 1988, late of 14 Banksia Crescent, Mildura, Victoria.
Mr Tuckwell died on 17 June 2023 at his home. Toxicology showed fentanyl, diazepam and alcohol. He had been prescribed
fentanyl patches for chronic back pain since 2018. The Coroner recommends that prescribers check SafeScript before
each prescription. Court reference COR 2023 003417."""),
("Pharmacy note on early refill", "Reproduced pharmacy intervention note (fictional) in the style of a community pharmacy record", "Pharmacy note",
"""Pt: Gloria Esperanza Ruiz. DOB 05/30/1962. Rx #6034421 hydromorphone 4 mg #90. Requested refill 9 days early, states
pills stolen from car (plate 8KLM207, police report #24-118733 per pt). Called prescriber Dr Patel, left msg. PDMP
shows 3 prescribers in 60 days. Did not fill today. Offered naloxone, pt accepted. Pt phone 916-555-0143."""),
("Social work note: housing", "Reproduced social work progress note (fictional) in the style of a hospital social work note", "Social work",
"""SW met with pt Mohammed Al-Rashidi (MRN 2219-447-01) at bedside re discharge housing. Pt states landlord, Mr. Frank
Costa, changed locks at 58 Harrow Street, Unit 2B, Hamilton ON L8L 2X1 on 10 Oct 2025 while pt admitted for cellulitis
from injection. Interpreter (Arabic) Ms. Salwa present by phone. Plan: contact Hamilton shelter intake, Legal Aid
referral re illegal lockout."""),
("Discharge summary", "Reproduced discharge summary (fictional) in the style of a US academic hospital", "Discharge",
"""DISCHARGE SUMMARY. Name: Kowalczyk, Ann Marie. MRN: 77310298. Admit: 01/04/2026. Discharge: 01/11/2026. Dx: Infective
endocarditis (tricuspid), opioid use disorder, HCV Ab+. Started buprenorphine 8 mg, titrated to 24 mg. Completed IV
cefazolin via PICC; PICC removed prior to discharge. Follow up with Dr. Ng at ID clinic 01/20/2026 and bridge clinic.
Discharged to sister's home, 4410 Elm Ave, Toledo OH."""),
("Patient e-mail to clinic", "Reproduced patient e-mail (fictional) in the style of a patient portal message", "Patient messages",
"""From: sunita.raghavan82@gmail.com. Subject: pain meds and my surgery. Hello doctor, I am Sunita, your patient since
last year, date of birth 11 August 1982. My knee replacement is fixed for 3 February at St Anne hospital. Should I stop
the tramadol before? Also the pharmacy at Brigade Road said my prescription is expired. Please advise, my number is
+91 98450 21736. Thanking you."""),
("Ombudsman decision", "Reproduced ombudsman decision summary (fictional) in the style of a health and disability commissioner report", "Complaint",
"""Case 24HDC01187. Mrs Aroha Ngata complained about the care provided to her son, Wiremu Ngata (aged 29), by a GP practice
in Whangārei. Wiremu's oxycodone was stopped abruptly on 3 May 2024 without a plan. He was found unresponsive at his
flat on Kamo Road on 19 May 2024 and survived. The Commissioner found the practice in breach of Right 4(1) of the Code."""),
("Intake form completed", "Reproduced intake form (fictional) in the style of a Canadian community health centre", "Intake",
"""CLIENT INTAKE. Name: Lévesque, Marie-Josée. DOB: 1990-07-19. Health card (RAMQ): LEVM 9057 1912. Address: 3345 rue
Sainte-Catherine Est, app. 5, Montréal QC H1W 2C4. Phone: 514-555-0198. Preferred language: French. Emergency contact:
Luc Lévesque (brother). Substances: fentanyl (smoked), crystal meth. Goals: start Kadian or methadone, housing. Consent to share with CLSC worker signed 2025-11-03. Client prefers text messages, not voicemail."""),
("Court decision on child protection", "Reproduced family court decision excerpt (fictional) in the style of a state family court", "Decision",
"""In the matter of K.B., a minor. The mother, Tasha Marie Brennan, born 04/12/1996, has been enrolled in the methadone
programme at Riverside Recovery since 14 February 2025 and has provided 22 consecutive negative urine screens. The
Department's petition filed under docket JD-25-0418 is dismissed. The child shall remain in the mother's care at the
family home in Huntington, West Virginia."""),
("Progress note without name", "Reproduced progress note (fictional) in the style of an OTP nursing note", "Progress note",
"""OTP nursing note, MRN 550-21-987. Date of service 12/02/2025. Client reported to dosing window at 0645, slurred
speech, pupils pinpoint. Did not dose today per protocol. Client states took 2 mg clonazepam from friend. Breathalyzer
0.00. Counselor notified. Client left via bus toward Westgate Mall. Plan: re-eval 12/03/2025, consider benzo taper referral."""),
("Testimonial in newsletter", "Reproduced recovery testimonial (fictional) in the style of a peer-support newsletter", "Testimonial",
"""My name is Keisha Lamont and I'm 38, living in Gary, Indiana. On July 4th, 2021, my cousin found me blue on the
bathroom floor of my apartment on West 5th Avenue. She gave me Narcan twice. I started Sublocade at the county clinic
that fall. Today I work as a peer specialist. If you want to talk, email me at keisha.lamont.peer@outlook.com."""),
("Medical board decision", "Reproduced medical board consent order (fictional) in the style of a state medical board", "Board decision",
"""In re the licence of Gregory Allan Pruitt, M.D., licence no. MD-48201. The Board found that between January 2021 and
June 2022, Respondent prescribed oxycodone 30 mg to patient S.W. without documented examination. Respondent's DEA
registration BP4829170 was surrendered on 3 October 2022. Respondent's licence is suspended for 12 months, effective
the date of this Order, 15 March 2023."""),
("Letter from a relative", "Reproduced letter from a relative (fictional) in the style of a handwritten note scanned into a chart", "Correspondence",
"""To the doctor at the pain clinic, I am writing about my father Hector Villanueva Soto who is 91 years old. He lives with
me at 77 Calle Luna, Ponce, Puerto Rico. Since you increased the morphine he is falling and confused. Yesterday, 9 de
septiembre, he fell in the kitchen. Please call me, his daughter Carmen, at 787-555-0122. Thank you and God bless."""),
("Phone plus street only", "Reproduced outreach log entry (fictional) in the style of a street outreach team log", "Outreach",
"""Outreach log, 22:15. Contact under bridge by the 1400 block of Burnside, tent with blue tarp. Man, 40s, says he uses
tranq dope, wound on left forearm. Gave wound kit, 2 Narcan. Wants bup. Gave our number, he gave his: 503-555-0177
(his mom's phone). Follow up Thursday at same spot with the bup van."""),
("Licence plate in incident report", "Reproduced security incident report (fictional) in the style of a hospital security report", "Incident",
"""Incident 2025-0932. On 28 August 2025 at 03:10, a patient of the ED, Jordan Mbeki (MRN 6621045), left against medical
advice after naloxone reversal. Security observed him leaving in a silver Toyota Corolla, Gauteng registration
CA 482-317. Staff called his listed number 082 555 0191 without answer. SAPS Claremont informed."""),
("Prescription record", "Reproduced prescription record (fictional) in the style of an Indian hospital OPD slip", "Prescription",
"""OPD slip. Patient: Rajinder Singh Gill, 54 Y/M. UHID: 20250612-0788. Aadhaar: 4821 6630 9157. Address: House 118, Ward
9, Moga, Punjab. Dx: opioid dependence (chitta), HCV reactive. Rx: Tab buprenorphine-naloxone 2/0.5 mg, 2 tab daily at
OOAT centre. Review 14/07/2025. Son's mobile 98140 22561. Counselled on HCV treatment under Mukh Mantri Punjab Hepatitis C Relief Fund; referred to model treatment centre."""),
("Insurance appeal", "Reproduced insurance appeal letter (fictional) in the style of a US clinic prior-authorization appeal", "Appeal",
"""Re: Member Denise O'Halloran, Member ID XKH 991273406, Group 00457. Date of birth 02/17/1975. We appeal the denial dated
10/08/2025 of extended-release buprenorphine (Brixadi). Ms. O'Halloran has failed sublingual therapy due to oral
ulceration. She has been stable for 14 months and lives 40 miles from our clinic. Please contact our office at 617-555-0134 ext 22 with questions."""),
("Hospital IT audit", "Reproduced access audit entry (fictional) in the style of an EHR privacy audit report", "Privacy audit",
"""Privacy audit finding: record of patient Olusegun Adeyemi, MRN 3390127, DOB 1/6/1987, SUD treatment note under 42 CFR
Part 2, was opened on 11/21/2025 at 14:02 from workstation IP 10.44.17.203 and external IP 73.162.88.14 by a user not
on the care team. The patient was notified by letter to 19 Maple Court, Newark NJ."""),
]
