using CaseGraph.Core.Corpus;
using CaseGraph.Core.Model;

namespace CaseGraph.Indexing.Corpus;

/// <summary>
/// Ids are unique across cases, recommendations and passages. When records claim the same id, the one from the file
/// the ledger says that id was indexed from keeps it, else the one whose file comes first in ordinal path order; the
/// others are reported by their own path and left out, so no file can take another file's record. Pure.
/// </summary>
public static class IdClaims
{
    public const string TakenByAnotherFile = "its id is already used by a record in another file; this item is skipped";
    public const string TakenInSameFile = "its id is already used by another record in this file; this item is skipped";

    private sealed record Claim(object Record, string Path, string Id, IReadOnlyList<string> Ids);

    /// <param name="indexedFrom">id -> the corpus path the ledger recorded it from</param>
    /// <returns>the records that lost a claim (by reference), to be left out</returns>
    public static IReadOnlySet<object> Losers(IEnumerable<Sourced<CaseRecord>> cases, IEnumerable<Sourced<GuidelinePassage>> passages,
        IReadOnlyDictionary<string, string> indexedFrom, List<CorpusError> errors)
    {
        var claims = cases.Select(c => new Claim(c.Item, c.Path, c.Item.Id, [c.Item.Id, .. c.Item.Recommendations.Select(r => r.Id)]))
            .Concat(passages.Select(p => new Claim(p.Item, p.Path, p.Item.Id, [p.Item.Id])))
            .OrderBy(c => indexedFrom.TryGetValue(c.Id, out var source) && source == c.Path ? 0 : 1)
            .ThenBy(c => c.Path, StringComparer.Ordinal); // stable: records of one file keep their order
        var owners = new Dictionary<string, string>();
        var losers = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var claim in claims)
        {
            var taken = claim.Ids.Select(id => owners.GetValueOrDefault(id)).FirstOrDefault(owner => owner is not null);
            if (taken is null && claim.Ids.Distinct().Count() == claim.Ids.Count)
            {
                foreach (var id in claim.Ids) owners[id] = claim.Path;
                continue;
            }
            losers.Add(claim.Record);
            errors.Add(new CorpusError(claim.Path, 1, taken is null || taken == claim.Path ? TakenInSameFile : TakenByAnotherFile));
        }
        return losers;
    }
}
