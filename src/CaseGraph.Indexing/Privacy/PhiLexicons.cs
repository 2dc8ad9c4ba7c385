using Bogus.Bson;
using CaseGraph.Core.Concepts;
using CaseGraph.Core.Privacy;

namespace CaseGraph.Indexing.Privacy;

/// <summary>
/// Builds the PHI detector's word lists: person names, street suffixes and US states from the public-domain
/// faker data in the Bogus package ("en" locale: 3,000+ first names, 470 last names), and clinical words from
/// the vocabulary so that drug and brand names are never taken for names.
/// </summary>
public static class PhiLexicons
{
    private static readonly Lazy<(string[] First, string[] Last, string[] Suffixes, string[] States)> Names = new(() => (
        [.. Strings("name", "first_name"), .. Strings("name", "male_first_name"), .. Strings("name", "female_first_name")],
        Strings("name", "last_name"), Strings("address", "street_suffix"), Strings("address", "state")));

    public static PhiLexicon From(Vocabulary vocabulary)
    {
        var clinical = vocabulary.Concepts.SelectMany(c => c.Terms)
            .SelectMany(t => t.Split([' ', '-', '/', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 2);
        var (first, last, suffixes, states) = Names.Value;
        return PhiLexicon.Of(first, last, suffixes, states, clinical);
    }

    public static PhiDetector Detector(Vocabulary vocabulary) => new(From(vocabulary));

    private static string[] Strings(string category, string path) =>
        Bogus.Database.Get(category, path, "en") is BArray array ? [.. Enumerable.Range(0, array.Count).Select(i => array[i].StringValue)] : [];
}
