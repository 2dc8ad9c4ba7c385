using System.Text.RegularExpressions;

namespace CaseGraph.Core.Privacy.Finders;

/// <summary>
/// Street addresses beyond the English "number + name + suffix" form: German, Dutch and Nordic compounds with the
/// number after ("Hauptstraße 12", "Keizersgracht 5", "Storgatan 8", "Karl Johans gate 3"), Romance street words
/// before a capitalised name ("12 rue de la Paix", "Calle Mayor 5", "Via Roma 10", "Rua Augusta 45"), a unit or
/// flat before a street line ("Flat 2, 14 Kings Road"), PO boxes in several languages, and APO/FPO/DPO lines.
/// A street name must start with a capital and carry a house number, so "via PEG" or "ring 3" stay clinical.
/// </summary>
public static partial class AddressPatterns
{
    private const string Name = @"\p{Lu}[\p{Ll}'’-]+";
    /// <summary>Street words that end a capitalised word (checked behind it, so each word is read once).</summary>
    private const string StreetEndings = "straße|strasse|str.|weg|Weg|gasse|Gasse|platz|Platz|allee|Allee|damm|ufer|steig|Straße|Strasse|" +
        "straat|gracht|laan|plein|kade|singel|gatan|gata|vägen|väg|vej|veien|vegen|gade|gate|katu|tie|polku|" +
        "ská|ská třída|ova|ová|ego|skiego|owa|ulica"; // Czech and Polish street names are adjectives: "Vinohradská 12", "Mickiewicza 5"
    private const string HouseNumber = @"\d{1,4}[a-zA-Z]?";

    public static readonly IPhiFinder[] Finders =
    [
        new RegexFinder(Military(), PhiKind.Address, RegexFinder.Digits),
        new RegexFinder(MilitaryZip(), PhiKind.Zip, RegexFinder.Digits),
        new RegexFinder(PostBox(), PhiKind.Address, RegexFinder.Digits),
        new RegexFinder(UnitBeforeStreet(), PhiKind.Address, RegexFinder.Digits),
        new RegexFinder(UnitInNamedBuilding(), PhiKind.Address, RegexFinder.Digits),
        new RegexFinder(ColombianStreet(), PhiKind.Address, "#"),
        new RegexFinder(JapaneseBlockNumber(), PhiKind.Address, "-"),
        new RegexFinder(GeneralDelivery(), PhiKind.Address, "G"),
        new RegexFinder(HouseNameAndLane(), PhiKind.Address, ","),
        new RegexFinder(LowerCaseStreet(), PhiKind.Address, RegexFinder.Digits, PhiConfidence.Likely),
        new RegexFinder(CompoundStreet(), PhiKind.Address, RegexFinder.Digits),
        new RegexFinder(NumberThenRomanceStreet(), PhiKind.Address, RegexFinder.Digits),
        new RegexFinder(RomanceStreetThenNumber(), PhiKind.Address, RegexFinder.Digits),
        new RegexFinder(StreetWordThenNumber(), PhiKind.Address, RegexFinder.Digits),
        new RegexFinder(StreetLineAfterAddressWord(), PhiKind.Address, RegexFinder.Digits),
        new RegexFinder(ShipAfterAddressWord(), PhiKind.Address, "U"),
        new RegexFinder(StreetLineBeforePostalCode(), PhiKind.Address, RegexFinder.Digits),
        new RegexFinder(PlotOrRuralRoute(), PhiKind.Address, RegexFinder.Digits),
        new RegexFinder(NumberedLotThenRoad(), PhiKind.Address, RegexFinder.Digits),
    ];

    /// <summary>"No. 12, Jalan SS 2/24", "No. 27/3, Galle Road", "No. 14, 3rd Cross": a lot number, a comma and a road (South and
    /// Southeast Asia), the road named by a street word.</summary>
    [GeneratedRegex(@"\bNo\.\s*\d{1,4}(?:/\d{1,3})?[A-Z]?,\s+(?=(?:[\w/.-]+\s+){0,3}?(?:Road|Rd|Street|St|Lane|Cross|Main|Jalan|Jln|Jl\.|Marg|Mawatha|Soi|Thanon|Lorong|Avenue|Ave)\b)" +
        @"(?:\d+(?:st|nd|rd|th)\s+)?(?:Jalan|Jln|Jl\.|Soi|Thanon|Lorong)?\s*[\p{Lu}\d][\p{L}\d/.-]*(?:\s+[\p{Lu}\d][\p{L}\d/.-]*){0,3}")]
    private static partial Regex NumberedLotThenRoad();

