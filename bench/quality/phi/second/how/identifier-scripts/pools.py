# -*- coding: utf-8 -*-
"""Hand-written pools used by templates.py (names, street lines, clinical filler)."""

# Full names by origin (as they would be written in a note).
FULL_NAMES = [
    # US / English
    'Tyler Brannigan', 'Crystal Dawes', 'Raymond Pickens', 'Shelby Ann Cordray', 'Dwayne Hatfield',
    'Kayla Marie Stroud', 'Brandon Eckert', 'LaToya Simmons', 'DeShawn Whitaker', 'Courtney Blevins',
    # Hispanic
    'María Fernanda Ochoa', 'Jesús Alberto Trujillo', 'Yesenia Carrillo Baca', 'Rigoberto Montoya',
    'Xochitl Sandoval', 'Héctor Manuel Chávez', 'Luz Marina Quintero', 'Anselmo Archuleta',
    # Brazilian / Portuguese
    'João Pedro Almeida', 'Francisca das Chagas Lima', 'Raimundo Nonato Sousa', 'Inês Carvalho Teixeira',
    'Luíza Bittencourt', 'Cauã Figueiredo',
    # French / Belgian / Swiss-French
    'Thibault Morel', 'Marie-Claire Rousseau', 'Aurélien Chevalier', 'Solène Garnier', 'Loïc Perrin',
    # German / Austrian / Swiss
    'Dieter Großmann', 'Ursula Kühn', 'Maximilian Österreicher', 'Brigitte Huber-Wimmer', 'Reto Bachmann',
    'Annelies Zwahlen', 'Sebastian Weiß',
    # Dutch / Flemish
    'Joost van den Heuvel', 'Marieke de Groot', 'Bram Verhoeven', 'Ine Vermeulen', 'Koen Van Damme',
    # Scandinavian / Finnish
    'Björn Åström', 'Sigrid Nygård', 'Lars-Erik Dahl', 'Freja Møller', 'Tuomas Heikkinen', 'Satu Korhonen',
    # Polish / Czech / Slovak / Hungarian (family name first) / Romanian
    'Małgorzata Kamińska', 'Grzegorz Wójcik', 'Jiří Novotný', 'Veronika Procházková', 'Marek Kováč',
    'Tóth Zoltán', 'Szabó Katalin', 'Horváth Ildikó', 'Mihai Ionescu', 'Elena Dumitrescu',
    # Greek / Turkish
    'Dimitra Karagiannis', 'Spyros Alexiou', 'Hatice Yıldız', 'Mustafa Şahin', 'Zeynep Aydın',
    # Arabic / Persian
    'Ahmad Al-Khatib', 'Layla Mahmoud', 'Yusuf bin Hamad Al-Thani', 'Samira El-Hassan', 'Reza Mohammadi',
    'Parisa Hosseini', 'Dariush Farahani',
    # Indian / Pakistani / Bangladeshi
    'Arvind Iyer', 'Meenakshi Sundaram', 'Kavita Deshpande', 'Manpreet Kaur Sidhu', 'Jaswinder Singh Brar',
    'Imran Malik', 'Sana Tariq', 'Farhana Begum', 'Abdul Karim Mia', 'Senthil Kumar Rajendran',
    # Chinese / Korean / Japanese / Vietnamese / Filipino
    'Liu Yang', 'Zhou Xiaomei', 'Huang Jun', 'Choi Seung-ho', 'Jung Hye-jin', 'Watanabe Kaori',
    'Kobayashi Takeshi', 'Trần Văn Minh', 'Đỗ Thị Hằng', 'Ramon Villanueva', 'Rowena Pascual',
    # Nigerian / Ghanaian / Kenyan / Ethiopian / Somali / South African
    'Oluwakemi Adebisi', 'Chinedu Okonkwo', 'Ngozi Nwachukwu', 'Bashir Musa Garba', 'Yaw Asamoah',
    'Efua Quaye', 'Mwangi Kariuki', 'Akinyi Otieno', 'Meron Alemu', 'Dawit Gebremedhin',
    'Ayaan Mohamed Farah', 'Sizwe Mahlangu', 'Lerato Molefe',
    # Irish / Scottish / Welsh
    'Séamus Ó Ceallaigh', 'Caoimhe Brennan', 'Alasdair MacDonald', 'Catriona Munro', 'Gwenllian Jones',
    'Emrys Thomas',
    # Maori / Aboriginal / Indigenous North American
    'Tama Horomona', 'Ngaire Whaanga', 'Jedda Tjapaltjarri', 'Lowanna Coulthard', 'Marvin Benally',
    'Loreen Etsitty', 'Wanbli Good Voice', 'Shawnee Redhorse',
    # Russian / Ukrainian
    'Sergei Morozov', 'Natalia Petrovna Sokolova', 'Bohdan Melnyk', 'Kateryna Bondarenko',
]

