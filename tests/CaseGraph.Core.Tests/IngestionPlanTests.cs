using CaseGraph.Core.Ingestion;

namespace CaseGraph.Core.Tests;

public class IngestionPlanTests
{
    [Fact]
    public void Splits_items_into_added_changed_removed_and_unchanged()
    {
        var desired = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2-new", ["c"] = "3" };
        var recorded = new Dictionary<string, string> { ["b"] = "2", ["c"] = "3", ["d"] = "4" };

        var plan = IngestionPlan.Diff(desired, recorded);

        Assert.Equal(["a"], plan.Added);
        Assert.Equal(["b"], plan.Changed);
        Assert.Equal(["d"], plan.Removed);
        Assert.Equal(1, plan.Unchanged);
    }

    [Fact]
    public void An_unchanged_corpus_plans_nothing_unless_a_rebuild_is_asked()
    {
        var same = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" };

        Assert.True(IngestionPlan.Diff(same, same).IsEmpty);
        Assert.Equal(["a", "b"], IngestionPlan.Diff(same, same, rebuild: true).Changed);
    }

    [Fact]
    public void Content_hashes_are_stable_and_separate_their_parts()
    {
        Assert.Equal(ContentHash.Of("a", "b"), ContentHash.Of("a", "b"));
        Assert.NotEqual(ContentHash.Of("ab", ""), ContentHash.Of("a", "b"));
    }
}
