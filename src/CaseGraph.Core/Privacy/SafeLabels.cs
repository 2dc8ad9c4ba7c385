using CaseGraph.Core.Corpus;
using CaseGraph.Core.Ingestion;

namespace CaseGraph.Core.Privacy;

/// <summary>
/// Turns a corpus path or a record id into a label safe for messages, logs and /health: the value itself when every
/// part of it has the closed shape of a record id and the PHI detector finds nothing in it read as words, else
/// <c>file#</c> or <c>id#</c> and the first 8 hex digits of its SHA-256 (the same value always gets the same label). Pure.
/// </summary>
public sealed class SafeLabels(PhiDetector detector)
{
    public string ForPath(string path) => IsSafe(path.Split('/')) ? path : "file#" + Hash(path);

    public string ForId(string id) => IsSafe([id]) ? id : "id#" + Hash(id);

    /// <summary>The error with its path labelled, and the raw path replaced wherever its reason repeats it.</summary>
    public CorpusError Apply(CorpusError error)
    {
        var label = ForPath(error.Path);
        return label == error.Path ? error : error with { Path = label, Reason = error.Path.Length == 0 ? error.Reason : error.Reason.Replace(error.Path, label) };
    }

    /// <summary>
    /// "mary-jones-r1" as "Mary Jones R1": separators become spaces and words capitals, so that the detector reads names
    /// in ids and file names. Digits become spaces too: numbers are closed by <see cref="RecordIds"/>, and "hhs2019-taper-rapid"
    /// must not read as a street address. Same length, so a finding's offsets hold in the original.
    /// </summary>
    public static string AsWords(string value)
    {
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '-' or '_' or '.' or '/' or '\\' || char.IsDigit(chars[i])) chars[i] = ' ';
            else if (i == 0 || chars[i - 1] == ' ') chars[i] = char.ToUpperInvariant(chars[i]);
        }
        return new string(chars);
    }

    private bool IsSafe(string[] parts) => parts.All(RecordIds.IsValid) && detector.ScanLabel(AsWords(string.Join(' ', parts))).Count == 0;

    private static string Hash(string value) => ContentHash.Of(value)[..8];
}