# Surname + title pairs for "Dr X" / "Mr X" forms.
SURNAMES = [
    'Kowalczyk', 'Okonkwo', 'Van Leeuwen', 'de la Cruz', 'Al-Rashid', 'Müller-Lüdenscheidt', 'Papadakis',
    'Nakamura', 'Adeyemi', 'Rautiainen', 'Fitzpatrick', 'Bhattacharya', 'Mukherjee', 'Oyelaran',
    'Lindqvist', 'Haddad', 'Castellanos', 'Mensah', 'Tsosie', 'Yellowhorse', "O'Sullivan", 'Ferreira',
    'Zieliński', 'Hernández', 'Gallardo', 'Duarte', 'Novak', 'Kuznetsova', 'Nguyen', 'Park', 'Sato',
    'Achterberg', 'Bianchi', 'Kaya', 'Gonzaga', 'Abdi', 'Ndlovu', 'Mahlaba', 'Tremblay', 'Whitehorse',
]
TITLES = ['Dr', 'Dr.', 'Mr', 'Mr.', 'Mrs', 'Ms', 'Ms.', 'Prof.', 'Sr.', 'Sra.', 'Frau', 'Herr', 'Mme', 'M.']

# First names only, incl. names that are common words or places.
FIRST_NAMES = [
    'Rose', 'Faith', 'Hunter', 'Joy', 'Summer', 'Grant', 'Bishop', 'Frank', 'Will', 'Hope', 'Dawn', 'Amber',
    'Miles', 'Cash', 'Lane', 'Drew', 'Paris', 'Jordan', 'Georgia', 'Austin', 'Florence', 'Destiny', 'Chase',
    'Sunny', 'Misty', 'Colt', 'Ruby', 'Pearl', 'Star', 'Rocky',
    'Thandiwe', 'Oksana', 'Siobhán', 'Kwabena', 'Aroha', 'Priyanka', 'Bongani', 'Yerlan', 'Marisol',
    'Jarrah', 'Wiremu', 'Aisling', 'Mehmet', 'Hamza', 'Giulia', 'Inge', 'Zofia', 'Anouk', 'Mateus',
]
LOWER_NAMES = ['marco', 'amaka', 'gladys', 'dev', 'kelsey', 'luis', 'tina', 'bobby', 'rosa', 'jamal',
               'shay', 'nkechi', 'pat', 'kris', 'ahmed']

RELATIONS = ['son', 'daughter', 'wife', 'husband', 'partner', 'sister', 'brother', 'mother', 'father',
             'aunt', 'uncle', 'cousin', 'grandson', 'granddaughter', 'neighbour', 'friend', 'case manager',
             'landlord', 'girlfriend', 'boyfriend', 'niece', 'nephew']

DRUGS = ['buprenorphine 16 mg', 'buprenorphine/naloxone 8/2 mg', 'methadone 80 mg', 'methadone 120 mg',
         'Sublocade 100 mg', 'Buvidal 64 mg weekly', 'naltrexone XR 380 mg', 'oxycodone 10 mg q6h',
         'hydromorphone 4 mg', 'tapentadol 100 mg bd', 'tramadol 50 mg tid', 'morphine ER 30 mg bid',
         'fentanyl patch 50 mcg/h', 'pregabalin 300 mg', 'gabapentin 600 mg tid', 'duloxetine 60 mg',
         'Narcan 4 mg', 'clonidine 0.1 mg', 'lofexidine 0.18 mg', 'Suboxone 12 mg', 'Subutex 8 mg',
         'OxyContin 40 mg', 'Targin 20/10', 'Palexia 50 mg', 'codeine 30 mg', 'diazepam 10 mg']
