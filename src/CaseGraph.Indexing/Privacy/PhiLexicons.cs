using Bogus.Bson;
using CaseGraph.Core.Concepts;
using CaseGraph.Core.Privacy;

namespace CaseGraph.Indexing.Privacy;

/// <summary>
/// Builds the PHI detector's word lists: person names from the public-domain faker data in the Bogus package, street
/// suffixes and US states from its "en" locale, and clinical words from the vocabulary so that drug and brand names are
/// never taken for names. Names come from every locale Bogus carries (Czech, German, Italian, Polish, Vietnamese, ...):
/// "en" whole, as before; the others in Latin script only, word by word, without words shorter than 3 letters or that are
/// also English words (<see cref="PhiLexicon.WordNames"/>).
/// </summary>
public static class PhiLexicons
{
    private static readonly string[] FirstNamePaths = ["first_name", "male_first_name", "female_first_name"];
    private static readonly string[] LastNamePaths = ["last_name", "male_last_name", "female_last_name"];

    private static readonly Lazy<(string[] First, string[] Last, string[] Suffixes, string[] States)> Names = new(() => (
        [.. FirstNamePaths.SelectMany(p => Strings("name", p, "en")), .. InternationalNames(FirstNamePaths)],
        [.. Strings("name", "last_name", "en"), .. InternationalNames(LastNamePaths)],
        Strings("address", "street_suffix", "en"), Strings("address", "state", "en")));

    public static PhiLexicon From(Vocabulary vocabulary)
    {
        var clinical = vocabulary.Concepts.SelectMany(c => c.Terms)
            .SelectMany(t => t.Split([' ', '-', '/', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 2);
        var (first, last, suffixes, states) = Names.Value;
        return PhiLexicon.Of(first, last, suffixes, states, clinical);
    }

    public static PhiDetector Detector(Vocabulary vocabulary) => new(From(vocabulary));

    /// <summary>The capitalised words of every other locale's names ("Ana Júlia" gives Ana and Júlia; "dos Santos" gives Santos).</summary>
    private static IEnumerable<string> InternationalNames(string[] paths) =>
        Bogus.Database.GetAllLocales().Where(l => l != "en").SelectMany(l => paths.SelectMany(p => Strings("name", p, l)))
            .SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(w => w.Length >= 3 && char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'') && NameFolding.IsLatin(w))
            .Where(w => !PhiLexicon.WordNames.Contains(NameFolding.Fold(w)))
            .Distinct();

    private static string[] Strings(string category, string path, string locale)
    {
        // A locale without its own list falls back to "en" in Bogus, and a category it lacks throws.
        try
        {
            return Bogus.Database.Get(category, path, locale) is BArray array ? [.. Enumerable.Range(0, array.Count).Select(i => array[i].StringValue)] : [];
        }
        catch (Exception ex) when (ex is KeyNotFoundException or ArgumentException or NullReferenceException)
        {
            return [];
        }
    }
}
