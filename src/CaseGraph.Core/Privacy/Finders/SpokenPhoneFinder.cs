using System.Text.RegularExpressions;

namespace CaseGraph.Core.Privacy.Finders;

/// <summary>
/// A phone number read out, as a voicemail transcript writes it: "four one five, five five five, zero one nine eight",
/// "two oh seven five five five oh one nine three", "four one seven, 555, 0127", "2 0 5, 5 5 5, 0 1 9 7". Five or more
/// digit words or digit groups in a row that make seven, ten or eleven digits and do not count up or down; fewer pieces
/// are ordinary numbers, and numbers in two or three groups are the other finders'.
/// </summary>
public sealed partial class SpokenPhoneFinder : IPhiFinder
{
    public double Confidence => PhiConfidence.Shaped;

    public IEnumerable<(PhiKind Kind, int Start, int End)> Find(string text)
    {
        foreach (Match m in SpokenDigits().Matches(text))
        {
            var pieces = m.Groups["piece"].Captures;
            if (pieces.Count < 5) continue;
            var digits = new List<int>();
            foreach (Capture piece in pieces)
                if (char.IsAsciiDigit(piece.ValueSpan[0])) foreach (var c in piece.ValueSpan) digits.Add(c - '0');
                else digits.Add(Array.IndexOf(Words, piece.Value.ToLowerInvariant()) % 10); // "oh" is 10: a zero
            if (digits.Count is 7 or 10 or 11 && !Counting(digits)) yield return (PhiKind.Phone, m.Index, m.Index + m.Length);
        }
    }

    private static readonly string[] Words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "oh"];

    /// <summary>"one two three four five six seven": counting, up or down, not a number.</summary>
    private static bool Counting(List<int> digits) =>
        digits.Zip(digits.Skip(1)).All(p => p.Second == p.First + 1) || digits.Zip(digits.Skip(1)).All(p => p.Second == p.First - 1);

    private const string Piece = @"(?<piece>(?i:zero|oh|one|two|three|four|five|six|seven|eight|nine)|\d{1,4})";

    [GeneratedRegex(@"(?<![\p{L}\d])" + Piece + @"(?:(?:\s*,\s*|\s+|\s*-\s*)" + Piece + @"){4,}(?![\p{L}\d])")]
    private static partial Regex SpokenDigits();
}
