using CaseGraph.Core.Search;

namespace CaseGraph.Core.Tests;

public class QueryLimitsTests
{
    [Theory]
    [InlineData("pain", 0)]
    [InlineData("(a (b c)) (d)", 2)]
    [InlineData("\"((((\" a", 0)]
    [InlineData(@"\(\(\( a", 0)]
    [InlineData(")))(((", 3)]
    public void Nesting_depth_ignores_quoted_and_escaped_brackets(string text, int depth) => Assert.Equal(depth, QueryLimits.NestingDepth(text));

    [Fact]
    public void Ten_thousand_nested_brackets_are_measured_without_recursion() =>
        Assert.Equal(10_000, QueryLimits.NestingDepth(new string('(', 10_000) + "x" + new string(')', 10_000)));

    [Theory]
    [InlineData("a b c d", 2, "a b ")]
    [InlineData("  a   b ", 5, "  a   b ")]
    [InlineData("one", 1, "one")]
    [InlineData("", 3, "")]
    public void First_words_cuts_after_that_many_words(string text, int max, string expected) => Assert.Equal(expected, QueryLimits.FirstWords(text, max));

    [Theory]
    [InlineData("ta?er", null)]
    [InlineData("bupren*", null)]
    [InlineData("ab*a?b?c", null)]
    [InlineData("*adone", "at least 2 characters")]
    [InlineData("t?per", "at least 2 characters")]
    [InlineData("ab*a??????????????", "at most 4 wildcards")] // "*" then many "?": an automaton of 2^15 states
    [InlineData("ab*aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "50 characters")]
    public void A_wildcard_term_is_judged_by_its_prefix_wildcards_and_length(string term, string? refusal)
    {
        if (refusal is null) Assert.Null(QueryLimits.WildcardRefusal(term));
        else Assert.Contains(refusal, QueryLimits.WildcardRefusal(term));
    }

    [Theory]
    [InlineData(1f, true)]
    [InlineData(0f, true)]
    [InlineData(QueryLimits.MaxBoost, true)]
    [InlineData(QueryLimits.MaxBoost * 1.01f, false)]
    [InlineData(float.PositiveInfinity, false)]
    [InlineData(float.NaN, false)]
    [InlineData(-1f, false)]
    public void Only_a_finite_boost_up_to_the_cap_is_allowed(float boost, bool allowed) => Assert.Equal(allowed, QueryLimits.IsAllowedBoost(boost));
}
