namespace CaseGraph.Core.Privacy;

/// <summary>
/// What the learned name tagger (<see cref="NameTagger"/>) sees of one word: the word, its neighbours two each side,
/// its shape ("Xx", "x", "XxXx"), its ending, the punctuation beside it, and which lists it is in (first or last
/// names, English, clinical, place, common words). Each feature is hashed (FNV-1a, stable across processes) into one
/// of <see cref="Dimension"/> slots. Training and scanning call this same code. Pure.
/// </summary>
public static class NameTokenFeatures
{
    public const int Bits = 18;
    public const int Dimension = 1 << Bits;

    /// <summary>A word of letters (apostrophes and hyphens inside it), or a number, at its offsets.</summary>
    public readonly record struct Token(int Start, int End, bool IsNumber);

    public static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>(text.Length / 5); // about one word in five characters: few regrowths
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var start = i++;
                while (i < text.Length && (char.IsLetter(text[i]) || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark
                    || text[i] is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))) i++;
                tokens.Add(new Token(start, i, false));
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i++;
                while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
                tokens.Add(new Token(start, i, true));
            }
            else i++;
        }
        return tokens;
    }

    /// <summary>What each token is, worked out once per text: its lower-cased word, shape, lists and the punctuation beside it.</summary>
    public readonly record struct TokenInfo(string Lower, string Shape, string Lists, string Before, string After, bool IsNumber);

    public static TokenInfo[] Describe(string text, IReadOnlyList<Token> tokens, PhiLexicon lexicon)
    {
        var infos = new TokenInfo[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var (start, end, isNumber) = tokens[i];
            var word = text.AsSpan(start, end - start);
            infos[i] = isNumber
                ? Number // a number is only ever a neighbour, read by its word and shape
                : Word(Lower(word), word, lexicon, PunctuationBefore(text, start), PunctuationAfter(text, end));
        }
        return infos;
    }

    private static TokenInfo Word(string lower, ReadOnlySpan<char> word, PhiLexicon lexicon, string before, string after) =>
        new(lower, Shape(word), Lists(lower, lexicon), before, after, false);

    /// <summary>Whether the tagger weighs the word at all. A word that is no known name is not weighed when it is a
    /// lower-case dictionary or common word ("pain", "with"), a clinical word, or in capitals ("PTSD", "A"): the first two
    /// are most of a text's words, and the screen never takes the last two for names. The same in training and scanning.</summary>
    public static bool CouldBeName(in TokenInfo t) =>
        !t.IsNumber && (t.Lists.Contains('F') || t.Lists.Contains('L')
            || !t.Lists.Contains('C') && (t.Shape.Contains('X') && t.Shape != "X" || t.Lists == "0" || t.Lists == "P"));

    private static readonly TokenInfo Number = new("<num>", "d", "", "", "", true);

    private static readonly TokenInfo TextStart = new("<s>", "<s>", "", "", "", false), TextEnd = new("</s>", "</s>", "", "", "", false);

    /// <summary>The hashed features of word <paramref name="i"/> (a letter word), added to <paramref name="into"/>. No allocation.</summary>
    public static void Extract(TokenInfo[] tokens, int i, List<int> into)
    {
        var t = tokens[i];
        var atStart = t.Before is "^" or "." or "!" or "?" or ":" or "|" or "\n" or "—" or "-" or "\"" or ";";
        var p1 = i > 0 ? tokens[i - 1] : TextStart;
        var p2 = i > 1 ? tokens[i - 2] : TextStart;
        var n1 = i + 1 < tokens.Length ? tokens[i + 1] : TextEnd;
        var n2 = i + 2 < tokens.Length ? tokens[i + 2] : TextEnd;
        Add(into, 1, t.Lower);
        Add(into, 2, t.Shape);
        Add(into, 3, t.Lists);
        Add(into, 4, t.Lists, t.Shape);
        Add(into, 5, t.Before);
        Add(into, 6, t.After);
        Add(into, 7, t.Before, t.Shape);
        Add(into, 8, atStart ? "S" : "-", t.Lists, t.Shape);
        if (t.Lower.Length >= 3) Add(into, 9, t.Lower.AsSpan(t.Lower.Length - 3));
        if (t.Lower.Length >= 4) Add(into, 10, t.Lower.AsSpan(0, 3));
        Add(into, 11, Lengths[Math.Min(t.Lower.Length, 10)]);
        Add(into, 12, p2.Lower);
        Add(into, 13, p1.Lower);
        Add(into, 14, n1.Lower);
        Add(into, 15, n2.Lower);
        Add(into, 16, p1.Lower, t.Shape);
        Add(into, 17, n1.Lower, t.Shape);
        Add(into, 18, p1.Shape, t.Shape);
        Add(into, 19, n1.Shape, t.Shape);
        Add(into, 20, p1.Lists, p1.Shape, t.Lists, t.Shape);
        Add(into, 21, n1.Lists, n1.Shape, t.Lists, t.Shape);
        Add(into, 22, p1.Lower, n1.Lower);
        Add(into, 23, p2.Lower, p1.Lower);
        Add(into, 24, n1.Lower, n2.Lower);
        Add(into, 25, "");
    }

    private static readonly string[] Lengths = [.. Enumerable.Range(0, 11).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>Which lists the (lower-cased) word is in, as letters: F first name, L last name, E English word, C clinical,
    /// P place, W common word; "0" for none. A possessive "'s" is left out; a word with diacritics is looked up folded.</summary>
    private static string Lists(string lower, PhiLexicon lexicon)
    {
        var bare = lower.AsSpan();
        if (bare.EndsWith("'s") || bare.EndsWith("’s")) bare = bare[..^2];
        var table = lexicon.ListsByWord;
        var lists = table.TryGetValue(bare, out var found) ? found
            : !System.Text.Ascii.IsValid(bare) && table.TryGetValue(NameFolding.Fold(bare.ToString()), out found) ? found : WordLists.None;
        return ListCodes[(int)lists];
    }

    private static readonly string[] ListCodes = [.. Enumerable.Range(0, 64).Select(code =>
        code == 0 ? "0" : string.Concat("FLECPW".Where((_, bit) => (code & (1 << bit)) != 0)))];

    /// <summary>"Xx" for Anna, "x" for rose, "X" for ANNA or A, "XxXx" for McGregor, "Xx-Xx" for Adeyemi-Bakare, "Xx'x" for O'Neill's.</summary>
    public static string Shape(ReadOnlySpan<char> word)
    {
        Span<char> shape = stackalloc char[8];
        var n = 0;
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'o' : c;
            if (n > 0 && shape[n - 1] == s) continue;
            if (n == shape.Length) break;
            shape[n++] = s;
        }
        var made = shape[..n];
        foreach (var common in CommonShapes) if (made.SequenceEqual(common)) return common;
        return new string(made);
    }

    private static readonly string[] CommonShapes = ["Xx", "x", "X", "XxXx", "Xx-Xx", "x-x", "Xx'x", "X'Xx", "xXx"];

    /// <summary>The nearest character before the word that is not a space: "^" at the text's start, "\n" for a line break, "a" for a letter, "d" for a digit.</summary>
    private static string PunctuationBefore(string text, int start)
    {
        var j = start - 1;
        while (j >= 0 && text[j] is ' ' or '\t') j--;
        return j < 0 ? "^" : Classify(text[j]);
    }

    private static string PunctuationAfter(string text, int end)
    {
        var j = end;
        while (j < text.Length && text[j] is ' ' or '\t') j++;
        return j >= text.Length ? "$" : Classify(text[j]);
    }

    private static string Classify(char c) => c switch
    {
        '\r' or '\n' => "\n",
        _ when char.IsLetter(c) => "a",
        _ when char.IsDigit(c) => "d",
        '“' or '”' or '«' or '»' or '„' => "\"",
        '–' => "—",
        < (char)128 => Ascii[c],
        _ => c.ToString(),
    };

    private static readonly string[] Ascii = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private static string Lower(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return new string(lower);
    }

    private static void Add(List<int> into, int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b = default, ReadOnlySpan<char> c = default, ReadOnlySpan<char> d = default)
    {
        var hash = (2166136261u ^ (uint)template) * 16777619u;
        hash = Mix(Mix(Mix(Mix(hash, a), b), c), d);
        into.Add((int)(hash & (Dimension - 1)));
    }

    /// <summary>FNV-1a over the part's characters, then a separator.</summary>
    private static uint Mix(uint hash, ReadOnlySpan<char> part)
    {
        foreach (var ch in part) hash = (hash ^ ch) * 16777619u;
        return (hash ^ 0x1F) * 16777619u;
    }
}
