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
}
