namespace CaseGraph.Core.Privacy;

/// <summary>
/// Folds a word for name look-up: diacritics dropped and ligatures spelled out ("Novák" and "Novak", "Łukasz" and
/// "Lukasz", "Groß" and "Gross" fold alike). A table, not Unicode normalisation: the project runs with invariant
/// globalization, where <c>string.Normalize</c> leaves such letters as they are. ASCII words come back as they are. Pure.
/// </summary>
public static class NameFolding
{
    public static string Fold(string word)
    {
        if (System.Text.Ascii.IsValid(word)) return word;
        var sb = new System.Text.StringBuilder(word.Length + 2);
        foreach (var c in word)
        {
            if (c is >= '\u0300' and <= '\u036F') continue; // a combining mark written apart
            switch (c)
            {
                case >= '\u00C0' and < '\u0250' when Expansions.TryGetValue(c, out var spelled): sb.Append(spelled); break;
                case >= '\u00C0' and < '\u0250': sb.Append(Latin[c - '\u00C0']); break;
                case >= '\u1E00' and < '\u1F00': sb.Append(LatinAdditional[c - '\u1E00']); break;
                case '’': sb.Append('\''); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Whether every letter is of an alphabet with capitals (Latin, Greek or Cyrillic): names written so are
    /// words apart; CJK names are written without spaces and are left out of the lists.</summary>
    public static bool IsCased(string word) => word.All(c => !char.IsLetter(c) || c <= '\u052F' || c is >= '\u1E00' and <= '\u1FFF');

    private static readonly Dictionary<char, string> Expansions = new() { ['ß'] = "ss", ['æ'] = "ae", ['Æ'] = "AE", ['œ'] = "oe", ['Œ'] = "OE", ['þ'] = "th", ['Þ'] = "TH", ['ĳ'] = "ij", ['Ĳ'] = "IJ" };

    // The base letter of each of U+00C0..U+024F and U+1E00..U+1EFF (the letter itself where it has none); made from
    // Unicode's canonical decompositions, with ł, ø, đ, ı and a few others that have none mapped by hand.
    private const string Latin = "AAAAAAÆCEEEEIIIIDNOOOOO×OUUUUYÞßaaaaaaæceeeeiiiidnooooo÷ouuuuyþy"
        + "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiĲĳJjKkĸLlLlLlL"
        + "lLlNnNnNnŉNnOoOoOoŒœRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzſ"
        + "bƁƂƃƄƅƆƇƈƉƊƋƌƍƎƏƐƑfƓƔƕƖƗƘƙlƛƜƝƞƟOoƢƣƤƥƦƧƨƩƪƫƬƭƮUuƱƲƳƴƵƶƷƸƹƺƻƼƽƾƿ"
        + "ǀǁǂǃǄǅǆǇǈǉǊǋǌAaIiOoUuUuUuUuUuǝAaAaǢǣǤǥGgKkOoOoǮǯjǱǲǳGgǶǷNnAaǼǽǾǿ"
        + "AaAaEeEeIiIiOoOoRrRrUuUuSsTtȜȝHhȠȡȢȣȤȥAaEeOoOoOoOoYyȴȵȶȷȸȹȺȻȼȽȾȿ"
        + "ɀɁɂɃɄɅɆɇɈɉɊɋɌɍɎɏ";

    private const string LatinAdditional = "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm"
        + "MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv"
        + "WwWwWwWwWwXxXxYyZzZzZzhtwyẚẛẜẝẞẟAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe"
        + "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYyỺỻỼỽỾỿ";
}
