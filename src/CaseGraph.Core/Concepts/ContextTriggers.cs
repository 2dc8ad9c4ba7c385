namespace CaseGraph.Core.Concepts;

/// <summary>Whether a trigger governs what follows it (pre) or what precedes it (post).</summary>
public enum TriggerDirection { Forward, Backward }

/// <summary>A phrase that sets a context over nearby mentions, as in ConText (Harkema et al., 2009).</summary>
public sealed record ContextTrigger(string Phrase, MentionContext Context, TriggerDirection Direction);

/// <summary>The trigger lexicon. Phrases are matched like vocabulary terms (case, punctuation and plurals folded).</summary>
public static class ContextTriggers
{
    private static IEnumerable<ContextTrigger> Pre(MentionContext c, params string[] phrases) => phrases.Select(p => new ContextTrigger(p, c, TriggerDirection.Forward));
    private static IEnumerable<ContextTrigger> Post(MentionContext c, params string[] phrases) => phrases.Select(p => new ContextTrigger(p, c, TriggerDirection.Backward));

    public static readonly IReadOnlyList<ContextTrigger> All =
    [
        .. Pre(MentionContext.Negated, "no", "not", "denies", "denied", "deny", "denying", "negative for", "without", "free of", "ruled out",
            "rules out", "absence of", "absent", "never", "none", "no history of", "no evidence of", "no sign of", "no signs of", "not taking",
            "not on", "nor", "neither", "declines", "declined", "refuses", "refused", "has not", "have not", "hasn't", "isn't", "wasn't",
            "did not", "does not", "doesn't", "didn't", "no longer", "not currently"),
        .. Post(MentionContext.Negated, "negative", "was negative", "were negative", "is negative", "are negative", "not detected", "denied",
            "ruled out", "absent", "unlikely", "free", "did not occur", "did not happen", "not seen", "was not seen", "was avoided",
            "not present", "was not present", "was ruled out", "were ruled out", "is ruled out", "has been ruled out", "was excluded",
            "were excluded", "was not found", "were not found", "is not present"),
        .. Pre(MentionContext.Historical, "history of", "hx of", "h/o", "previously", "previous", "prior", "in the past", "formerly",
            "used to", "past", "remote", "former", "had been", "was on", "were on", "was taking", "stopped", "quit", "discontinued",
            "weaned off", "tapered off", "came off", "as a teenager", "in her twenties", "in his twenties", "last year"),
        .. Post(MentionContext.Historical, "in remission", "in sustained remission", "in early remission", "years ago", "months ago",
            "in the past", "previously", "was previously", "were previously", "has previously", "was stopped", "was discontinued",
            "resolved", "has resolved", "was resolved", "was treated", "were treated"),
        .. Pre(MentionContext.Hypothetical, "if", "consider", "considering", "should", "could", "would", "may", "might", "plan to",
            "plans to", "planning to", "planned", "in case of", "in case", "unless", "whether", "risk of", "at risk for", "at risk of",
            "rule out", "r/o", "to prevent", "prevent", "screen for", "evaluate for", "possible", "potential", "recommend", "recommended",
            "recommends", "advised", "advises", "urged", "urges", "suggested", "suggests", "concern for", "concern about", "concerned about",
            "worried about", "worry about", "start", "starting", "initiate", "initiating", "offer", "switch to", "transition to", "add",
            "adding", "try",
            "candidate for", "eligible for", "interested in", "asks about", "asked about", "wants", "wondering about", "hoping"),
        .. Pre(MentionContext.OtherExperiencer, "mother", "father", "brother", "sister", "son", "daughter", "partner", "husband", "wife",
            "boyfriend", "girlfriend", "spouse", "family", "cousin", "aunt", "uncle", "grandmother", "grandfather", "friend", "roommate",
            "family history of", "fh of", "parent", "parents", "sibling", "siblings", "stepfather", "stepmother", "niece", "nephew",
            "twin", "caregiver", "grandparent", "child", "children", "baby", "infant", "newborn", "neonate", "coworker", "neighbor"),
        .. Post(MentionContext.Hypothetical, "is recommended", "was recommended", "is advised", "was advised", "is suggested", "was suggested"),
    ];

    /// <summary>Phrases that contain a trigger but must not act as one ("no change", "not only").</summary>
    public static readonly IReadOnlyList<string> Pseudo =
    [
        "no change", "no increase", "no significant change", "not only", "not certain", "not sure", "no further", "gram negative",
        "without difficulty", "not necessarily", "if needed", "as needed", "if necessary", "whether or not", "may be", "could not afford",
        "history and physical", "no longer than", "not yet", "never mind", "family physician", "family medicine", "family practice",
        "family doctor", "family nurse practitioner", "family planning", "family meeting", "family support", "family member present",
    ];

    /// <summary>Phrases that must not act as backward triggers: "negative for" governs what follows, not what precedes.</summary>
    public static readonly IReadOnlyList<string> BackwardPseudo =
    [
        "negative for", "was negative for", "were negative for", "is negative for", "are negative for", "free of",
    ];

    /// <summary>Words and marks that end a trigger's scope within a sentence.</summary>
    public static readonly IReadOnlySet<string> Terminators = new HashSet<string>
    {
        "but", "however", "although", "though", "except", "yet", "still", "now", "currently", "today", "presently", "instead",
        "which", "whereas", "while", "since", "because", "so", "aside", "apart",
    };

    /// <summary>A backward trigger ("HIV negative") qualifies what stands right before it, not an earlier clause.</summary>
    public static readonly IReadOnlySet<string> BackwardTerminators = new HashSet<string>
    {
        "and", "is", "was", "are", "were", "has", "have", "had", "with",
    };

    /// <summary>Where the subject returns to the patient, another person's scope ends.</summary>
    public static readonly IReadOnlySet<string> ExperiencerTerminators = new HashSet<string>
    {
        "he", "she", "they", "patient", "pt", "himself", "herself", "themselves", "i", "we",
    };

    /// <summary>How many words a trigger reaches backward, within its sentence.</summary>
    public const int BackwardScope = 4;

    /// <summary>How many words a trigger reaches forward: a person's story runs long, "former" or "prior" qualifies what is next to it.</summary>
    public static int ForwardScope(MentionContext context) => context switch
    {
        MentionContext.OtherExperiencer => 12,
        MentionContext.Historical => 5,
        _ => 8,
    };
}
