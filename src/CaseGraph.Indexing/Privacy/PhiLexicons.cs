using Bogus.Bson;
using CaseGraph.Core.Concepts;
using CaseGraph.Core.Privacy;

namespace CaseGraph.Indexing.Privacy;

/// <summary>
/// Builds the PHI detector's word lists: person names from the public-domain faker data in the Bogus package, street
/// suffixes and US states from its "en" locale, and clinical words from the vocabulary so that drug and brand names are
/// never taken for names. Names come from every locale Bogus carries (Czech, German, Italian, Polish, Vietnamese, ...):
/// "en" whole, as before; the others in Latin, Greek and Cyrillic script, word by word, without words shorter than 3 letters or that are
/// also English words (<see cref="PhiLexicon.WordNames"/>); and Hungarian names, which Bogus lacks, from a short list here.
/// </summary>
public static class PhiLexicons
{
    private static readonly string[] FirstNamePaths = ["first_name", "male_first_name", "female_first_name"];
    private static readonly string[] LastNamePaths = ["last_name", "male_last_name", "female_last_name"];

    // Bogus has no Hungarian locale: the most common Hungarian surnames and given names, written here.
    private static readonly string[] HungarianLastNames =
    [
        "Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh", "Papp", "Takács",
        "Juhász", "Lakatos", "Mészáros", "Oláh", "Simon", "Rácz", "Fekete", "Szilágyi", "Török", "Fehér", "Balázs", "Gál", "Kis",
        "Szűcs", "Kocsis", "Orsós", "Pintér", "Fodor", "Szalai", "Sipos", "Magyar", "Lukács", "Gulyás", "Biró", "Király", "Balog",
        "László", "Katona", "Jakab", "Bogdán", "Sándor", "Boros", "Fazekas", "Kelemen", "Antal", "Orosz", "Somogyi", "Fülöp",
        "Veres", "Budai", "Vincze", "Hegedűs", "Deák", "Pap", "Bálint", "Illés", "Pál", "Vass", "Szőke", "Fábián", "Vörös", "Lengyel",
        "Bognár", "Bodnár", "Szücs", "Hajdu", "Halász", "Jónás", "Kozma", "Máté", "Székely", "Gáspár", "Pásztor", "Bakos", "Dudás",
        "Orbán", "Virág", "Hegedüs", "Barna", "Novák", "Soós", "Tamás", "Nemes", "Pataki", "Balla", "Kerekes", "Péter",
    ];

    private static readonly string[] HungarianFirstNames =
    [
        "László", "István", "József", "János", "Zoltán", "Sándor", "Gábor", "Ferenc", "Attila", "Péter", "Tamás", "Zsolt", "Tibor",
        "András", "Csaba", "Imre", "Lajos", "György", "Balázs", "Gyula", "Mihály", "Károly", "Róbert", "Béla", "Dávid", "Dániel",
        "Ákos", "Bence", "Levente", "Máté", "Gergő", "Krisztián", "Ádám", "Miklós", "Norbert", "Szabolcs", "Bálint", "Márton",
        "Mária", "Erzsébet", "Katalin", "Ilona", "Éva", "Anna", "Zsuzsanna", "Margit", "Judit", "Ágnes", "Andrea", "Erika",
        "Krisztina", "Irén", "Eszter", "Anikó", "Mónika", "Edit", "Gabriella", "Szilvia", "Tímea", "Enikő", "Zsófia", "Réka",
        "Dóra", "Petra", "Orsolya", "Boglárka", "Nóra", "Zsanett", "Piroska", "Rozália", "Magdolna", "Terézia", "Gizella", "Etelka",
    ];

    private static readonly string[] PlacePaths = ["state", "city_name", "city", "country", "default_country"];

    private static readonly Lazy<(string[] First, string[] Last, string[] Suffixes, string[] States, string[] Places)> Names = new(() => (
        [.. FirstNamePaths.SelectMany(p => Strings("name", p, "en")), .. InternationalNames(FirstNamePaths), .. HungarianFirstNames],
        [.. Strings("name", "last_name", "en"), .. InternationalNames(LastNamePaths), .. HungarianLastNames],
        Strings("address", "street_suffix", "en"), Strings("address", "state", "en"), Places()));

    public static PhiLexicon From(Vocabulary vocabulary)
    {
        var clinical = vocabulary.Concepts.SelectMany(c => c.Terms)
            .SelectMany(t => t.Split([' ', '-', '/', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 2);
        var (first, last, suffixes, states, places) = Names.Value;
        return PhiLexicon.Of(first, last, suffixes, states, clinical, places);
    }

    public static PhiDetector Detector(Vocabulary vocabulary, double threshold = PhiConfidence.DefaultThreshold) =>
        new(From(vocabulary), threshold, BundledNameTagger.Value);

    /// <summary>The learned name tagger that ships with the screen (<see cref="NameTaggerModel"/>), loaded once.</summary>
    private static readonly Lazy<NameTagger?> BundledNameTagger = new(() => NameTaggerModel.Bundled());

    /// <summary>States, cities and countries of every locale, as written ("Minas Gerais", "Lagos"); templates ("#{city_prefix} ...") left out.</summary>
    private static string[] Places() =>
        [.. Bogus.Database.GetAllLocales().SelectMany(l => PlacePaths.SelectMany(p => Strings("address", p, l))).Where(p => !p.Contains('#')).Distinct()];

    /// <summary>The capitalised words of every other locale's names ("Ana Júlia" gives Ana and Júlia; "dos Santos" gives Santos).</summary>
    private static IEnumerable<string> InternationalNames(string[] paths) =>
        Bogus.Database.GetAllLocales().Where(l => l != "en").SelectMany(l => paths.SelectMany(p => Strings("name", p, l)))
            .SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(w => w.Length >= 3 && char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'') && NameFolding.IsCased(w))
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
