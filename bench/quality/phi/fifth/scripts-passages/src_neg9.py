PATIENT = False
ITEMS = [
("Naloxone in Brazil and Argentina", "Synthetic public-health text in the style of a Latin American harm reduction network report (translated)", "Regional access",
"""Naloxona is registered in Brazil mainly as a hospital injectable. In Argentina, SEDRONAR, the national secretariat on
drug policy at Sarmiento 546 in Buenos Aires, coordinates prevention, and its helpline 141 is free and confidential.
Fentanyl contamination has been limited in South America compared with North America, but a contaminated batch of
pharmaceutical fentanyl caused deaths in Argentine hospitals in 2025."""),
("Shared decision-making", "Synthetic training text in the style of a patient-centred communication module", "Communication",
"""Shared decision-making involves three steps described by Glyn Elwyn and colleagues in 2012: team talk, option talk and
decision talk. For chronic pain, it means explaining the real benefits and harms of opioids, tapering or alternatives,
and respecting patient values. Decision aids, such as those from the Ottawa Hospital Research Institute, can support
conversations. Avoid stigmatising words such as "addict" or "abuser"."""),
("Buprenorphine microdosing: Bernese method", "Synthetic clinical protocol text in the style of an addiction consult service protocol", "Low-dose induction",
"""A typical low-dose induction schedule: day 1, 0.5 mg once; day 2, 0.5 mg twice; day 3, 1 mg twice; day 4, 2 mg twice;
day 5, 4 mg twice; day 6, 12 mg; day 7, 16 mg and stop full agonist. The full agonist, for example methadone or
hydromorphone, is continued unchanged until the final day. Butrans patches or buccal films may also be used as the
starting dose. Watch for precipitated withdrawal."""),
("Drinking guidelines in Canada", "Synthetic public-health text in the style of a Canadian Centre on Substance Use and Addiction guidance", "Alcohol",
"""Canada's Guidance on Alcohol and Health, released in January 2023 by the Canadian Centre on Substance Use and Addiction
in Ottawa, describes risk on a continuum: 2 standard drinks or fewer per week is low risk; 3 to 6 is moderate; 7 or more
is increasingly high. It replaced the 2011 Low-Risk Drinking Guidelines. A standard drink in Canada contains 13.45 grams
of alcohol, such as a 341 ml bottle of 5% beer."""),
("Endocarditis and injection drug use", "Synthetic clinical text in the style of an infectious diseases society consensus", "Infections",
"""Injection-related infective endocarditis has increased in North Carolina, Kentucky and other states. Partial oral
antibiotic therapy, supported by the POET trial (Iversen et al., NEJM, 2019) from Denmark, can shorten hospital stays.
Patients who inject drugs should be offered medication for opioid use disorder during admission. Repeat valve surgery
decisions should involve an addiction specialist."""),
("Blank ECHO didactic evaluation form", "Synthetic blank template in the style of a tele-mentoring session evaluation form", "Template",
"""SESSION EVALUATION. Session title: __________________ Date: ___/___/_____. Your role: [ ] physician [ ] NP/PA [ ] nurse
[ ] pharmacist [ ] behavioural health [ ] peer [ ] other: ______. The didactic was relevant to my practice (1-5): ___.
I plan to change my practice: [ ] yes [ ] no. Comments: ______________________. Please do not include any patient
information in your comments."""),
("Hepatitis C in Egypt", "Synthetic epidemiological text in the style of a Lancet commentary summary", "History",
"""Egypt's very high hepatitis C prevalence has been linked to mass parenteral antischistosomal therapy campaigns using
tartar emetic from the 1950s to the 1980s, described by Frank and colleagues in The Lancet in 2000. Locally manufactured
generic sofosbuvir made treatment affordable. In October 2023, WHO certified Egypt as the first country to reach "gold
tier" status on the path to eliminating hepatitis C."""),
("Overdose in Black and Indigenous Americans", "Synthetic epidemiological text in the style of a CDC Vital Signs report", "Disparities",
"""CDC Vital Signs, published in July 2022, reported that overdose death rates increased 44% among Black people and 39%
among American Indian and Alaska Native people from 2019 to 2020. Rates were highest among Black men aged 65 and older,
many of whom have used opioids for decades. Fewer than 1 in 10 people who died had evidence of substance use treatment.
Counties with more opioid treatment programmes had smaller disparities."""),
("Hydrocodone rescheduling", "Synthetic regulatory text in the style of a DEA final rule summary", "Scheduling",
"""On 6 October 2014, the DEA moved hydrocodone combination products, such as Vicodin and Norco, from Schedule III to
Schedule II. Refills were no longer permitted, and prescriptions required a paper or electronic Schedule II
prescription. Prescriptions of hydrocodone fell by about 22% in the first year, according to Jones and colleagues at
CDC. Tramadol had been placed in Schedule IV in August 2014."""),
("Postpartum overdose", "Synthetic public-health text in the style of a maternal mortality review committee report", "Postpartum",
"""Overdose is a leading cause of pregnancy-associated death in many US states, with risk highest 7 to 12 months after
delivery. Maternal mortality review committees in Colorado, Utah and Massachusetts have found many deaths were
preventable. Continuing buprenorphine or methadone postpartum, providing naloxone, and extending Medicaid to 12 months
postpartum are recommended. The American Rescue Plan Act of 2021 enabled that extension."""),
("Alcohol Use Disorders Identification Test", "Synthetic educational text in the style of a WHO manual summary", "Screening",
"""The Alcohol Use Disorders Identification Test (AUDIT) was developed by the World Health Organization in 1982 with
collaborators from Australia, Bulgaria, Kenya, Mexico, Norway and the United States, led by Thomas Babor and John
Saunders. It has 10 items scored 0 to 40. Scores of 8 or more suggest hazardous drinking. Translations exist in more than
40 languages, including Amharic, Tagalog and Welsh."""),
("Opioid Treatment Programme hours", "Synthetic patient information text in the style of an OTP orientation handout", "Orientation",
"""Dosing hours are Monday to Friday, 5:30am to 1:30pm, and Saturday and Sunday 7:00am to 10:00am. Please bring your photo
ID card issued by the clinic every time. On federal holidays such as 4 July and Thanksgiving you will receive take-home
doses the day before. If you are sick and cannot come, call the nurse line. Counselling sessions are weekly for the first
90 days."""),
("Scopolamine and burundanga", "Synthetic public-health text in the style of a travel health advisory", "Travel",
"""Scopolamine, called burundanga in Colombia, has been reported in robberies in Bogotá and Medellín, where it is blown as
powder or slipped into drinks. Victims become compliant and may lose memory. Travellers should not accept drinks from
strangers. The US State Department and the UK Foreign, Commonwealth and Development Office mention such incidents in
travel advice. The same drug is used as a patch for motion sickness."""),
("Pain in people with schizophrenia", "Synthetic clinical text in the style of a psychiatric pharmacology review", "Serious mental illness",
"""People with schizophrenia may report pain less often, leading to missed diagnoses of appendicitis, fractures and heart
attacks. Clozapine, discovered in 1958 by Wander AG in Bern, causes constipation that is worsened by opioids; bowel
regimens are essential. Interactions between methadone and some antipsychotics may prolong the QT interval. Smoking
cessation can raise clozapine levels."""),
("Opioid overdose deaths in the United States", "Synthetic statistical text in the style of a National Center for Health Statistics data brief", "Statistics",
"""Provisional CDC data showed about 107,500 drug overdose deaths in the United States in 2022 and a decline to about 80,000
in 2024, the largest drop on record. Synthetic opioids other than methadone, mainly illicitly manufactured fentanyl, were
involved in about 70% of deaths. West Virginia, the District of Columbia and Tennessee had among the highest age-adjusted
rates. Data are updated monthly on the CDC WONDER platform."""),
("Patient leaflet: acetaminophen and ibuprofen together", "Synthetic patient leaflet in the style of an Australian NPS MedicineWise leaflet", "Pain relief",
"""Paracetamol (Panadol) and ibuprofen (Nurofen) can be taken together for short-term pain after surgery or an injury,
because they work in different ways. Do not take more than 4 grams of paracetamol in 24 hours. Check labels, as many cold
and flu tablets already contain paracetamol. For questions about medicines, call the Healthdirect helpline on 1800 022
222. Ask your pharmacist if you have stomach ulcers."""),
("Prescription heroin: heroin-assisted treatment", "Synthetic policy text in the style of a European treatment review", "Heroin-assisted treatment",
"""Heroin-assisted treatment (diacetylmorphine) is available in Switzerland since 1994, and later in the Netherlands,
Germany, Denmark and the UK. The NAOMI trial in Vancouver and Montréal, published in NEJM in 2009 by Oviedo-Joekes and
colleagues, showed better retention than methadone. The SALOME trial found injectable hydromorphone was non-inferior.
Crosstown Clinic in Vancouver provides both."""),
("Stigma and language", "Synthetic guidance text in the style of a national institute language guide", "Language",
"""Words matter. Say "person with a substance use disorder" rather than "addict", and "return to use" rather than "relapse"
where appropriate. Say "medication for opioid use disorder" instead of "replacement therapy". The National Institute on
Drug Abuse, led by Nora Volkow since 2003, published guidance on stigmatising language. Kelly and Westerhoff showed in
2010 that the term "substance abuser" leads to more punitive judgements."""),
("Alcohol and older adults in the UK", "Synthetic public-health text in the style of an Age UK information guide", "Older adults",
"""Drinking habits may change after retirement or bereavement. As we age, our bodies process alcohol more slowly, and
alcohol interacts with medicines such as warfarin, sleeping tablets and painkillers. The UK Chief Medical Officers'
guideline, published in January 2016, advises not regularly drinking more than 14 units a week. Age UK Advice is free on
0800 678 1602, open 8am to 7pm, 365 days a year."""),
("Fictional vignette: hepatitis C in a person who injects drugs", "Synthetic teaching vignette (fictional, no identifiers) in the style of a hepatitis C ECHO curriculum", "Case for discussion",
"""This vignette is invented for teaching and does not describe any real person. An adult who injects heroin daily has a
positive HCV antibody and RNA, genotype 3, and an APRI score of 0.6. They have no stable phone and often miss appointments.
Questions: Is pangenotypic treatment appropriate now? How can adherence be supported? What follow-up is needed for
reinfection? How can the syringe service programme help?"""),
]
