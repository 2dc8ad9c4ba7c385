PATIENT = False
ITEMS = [
("Japanese pharmacy leaflet on opioid patches", "Synthetic patient leaflet in the style of a Japanese hospital pharmacy (Japanese and English)", "Fentanyl patch",
"""フェンタニル貼付剤は、貼る場所を毎回変えてください。お風呂や電気毛布で温めないでください。Change the site of your fentanyl patch each
time. Do not heat it with a bath, kotatsu or electric blanket. Used patches should be folded and returned to the hospital
pharmacy. If you feel very sleepy or breathe slowly, contact the hospital at once. Emergency: 119. Keep patches away from children and pets. Tell every doctor and dentist you see that you are using a fentanyl patch, and bring this leaflet to your next visit."""),
("Philippine drug war and public health", "Synthetic policy text in the style of a Philippine public health association statement", "Drug policy",
"""The anti-drug campaign launched in the Philippines on 1 July 2016 led to thousands of killings and drove people who use
drugs away from health services. The Dangerous Drugs Board, established by Republic Act 9165 of 2002, oversees policy.
Community-based drug rehabilitation programmes in Quezon City and Cebu now emphasise voluntary treatment. The National
Center for Mental Health crisis line is 1553."""),
("Pain after caesarean", "Synthetic guideline text in the style of an obstetric anaesthesia society recommendation", "Obstetric pain",
"""The Society for Obstetric Anesthesia and Perinatology recommends neuraxial morphine, scheduled acetaminophen and NSAIDs
after caesarean delivery, with oral opioids only for breakthrough pain. Codeine and tramadol should be avoided in
breastfeeding people because of variable metabolism. A 2006 case in Toronto, reported by Koren and colleagues in The
Lancet, described a breastfed infant's death linked to maternal codeine use."""),
("Hepatitis C in prisons in Scotland", "Synthetic programme text in the style of a Scottish hepatitis C action plan", "Prisons",
"""Scotland aimed to eliminate hepatitis C as a public health concern by 2024, ahead of the WHO 2030 target. Opt-out blood
borne virus testing was introduced at reception in Scottish prisons, including HMP Barlinnie in Glasgow and HMP Edinburgh.
Treatment is started in prison and continued after release through community pharmacies. Hepatitis Scotland's helpline
is 0800 22 44 88."""),
("Overdose in the construction industry", "Synthetic occupational health text in the style of a state workers' compensation research brief", "Occupational",
"""Construction workers have some of the highest overdose death rates of any occupation in Massachusetts and Ohio. Injuries
from falls and heavy lifting often lead to opioid prescriptions. Lack of paid sick leave pushes workers to return before
healing. Some unions now stock naloxone on job sites and train stewards. The Massachusetts Department of Public Health
reported these findings in August 2017."""),
("Hard-negative: eponymous signs and scales", "Synthetic educational text in the style of a medical student study guide", "Eponyms",
"""Many bedside tests carry names: Babinski's sign, Romberg's test, Kernig's and Brudzinski's signs for meningitis, and the
Glasgow Coma Scale by Teasdale and Jennett of 1974. In pain assessment, the McGill Pain Questionnaire by Ronald Melzack
and the Oswestry Disability Index, named after the English town of Oswestry, are common. Apgar scores are named after
Virginia Apgar."""),
("Buprenorphine shortages at pharmacies", "Synthetic policy text in the style of a pharmacy association survey summary", "Pharmacy access",
"""A 2023 survey of US pharmacies found that about one in five would not fill buprenorphine prescriptions, often citing fears
of DEA scrutiny and wholesaler ordering thresholds set after the national opioid settlement. Independent pharmacies in
rural Texas and Louisiana reported running out by mid-month. The DEA issued a letter to pharmacists on 3 March 2023
clarifying that the CSA does not set buprenorphine limits."""),
("Yoga and mindfulness for chronic pain", "Synthetic evidence summary text in the style of a national centre for complementary health summary", "Complementary approaches",
"""Mindfulness-Based Stress Reduction, developed by Jon Kabat-Zinn at the University of Massachusetts Medical School in 1979,
and cognitive behavioural therapy both improved chronic low back pain compared with usual care in a trial by Cherkin and
colleagues in Seattle, published in JAMA in 2016. Mindfulness-Oriented Recovery Enhancement (MORE), by Eric Garland, has
shown benefits for people on long-term opioids."""),
("Safe disposal of medicines", "Synthetic public-health text in the style of a national take-back day notice", "Disposal",
"""The DEA's National Prescription Drug Take Back Day is held twice a year, in April and October, at thousands of sites
across the United States. Year-round collection kiosks are available at many pharmacies and police stations. Liquids,
patches and pills are accepted; needles and inhalers are not. In Australia, the Return Unwanted Medicines (RUM) project
lets people return medicines free to any pharmacy."""),
("Opioid dependence in Afghanistan and Pakistan border areas", "Synthetic epidemiological text in the style of a UNODC regional drug use survey", "Drug use survey",
"""The 2015 Afghanistan National Drug Use Survey, conducted with support from the US State Department, estimated that up to
11% of the population had a positive toxicology result for drugs, including women and children exposed through opium
smoke at home. Treatment centres in Kabul, Herat and Jalalabad had long waiting lists. Many people crossed to
Peshawar and Quetta for heroin."""),
]
