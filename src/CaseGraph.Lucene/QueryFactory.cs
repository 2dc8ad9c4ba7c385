using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;
using SimpleOperator = Lucene.Net.QueryParsers.Simple.Operator;

namespace CaseGraph.Lucene;

/// <summary>
/// Builds Lucene queries from an <see cref="IndexQuery"/>. User text is always parsed, never concatenated, and the
/// parsed query is bounded (<see cref="QueryLimits"/>): so many terms, so deep, no regular expressions, no
/// wildcard on fewer than two characters.
/// </summary>
public sealed class QueryFactory(Analyzer analyzer)
{
    public const int MaxClauses = 1024;

    /// <summary>The full query (text and concepts scored, filters unscored) and the text part alone, for highlighting.</summary>
    public (Query Query, Query? TextQuery) Build(IndexQuery request)
    {
        var text = ParseText(request.Text, request.Syntax, request.MaxTerms);
        var scored = new BooleanQuery();
        // In Lucene syntax the user's query decides what matches and concepts only rank; in simple mode a
        // concept (or a class member) may match on its own, so "benzos" finds a case that says only "Xanax".
        if (text is not null) scored.Add(text, request.Syntax == QuerySyntax.Lucene ? Occur.MUST : Occur.SHOULD);
        foreach (var boost in request.ConceptBoosts)
            scored.Add(new TermQuery(new Term(boost.OnCase ? LuceneFields.CaseConcept : LuceneFields.Concept, boost.ConceptId)) { Boost = boost.Boost }, Occur.SHOULD);

        var query = new BooleanQuery();
        query.Add(scored.Clauses.Count > 0 ? scored : new MatchAllDocsQuery(), Occur.MUST);
        if (!string.IsNullOrEmpty(request.Topic)) query.Add(Filter(new TermQuery(new Term(LuceneFields.Topic, request.Topic))), Occur.MUST);
        foreach (var (facet, value) in request.FacetFilters)
            query.Add(Filter(new TermQuery(new Term(LuceneFields.FacetField(facet), value))), Occur.MUST);
        if (request.PresentedFrom is not null || request.PresentedTo is not null)
            query.Add(Filter(TermRangeQuery.NewStringRange(LuceneFields.Presented, request.PresentedFrom, request.PresentedTo, true, true)), Occur.MUST);
        if (!string.IsNullOrEmpty(request.Annotation))
            query.Add(Filter(new TermQuery(new Term(LuceneFields.Annotation, request.Annotation))), Occur.MUST);
        if (request.MinMme is not null || request.MaxMme is not null)
            query.Add(Filter(NumericRangeQuery.NewDoubleRange(LuceneFields.Mme, request.MinMme, request.MaxMme, true, true)), Occur.MUST);
        foreach (var group in request.RequiredConceptGroups)
        {
            var anyOf = new BooleanQuery();
            foreach (var id in group)
            {
                anyOf.Add(new TermQuery(new Term(LuceneFields.Concept, id)), Occur.SHOULD);
                anyOf.Add(new TermQuery(new Term(LuceneFields.CaseConcept, id)), Occur.SHOULD);
            }
            query.Add(Filter(anyOf), Occur.MUST);
        }
        // Without filters the scored disjunction itself is the query, so Lucene can score it in bulk, out of order.
        var built = query.Clauses.Count == 1 ? query.Clauses[0].Query : query;
        return (request.Kind is { } kind ? new FilteredQuery(built, KindFilters[kind]) : built, text);
    }

