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

    /// <summary>
    /// Linear in the text apart from sorting and binary searches: each mention looks only at the triggers whose words
    /// lie within reach (the longest scope plus the longest trigger), and counts the words between by their indices.
    /// </summary>
    public IReadOnlyList<ContextualMention> Apply(string text, IReadOnlyList<ConceptMention> mentions)
    {
        var result = new List<ContextualMention>(mentions.Count);
        var breaks = SentenceBreak().Matches(text).Select(m => m.Index).ToList();
        var tokens = TextTokenizer.Tokenize(text);
        var triggers = FindTriggers(text, tokens);
        var reach = MaxScope + 2 + (triggers.Count == 0 ? 0 : triggers.Max(t => t.Words));
        foreach (var mention in mentions)
        {
            var (from, to) = SentenceAround(mention.Start, breaks, text.Length);
            var (firstWord, afterWords) = (FirstStartingAt(tokens, mention.Start), FirstStartingAt(tokens, mention.End));
            var best = Within(triggers, firstWord - reach, afterWords + reach)
                .Where(t => t.Start >= from && t.End <= to && Covers(t, mention, tokens))
                .OrderBy(t => Priority(t.Trigger.Context)).ThenBy(t => t.Trigger.Direction).ThenBy(t => Math.Abs(t.Start - mention.Start))
                .FirstOrDefault();
            result.Add(best is null
                ? new ContextualMention(mention.ConceptId, mention.Start, mention.End, mention.Text, MentionContext.Affirmed, null)
                : new ContextualMention(mention.ConceptId, mention.Start, mention.End, mention.Text, best.Trigger.Context, best.Text));
        }
        return result;
    }

    private static readonly int MaxScope = Math.Max(ContextTriggers.BackwardScope,
        Enum.GetValues<MentionContext>().Max(ContextTriggers.ForwardScope));

    /// <param name="FirstWord">the index of the trigger's first token</param>
    /// <param name="Words">how many tokens it spans</param>
    private sealed record Found(ContextTrigger Trigger, int Start, int End, string Text, int FirstWord, int Words);

    /// <summary>The triggers in text order.</summary>
    private List<Found> FindTriggers(string text, IReadOnlyList<Token> tokens) =>
        _forward.Match(text).Concat(_backward.Match(text))
            .Where(m => m.ConceptId != Pseudo)
            .Select(m =>
            {
                var first = FirstStartingAt(tokens, m.Start);
                return new Found(_byKey[m.ConceptId], m.Start, m.End, m.Text, first, FirstStartingAt(tokens, m.End) - first);
            })
            .OrderBy(t => t.FirstWord)
            .ToList();

    /// <summary>The triggers whose first token lies in [from, to].</summary>
    private static IEnumerable<Found> Within(List<Found> triggers, int from, int to)
    {
        var (lo, hi) = (0, triggers.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (triggers[mid].FirstWord < from) lo = mid + 1; else hi = mid;
        }
        for (var i = lo; i < triggers.Count && triggers[i].FirstWord <= to; i++) yield return triggers[i];
    }

    /// <summary>Whether the trigger's window reaches the mention without crossing a terminator.</summary>
    private static bool Covers(Found trigger, ConceptMention mention, IReadOnlyList<Token> tokens)
    {
        var forward = trigger.Trigger.Direction == TriggerDirection.Forward;
        if (forward ? trigger.End > mention.Start : trigger.Start < mention.End) return false;
        var (gapStart, gapEnd) = forward ? (trigger.End, mention.Start) : (mention.End, trigger.Start);
        // The tokens wholly inside the gap: from the first starting in it to the last ending in it.
        var (first, after) = (FirstStartingAt(tokens, gapStart), FirstEndingAfter(tokens, gapEnd));
        if (after - first > (forward ? ContextTriggers.ForwardScope(trigger.Trigger.Context) : ContextTriggers.BackwardScope)) return false;
        for (var i = first; i < after; i++)
        {
            var t = tokens[i];
            if (ContextTriggers.Terminators.Contains(t.Normal)
                || !forward && ContextTriggers.BackwardTerminators.Contains(t.Normal)
                || trigger.Trigger.Context == MentionContext.OtherExperiencer && ContextTriggers.ExperiencerTerminators.Contains(t.Normal))
                return false;
        }
        return true;
    }

    /// <summary>The index of the first token starting at or after the position (tokens are in order and never overlap).</summary>
    private static int FirstStartingAt(IReadOnlyList<Token> tokens, int position) => LowerBound(tokens.Count, i => tokens[i].Start >= position);

    private static int FirstEndingAfter(IReadOnlyList<Token> tokens, int position) => LowerBound(tokens.Count, i => tokens[i].End > position);

    /// <summary>The first index in [0, count) where the (monotone) predicate holds, or count.</summary>
    private static int LowerBound(int count, Func<int, bool> holds)
    {
        var (lo, hi) = (0, count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (holds(mid)) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    private static (int From, int To) SentenceAround(int position, List<int> breaks, int length)
    {
        // The first break at or after the position ends the sentence; the one before it starts it.
        var next = LowerBound(breaks.Count, i => breaks[i] >= position);
        return (next == 0 ? 0 : breaks[next - 1] + 1, next == breaks.Count ? length : breaks[next]);
    }

    private static int Priority(MentionContext context) => context switch
    {
        MentionContext.Negated => 0,
        MentionContext.OtherExperiencer => 1,
        MentionContext.Hypothetical => 2,
        _ => 3,
    };
}
