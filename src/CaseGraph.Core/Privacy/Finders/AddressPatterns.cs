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
    private const string Name = @"[A-ZÀ-ÝÆØÅÄÖÜ][\p{Ll}'’-]+";
    /// <summary>Street words that end a capitalised word (checked behind it, so each word is read once).</summary>
    private const string StreetEndings = "straße|strasse|str.|weg|Weg|gasse|Gasse|platz|Platz|allee|Allee|damm|ufer|steig|Straße|Strasse|" +
        "straat|gracht|laan|plein|kade|singel|gatan|gata|vägen|väg|vej|veien|vegen|gade|gate|katu";
    private const string HouseNumber = @"\d{1,4}[a-zA-Z]?";

    public static readonly IPhiFinder[] Finders =
    [
        new RegexFinder(Military(), PhiKind.Address, RegexFinder.Digits),
        new RegexFinder(PostBox(), PhiKind.Address, RegexFinder.Digits),
        new RegexFinder(UnitBeforeStreet(), PhiKind.Address, RegexFinder.Digits),
        new RegexFinder(CompoundStreet(), PhiKind.Address, RegexFinder.Digits),
        new RegexFinder(NumberThenRomanceStreet(), PhiKind.Address, RegexFinder.Digits),
        new RegexFinder(RomanceStreetThenNumber(), PhiKind.Address, RegexFinder.Digits),
    ];

    /// <summary>"PSC 1234, Box 5678, APO AE 09012", "USS Nimitz, FPO AP 96620-1234".</summary>
    [GeneratedRegex(@"\b(?:(?:PSC|CMR|UPR|Unit)\s+\d{1,5},?\s+Box\s+\d{1,5},?\s+)?(?:APO|FPO|DPO)\s+(?:AE|AP|AA)(?:\s+\d{5}(?:-\d{4})?)?\b|\b(?:PSC|CMR|UPR)\s+\d{1,5},?\s+Box\s+\d{1,5}\b")]
    private static partial Regex Military();

    [GeneratedRegex(@"\b(?:[Pp]\.?\s?[Oo]\.?\s*(?:Box|BOX|box)|Post\s?[Bb]ox|Postfach|Postboks|Boîte postale|Apartado(?: de correos)?|Caixa [Pp]ostal|Casella [Pp]ostale)\s+\d+(?: \d+){0,3}\b")]
    private static partial Regex PostBox();

    /// <summary>"Unit 4, 27 Smith Road", "Flat 2, 14 Kings Road", "Apt 3B, 5 ...": the unit, when a street number follows.</summary>
    [GeneratedRegex(@"\b(?:Unit|Flat|Apt\.?|Apartment|Suite|Ste\.?)\s+#?\d{1,5}[A-Za-z]?(?=,?\s+\d{1,5}[A-Za-z]?\s+[A-Z])")]
    private static partial Regex UnitBeforeStreet();

    /// <summary>"Hauptstraße 12", "Berliner Straße 5", "Karl-Marx-Allee 3", "Keizersgracht 123", "Storgatan 8", "Karl Johans gate 3", "Nørrebrogade 20".</summary>
    [GeneratedRegex(@"(?:\b(?:" + Name + @"\s+)?" + Name + @"s\s+gate|(?:\b" + Name + @"er\s+)?\b[A-ZÀ-ÝÆØÅÄÖÜ][\p{Ll}'’.-]+(?<=" + StreetEndings + @"))\s+" + HouseNumber + @"\b")]
    private static partial Regex CompoundStreet();

    /// <summary>"12 rue de la Paix", "5 avenue Victor Hugo", "8 bis, chemin des Vignes".</summary>
    [GeneratedRegex(@"(?<![\d.,/])\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?i:rue|avenue|av\.|boulevard|bd|chemin|allée|impasse|quai|place|cours|route)\s+(?:(?i:de la|de l'|du|des|de|d')\s*)?" + Name + @"(?:[\s-]+" + Name + "){0,3}")]
    private static partial Regex NumberThenRomanceStreet();

    /// <summary>"Calle Mayor 5", "Avenida da Liberdade 245", "Rua Augusta 45", "Praça do Comércio 12", "Via Roma 10", "Piazza Navona 3", "Corso Italia 22".</summary>
    [GeneratedRegex(@"\b(?:Calle|C/|Avenida|Avda\.|Av\.|Paseo|Plaza|Carrer|Camino|Ronda|Rua|Praça|Praca|Largo|Travessa|Alameda|Via|Viale|Piazza|Piazzale|Corso|Vicolo|Strada)\s+(?:(?:de la|de|del|da|do|dos|das|della|dello|dei|di)\s+)?" + Name + @"(?:\s+" + Name + @"){0,3},?\s+(?:n\.?\s?[º°]?\s*)?" + HouseNumber + @"\b")]
    private static partial Regex RomanceStreetThenNumber();
}
