using CaseGraph.Core.Corpus;
using CaseGraph.Core.Model;

namespace CaseGraph.Core.Concepts;

/// <summary>The validated set of concepts with a lookup from every name and synonym to its concept.</summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, Concept> _byId;
    private readonly Dictionary<string, Concept> _byTerm;
    private readonly List<(string Normal, string Term, Concept Concept)> _terms;

    private Vocabulary(Dictionary<string, Concept> byId, Dictionary<string, Concept> byTerm)
    {
        _byId = byId;
        _byTerm = byTerm;
        _terms = byId.Values.SelectMany(c => c.Terms.Select(t => (Normal: TextTokenizer.NormalizePhrase(t), Term: t, Concept: c)))
            .Where(t => t.Normal.Length > 0).ToList();
        Matcher = new ConceptMatcher(byTerm.Select(kv => (kv.Key, kv.Value.Id)));
    }

    public static Vocabulary Empty { get; } = Build([], []);

    public IReadOnlyCollection<Concept> Concepts => _byId.Values;
    public ConceptMatcher Matcher { get; }

    public Concept? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The concept a user's word names: an id, a preferred name, a brand or an abbreviation.</summary>
    public Concept? Resolve(string term) =>
        _byId.GetValueOrDefault(term.Trim().ToLowerInvariant()) ?? _byTerm.GetValueOrDefault(TextTokenizer.NormalizePhrase(term));

    /// <summary>The concept a name a user typed means: <see cref="Resolve"/>, else the one concept it is a likely
    /// misspelling of among concepts of these kinds (any kind when none are given; <see cref="ClosestBySpelling"/>).</summary>
    public Concept? ResolveAsTyped(string term, IReadOnlyCollection<ConceptKind>? kinds = null) => Resolve(term) ?? ClosestBySpelling(term, kinds);

    /// <summary>
    /// The one concept with a term within one edit of the text (an insertion, deletion, substitution or swap of
    /// neighbours; two edits from 8 characters on): "zanax" is Xanax, "diluadid" Dilaudid. Null when none is that close,
    /// when terms of two concepts are equally close, or for texts under 5 characters, which have too many neighbours.
    /// </summary>
    public Concept? ClosestBySpelling(string text, IReadOnlyCollection<ConceptKind>? kinds = null)
    {
        var typed = TextTokenizer.NormalizePhrase(text);
        if (typed.Length < MinCorrectableLength) return null;
        var allowed = typed.Length >= 8 ? 2 : 1;
        var (best, found) = (allowed + 1.0, new HashSet<Concept>());
        foreach (var (normal, _, concept) in _terms)
        {
            if (normal.Length < MinCorrectableLength || Math.Abs(normal.Length - typed.Length) > allowed) continue;
            if (kinds is not null && !kinds.Contains(concept.Kind)) continue;
            var distance = Edits.Distance(typed, normal);
            if (distance > best) continue;
            if (distance < best) (best, found) = (distance, []);
            found.Add(concept);
        }
        return best <= allowed && found.Count == 1 ? found.First() : null;
    }

    private const int MinCorrectableLength = 5;
    private static readonly F23.StringSimilarity.OptimalStringAlignment Edits = new();

    /// <summary>The concept a medication-list name stands for: the name itself, or the first term inside it ("fentanyl 25 patch").</summary>
    public string? ResolveName(string name) => Resolve(name)?.Id ?? Matcher.Match(name).FirstOrDefault()?.ConceptId;

    /// <summary>
    /// Concepts whose name or a synonym starts with the text (word-wise), best first, for autocomplete: a concept with
    /// an exact term, then with a preferred name, a brand, another synonym starting with the text, then a later word of
    /// a name, of another term; within each, the concept with the most weight (<paramref name="weights"/>, e.g.
    /// documents naming it). Each concept comes once, shown by its name if that matched, else by a matching brand, else
    /// by its name beside the term that matched (<see cref="ConceptLabels.Label"/>): "perc" is Percocet, not "percs".
    /// </summary>
    public IReadOnlyList<(Concept Concept, string Term, string Label)> Suggest(string text, int limit, IReadOnlyDictionary<string, int>? weights = null)
    {
        var prefix = TextTokenizer.NormalizePhrase(text);
        if (prefix.Length == 0) return [];
        return _terms
            .Select(t => (t.Term, t.Concept, Tier: Tier(t.Normal, t.Term, t.Concept, prefix)))
            .Where(t => t.Tier >= 0)
            .GroupBy(t => t.Concept.Id)
            .Select(g => (g.First().Concept, Tier: g.Min(t => t.Tier), Term: g
                .OrderBy(t => t.Term == t.Concept.Name ? 0 : ConceptLabels.IsBrand(t.Concept, t.Term) ? 1 : 2)
                .ThenBy(t => t.Tier).ThenBy(t => t.Term.Length).ThenBy(t => t.Term, StringComparer.Ordinal).First().Term))
            .OrderBy(c => c.Tier)
            .ThenByDescending(c => weights?.GetValueOrDefault(c.Concept.Id) ?? 0)
            .ThenBy(c => c.Term.Length)
            .ThenBy(c => c.Concept.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(c => (c.Concept, c.Term, ConceptLabels.Label(c.Concept, c.Term)))
            .ToList();
    }

    /// <summary>How well a term matches a typed prefix (lower is better), or -1 when it does not.</summary>
    private static int Tier(string normal, string term, Concept concept, string prefix)
    {
        var preferred = term == concept.Name;
        if (normal == prefix) return 0;
        if (normal.StartsWith(prefix, StringComparison.Ordinal)) return preferred ? 1 : ConceptLabels.IsBrand(concept, term) ? 2 : 3;
        if (normal.Contains(" " + prefix, StringComparison.Ordinal)) return preferred ? 4 : 5;
        return -1;
    }

    /// <summary>Builds the vocabulary, reporting duplicate ids, clashing synonyms and unknown parents.</summary>
    public static Vocabulary Build(IEnumerable<VocabularyParser.Entry> entries, List<CorpusError> errors)
    {
        var byId = new Dictionary<string, Concept>();
        var origin = new Dictionary<string, VocabularyParser.Entry>();
        var all = entries.ToList();
        foreach (var entry in all.Where(e => !e.Extends))
        {
            if (!byId.TryAdd(entry.Concept.Id, entry.Concept))
            {
                var first = origin[entry.Concept.Id];
                errors.Add(new CorpusError(entry.Path, entry.Line, $"duplicate concept id '{entry.Concept.Id}' (first at {first.Path}:{first.Line})"));
                continue;
            }
            origin[entry.Concept.Id] = entry;
        }

        foreach (var extension in all.Where(e => e.Extends))
        {
            if (!byId.TryGetValue(extension.Concept.Id, out var concept))
            {
                errors.Add(new CorpusError(extension.Path, extension.Line, $"'extends' names unknown concept '{extension.Concept.Id}'"));
                continue;
            }
            byId[concept.Id] = concept with
            {
                Synonyms = concept.Synonyms.Concat(extension.Concept.Synonyms).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                Parents = concept.Parents.Concat(extension.Concept.Parents).Distinct().ToList(),
            };
        }

        foreach (var (id, concept) in byId.ToList())
        {
            var unknown = concept.Parents.Where(p => !byId.ContainsKey(p)).ToList();
            if (unknown.Count == 0) continue;
            var entry = origin[id];
            errors.Add(new CorpusError(entry.Path, entry.Line, $"concept '{id}' names unknown parent(s) {string.Join(", ", unknown)}; they are ignored"));
            byId[id] = concept with { Parents = concept.Parents.Except(unknown).ToList() };
        }

        var byTerm = new Dictionary<string, Concept>();
        foreach (var (id, concept) in byId)
        {
            foreach (var term in concept.Terms)
            {
                var normal = TextTokenizer.NormalizePhrase(term);
                if (normal.Length == 0) continue;
                if (byTerm.TryGetValue(normal, out var other) && other.Id != id)
                {
                    var entry = origin[id];
                    errors.Add(new CorpusError(entry.Path, entry.Line, $"term '{term}' of '{id}' is already a term of '{other.Id}'; kept for '{other.Id}'"));
                    continue;
                }
                byTerm[normal] = concept;
            }
        }
        return new Vocabulary(byId, byTerm);
    }
}
