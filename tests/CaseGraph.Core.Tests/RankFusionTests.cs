using CaseGraph.Core.Search;

namespace CaseGraph.Core.Tests;

public class RankFusionTests
{
    [Fact]
    public void Items_ranked_well_by_both_lists_come_first()
    {
        var fused = RankFusion.Fuse([["a", "b", "c"], ["b", "d", "a"]]);

        Assert.Equal(["b", "a", "d", "c"], fused.Select(f => f.Id));
        Assert.Equal(1.0 / 61 + 1.0 / 62, fused[0].Score, 12);
    }
}
