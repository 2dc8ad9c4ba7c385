using CaseGraph.Core.Model;
using CaseGraph.Core.Semantic;

namespace CaseGraph.Semantic.Tests;

[Collection(ArcticXsCollection.Name)]
public sealed class SemanticIndexTests(ArcticXsModel model) : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ITextEmbedder _embedder = model.Embedder;

    private static readonly (string Id, DocumentKind Kind, string Text)[] Items =
    [
        ("gl-taper", DocumentKind.Guideline, "Opioid tapering.\nReduce the daily dose by about 10% a month for patients on long-term opioids."),
        ("gl-naloxone", DocumentKind.Guideline, "Naloxone.\nOffer naloxone to every patient at risk of an overdose and teach the family to use it."),
        ("case-1", DocumentKind.Case, "Man on oxycodone for years who wants to come off slowly.\nHow fast should we lower his dose?"),
        ("case-2", DocumentKind.Case, "Woman on oxycodone for back pain who wants to lower her dose.\nHow slowly can she come off it?"),
        ("case-3", DocumentKind.Case, "Teenager with migraine and no opioid use.\nWhich preventive treatment?"),
    ];

    private void Write(long sequence, int embedded, string? modelId = null) =>
        VectorStoreFiles.Write(_folder.Path, sequence, modelId ?? _embedder.ModelId, _embedder.Dimensions, Items.Length,
            Items.Take(embedded).Select(i => (i.Id, i.Kind, _embedder.Embed(i.Text))));

    [Fact]
    public void A_question_finds_the_passage_close_in_meaning_within_its_kind_and_allowed_ids()
    {
        Write(3, Items.Length);
        var index = new SemanticIndex(_folder.Path, _embedder);
        index.Refresh(3);
        var view = index.Pin(3);

        var hits = view.Search("how slowly should I wean him off his pain pills", DocumentKind.Guideline, null, 5, CancellationToken.None);
        var allowed = view.Search("how slowly should I wean him off his pain pills", null, ["gl-naloxone", "case-3"], 5, CancellationToken.None);

        Assert.Equal(["gl-taper", "gl-naloxone"], hits.Select(h => h.Id));
        Assert.Equal(["gl-naloxone", "case-3"], allowed.Select(h => h.Id).Order(StringComparer.Ordinal).Reverse());
        Assert.True(view.Coverage.IsComplete);
        var taper = Items[0].Text;
        Assert.Contains("10%", taper.Substring(hits[0].Chunk.Start, hits[0].Chunk.Length));
    }

    [Fact]
    public void A_stored_case_finds_the_case_like_it_and_never_itself()
    {
        Write(1, Items.Length);
        var index = new SemanticIndex(_folder.Path, _embedder);
        index.Refresh(1);

        var similar = index.Pin(1).SimilarTo("case-1", DocumentKind.Case, 5, CancellationToken.None);

        Assert.Equal(["case-2", "case-3"], similar.Select(h => h.Id));
        Assert.Empty(index.Pin(1).SimilarTo("no-such-case", DocumentKind.Case, 5, CancellationToken.None));
    }

    [Fact]
    public void Vectors_fill_in_behind_the_lexical_commit_and_a_newer_runs_vectors_are_never_read_for_an_older_commit()
    {
        var index = new SemanticIndex(_folder.Path, _embedder);
        index.Refresh(4);
        Assert.IsType<NoSemanticView>(index.Pin(4));

        Write(4, embedded: 2);
        index.Refresh(4);
        Assert.Equal(new SemanticCoverage(4, 2, Items.Length), index.Pin(4).Coverage);
        Assert.False(index.Pin(4).Coverage.IsComplete);

        Write(4, embedded: Items.Length); // the worker rewrites the run's file as it goes
        index.Refresh(4);
        Assert.True(index.Pin(4).Coverage.IsComplete);
        Assert.IsType<NoSemanticView>(index.Pin(3));

        Write(5, Items.Length); // written before the reader sees lexical commit 5
        index.Refresh(4);
        Assert.Equal(4, index.Pin(5).Coverage.Sequence);
    }

    [Fact]
    public void Another_models_vectors_sit_out_and_say_why()
    {
        Write(2, Items.Length, modelId: "another-model/1");
        var index = new SemanticIndex(_folder.Path, _embedder);

        index.Refresh(2);

        Assert.IsType<NoSemanticView>(index.Pin(2));
        Assert.Contains("another model", index.Problem);
    }

    public void Dispose() => _folder.Dispose();
}
