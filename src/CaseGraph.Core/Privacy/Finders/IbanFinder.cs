using System.Text.RegularExpressions;

namespace CaseGraph.Core.Privacy.Finders;

/// <summary>IBANs: a country code, two check digits and the account (BBAN), run together or in fours, valid by
/// mod 97. When the last groups do not fit (a word after it), shorter readings are tried.</summary>
public sealed partial class IbanFinder : IPhiFinder
{
    public double Confidence => PhiConfidence.Checked;

    public IEnumerable<(PhiKind Kind, int Start, int End)> Find(string text)
    {
        foreach (Match m in IbanShaped().Matches(text))
        {
            var groups = m.Groups["group"].Captures;
            for (var last = groups.Count - 1; last >= 0; last--)
            {
                var end = groups[last].Index + groups[last].Length;
                var compact = text[m.Index..end].Replace(" ", "");
                if (!Checksums.IbanMod97(compact)) continue;
                yield return (PhiKind.Account, m.Index, end);
                break;
            }
        }
    }

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?: ?(?<group>[A-Z0-9]{4}))+(?: ?(?<group>[A-Z0-9]{1,3}))?\b")]
    private static partial Regex IbanShaped();
}
