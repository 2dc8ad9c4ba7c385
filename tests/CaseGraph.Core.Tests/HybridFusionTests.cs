using CaseGraph.Core.Search;
using CaseGraph.Core.Semantic;

namespace CaseGraph.Core.Tests;

public class HybridFusionTests
{
    private static SemanticHit Hit(string id, float score = 0.5f) => new(id, score, new TextSpan(0, 10));

    [Fact]
    public void An_item_high_in_both_rankings_leads_and_each_keeps_where_it_came_from()
    {
        var fused = HybridFusion.Fuse(["a", "b", "c"], [Hit("b"), Hit("d"), Hit("a")], new FusionWeights(1, 1));

        Assert.Equal(["b", "a", "d", "c"], fused.Select(f => f.Id));
        Assert.Equal((int?)1, fused[0].LexicalRank);
        Assert.NotNull(fused[0].Meaning);
        var onlyByMeaning = Assert.Single(fused, f => f.Id == "d");
        Assert.Null(onlyByMeaning.LexicalRank);
        Assert.Null(Assert.Single(fused, f => f.Id == "c").Meaning);
    }

    [Fact]
    public void Weights_decide_between_the_two_rankings()
    {
        IReadOnlyList<string> lexical = ["x", "y"];
        IReadOnlyList<SemanticHit> meaning = [Hit("y"), Hit("x")];

        Assert.Equal("x", HybridFusion.Fuse(lexical, meaning, new FusionWeights(2, 1))[0].Id);
        Assert.Equal("y", HybridFusion.Fuse(lexical, meaning, new FusionWeights(1, 2))[0].Id);
    }

    [Fact]
    public void Without_meaning_the_lexical_order_is_kept()
    {
        Assert.Equal(["c", "a", "b"], HybridFusion.Fuse(["c", "a", "b"], [], HybridFusion.For(null)).Select(f => f.Id));
    }

    [Fact]
    public void The_lexical_ranking_continues_below_the_fused_one_without_repeating_an_item_and_with_falling_scores()
    {
        var fused = HybridFusion.Fuse(["a", "b", "c"], [], new FusionWeights(1, 2, K: 10));

        var all = HybridFusion.Continue(fused, ["b", "d", "e"]).ToList();

        Assert.Equal(["a", "b", "c", "d", "e"], all.Select(f => f.Id));
        Assert.Equal(all.Select(f => f.Score).OrderDescending(), all.Select(f => f.Score));
        Assert.True(all[3].Score < all[2].Score);
    }
}
