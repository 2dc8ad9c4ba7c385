using System.Text.RegularExpressions;

namespace CaseGraph.Core.Privacy.Finders;

/// <summary>Finds one kind of identifier in a text: spans (end exclusive), in any order, perhaps overlapping, all as sure
/// as the finder's <see cref="Confidence"/>.</summary>
public interface IPhiFinder
{
    double Confidence { get; }

    IEnumerable<(PhiKind Kind, int Start, int End)> Find(string text);
}

/// <summary>
/// A pattern for one kind. Where it has a group named "id", only that group is the identifier (a label before it is
/// context). It runs only on text holding one of its required characters, and one of its required words (ignoring
/// case), when it has any: both checks are vectorised and far cheaper than the pattern.
/// </summary>
public sealed class RegexFinder(Regex pattern, PhiKind kind, string requires = "", double confidence = PhiConfidence.Shaped,
    string[]? requiresWords = null) : IPhiFinder
{
    private readonly System.Buffers.SearchValues<string>? _words =
        requiresWords is null ? null : System.Buffers.SearchValues.Create(requiresWords, StringComparison.OrdinalIgnoreCase);

    public double Confidence => confidence;

    /// <summary>For patterns that need a number: most short fields have none, and the check is far cheaper than a regex.</summary>
    public const string Digits = "0123456789";

    /// <summary>Whether a text holds a digit: finders of numbers return at once when it does not.</summary>
    public static bool HasDigit(string text) => text.AsSpan().ContainsAnyInRange('0', '9');

    public IEnumerable<(PhiKind Kind, int Start, int End)> Find(string text)
    {
        if (requires.Length > 0 && text.AsSpan().IndexOfAny(requires) < 0 || _words is not null && text.AsSpan().IndexOfAny(_words) < 0) yield break;
        foreach (Match m in pattern.Matches(text))
        {
            var id = m.Groups["id"];
            var span = id.Success ? id : (Group)m;
            yield return (kind, span.Index, span.Index + span.Length);
        }
    }
}