CONDITIONS = ["Addison's disease", "Parkinson's disease", "Crohn's disease", "Hashimoto's thyroiditis",
              "Raynaud's phenomenon", 'Guillain-Barré syndrome', "Cushing's syndrome", "Sjögren's syndrome",
              'Ehlers-Danlos syndrome', "Bell's palsy", 'Charcot foot', 'Dupuytren contracture',
              "Hodgkin's lymphoma", "Paget's disease", 'Wernicke encephalopathy', 'Korsakoff syndrome',
              'Tietze syndrome', "Baker's cyst", 'Marfan syndrome', 'Chagas disease']
ORGS = ['SAMHSA', 'Charité', 'the NHS Trust', 'Kaiser Permanente', 'Medecins du Monde', 'the VA',
        'the Indian Health Service', 'Mayo Clinic', 'Karolinska', 'AP-HP', 'Hospital Clínic', 'UNODC',
        'Johns Hopkins', 'the CDC', 'Vall d\'Hebron', 'St Vincent\'s', 'Groote Schuur', 'AIIMS',
        'Cleveland Clinic', 'Barmherzige Brüder']
CITIES = ['Albuquerque', 'Gallup', 'Denver', 'Toronto', 'Glasgow', 'Dublin', 'Berlin', 'Vienna', 'Zürich',
          'Amsterdam', 'Antwerp', 'Lyon', 'Milan', 'Valencia', 'Porto', 'Recife', 'Oslo', 'Tampere', 'Kraków',
          'Brno', 'Debrecen', 'Cluj', 'Izmir', 'Lahore', 'Pune', 'Dhaka', 'Manila', 'Hanoi', 'Lagos', 'Accra',
          'Nairobi', 'Durban', 'Darwin', 'Rotorua', 'Kyiv']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December']

