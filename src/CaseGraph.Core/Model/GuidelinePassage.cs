namespace CaseGraph.Core.Model;

/// <summary>One passage of guidance, in the project's own words, naming the source it draws on.</summary>
public sealed record GuidelinePassage(string Id, string Title, string Text, string Source, string Section);