    private Query? ParseText(string? text, QuerySyntax syntax, int maxTerms)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        Query? query;
        try
        {
            query = syntax == QuerySyntax.Simple ? ParseSimple(text) : ParseLucene(text);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new QuerySyntaxException($"The query has more than {MaxClauses} clauses.");
        }
        // Text without a single searchable word ("*:*", "???") finds nothing rather than everything.
        if (query is null or BooleanQuery { Clauses.Count: 0 }) return new BooleanQuery();
        var terms = CountTerms(query, syntax);
        if (terms > maxTerms) throw new QuerySyntaxException($"The query has {terms} terms; at most {maxTerms} are allowed.");
        return query;
    }

    /// <summary>Like Elasticsearch's simple_query_string: never throws on syntax; what is not syntax is read as words.</summary>
    private Query? ParseSimple(string text)
    {
        var flags = (SimpleOperator)(-1);
        // The parser recurses per bracket: past the depth limit brackets are read as words, not as grouping.
        if (QueryLimits.NestingDepth(text) > QueryLimits.MaxDepth) flags &= ~SimpleOperator.PRECEDENCE_OPERATORS;
        return new BoundedSimpleQueryParser(analyzer, flags) { DefaultOperator = Occur.SHOULD }.Parse(text);
    }

    private Query ParseLucene(string text)
    {
        if (QueryLimits.NestingDepth(text) > QueryLimits.MaxDepth)
            throw new QuerySyntaxException($"The query nests brackets more than {QueryLimits.MaxDepth} deep.");
        var classic = new MultiFieldQueryParser(LuceneFields.Version, [.. LuceneFields.TextWeights.Keys], analyzer, LuceneFields.TextWeights)
        {
            AllowLeadingWildcard = false,
            DefaultOperator = global::Lucene.Net.QueryParsers.Classic.Operator.OR,
        };
        try
        {
            return classic.Parse(text);
        }
        catch (ParseException ex)
        {
            throw new QuerySyntaxException($"Invalid Lucene query syntax: {ex.Message.Split('\n')[0]}");
        }
    }

    /// <summary>Words in a parsed query (a word searched in both text fields counts once); refuses what no user query needs.</summary>
    private static int CountTerms(Query query, QuerySyntax syntax) => query switch
    {
        BooleanQuery b when syntax == QuerySyntax.Simple && IsOneWordAcrossFields(b) => 1,
        BooleanQuery b => b.Clauses.Sum(c => CountTerms(c.Query, syntax)),
        DisjunctionMaxQuery d => d.Disjuncts.Sum(q => CountTerms(q, syntax)),
        RegexpQuery => throw new QuerySyntaxException("Regular expressions (/.../) are not accepted; use words, phrases or a trailing wildcard."),
        PrefixQuery or WildcardQuery when CharactersBeforeWildcard(query) < QueryLimits.MinWildcardPrefix =>
            throw new QuerySyntaxException($"A wildcard needs at least {QueryLimits.MinWildcardPrefix} characters before it."),
        _ => 1,
    };

    private static int CharactersBeforeWildcard(Query query) => query switch
    {
        PrefixQuery p => p.Prefix.Text.Length,
        WildcardQuery w => w.Term.Text.TakeWhile(ch => ch is not ('*' or '?')).Count(),
        _ => int.MaxValue,
    };

    /// <summary>The simple parser searches one word in each weighted field: a disjunction of single-term queries.</summary>
    private static bool IsOneWordAcrossFields(BooleanQuery b) =>
        b.Clauses.Count == LuceneFields.TextWeights.Count && b.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is not BooleanQuery);

    /// <summary>A prefix shorter than <see cref="QueryLimits.MinWildcardPrefix"/> ("*", "a*") is read as the word, not as "every term".</summary>
    private sealed class BoundedSimpleQueryParser(Analyzer analyzer, SimpleOperator flags) : SimpleQueryParser(analyzer, LuceneFields.TextWeights, flags)
    {
        protected override Query NewPrefixQuery(string text) =>
            text.Length < QueryLimits.MinWildcardPrefix ? NewDefaultQuery(text) : base.NewPrefixQuery(text);
    }

    private static ConstantScoreQuery Filter(Query q) => new(q) { Boost = 0f };

    /// <summary>The kind filter, the most common one, is cached per segment as a bit set.</summary>
    private static readonly IReadOnlyDictionary<DocumentKind, Filter> KindFilters = Enum.GetValues<DocumentKind>().ToDictionary(k => k,
        k => (Filter)new BitSetCachingFilter(new QueryWrapperFilter(new TermQuery(new Term(LuceneFields.Kind, k.ToSlug())))));
}
