namespace CaseGraph.Core.Privacy;

/// <summary>
/// The word lists the PHI detector needs: person names and address words (from a public data package), and
/// clinical words that must never be taken for a name (the vocabulary's terms). Case-insensitive sets; names are
/// kept folded (<see cref="NameFolding"/>), so "Novák" and "Novak" are one name. Places (states, cities and countries of
/// every locale: "Minas Gerais", "Lagos") are never names without a title or a relation word before them.
/// </summary>
public sealed record PhiLexicon(
    IReadOnlySet<string> FirstNames,
    IReadOnlySet<string> LastNames,
    IReadOnlySet<string> StreetSuffixes,
    IReadOnlySet<string> States,
    IReadOnlySet<string> ClinicalWords,
    IReadOnlySet<string> Places)
{
    /// <summary>Capitalised words that are first names but far more often ordinary words in clinical notes.</summary>
    public static readonly IReadOnlySet<string> CommonWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "will", "may", "june", "april", "august", "hope", "grace", "faith", "joy", "rose", "mark", "bill", "pat", "sue",
        "art", "max", "dawn", "summer", "iris", "ivy", "chase", "chance", "lane", "page", "major", "king", "young", "long",
        "white", "black", "brown", "green", "gray", "grey", "rich", "hale", "case", "care", "ward", "nurse", "son", "early",
        "about", "after", "also", "and", "but", "for", "from", "her", "his", "into", "next", "not", "she", "the", "then",
        "this", "today", "tomorrow", "trust", "per", "dear", "thanks", "patient", "patients", "plan", "start", "stop", "taper", "pain",
        "clinic", "in", "on", "at", "no", "our", "with", "as", "if", "when", "while", "since", "because", "before", "during", "under",
        "over", "their", "its", "we", "you", "they", "these", "those", "each", "every", "both", "all", "some", "any", "most", "many",
        "one", "two", "three", "what", "which", "who", "how", "why", "where", "there", "here", "yes", "please", "note",
        "consider", "continue", "avoid", "offer", "check", "ask", "discuss", "review", "repeat", "refer", "add", "keep", "use",
        "frank", "patience", "sunny", "gene", "guy", "sage", "sky", "star", "honey", "candy", "crystal", "amber", "ginger", "jade",
        "pearl", "ruby", "olive", "hazel", "violet", "heather", "holly", "daisy", "lily", "ray", "cliff", "dale", "glen", "wade",
        "miles", "drew", "rusty", "buck", "skip", "pepper", "christian", "justice", "harmony", "serenity", "destiny",
        "autumn", "winter", "spring", "st", "saint", "mount", "lake", "river", "north", "south", "east", "west", "new",
        "bebe", "nene", // "la madre del bebé"
        "states", "communication", // guideline sources: "... — United States, 2022", "FDA Drug Safety Communication, August 2016"
    };

    /// <summary>Names of some locale that are also lower-case English words ("can", "colon", "long"), read from the
    /// dictionary once: a name list from another language leaves them out, and a lower-case word is never taken for a name.</summary>
    public static readonly IReadOnlySet<string> WordNames = ReadWordNames();

    /// <summary>The lower-case words of an English dictionary (Debian's wamerican): a capitalised word that is none of
    /// them, nor clinical, and stands where a person does ("Mokoena reports ...", "her son rasmus") is taken for a name.</summary>
    public static readonly IReadOnlySet<string> EnglishWords = ReadLines("EnglishWords.txt.gz");

    private static HashSet<string> ReadWordNames() => ReadLines("WordNames.txt");

    private static HashSet<string> ReadLines(string resource)
    {
        using var stream = typeof(PhiLexicon).Assembly.GetManifestResourceStream("CaseGraph.Core.Privacy." + resource)!;
        using var reader = new StreamReader(resource.EndsWith(".gz", StringComparison.Ordinal)
            ? new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress) : stream);
        return new HashSet<string>(reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !l.StartsWith('#')),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Which lists each word is in (<see cref="WordLists"/>), lower-cased and folded, in one table: the name
    /// tagger asks this of every word of a text, and one ordinal look-up is far cheaper than six case-blind ones.</summary>
    public Dictionary<string, WordLists>.AlternateLookup<ReadOnlySpan<char>> ListsByWord =>
        LazyInitializer.EnsureInitialized(ref _listsByWord, BuildListsByWord).GetAlternateLookup<ReadOnlySpan<char>>();

    private Dictionary<string, WordLists>? _listsByWord;

    private Dictionary<string, WordLists> BuildListsByWord()
    {
        var table = new Dictionary<string, WordLists>(StringComparer.Ordinal);
        void Mark(IEnumerable<string> words, WordLists list)
        {
            foreach (var word in words)
            {
                var key = NameFolding.Fold(word).ToLowerInvariant();
                table[key] = table.GetValueOrDefault(key) | list;
            }
        }
        Mark(FirstNames, WordLists.FirstName);
        Mark(LastNames, WordLists.LastName);
        Mark(EnglishWords, WordLists.English);
        Mark(ClinicalWords, WordLists.Clinical);
        Mark(Places, WordLists.Place);
        Mark(CommonWords, WordLists.Common);
        return table;
    }

    public static PhiLexicon Of(IEnumerable<string> firstNames, IEnumerable<string> lastNames, IEnumerable<string> streetSuffixes,
        IEnumerable<string> states, IEnumerable<string> clinicalWords, IEnumerable<string>? places = null) => new(
        new HashSet<string>(firstNames.Select(NameFolding.Fold), StringComparer.OrdinalIgnoreCase),
        new HashSet<string>(lastNames.Select(NameFolding.Fold), StringComparer.OrdinalIgnoreCase),
        new HashSet<string>(streetSuffixes, StringComparer.OrdinalIgnoreCase),
        new HashSet<string>(states, StringComparer.OrdinalIgnoreCase),
        new HashSet<string>(clinicalWords.Select(NameFolding.Fold), StringComparer.OrdinalIgnoreCase),
        new HashSet<string>((places ?? []).Select(NameFolding.Fold), StringComparer.OrdinalIgnoreCase));
}

/// <summary>The lists a word is in, for the name tagger's features.</summary>
[Flags]
public enum WordLists : byte
{
    None = 0,
    FirstName = 1,
    LastName = 2,
    English = 4,
    Clinical = 8,
    Place = 16,
    Common = 32,
}
