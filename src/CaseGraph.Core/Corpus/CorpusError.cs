namespace CaseGraph.Core.Corpus;

/// <summary>A problem found in one corpus file: where it is and why the item was skipped.</summary>
public sealed record CorpusError(string Path, int Line, string Reason)
{
    public override string ToString() => $"{Path}:{Line}: {Reason}";
}

/// <summary>The result of parsing one item: a value, or the errors that kept it out.</summary>
public sealed record ParseOutcome<T>(T? Value, IReadOnlyList<CorpusError> Errors) where T : class
{
    public static ParseOutcome<T> Ok(T value) => new(value, []);
    public static ParseOutcome<T> Fail(params CorpusError[] errors) => new(null, errors);
}