    /// <summary>A capitalised street name (perhaps with a street word or an abbreviation: "ul.", "Str.", "Cad.", "Odos") and a house
    /// number, then a comma and a postal code before a city, perhaps past a district: "Obchodná 25, 811 06 Bratislava",
    /// "Korunní 810/104, 101 00 Praha", "Atatürk Cad. No: 45 D: 7, Kadıköy, 34710 İstanbul", "Bağdat Cad. No:312 D:5", "Οδός Αιόλου 45, 105 51 Αθήνα", "Am Sandtorkai 5, 20457 Hamburg".</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?!\p{L}+\s+(?:Am|An|Auf|Im|Zum|Zur|Op|Aan)\s)(?:(?:ul|vul|Str|str|al|Cad|Sok|Bd|Bul|Odos|Oδός|Οδός|Λεωφόρος|Λεωφ|Av)\.?\s+)?(?:(?:Am|An|Auf|Im|In|Zum|Zur|Op|Aan|De|La|Le)\s+(?:dem|der|den|de|het)?\s*)?" + Name + @"(?:[\s-]+(?:" + Name + @"|\p{Lu}\p{Ll}*\.)){0,3}" +
        @"(?:\s+(?:No|Nr|nr|n)[.:º°]?\s*|\s+)" + HouseNumber + @"(?:[/-]\d{1,4}[a-zA-Z]?)?(?:,?\s+(?:m\.|kv\.|ap\.|apt\.?|D:|Daire:|bl\.|sc\.|et\.|lgh|lok\.)\s*[\w]{1,4})*" +
        @"(?=,\s*(?:[^,\d\n]{1,25},\s*|\p{Lu}\p{Ll}+\s+(?=\d))?(?:[A-Z]{1,2}-)?(?:\d{5,6}|\d{4}|\d{3} \d{2}|\d{2}-\d{3}|\d{4}-\d{3})\s+\p{Lu})")]
    private static partial Regex StreetLineBeforePostalCode();

    /// <summary>"Rural Route 2 Box 118", "RR 3, Site 12, Comp 4", "House 45, Street 7", "Plot 1123", "Stand 4471, Zone 5", "C.P. 412",
    /// "Lot 12, Nadera Road", "Section 28, Lot 6, Gordons", "BP 1234, 98845 Nouméa" (a boîte postale before its postal code, never "BP 120/80") (a lot or section before a place name, not "Section 8 housing").</summary>
    [GeneratedRegex(@"\b(?:Rural Route\s+\d{1,3}(?:,?\s+(?:Box|Site|Comp)\s+\d{1,5}){0,3}|(?:RR|RD)\s+\d{1,3}(?:,?\s+(?:Box|Site|Comp)\s+\d{1,5}){1,3}|(?:House|Villa|Plot|Stand|Blk|Bldg|Building|(?:Lot|Section)(?=\s+\d{1,5}[A-Za-z]?,\s*\p{Lu}))\s+\d{1,5}[A-Za-z]?" +
        @"(?:,?\s+(?:Street|St|Road|Rd|Lot|Zone|Phase|Sector)\s+\d{1,4}[A-Za-z]?)*|C\.P\.\s+\d{1,6}|Box\s+\d{1,6}(?=,\s*\p{Lu})|BP\s+\d{1,5}(?=,\s*\d{5}\s))")]
    private static partial Regex PlotOrRuralRoute();

    /// <summary>Where in a hospital or a building, or a step of care, not a street: "Room 3B", "Ward 7", "Level 2", "Stage 3".</summary>
    private const string PlaceInABuilding = @"(?:Room|Rm|Bed|Ward|Bay|Level|Floor|Pod|Cubicle|Stage|Step|Phase|Tier|Grade|Zimmer|Bett|Sala|Cama|Habitación|Chambre|Lit|Stanza|Letto|Kamer)\s";

    /// <summary>Where a street line follows: "lives at", "address", "sent to", "mailed to", "moved to", "home at".</summary>
    private const string AddressWord = @"(?i:\b(?:lives|living|resides|residing|staying|home|based|address(?:ed)?|adresse|Anschrift|dirección|indirizzo|endereço|" +
        @"adres|sent|mailed|posted|post|forward(?:ed)?|returned|delivered|moved|relocated|booked|transport(?:ed)?)(?:\s+(?:is|was|now|to|at|on|in|by post to|:))*\s*:?)\s+";

    /// <summary>"Andrássy út 60", "Rue Neuve 12", "Marszałkowska ul. 5", "Gedimino pr. 9-14", "Pärnu mnt 22-15", "Brīvības iela 5": a
    /// street word written apart, a capitalised name, a number.</summary>
    [GeneratedRegex(@"\b(?:(?:Rue|Avenue|Boulevard|Chemin|Place|Quai|Allée|Impasse|Route|Chaussée|Steenweg)\s+(?:(?:de la|de l'|du|des|de|d')\s*)?" + Name + @"(?:[\s-]+" + Name + @"){0,2}" +
        @"|" + Name + @"(?:\s+" + Name + @")?\s+(?:út|utca|u\.|körút|krt\.|tér|sor|fasor|ulica|ul\.|aleja|al\.|náměstí|nám\.|třída|ulice|cesta|vej|gate|gatan|veien|" +
        @"pr\.|prospektas|g\.|gatvė|mnt\.?|maantee|tn\.?|tänav|pst\.?|iela|bulvāris|bulv\.))" +
        @",?\s+" + HouseNumber + @"(?:[/-]\d{1,4}){0,2}\b")]
    private static partial Regex StreetWordThenNumber();

    /// <summary>After an address word, a capitalised name and a house number ("Invoice sent to Damrak 28", "home at Strøget 2, st. th.")
    /// or a number first ("lives at 7/97 Victoria Street", "sent to 55-4449 boul. René-Lévesque"), or a box ("Box 545", "BP 323"); not a
    /// place inside a building ("moved to Room 3B", "transported to Bay 4").</summary>
    [GeneratedRegex(@"(?<=" + AddressWord + @")(?:(?!" + PlaceInABuilding + @")" + Name + @"(?:\s+" + Name + @"){0,2}\s+" + HouseNumber + @"(?:/\d{1,4}){0,2}(?:,\s+(?:st|th|tv|mf|\d+)\.(?:\s+(?:th|tv|mf)\.)?)?" +
        @"|\d{1,5}(?:[/-]\d{1,5})?[A-Za-z]?,?\s+(?:[\p{Ll}.]+\s+)?(?:\d+(?:st|nd|rd|th)\s+)?" + Name + @"(?:[\s-]+" + Name + @"){0,3}" +
        @"|(?:Box|BP|Bus|Boks|Apdo\.?)\s+\d{1,6})\b")]
    private static partial Regex StreetLineAfterAddressWord();

    /// <summary>"USS Nimitz": a ship's name is a service member's street line.</summary>
    [GeneratedRegex(@"\bUSS\s+" + Name + @"(?:\s+" + Name + ")?")]
    private static partial Regex ShipAfterAddressWord();

    /// <summary>"PSC 1234, Box 5678"; the ZIP code after "APO AE" or "FPO AP" (the military's city and state) is a postal code.</summary>
    [GeneratedRegex(@"\b(?:PSC|CMR|UPR|Unit)\s+\d{1,5},?\s+Box\s+\d{1,5}\b")]
    private static partial Regex Military();

    [GeneratedRegex(@"(?<=\b(?:APO|FPO|DPO)\s+(?:AE|AP|AA)\s+)\d{5}(?:-\d{4})?\b")]
    private static partial Regex MilitaryZip();

    [GeneratedRegex(@"\b(?:[Pp]\.?\s?[Oo]\.?\s*(?:Box|BOX|box)|Post\s?[Bb]ox|Postfach|Postboks|Boîte postale|Apartado(?: de correos)?|Caixa [Pp]ostal|Casella [Pp]ostale)\s+(?:[A-Z]{1,3}\s)?\d+(?: \d+){0,3}\b")]
    private static partial Regex PostBox();

    /// <summary>"Unit 4, 27 Smith Road", "Flat 2, 14 Kings Road", "Apt 3B, 5 ...": the unit, when a street number follows.</summary>
    [GeneratedRegex(@"\b(?:Unit|Flat|Apt\.?|Apartment|Suite|Ste\.?)\s+#?\d{1,5}[A-Za-z]?(?=,?\s+\d{1,5}[A-Za-z]?\s+[A-Z])")]
    private static partial Regex UnitBeforeStreet();

    /// <summary>"Calle 45 # 13-27, apto 302", "Carrera 7 No. 32-16": Colombian and Venezuelan street grids.</summary>
    [GeneratedRegex(@"\b(?:Calle|Carrera|Cra\.?|Cl\.?|Avenida|Av\.?|Transversal|Diagonal|Kr\.?)\s+\d{1,3}[A-Z]?(?:\s?bis)?\s*(?:#|No\.?|N[°º])\s*\d{1,3}[A-Z]?-\d{1,3}(?:,?\s*(?:apto|apt|int|casa|piso)\.?\s*\d{1,5})?")]
    private static partial Regex ColombianStreet();

    /// <summary>"2-14-7 Kita-Shinagawa, Room 305": a Japanese block, lot and house number before a district.</summary>
    [GeneratedRegex(@"(?<![\d/.-])\d{1,2}-\d{1,2}-\d{1,3}\s+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?:,\s*(?:Room|Apt\.?|#)\s*\d{1,5})?")]
    private static partial Regex JapaneseBlockNumber();

    /// <summary>"The Old Rectory, Church Lane", "Rose Cottage, Mill Lane": a named house and its lane (Britain and Ireland).</summary>
    [GeneratedRegex(@"\b(?:The\s+)?" + Name + @"(?:\s+" + Name + @")?\s+(?:Cottage|House|Farm|Rectory|Vicarage|Lodge|Barn|Manor|Mill|Hall|Grange|Farmhouse)," +
        @"\s+" + Name + @"(?:\s+" + Name + @")?\s+(?:Lane|Road|Street|Close|Way|Drive|Avenue|Hill|Green)\b")]
    private static partial Regex HouseNameAndLane();

    /// <summary>"55 cedar st apt 2", "402 e 14th st": a street line written in lower case, as in a text message.</summary>
    [GeneratedRegex(@"(?<![\w.,/-])\d{1,5}\s+(?:[nsew]\.?\s+)?(?:[a-z]{3,}|\d{1,3}(?:st|nd|rd|th))(?:\s+[a-z]{3,})?\s+(?:st|ave|rd|blvd|ln|street|avenue|road|lane|drive|court)\b(?:\.?\s+(?:apt|unit|#)\s*\w{1,4})?")]
    private static partial Regex LowerCaseStreet();

    [GeneratedRegex(@"\bGeneral Delivery\b(?=,)")]
    private static partial Regex GeneralDelivery();

    /// <summary>"Flat 9, Block C, Meadowbank Estate", "Apt 14, The Maltings": a flat in a named building or estate.</summary>
    [GeneratedRegex(@"\b(?:Flat|Apt\.?|Apartment|Unit|Suite)\s+#?\d{1,5}[A-Za-z]?,\s+(?:(?:Block|Bldg|Building|Floor|Level|Tower)\s+[A-Z0-9]{1,3},\s+)?(?:The\s+)?" + Name + @"(?:\s+" + Name + "){0,3}")]
    private static partial Regex UnitInNamedBuilding();

    /// <summary>"Hauptstraße 12", "Berliner Straße 5", "Karl-Marx-Allee 3", "Keizersgracht 123", "Storgatan 8", "Karl Johans gate 3", "Nørrebrogade 20".</summary>
    [GeneratedRegex(@"(?:\b(?:" + Name + @"\s+)?" + Name + @"s\s+gate|(?:\b" + Name + @"er\s+)?\b[A-ZÀ-ÝÆØÅÄÖÜ][\p{Ll}'’.-]+(?<=" + StreetEndings + @"))\s+" + HouseNumber + @"\b")]
    private static partial Regex CompoundStreet();

    /// <summary>"12 rue de la Paix", "5 avenue Victor Hugo", "8 bis, chemin des Vignes".</summary>
    [GeneratedRegex(@"(?<![\d.,/])\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?i:rue|avenue|av\.|boulevard|bd|chemin|allée|impasse|quai|place|cours|route)\s+(?:(?i:de la|de l'|du|des|de|d')\s*)?" + Name + @"(?:[\s-]+" + Name + "){0,3}")]
    private static partial Regex NumberThenRomanceStreet();

    /// <summary>"Calle Mayor 5", "Bv. Oroño 1255, piso 4 dpto B", "Avenida da Liberdade 245", "Rua Augusta 45", "Praça do Comércio 12", "Via Roma 10", "Piazza Navona 3", "Corso Italia 22".</summary>
    [GeneratedRegex(@"\b(?:Calle|C/|Avenida|via|calle|rua|Jr\.|Jirón|Avda\.|Av\.|Bv\.|Bvar\.|Bulevar|Paseo|Plaza|Carrer|Camino|Ronda|Rua|Praça|Praca|Largo|Travessa|Alameda|Via|Viale|Piazza|Piazzale|Corso|Vicolo|Strada)\s+(?:(?:de la|de|del|da|do|dos|das|della|dello|dei|di)\s+)?" + Name + @"(?:\s+" + Name + @"){0,3},?\s+(?:n\.?\s?[º°]?\s*)?" + HouseNumber + @"\b" +
        @"(?:,?\s+(?:piso|planta|dpto\.?|depto\.?|dto\.?|puerta|esc\.?|apto\.?|int\.?)\s*\w{1,3}\b)*")]
    private static partial Regex RomanceStreetThenNumber();
}
