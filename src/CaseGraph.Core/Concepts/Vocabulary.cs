using CaseGraph.Core.Corpus;
using CaseGraph.Core.Model;

namespace CaseGraph.Core.Concepts;

/// <summary>The validated set of concepts with a lookup from every name and synonym to its concept.</summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, Concept> _byId;
    private readonly Dictionary<string, Concept> _byTerm;

    private Vocabulary(Dictionary<string, Concept> byId, Dictionary<string, Concept> byTerm)
    {
        _byId = byId;
        _byTerm = byTerm;
        Matcher = new ConceptMatcher(byTerm.Select(kv => (kv.Key, kv.Value.Id)));
    }

    public static Vocabulary Empty { get; } = Build([], []);

    public IReadOnlyCollection<Concept> Concepts => _byId.Values;
    public ConceptMatcher Matcher { get; }

    public Concept? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The concept a user's word names: an id, a preferred name, a brand or an abbreviation.</summary>
    public Concept? Resolve(string term) =>
        _byId.GetValueOrDefault(term.Trim().ToLowerInvariant()) ?? _byTerm.GetValueOrDefault(TextTokenizer.NormalizePhrase(term));

    /// <summary>Builds the vocabulary, reporting duplicate ids, clashing synonyms and unknown parents.</summary>
    public static Vocabulary Build(IEnumerable<VocabularyParser.Entry> entries, List<CorpusError> errors)
    {
        var byId = new Dictionary<string, Concept>();
        var origin = new Dictionary<string, VocabularyParser.Entry>();
        foreach (var entry in entries)
        {
            if (!byId.TryAdd(entry.Concept.Id, entry.Concept))
            {
                var first = origin[entry.Concept.Id];
                errors.Add(new CorpusError(entry.Path, entry.Line, $"duplicate concept id '{entry.Concept.Id}' (first at {first.Path}:{first.Line})"));
                continue;
            }
            origin[entry.Concept.Id] = entry;
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
