using CaseGraph.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CaseGraph.Lucene;

/// <summary>
/// Expands the wildcard, prefix, fuzzy and range terms of one request: walks each segment's term dictionary through the
/// query's own terms enum, checks the request's token at every word, and refuses the query once its terms match more
/// than <see cref="QueryLimits.MaxExpansions"/> words in all. Wildcard, prefix and range terms score as constants;
/// a fuzzy term keeps its closest <see cref="FuzzyExpansions"/> words, weighted by similarity (as Lucene's default does).
/// </summary>
internal sealed class BoundedExpansion(CancellationToken ct) : MultiTermQuery.RewriteMethod
{
    public const int FuzzyExpansions = 50;
    private int _expanded;

    public override Query Rewrite(IndexReader reader, MultiTermQuery query)
    {
        var matches = new Dictionary<BytesRef, float>(); // word -> similarity (1 but for fuzzy terms)
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.GetTerms(query.Field) is not { } terms) continue;
            var words = GetTermsEnum(query, terms, new AttributeSource());
            var similarity = words.Attributes.AddAttribute<IBoostAttribute>();
            while (words.MoveNext())
            {
                ct.ThrowIfCancellationRequested();
                var word = words.Term;
                if (matches.ContainsKey(word)) continue;
                if (++_expanded > QueryLimits.MaxExpansions) throw new QuerySyntaxException(QueryLimits.ExpansionsRefused);
                matches.Add(BytesRef.DeepCopyOf(word), similarity.Boost);
            }
        }
        var fuzzy = query is FuzzyQuery;
        var kept = fuzzy ? matches.OrderByDescending(m => m.Value).Take(FuzzyExpansions) : matches;
        var anyOf = new BooleanQuery(disableCoord: true);
        foreach (var (word, boost) in kept)
            anyOf.Add(new TermQuery(new Term(query.Field, word)) { Boost = fuzzy ? boost : 1f }, Occur.SHOULD);
        if (fuzzy)
        {
            anyOf.Boost = query.Boost;
            return anyOf;
        }
        return new ConstantScoreQuery(anyOf) { Boost = query.Boost };
    }
}
