using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;
using SimpleOperator = Lucene.Net.QueryParsers.Simple.Operator;

namespace CaseGraph.Lucene;

/// <summary>
/// Builds Lucene queries from an <see cref="IndexQuery"/>. User text is always parsed, never concatenated, and the
/// parsed query is bounded (<see cref="QueryLimits"/>): so many terms, so deep, finite boosts, no regular expressions,
/// wildcard terms refused before their automaton is built when it would be costly, and every expansion walked
/// under the request's token (<see cref="BoundedExpansion"/>).
/// </summary>
/// <param name="fieldWeights">the fields free text searches, with their weights (from the commit's search model)</param>
public sealed class QueryFactory(Analyzer analyzer, IReadOnlyDictionary<string, float> fieldWeights)
{
    private readonly Dictionary<string, float> _weights = new(fieldWeights); // the parsers take a mutable dictionary; this copy is never changed

    public const int MaxClauses = 1024;

    /// <summary>The full query (text and concepts scored, filters unscored) and the text part alone, for highlighting.</summary>
    /// <param name="documentFrequency">how many documents hold an analysed word, to keep a long pasted text's rarest words</param>
    public (Query Query, Query? TextQuery) Build(IndexQuery request, CancellationToken ct = default, Func<string, int>? documentFrequency = null)
    {
        var text = ParseText(request.Text, request.Syntax, request.MaxTerms, ct, documentFrequency);
        var scored = new BooleanQuery();
        // In Lucene syntax the user's query decides what matches and concepts only rank; in simple mode a
        // concept (or a class member) may match on its own, so "benzos" finds a case that says only "Xanax".
        if (text is not null) scored.Add(text, request.Syntax == QuerySyntax.Lucene ? Occur.MUST : Occur.SHOULD);
        foreach (var boost in request.ConceptBoosts)
            scored.Add(new TermQuery(new Term(boost.OnCase ? LuceneFields.CaseConcept : LuceneFields.Concept, boost.ConceptId)) { Boost = boost.Boost }, Occur.SHOULD);

        var query = new BooleanQuery(disableCoord: true); // a document outside the MME band boosted keeps its whole score
        if (request.OnlyIds is { } ids)
        {
            // The listed documents match whatever the text says; the text and concepts only score and highlight them.
            query.Add(new ConstantScoreQuery(new TermsFilter(ids.Select(id => new Term(LuceneFields.Id, id)).ToList())) { Boost = 0f }, Occur.MUST);
            if (scored.Clauses.Count > 0) query.Add(scored, Occur.SHOULD);
        }
        else query.Add(scored.Clauses.Count > 0 ? scored : new MatchAllDocsQuery(), Occur.MUST);
        if (request.MmeBandBoost is { } band) // scores only what the rest matches
            query.Add(new TermQuery(new Term(LuceneFields.MmeBand, band.Band)) { Boost = band.Boost }, Occur.SHOULD);
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

    private Query? ParseText(string? text, QuerySyntax syntax, int maxTerms, CancellationToken ct, Func<string, int>? documentFrequency)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        Query? query;
        try
        {
            query = syntax == QuerySyntax.Simple ? ParseSimple(text) : ParseLucene(text, ct);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new QuerySyntaxException($"The query has more than {MaxClauses} clauses.");
        }
        // Text without a single searchable word ("*:*", "???") finds nothing rather than everything.
        if (query is null or BooleanQuery { Clauses.Count: 0 }) return new BooleanQuery();
        var terms = Bound(query, syntax, 1f, new BoundedExpansion(ct));
        if (terms <= maxTerms) return query;
        if (syntax == QuerySyntax.Lucene) throw new QuerySyntaxException($"The query has {terms} terms; at most {maxTerms} are allowed.");
        return InformativeWords(text, maxTerms, documentFrequency);
    }

    /// <summary>
    /// A long pasted text in the simple syntax (a rambling question, a case summary) is answered, not refused: its
    /// analysed words, each once, the rarest in the index first (a word no document holds is dropped; without document
    /// frequencies, the first words), at most <paramref name="maxTerms"/>, each searched in every weighted field.
    /// </summary>
    private Query InformativeWords(string text, int maxTerms, Func<string, int>? documentFrequency)
    {
        var words = new List<string>();
        using (var tokens = analyzer.GetTokenStream(LuceneFields.Text, text))
        {
            var term = tokens.AddAttribute<global::Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            tokens.Reset();
            while (tokens.IncrementToken()) words.Add(term.ToString());
            tokens.End();
        }
        var distinct = words.Distinct(StringComparer.Ordinal);
        var kept = documentFrequency is null ? distinct.Take(maxTerms)
            : distinct.Select((w, i) => (Word: w, At: i, Df: documentFrequency(w))).Where(w => w.Df > 0)
                .OrderBy(w => w.Df).ThenBy(w => w.At).Take(maxTerms).Select(w => w.Word);
        var query = new BooleanQuery();
        foreach (var word in kept)
            foreach (var (field, weight) in _weights)
                query.Add(new TermQuery(new Term(field, word)) { Boost = weight }, Occur.SHOULD);
        return query;
    }

