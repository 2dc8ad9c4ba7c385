namespace CaseGraph.Core.Model;

/// <summary>One passage of guidance, in the project's own words, naming the source it draws on.</summary>
/// <param name="Url">where the source can be read: an absolute http or https address, when the corpus gives one</param>
/// <param name="Published">the source's publication date, <c>yyyy-mm-dd</c> or <c>yyyy-mm</c>, when given</param>
/// <param name="Grade">the source's grade of the recommendation (e.g. "Category A; evidence type 4"), when given</param>
public sealed record GuidelinePassage(string Id, string Title, string Text, string Source, string Section,
    string? Url = null, string? Published = null, string? Grade = null);
