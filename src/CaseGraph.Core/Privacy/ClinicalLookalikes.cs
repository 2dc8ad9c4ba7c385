using System.Text.RegularExpressions;

namespace CaseGraph.Core.Privacy;

/// <summary>
/// Capitalised words and phrases that look like names but are not people: eponymous diseases, signs, scales and tests,
/// places, cited organisations, foods and headings. The detector treats them as clinical words. Pure.
/// </summary>
public static partial class ClinicalLookalikes
{
    /// <summary>Eponyms rarely met as a person's name in a note; folded spelling. Eponyms that are also common surnames
    /// (Bell, Wells, Beck, Graves, Turner, Foley) are not here: they are eponyms only before a clinical noun (<see cref="Spans"/>).</summary>
    public static readonly IReadOnlySet<string> Eponyms = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Addison", "Cushing", "Hodgkin", "Crohn", "Parkinson", "Alzheimer", "Hashimoto", "Raynaud", "Guillain", "Barre", "Ehlers",
        "Danlos", "Babinski", "Apgar", "Mallampati", "Epley", "Heimlich", "Tourette", "Kaposi", "Wilms", "Lyme", "Asperger",
        "Marfan", "Sjogren", "Reye", "Meniere", "Kussmaul", "Korsakoff", "Wernicke", "Broca", "Cheyne", "Brugada", "Romberg",
        "Homans", "McBurney", "Kernig", "Brudzinski", "Trendelenburg", "Valsalva", "Tinel", "Phalen", "Lachman", "Snellen", "Rinne",
        "Holter", "Ziehl", "Neelsen", "Rorschach", "Likert", "Karnofsky", "Glasgow", "Ranson", "Gleason", "Breslow", "Duchenne",
        "DiGeorge", "Klinefelter", "Angelman", "Creutzfeldt", "Hirschsprung", "Kawasaki", "Behcet", "Wegener", "Sezary", "Burkitt",
        "Peyronie", "Dupuytren", "Legionnaires", "Munchausen", "Mantoux", "Coombs", "Gaucher", "Niemann", "Hurler", "Stockholm",
        "Nissen", "Pap", "Morbus", "Bechterew", "Gaenslen", "FABER", "Basedow", "Graves-Basedow", "Lasegue", "Spurling", "Waddell",
        "Schober", "Finkelstein", "Chvostek", "Trousseau", "Virchow", "Charcot", "Osler", "Oswestry", "Doppler", "Modic", "Schmorl", "Cockcroft", "Bazett", "Fridericia", "Friedewald", "Naranjo",
        // hyphenated eponyms are one word
        "Guillain-Barre", "Ehlers-Danlos", "Tay-Sachs", "Child-Pugh", "Stevens-Johnson", "Creutzfeldt-Jakob", "Epstein-Barr",
        "Kaplan-Meier", "Cockcroft-Gault", "Henderson-Hasselbalch", "Mann-Whitney", "Kruskal-Wallis", "Bland-Altman", "Swan-Ganz", "Wolff-Parkinson-White", "Prader-Willi", "Cheyne-Stokes", "Osgood-Schlatter", "Legg-Calve-Perthes",
    };

    /// <summary>What an eponym names, in other languages (folded): "Signo de Hoffmann", "Doença de Chagas", "Morbus Crohn".
    /// Never a name, and the name after it (with "de", "do", "von" ...) is the eponym's.</summary>
    public static readonly IReadOnlySet<string> ForeignEponymHeads = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Signo", "Signe", "Sinal", "Segno", "Sindrome", "Syndrom", "Enfermedad", "Doenca", "Maladie", "Malattia", "Morbo", "Morbus",
        "Maniobra", "Manobra", "Manoeuvre", "Manovra", "Reflejo", "Reflexo", "Reflexe", "Riflesso", "Fenomeno", "Phenomene", "Prueba",
        "Escala", "Echelle", "Triada", "Triade",
        // Slavic heads take the eponym in the genitive after them: "Choroba Parkinsona", "Zespół Downa", "Nemoc Crohnova"
        "Choroba", "Zespol", "Objaw", "Nemoc", "Bolest", "Bolezen", "Priznak", "Sindrom",
    };

    /// <summary>Single words that are no eponym and never a person's name either (care words of other languages, languages,
    /// payers, pharmacies); folded spelling. Unlike an eponym they say nothing of the name before them.</summary>
    public static readonly IReadOnlySet<string> NeverNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        // words of other languages for where and what care is: "Unidad del Dolor", "Signe de Lasègue", "Schmerzambulanz"
        "Unidad", "Dolor", "Servicio", "Consulta", "Centro", "Hospital", "Clinica", "Medico", "Paciente", "Unite", "Douleur",
        "Centre", "Klinik", "Schmerz", "Ambulanz", "Praxis", "Zentrum", "Abteilung", "Station", "Ospedale", "Dolore", "Unita", "Reparto", "Sert", "Serd", "Servico", "Nacional", "Seguro",
        "Ziekenhuis", "Pijn", "Huisarts", "Sykehus", "Smerte", "Sjukhus", "Vardcentral", "Szpital", "Poradnia", "Nemocnice",
        // the bodies and guidance of other languages: "Secretaría de Salud", "Haute Autorité de Santé", "Leitlinie der Deutschen ..."
        "Secretaria", "Ministerio", "Ministere", "Ministerium", "Instituto", "Institut", "Autorite", "Agencia", "Agence", "Consejo", "Conseil",
        "Comision", "Commission", "Direccion", "Direction", "Sociedad", "Societe", "Gesellschaft", "Bundesamt", "Salud", "Sante", "Saude",
        "Sanita", "Gesundheit", "Leitlinie", "Leitlinien", "Avis", "Semana", "Santa",
        // a table's column header: "Name | Dose | Frequency"
        "Name",
        // languages an interpreter is booked for: "interpreter for Yoruba", "translates from Urdu"
        "Urdu", "Yoruba", "Hausa", "Igbo", "Amharic", "Tigrinya", "Somali", "Swahili", "Kiswahili", "Pashto", "Dari", "Farsi", "Punjabi",
        "Gujarati", "Haitian", "Creole", "Tagalog", "Hmong", "Navajo", "Ojibwe", "Kreyol", "Tamil", "Telugu", "Bengali", "Nepali", "Sinhala", "Khmer", "Lao",
        "Oromo", "Kinyarwanda", "Lingala", "Wolof", "Zulu", "Xhosa", "Shona", "Twi", "Ewe", "Marathi", "Malayalam", "Kannada", "Te Reo",
        // payers: "funded by Medicaid"
        "Medicaid", "Medicare", "Medi-Cal", "MassHealth", "Tricare", "Medigap", "PhilHealth", "Centrelink", "UnitedHealthcare", "Optum",
        "Aetna", "Cigna", "Humana", "Anthem", "Centene", "Molina", "Highmark", "Medibank",
        // pharmacies and shops: "transferred to Kroger pharmacy"
        "Kroger", "Walgreens", "Safeway", "Costco", "Walmart", "Publix", "Rexall", "Shoppers", "Superdrug", "Chemist",
    };

    /// <summary>Places, organisations, foods and headings that read as capitalised runs; matched as whole phrases.</summary>
    private static readonly string[] Phrases =
    [
        // places
        "United States", "United Kingdom", "North America", "South America", "Central America", "Latin America", "New Mexico",
        "New York", "New Jersey", "New Hampshire", "New England", "New Zealand", "New Orleans", "North Carolina", "South Carolina",
        "North Dakota", "South Dakota", "West Virginia", "Rhode Island", "Puerto Rico", "Los Angeles", "San Francisco",
        "San Diego", "Las Vegas", "Saint Louis", "St. Louis", "Costa Rica", "El Salvador", "Sri Lanka", "Saudi Arabia",
        "Hong Kong", "South Africa", "Middle East", "Southeast Asia", "Sub-Saharan Africa", "Pacific Northwest", "Washington, D.C.",
        // organisations, named by the words they are made of
        "National Institutes? of [A-Z][a-z]+(?:(?:,| and| &) [A-Z][a-z]+)*", "National Heart, Lung, and Blood Institute",
        "American (?:Academy|College|Association|Society|Heart|Cancer|Diabetes|Lung|Red Cross|Board)(?: of| for)?(?: [A-Z][a-z]+)*",
        "(?:Mayo|Cleveland) Clinic", "Johns Hopkins", "Kaiser Permanente", "Planned Parenthood", "Alcoholics Anonymous",
        "Narcotics Anonymous", "(?:Al|Nar|Gam)-?Anon", "Alateen", "Medline ?Plus", "World Health Organi[sz]ation", "Red Cross", "Veterans Affairs",
        "Centers for Disease Control(?: and Prevention)?", "Food and Drug Administration", "Mount Sinai", "Cedars-Sinai",
        "Sloan Kettering", "Harvard Medical School",
        // foods and products
        "Graham crackers?", "Melba toast", "Jell-O", "Popsicles?", "Gatorade", "Pedialyte", "Band-Aids?", "Q-tips?", "Vaseline",
        // headings of patient leaflets
        "How the Test (?:Will Feel|is Performed|Is Performed)", "Why the Test is Performed", "What Abnormal Results Mean",
        "Normal Results", "Alternative Names", "When to Contact a Medical Professional", "Outlook \\(Prognosis\\)",
    ];

    /// <summary>Nouns that make the capitalised words before them an eponym ("Emanuel syndrome", "Wells score", "Glasgow Coma Scale").</summary>
    private const string EponymNoun = "disease|syndrome|sign|signs|scale|score|test|palsy|criteria|grade|grading|maneuver|manoeuvre|reflex|phenomenon|" +
        "lymphoma|sarcoma|tumou?r|disorder|classification|index|rule|procedure|operation|ulcer|fracture|esophagus|oesophagus|" +
        "node|nodes|cells?|triad|law|effect|questionnaire|inventory|staging|method|technique|anomaly|deformity|contracture|" +
        "neuroma|neuralgia|encephalopathy|paralysis|dystrophy|ataxia|chorea|angina|thyroiditis|sequence|virus|catheter|monitor|" +
        "stain|smear|chart|curve|respiration|muscular dystrophy|negative|positive|neg|pos|scoring";

    /// <summary>After a possessive only nouns a person's name is not met before ("Addison's disease", not "Maria's test").</summary>
    private const string PossessiveEponymNoun = "disease|syndrome|palsy|sign|ulcer|esophagus|oesophagus|lymphoma|sarcoma|phenomenon|" +
        "disorder|contracture|encephalopathy|thyroiditis|triad|law|criteria|maneuver|reflex|neuroma|neuralgia|ataxia|chorea|angina";

    public static IEnumerable<(int Start, int End)> Spans(string text)
    {
        foreach (Match m in PhraseRegex.Matches(text)) yield return (m.Index, m.Index + m.Length);
        foreach (Match m in EponymRun().Matches(text)) yield return (m.Index, m.Index + m.Length);
    }

    private static readonly Regex PhraseRegex = new(@"(?<![\p{L}'-])(?:" + string.Join('|', Phrases) + @")(?![\p{L}])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "De Quervain tenosynovitis", "Hashimoto thyroiditis": a disease word by its ending makes an eponym as a listed noun does;
    // "FABER (Patrick) test": the eponym may stand in brackets
    [GeneratedRegex(@"(?<![\p{L}'-])\p{Lu}\p{L}*(?:[ -]\p{Lu}\p{L}*){0,2}(?:(?:'s|’s|s'|')\s+(?i:" + PossessiveEponymNoun + @")|\)?[ -](?:(?:Coma|Depression|Anxiety|Fall|Risk|Severity|Stroke)[ -])?(?i:" + EponymNoun + @")s?" +
        @"|[ -]\p{Ll}+(?:itis|osis|oma|pathy|algia|plegia|trophy|plasia|ectasia))\b")]
    private static partial Regex EponymRun();
}
