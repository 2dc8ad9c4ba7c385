PATIENT = True
ITEMS = [
("Nurse telephone note", "Reproduced telephone encounter note (fictional) in the style of a primary care EHR", "Telephone note",
"""Tel enc 02/14/2026 10:20. Caller: pt's wife, Linda Hargreaves, re pt Donald Hargreaves (MRN 448-0921), DOB 07/03/1941.
States pt, 84, increasingly drowsy since morphine ER increased to 30 mg BID on 02/09. No falls. Advised hold evening dose,
ED if hard to wake, gave Narcan instructions. Callback number 308-555-0166 (home, Kearney). Routed to Dr. Shah."""),
("Letter from landlord", "Reproduced landlord letter (fictional) in the style of a notice attached to a case file", "Correspondence",
"""NOTICE TO QUIT. To: Mr. Shane Patrick Doyle, Flat 4, 19 Clanbrassil Street Upper, Dublin 8, D08 YX22. Dear Mr Doyle,
Following the incident on 2 November 2025, when ambulance staff attended your flat after an overdose and a door was
damaged, you are given notice to vacate by 31 January 2026 under the Residential Tenancies Act. Signed, Brendan Kinsella,
Kinsella Properties Ltd."""),
("Interpreter-assisted note", "Reproduced clinic note (fictional) in the style of an interpreter-assisted visit", "Progress note",
"""Visit with Pashto interpreter (ID 4471, Mr. Habib, by video). Patient Gul Bibi Safi, age 61, DOB 01/01/1964 (assigned
at resettlement), A-number A-213-554-870. Lives with son at 2300 Oak Grove Ln, Sacramento. Chronic knee and back pain,
takes opium tea from family sometimes. Explained risk. Plan: PT, topical diclofenac, consider bup if daily use."""),
("ECHO case form, Spanish", "Reproduced case presentation form (fictional) in the style of an ECHO hub in Latin America (Spanish)", "Case form",
"""Presentación de caso. Paciente: Juan Carlos Pérez Quispe, 47 años, DNI 41852663. Domicilio: Jr. Ayacucho 312,
Huancayo, Junín. Dolor lumbar crónico desde 2017, usa tramadol de farmacia sin receta y alcohol diario. Teléfono de la
hija: 964 555 218. Pregunta: ¿cómo iniciar reducción de tramadol en atención primaria sin metadona disponible en la región?"""),
("Probation officer letter", "Reproduced probation letter (fictional) in the style of a county probation department", "Correspondence",
"""To whom it may concern: This confirms that Darnell Jerome Whitfield, DOB 11/29/1993, case no. CR-2024-00817, is under
my supervision and is required to attend treatment. He reports that he receives methadone at the Lakeview clinic. Please
verify attendance for October 2025. Fax 414-555-0190. Officer T. Marsh, Milwaukee County Probation. Release of information signed by Mr. Whitfield on 10/02/2025 is attached."""),
("WhatsApp message from a patient", "Reproduced WhatsApp messages (fictional) in the style of a patient-to-nurse chat, mixed Afrikaans/English", "Patient messages",
"""[06/03/2026, 19:02] +27 72 555 0143: Goeienaand sister, dis Chantal Jacobs van die Mitchells Plain kliniek. my methadone
is op en die apteek is toe. baie siek. [19:05] sorry for the english, my address is 12 Tulip Walk, Tafelsig if the
outreach team can come. [19:40] dankie sister, I will wait. [19:52] my ID book is at my ma se huis so I only got the clinic card."""),
("Death review summary", "Reproduced overdose fatality review summary (fictional) in the style of a county review team", "Fatality review",
"""Decedent: Ashley Nicole Varga, age 27, DOB 08/14/1998, date of death 05/02/2025. Found in a motel room, Room 114,
Budget Inn, US-23, Portsmouth, Ohio. Prior ED visits on 03/11/2025 and 04/22/2025 for nonfatal overdose; no naloxone
given at discharge either time. Next of kin, her father, was interviewed by the team. Recommendation: ED leave-behind naloxone for every overdose visit, and peer navigator referral."""),
("Mother's letter about an adolescent", "Reproduced parent letter (fictional) in the style of a letter to a school nurse", "Correspondence",
"""Dear Nurse Patterson, My son Ethan Cole Brooks (grade 10, student ID 2204871) has been prescribed Suboxone by Dr. Amin.
He must take it at 7am at home so he will not need it at school. But please keep the Narcan in the office in case. Our
home is 85 Willow Lane, Bangor, Maine and my cell is 207-555-0149. Thank you, Rachel Brooks."""),
("Plan number and dates only", "Reproduced claim line (fictional) in the style of a Medicaid claims extract", "Claims",
"""Claim 2025-11-0078812. Beneficiary ID 8HM4-TX2-QW71. DOS 11/03/2025, 11/10/2025, 11/17/2025. HCPCS G2068 (weekly bundle,
buprenorphine oral). Provider NPI 1295847360. Place of service 11. Paid. Prior auth PA-551093 approved 10/30/2025.
Member date of birth 04/21/1969. Diagnosis F11.20. Pharmacy: Rite Aid #4471. Member address on file: 2219 Oakdale Rd, Abilene TX 79605. Case manager flag: missed week of 11/24/2025, outreach required."""),
("Discharge summary, Kenya", "Reproduced discharge summary (fictional) in the style of a Kenyan county referral hospital", "Discharge",
"""Name: Abdallah Omar Said. IP No: 2025/04812. Age: 31. Residence: Majengo, Mombasa. Admitted 3/9/2025 with heroin
overdose, reversed with naloxone. Also HIV positive on TLD, viral load pending. Referred to MAT clinic at Coast General
for methadone. Next of kin: Fatuma Said (mother), tel 0722 555 041. Discharged 6/9/2025. Advised to return to CCC on Thursday for viral load result; naloxone not available in pharmacy."""),
("Pharmacist note with licence", "Reproduced pharmacist consultation note (fictional) in the style of an Australian pharmacy record", "Pharmacy note",
"""Staged supply, Opioid Dependence Treatment Program. Client: Mitchell Kerr, DOB 21/06/1985, Medicare 2950 48172 1.
Driver licence (NSW) 18592047. Missed doses 3 consecutive days (14–16 Feb 2026); per program rules, did not dose, contacted
prescriber. Client mobile 0412 555 907. Address on file 7/44 Station St, Wollongong NSW 2500. Next review with Dr Lam."""),
("Employee assistance report", "Reproduced employee assistance programme note (fictional) in the style of an EAP intake", "EAP intake",
"""EAP intake. Employee: Priya Natarajan, staff number 00781244, nurse at Westmead. Self-referred 9 January 2026 after
colleague raised concern about fentanyl wastage discrepancies. Employee disclosed use since a back injury in 2024.
Referred to the Nurses and Midwives Health Program, (02) 9555 0199. Personal e-mail for follow up:
p.natarajan.home@bigpond.com. She asked that her manager not be told details."""),
("Patient portal message", "Reproduced patient portal message (fictional) in the style of a US health system portal", "Patient messages",
"""hey dr kim its marcus oyelaran (dob 3/15/2000). the urgent care gave me percocet for my wrist on saturday 1/24 but i
told them i was on vivitrol, they didnt listen. i didnt take any. should i still get my shot on 2/2? also new phone
832-555-0102. im in houston now, moved to 5510 bissonnet"""),
("Police-involved transfer note", "Reproduced EMS patient care report (fictional) in the style of an ambulance service record", "EMS report",
"""PCR #20251203-117. Pt: Unknown male, later identified by Ontario photo card as Jean-Paul Tremblay, DOB 1982-02-09.
Location: bus shelter, 1600 Rideau St, Ottawa. Found apneic, 2 mg IN naloxone by bystander, 0.4 mg IV by crew. GCS 14
on arrival. Transported to Ottawa Civic. Vehicle: Medic 4417. Police on scene, no charges. Pt declined take-home kit, then accepted at hospital."""),
("Hong Kong clinic referral", "Reproduced referral letter (fictional) in the style of a Hong Kong methadone clinic letter", "Correspondence",
"""Re: Mr. Chan Tai Man (陳大文), HKID Y123456(7), DOB 12-05-1970. Address: Flat 12B, Block 3, Lai Kok Estate, Sham Shui Po.
This patient has attended the Shek Kip Mei methadone clinic since 2011 on 60 mg daily. He is referred to the pain clinic
for chronic hip pain after a fall on 3 March 2025. Contact: 9555 2718. Yours faithfully, Dr. Wong."""),
("Board of nursing order", "Reproduced board of nursing order (fictional) in the style of a state nursing board", "Board decision",
"""Board of Nursing, Docket No. 25-1142. Licensee: Amber Lynn Castellano, RN, licence RN-2219047. Licensee admitted
diverting hydromorphone from the Pyxis at Mercy Hospital, Springfield, between 4 April and 11 May 2025. Licensee shall
enrol in the Peer Assistance Program, submit to random testing, and her licence is on probation for three years."""),
("Patient diary entry in ECHO submission", "Reproduced patient diary excerpt (fictional) attached to a case submission", "Patient diary",
"""Monday 12th Jan. Pain 8/10 in my hip again. Took 2 Oxynorm at 6am. Martin drove me to the Royal Gwent appointment but
they cancelled. I rang the pain team on 01633 555 014 but no one answered. I'm Siân Pritchard by the way, in case this
gets separated from the letter, hospital number G4412908. Slept on the sofa."""),
("Obituary linked to overdose", "Reproduced obituary (fictional) in the style of a local newspaper", "Obituary",
"""Tyler Scott Brennaman, 24, of Chillicothe, Ohio, passed away unexpectedly on Saturday, March 8, 2025. Born April 30,
2000, in Columbus, Tyler was a 2018 graduate of Unioto High School and loved fishing at Paint Creek. His family asks
that in lieu of flowers, donations be made to the local naloxone distribution programme, and encourages anyone
struggling to call 1-800-662-4357."""),
("Hospital MRN and phone only", "Reproduced lab requisition (fictional) in the style of a clinic lab order", "Lab order",
"""Lab req. MRN: 90-554-1187. Collected: 2025-12-19 08:40. Tests: HCV RNA quant, HIV Ag/Ab, LFT, urine drug screen with
fentanyl and xylazine confirm. Ordering: bridge clinic. Notify results to patient by text to 267-555-0118 only (patient
request, shared housing on Kensington Ave). Fasting: no. Pt date of birth per ID 06/02/1990. Do not mail results."""),
("Grandmother's kinship care statement", "Reproduced kinship carer statement (fictional) in the style of a Scottish social work form", "Statement",
"""Statement of kinship carer. I am Morag Johnstone, I live at 3 Lochend Road, Leith, Edinburgh EH6 8BR, telephone 0131
555 0172. I have looked after my granddaughter since her mum, my daughter Kirsty Johnstone (born 19.08.1994), went into
the Lothian residential rehab on 12 May 2025. Kirsty is doing well on Espranor and phones every Sunday."""),
]