    /// <summary>Like Elasticsearch's simple_query_string: never throws on syntax; what is not syntax is read as words.</summary>
    private Query? ParseSimple(string text)
    {
        var flags = (SimpleOperator)(-1);
        // The parser recurses per bracket: past the depth limit brackets are read as words, not as grouping.
        if (QueryLimits.NestingDepth(text) > QueryLimits.MaxDepth) flags &= ~SimpleOperator.PRECEDENCE_OPERATORS;
        return new BoundedSimpleQueryParser(analyzer, _weights, flags) { DefaultOperator = Occur.SHOULD }.Parse(text);
    }

    private Query ParseLucene(string text, CancellationToken ct)
    {
        if (QueryLimits.NestingDepth(text) > QueryLimits.MaxDepth)
            throw new QuerySyntaxException($"The query nests brackets more than {QueryLimits.MaxDepth} deep.");
        var classic = new BoundedClassicQueryParser(analyzer, _weights, ct)
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

    /// <summary>Words in a parsed query (a word searched in both text fields counts once). On the way it refuses a boost
    /// that is not finite or too large (with the boosts around it), and has every expanding term expand under the request's bounds.</summary>
    private int Bound(Query query, QuerySyntax syntax, float outerBoost, BoundedExpansion expansion)
    {
        var boost = outerBoost * query.Boost;
        if (!QueryLimits.IsAllowedBoost(boost)) throw new QuerySyntaxException(QueryLimits.BoostRefused);
        switch (query)
        {
            case BooleanQuery b when syntax == QuerySyntax.Simple && IsOneWordAcrossFields(b):
                foreach (var c in b.Clauses) Bound(c.Query, syntax, boost, expansion);
                return 1;
            case BooleanQuery b:
                return b.Clauses.Sum(c => Bound(c.Query, syntax, boost, expansion));
            case DisjunctionMaxQuery d:
                return d.Disjuncts.Sum(q => Bound(q, syntax, boost, expansion));
            case MultiTermQuery m:
                m.MultiTermRewriteMethod = expansion;
                return 1;
            default:
                return 1;
        }
    }

    /// <summary>The simple parser searches one word in each weighted field: a disjunction of single-term queries.</summary>
    private bool IsOneWordAcrossFields(BooleanQuery b) =>
        b.Clauses.Count == _weights.Count && b.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is not BooleanQuery);

    /// <summary>A prefix shorter than <see cref="QueryLimits.MinWildcardPrefix"/> ("*", "a*") is read as the word, not as "every term".</summary>
    private sealed class BoundedSimpleQueryParser(Analyzer analyzer, Dictionary<string, float> weights, SimpleOperator flags) : SimpleQueryParser(analyzer, weights, flags)
    {
        protected override Query NewPrefixQuery(string text) =>
            text.Length < QueryLimits.MinWildcardPrefix ? NewDefaultQuery(text) : base.NewPrefixQuery(text);

        /// <summary>A fuzzy term longer than <see cref="QueryLimits.MaxWildcardLength"/> is read as the word: its automaton would be costly.</summary>
        protected override Query NewFuzzyQuery(string text, int fuzziness) =>
            text.Length > QueryLimits.MaxWildcardLength ? NewDefaultQuery(text) : base.NewFuzzyQuery(text, fuzziness);
    }

    /// <summary>Refuses a regular expression, and a wildcard term whose automaton would be costly, before the automaton is
    /// built (building it cannot be stopped); checks the request's token before each automaton it does build.</summary>
    private sealed class BoundedClassicQueryParser(Analyzer analyzer, Dictionary<string, float> weights, CancellationToken ct)
        : MultiFieldQueryParser(LuceneFields.Version, [.. weights.Keys], analyzer, weights)
    {
        protected override Query GetRegexpQuery(string field, string termStr) => throw new QuerySyntaxException(QueryLimits.RegexRefused);

        protected override Query GetWildcardQuery(string field, string termStr)
        {
            if (field == "*" && termStr == "*") return base.GetWildcardQuery(field, termStr); // *:* matches all, no expansion
            if (QueryLimits.WildcardRefusal(termStr) is { } refusal) throw new QuerySyntaxException(refusal);
            ct.ThrowIfCancellationRequested();
            return base.GetWildcardQuery(field, termStr);
        }

        protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
            termStr.Length > QueryLimits.MaxWildcardLength ? throw new QuerySyntaxException(QueryLimits.FuzzyRefused) : base.GetFuzzyQuery(field, termStr, minSimilarity);

        protected override Query GetPrefixQuery(string field, string termStr) =>
            QueryLimits.WildcardRefusal(termStr + "*") is { } refusal ? throw new QuerySyntaxException(refusal) : base.GetPrefixQuery(field, termStr);
    }

    private static ConstantScoreQuery Filter(Query q) => new(q) { Boost = 0f };

    /// <summary>The kind filter, the most common one, is cached per segment as a bit set.</summary>
    internal static Filter KindFilter(DocumentKind kind) => KindFilters[kind];

    private static readonly IReadOnlyDictionary<DocumentKind, Filter> KindFilters = Enum.GetValues<DocumentKind>().ToDictionary(k => k,
        k => (Filter)new BitSetCachingFilter(new QueryWrapperFilter(new TermQuery(new Term(LuceneFields.Kind, k.ToSlug())))));
}
