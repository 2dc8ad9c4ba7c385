using System.Text.RegularExpressions;

namespace CaseGraph.Core.Concepts;

/// <summary>
/// Marks each concept mention as affirmed, negated, historical, hypothetical or about someone else, with the
/// trigger phrase that decided it (a ConText-style algorithm: triggers govern a window of words within their
/// sentence, until a terminator). When several apply: negated, then other person, then hypothetical, then historical.
/// Pure and thread-safe.
/// </summary>
public sealed partial class ContextDetector
{
    public static ContextDetector Default { get; } = new();

    private readonly ConceptMatcher _forward;
    private readonly ConceptMatcher _backward;
    private readonly Dictionary<string, ContextTrigger> _byKey = new();

    public ContextDetector()
    {
        _forward = MatcherFor(TriggerDirection.Forward);
        _backward = MatcherFor(TriggerDirection.Backward);
    }

    /// <summary>One matcher a direction, with the pseudo-triggers in it so that their longer match wins.</summary>
    private ConceptMatcher MatcherFor(TriggerDirection direction)
    {
        var entries = new Dictionary<string, string>();
        foreach (var t in ContextTriggers.All.Where(t => t.Direction == direction))
        {
            var key = $"{t.Context}|{t.Direction}|{t.Phrase}";
            _byKey[key] = t;
            entries[TextTokenizer.NormalizePhrase(t.Phrase)] = key;
        }
        var pseudo = direction == TriggerDirection.Forward ? ContextTriggers.Pseudo : [.. ContextTriggers.Pseudo, .. ContextTriggers.BackwardPseudo];
        foreach (var p in pseudo) entries[TextTokenizer.NormalizePhrase(p)] = Pseudo;
        return new ConceptMatcher(entries.Select(e => (e.Key, e.Value)));
    }

    private const string Pseudo = "pseudo";

    [GeneratedRegex(@"(?<!\d)[.!?;:\n](?!\d)|\n")]
    private static partial Regex SentenceBreak();

    public IReadOnlyList<ContextualMention> Apply(string text, IReadOnlyList<ConceptMention> mentions)
    {
        var result = new List<ContextualMention>(mentions.Count);
        var breaks = SentenceBreak().Matches(text).Select(m => m.Index).ToList();
        var tokens = TextTokenizer.Tokenize(text);
        var triggers = FindTriggers(text);
        foreach (var mention in mentions)
        {
            var (from, to) = SentenceAround(mention.Start, breaks, text.Length);
            var best = triggers
                .Where(t => t.Start >= from && t.End <= to && Covers(t, mention, tokens))
                .OrderBy(t => Priority(t.Trigger.Context)).ThenBy(t => t.Trigger.Direction).ThenBy(t => Math.Abs(t.Start - mention.Start))
                .FirstOrDefault();
            result.Add(best is null
                ? new ContextualMention(mention.ConceptId, mention.Start, mention.End, mention.Text, MentionContext.Affirmed, null)
                : new ContextualMention(mention.ConceptId, mention.Start, mention.End, mention.Text, best.Trigger.Context, best.Text));
        }
        return result;
    }

    private sealed record Found(ContextTrigger Trigger, int Start, int End, string Text);

    private List<Found> FindTriggers(string text) =>
        _forward.Match(text).Concat(_backward.Match(text))
            .Where(m => m.ConceptId != Pseudo)
            .Select(m => new Found(_byKey[m.ConceptId], m.Start, m.End, m.Text))
            .ToList();

    /// <summary>Whether the trigger's window reaches the mention without crossing a terminator.</summary>
    private static bool Covers(Found trigger, ConceptMention mention, IReadOnlyList<Token> tokens)
    {
        var forward = trigger.Trigger.Direction == TriggerDirection.Forward;
        if (forward ? trigger.End > mention.Start : trigger.Start < mention.End) return false;
        var (gapStart, gapEnd) = forward ? (trigger.End, mention.Start) : (mention.End, trigger.Start);
        var between = tokens.Where(t => t.Start >= gapStart && t.End <= gapEnd).ToList();
        if (between.Count > (forward ? ContextTriggers.ForwardScope(trigger.Trigger.Context) : ContextTriggers.BackwardScope)) return false;
        return !between.Any(t => ContextTriggers.Terminators.Contains(t.Normal)
            || !forward && ContextTriggers.BackwardTerminators.Contains(t.Normal)
            || trigger.Trigger.Context == MentionContext.OtherExperiencer && ContextTriggers.ExperiencerTerminators.Contains(t.Normal));
    }

    private static (int From, int To) SentenceAround(int position, List<int> breaks, int length)
    {
        var from = 0;
        var to = length;
        foreach (var b in breaks)
        {
            if (b < position) from = b + 1;
            else { to = b; break; }
        }
        return (from, to);
    }

    private static int Priority(MentionContext context) => context switch
    {
        MentionContext.Negated => 0,
        MentionContext.OtherExperiencer => 1,
        MentionContext.Hypothetical => 2,
        _ => 3,
    };
}
