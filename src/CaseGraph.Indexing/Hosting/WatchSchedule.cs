namespace CaseGraph.Indexing.Hosting;

/// <summary>
/// How long the watching worker waits between passes over the corpus. A pass over an unchanged archive still lists and
/// stamps every file (about 4.5 s at 100,000 cases), so a fixed few seconds would keep a core busy checking while users
/// search. The wait grows with the last pass, so checking takes at most one part in <see cref="IdleShare"/> of the time,
/// never less than the configured interval and never more than <see cref="LongestPause"/>; a change to the corpus
/// (<see cref="CorpusChanges"/>) ends the wait early.
/// </summary>
public static class WatchSchedule
{
    public const int IdleShare = 20;

    public static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(2);

    public static TimeSpan PauseAfter(TimeSpan lastPass, TimeSpan interval)
    {
        var share = lastPass * (IdleShare - 1);
        var capped = share < LongestPause ? share : LongestPause;
        return capped > interval ? capped : interval;
    }
}
