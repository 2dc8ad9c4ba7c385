using CaseGraph.Core.Model;
using CaseGraph.Indexing.Corpus;

namespace CaseGraph.Benchmarks;

/// <summary>One searchable document, as the Lucene index holds it (cases, recommendations, guideline passages), for the peers to index too.</summary>
public sealed record BenchDocument(string Id, string Kind, string Title, string Text)
{
    public static IEnumerable<BenchDocument> From(CorpusSnapshot corpus)
    {
        foreach (var c in corpus.Cases.Select(s => s.Item))
        {
            yield return new BenchDocument(c.Id, "case", c.Title, c.SearchText);
            foreach (var r in c.Recommendations) yield return new BenchDocument(r.Id, "recommendation", $"Recommendation for {c.Id}: {c.Title}", r.Text);
        }
        foreach (var p in corpus.Passages.Select(s => s.Item)) yield return new BenchDocument(p.Id, "guideline", p.Title, p.Text);
    }
}