# Street lines: (prefix outside span, street line, tail with {Z} for the postal code, postal code, country)
ADDRESSES = [
    ('', '2847 Sunset Ridge Dr', 'Las Cruces, NM {Z}', '88011', 'US'),
    ('', '3120 County Road 6100', 'Kirtland, NM {Z}', '87417', 'US'),
    ('', 'Rural Route 1 Box 47', 'Tuba City, AZ {Z}', '86045', 'US'),
    ('', 'HC 61 Box 2140', 'Ramah, NM {Z}', '87321', 'US'),
    ('', '509 S Main St Apt 2', 'Hazard, KY {Z}', '41701', 'US'),
    ('', '77 Oak Hollow Ln', 'Beckley, WV {Z}', '25801-4412', 'US'),
    ('', '1438 Elm St, Unit 5', 'Manchester, NH {Z}', '03101', 'US'),
    ('', '820 N Michigan Ave, Suite 1550', 'Chicago, IL {Z}', '60611', 'US'),
    ('', '15 Hawthorne Ct', 'Dayton, OH {Z}', '45402', 'US'),
    ('', 'PO Box 882', 'Window Rock, AZ {Z}', '86515', 'US'),
    ('', '6200 Menaul Blvd NE #B12', 'Albuquerque, NM {Z}', '87110', 'US'),
    ('', '312 1/2 Grand Ave', 'Laramie, WY {Z}', '82070', 'US'),
    ('', '44 Cherry Hill Road, Trailer 9', 'Bangor, ME {Z}', '04401', 'US'),
    ('', '2100 W 3rd St, Apt 407', 'Los Angeles, CA {Z}', '90057', 'US'),
    ('', '9 Sandpiper Way', 'Anchorage, AK {Z}', '99515', 'US'),
    ('Oxford House Fillmore, ', '2219 E Fillmore St', 'Phoenix, AZ {Z}', '85006', 'US'),
    ('New Beginnings group home, ', '411 Maple Ave', 'Charleston, WV {Z}', '25302', 'US'),
    ('', '455, boulevard René-Lévesque Est, bureau 300', 'Montréal (QC) {Z}', 'H2L 4Y2', 'CA'),
    ('', '78 Queen St W, Apt 1105', 'Toronto ON {Z}', 'M5H 2M5', 'CA'),
    ('', 'RR 3, Site 12, Comp 4', 'Prince Albert SK {Z}', 'S6V 5R1', 'CA'),
    ('', '1220 Barrington St, Unit 6', 'Halifax NS {Z}', 'B3J 1Y6', 'CA'),
    ('', 'Flat 7, 22 Princes Street', 'Edinburgh {Z}', 'EH2 2AN', 'UK'),
    ('', '14 Coronation Street', 'Salford {Z}', 'M5 3EW', 'UK'),
    ('', 'The Old Rectory, Church Lane', 'Ludlow {Z}', 'SY8 1AB', 'UK'),
    ('', 'Flat 3, 118 Mile End Road', 'London {Z}', 'E1 4UJ', 'UK'),
    ('', '2 Penrhyn Terrace', 'Bangor {Z}', 'LL57 2AE', 'UK'),
    ('', '27 Falls Road', 'Belfast {Z}', 'BT12 4PD', 'UK'),
    ('', 'Caravan 14, Meadowside Park', 'Skegness {Z}', 'PE25 1JF', 'UK'),
    ("St Mungo's hostel, ", '19 Great Guildford Street', 'London {Z}', 'SE1 0FD', 'UK'),
    ('', '12 Griffith Avenue', 'Drumcondra, Dublin 9, {Z}', 'D09 K2W3', 'IE'),
    ('', 'Apt 14, Block C, Smithfield Market', 'Dublin 7, {Z}', 'D07 RX84', 'IE'),
    ('', 'Lisheen, Ballinasloe Road', 'Co. Galway, {Z}', 'H53 F2C9', 'IE'),
    ('', 'Schönhauser Allee 148, Hinterhaus 2. OG', '{Z} Berlin', '10435', 'DE'),
    ('', 'Leopoldstr. 77', '{Z} München', '80802', 'DE'),
    ('Wohnheim der Caritas, ', 'Zeil 106', '{Z} Frankfurt am Main', '60313', 'DE'),
    ('', 'Friedrich-Ebert-Ring 3a', '{Z} Würzburg', '97072', 'DE'),
    ('', 'Postfach 12 03 44', '{Z} Bonn', '53045', 'DE'),
    ('', 'Auf dem Berge 12', '{Z} Bremen', '28195', 'DE'),
    ('', 'Landstraßer Hauptstraße 101/2/14', '{Z} Wien', '1030', 'AT'),
    ('', 'Herrengasse 7, Top 5', '{Z} Graz', '8010', 'AT'),
    ('', 'Bahnhofplatz 2', 'CH-{Z} Luzern', '6002', 'CH'),
    ('', 'Chemin des Vignes 4', 'CH-{Z} Lausanne', '1004', 'CH'),
    ('', 'Via Nassa 21', 'CH-{Z} Lugano', '6900', 'CH'),
    ('', '3 place du Marché', '{Z} Rennes', '35000', 'FR'),
    ('', 'Bâtiment B, 17 allée des Tilleuls', '{Z} Villeurbanne', '69100', 'FR'),
    ('', 'BP 231', '{Z} Toulouse Cedex 4', '31400', 'FR'),
    ('', '27, rue du Faubourg Saint-Antoine, 4e étage', '{Z} Paris', '75011', 'FR'),
    ('', 'Corso Vittorio Emanuele II 154', '{Z} Torino', '10138', 'IT'),
    ('', 'Via dei Mille 8, scala B, int. 12', '{Z} Bologna', '40121', 'IT'),
    ('', 'Casella Postale 112', '{Z} Firenze', '50123', 'IT'),
    ('', 'C/ Gran Vía 32, 5º izq.', '{Z} Madrid', '28013', 'ES'),
    ('', 'Carrer de Mallorca 401, 3r 2a', '{Z} Barcelona', '08013', 'ES'),
    ('', 'Plaza Mayor 7, bajo', '{Z} Salamanca', '37002', 'ES'),
    ('', 'Av. da Liberdade 190, 2.º Dto', '{Z} Lisboa', '1250-147', 'PT'),
    ('', 'Rua de Santa Catarina 312', '{Z} Porto', '4000-442', 'PT'),
    ('', 'Apartado 1021', '{Z} Coimbra', '3001-501', 'PT'),
    ('', 'Av. Paulista, 1578, conj. 82', 'São Paulo - SP, CEP {Z}', '01311-000', 'BR'),
    ('', 'Rua das Laranjeiras, 245, casa 2', 'Rio de Janeiro - RJ, CEP {Z}', '22240-003', 'BR'),
    ('', 'SQN 312 Bloco H, apto 405', 'Brasília - DF, CEP {Z}', '70765-080', 'BR'),
    ('', 'Oudegracht 158 bis', '{Z} Utrecht', '3511 AZ', 'NL'),
    ('', 'Postbus 2040', '{Z} Rotterdam', '3000 CA', 'NL'),
    ('', 'Kerkstraat 12-III', '{Z} Amsterdam', '1017 GM', 'NL'),
    ('', 'Meir 45 bus 2', '{Z} Antwerpen', '2000', 'BE'),
    ('', 'Avenue Louise 231, bte 5', '{Z} Bruxelles', '1050', 'BE'),
    ('', 'Vasagatan 12, 4 tr', '{Z} Göteborg', '411 24', 'SE'),
    ('', 'Box 1143', '{Z} Uppsala', '751 41', 'SE'),
    ('', 'Thorvald Meyers gate 55, H0302', '{Z} Oslo', '0552', 'NO'),
    ('', 'Vesterbrogade 98, 2. th.', '{Z} København V', '1620', 'DK'),
    ('', 'Hämeenkatu 20 B 14', '{Z} Tampere', '33200', 'FI'),
    ('', 'ul. Piotrkowska 104 m. 12', '{Z} Łódź', '90-926', 'PL'),
    ('', 'al. Jerozolimskie 65/79 lok. 14', '{Z} Warszawa', '00-697', 'PL'),
    ('', 'Korunní 810/104', '{Z} Praha 10', '101 00', 'CZ'),
    ('', 'Masarykova 427/31', '{Z} Brno', '602 00', 'CZ'),
    ('', 'Hlavná 68', '{Z} Košice', '040 01', 'SK'),
    ('', 'Király utca 26. II. em. 5.', '{Z} Budapest', '1061', 'HU'),
    ('', 'Bd. Eroilor nr. 8, ap. 12', 'Cluj-Napoca, {Z}', '400129', 'RO'),
    ('', 'Leoforos Vasilissis Sofias 45', '{Z} Athina', '106 76', 'GR'),
    ('', 'Bağdat Cad. No: 112 Daire: 9', 'Kadıköy, {Z} İstanbul', '34728', 'TR'),
    ('', 'Unit 12, 45-47 Oxford Street', 'Darlinghurst NSW {Z}', '2010', 'AU'),
    ('', '38 Jacaranda Cres', 'Toowoomba QLD {Z}', '4350', 'AU'),
    ('', 'Lot 212 Stuart Hwy', 'Katherine NT {Z}', '0850', 'AU'),
    ('', 'PO Box 3391', 'Alice Springs NT {Z}', '0871', 'AU'),
    ('', '3/18 Rundle St', 'Kent Town SA {Z}', '5067', 'AU'),
    ('', 'Flat 2, 14 Cuba Street', 'Te Aro, Wellington {Z}', '6011', 'NZ'),
    ('', '245 Mangakahia Road, RD 3', 'Kaikohe {Z}', '0473', 'NZ'),
    ('', '15 Long Street, Flat 304', 'Cape Town {Z}', '8001', 'ZA'),
    ('', 'Stand 4471, Zone 5', 'Diepkloof, Soweto {Z}', '1862', 'ZA'),
    ('', 'H.No. 8-2-293/82, Road No. 14', 'Banjara Hills, Hyderabad {Z}', '500034', 'IN'),
    ('', 'C-12, Sector 15', 'Noida {Z}', '201301', 'IN'),
    ('', 'House No. 112, Ward 6, Near Gurdwara Sahib', 'Tarn Taran, Punjab {Z}', '143401', 'IN'),
    ('', 'Unit 1203, Tower 2, Avida Residences, Sta. Rosa St.', 'Pasig City {Z}', '1605', 'PH'),
    ('', 'Purok 4, Brgy. San Isidro', 'Tagum City {Z}', '8100', 'PH'),
    ('', 'Plot 1123, Adetokunbo Ademola Crescent', 'Wuse II, Abuja {Z}', '904101', 'NG'),
    ('', '3-14-2 Shinjuku', 'Shinjuku-ku, Tokyo {Z}', '160-0022', 'JP'),
    ('', 'Apt 102-1503, 25 Banpo-daero', 'Seocho-gu, Seoul {Z}', '06591', 'KR'),
    ('', 'Av. Insurgentes Sur 1605, Int. 302', 'CDMX, C.P. {Z}', '03900', 'MX'),
    ('', 'PSC 817, Box 22', 'FPO AE {Z}', '09622', 'US'),
    ('', 'CMR 480, Box 1197', 'APO AE {Z}', '09128', 'US'),
]
