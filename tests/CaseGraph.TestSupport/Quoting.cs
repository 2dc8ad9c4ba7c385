using System.Text.RegularExpressions;

namespace CaseGraph.Tests.Shared;

/// <summary>Whether a text (a log, a message, a report) quotes an identifier.</summary>
public static class Quoting
{
    /// <summary>The identifier appears with no digit touching it: a timing such as "1.1701961 s" does not quote the year
    /// 1961, while "MRN48213377" does quote 48213377.</summary>
    public static bool Quotes(string text, string identifier) =>
        Regex.IsMatch(text, $@"(?<!\d){Regex.Escape(identifier)}(?!\d)");
}
