using System.Security.Cryptography;
using System.Text;

namespace CaseGraph.Core.Search;

/// <summary>
/// Unbiased random rounding to a multiple of <see cref="Base"/> with a draw fixed per cell: a count of 5k + r goes up to
/// 5k + 5 with probability r / 5, else down to 5k, decided by a keyed hash of the cell's name (source, filter, period,
/// series), never of the request. The same cell is therefore published with the same number in every answer, and a
/// published number tells only that the count lies within 4 of it. The key must stay secret: whoever holds it can
/// recompute the draws and narrow a count down. Pure.
/// </summary>
public sealed class CellRounding
{
    public const int Base = 5;

    public const string Description =
        "counts and period cases are rounded to a multiple of 5 up or down by a draw fixed per cell (unbiased random rounding); " +
        "shares are computed from the rounded numbers; counts of 1-10 are withheld";

    private readonly byte[] _key;

    public CellRounding(byte[] key)
    {
        if (key.Length < 16) throw new ArgumentException("the rounding key needs at least 16 bytes", nameof(key));
        _key = [.. key];
    }

    public int Round(int count, string cell)
    {
        var remainder = count % Base;
        if (remainder == 0) return count;
        var hash = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(cell));
        var draw = (int)((ulong)BitConverter.ToUInt32(hash, 0) * Base >> 32); // uniform in 0..4
        return count - remainder + (draw < remainder ? Base : 0);
    }
}
