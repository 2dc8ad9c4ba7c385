PATIENT = True
ITEMS = [
("Tagalog-English text to clinic", "Reproduced patient text messages (fictional) in the style of a Filipino-American patient texting a clinic", "Patient messages",
"""good morning po, si Maricel Dizon po ito, patient ni Dr. Reyes. i am the one with the back pain and the tramadol.
nawala po yung reseta ko sa jeep... i mean sa bus going to Daly City. can i get a new one po? my birthday is june 9 1972
if you need to check. cell ko 650-555-0139. salamat po and sorry for the trouble"""),
("Japanese clinic record excerpt", "Reproduced clinic record excerpt (fictional) in the style of a Japanese psychiatric outpatient record (Japanese and English)", "Progress note",
"""患者：佐藤 健一、昭和52年4月3日生（1977-04-03）、診察券番号 0031-2267。住所：大阪市西成区萩之茶屋2丁目。English summary:
Mr Kenichi Sato, born 3 April 1977, patient card 0031-2267, lives in Nishinari, Osaka. Daily use of methamphetamine for 12
years, attending DARC meetings since October 2025. Wishes to stop. Contact via his brother only. Plan: weekly outpatient visits, urine testing on request, referral to the ward social worker about his welfare benefits and housing near Shin-Imamiya station. He gave consent for the team to speak with DARC staff."""),
("Hospital letter with NHI number, New Zealand", "Reproduced outpatient letter (fictional) in the style of a New Zealand hospital addiction service", "Correspondence",
"""Dear Dr Patel, Re: Tama Rāwiri Walker, NHI ZKW4471, DOB 14/11/1996, 22 Kowhai Street, Ōtara, Auckland 2023. Tama attended
Community Alcohol and Drug Services on 8 January 2026. He uses synthetic cannabinoids daily and drinks on weekends. He has
agreed to counselling with whānau support. His mobile is 021 555 4470. Ngā mihi, CADS clinician."""),
("Pharmacist diversion report", "Reproduced pharmacy diversion report (fictional) in the style of a Canadian pharmacy college complaint", "Complaint",
"""Complaint file 2025-0719. Complainant alleges that on 22 July 2025 a pharmacy in Thunder Bay dispensed 14 days of
methadone carries to Bryce Allan Kakegamic, DOB 1999-05-17, Ontario health card 4482-117-906-KT, without the prescriber's
carry authorisation. Mr. Kakegamic was later treated for an overdose at Thunder Bay Regional Health Sciences Centre. The College is investigating."""),
("Street address and MRN only", "Reproduced home visit note (fictional) in the style of a community palliative care nurse", "Home visit",
"""Home visit, MRN 6620-0134. Visited at 41 Elderberry Close, Basingstoke RG22 5QT. Syringe driver with diamorphine 20 mg
and midazolam 10 mg over 24 hours running well. Patient comfortable, sleeping. Wife asked about disposal of old oxycodone
from the bedside drawer. Explained return to pharmacy. Next visit 04/12/2025. DNACPR form in the house."""),
]
