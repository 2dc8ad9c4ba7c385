using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;

namespace CaseGraph.Lucene;

/// <summary>Builds Lucene queries from an <see cref="IndexQuery"/>; user text is always parsed, never concatenated.</summary>
public sealed class QueryFactory(Analyzer analyzer)
{
    public const int MaxClauses = 1024;

    /// <summary>The full query (text and concepts scored, filters unscored) and the text part alone, for highlighting.</summary>
    public (Query Query, Query? TextQuery) Build(IndexQuery request)
    {
        var text = ParseText(request.Text, request.Syntax);
        var scored = new BooleanQuery();
        // In Lucene syntax the user's query decides what matches and concepts only rank; in simple mode a
        // concept (or a class member) may match on its own, so "benzos" finds a case that says only "Xanax".
        if (text is not null) scored.Add(text, request.Syntax == QuerySyntax.Lucene ? Occur.MUST : Occur.SHOULD);
        foreach (var boost in request.ConceptBoosts)
            scored.Add(new TermQuery(new Term(boost.OnCase ? LuceneFields.CaseConcept : LuceneFields.Concept, boost.ConceptId)) { Boost = boost.Boost }, Occur.SHOULD);

        var query = new BooleanQuery();
        query.Add(scored.Clauses.Count > 0 ? scored : new MatchAllDocsQuery(), Occur.MUST);
        if (request.Kind is { } kind) query.Add(Filter(new TermQuery(new Term(LuceneFields.Kind, kind.ToSlug()))), Occur.MUST);
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
        return (query, text);
    }

    private Query? ParseText(string? text, QuerySyntax syntax)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (syntax == QuerySyntax.Simple)
        {
            // Like Elasticsearch's simple_query_string: never throws; what is not syntax is read as words.
            var parser = new SimpleQueryParser(analyzer, LuceneFields.TextWeights) { DefaultOperator = Occur.SHOULD };
            var parsed = parser.Parse(text);
            return parsed is BooleanQuery { Clauses.Count: 0 } ? null : parsed;
        }

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
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new QuerySyntaxException($"The query has more than {MaxClauses} clauses.");
        }
    }

    private static ConstantScoreQuery Filter(Query q) => new(q) { Boost = 0f };
}
