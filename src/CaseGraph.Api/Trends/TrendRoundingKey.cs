using CaseGraph.Core.Search;
using CaseGraph.Indexing;
using Microsoft.Extensions.Options;

namespace CaseGraph.Api.Trends;

/// <summary>The secret key of trend rounding: CaseGraph:Trends:RoundingKey (base64, 16 bytes or more), else a key file under the indexes folder.</summary>
public sealed class TrendRoundingOptions
{
    public const string Section = "CaseGraph:Trends";

    /// <summary>Base64 of at least 16 random bytes; when empty, indexes/trend-rounding.key is used (made on first start).</summary>
    public string? RoundingKey { get; set; }

    public const string KeyFileName = "trend-rounding.key";

    public static bool IsValid(string? key)
    {
        if (string.IsNullOrEmpty(key)) return true;
        var bytes = new byte[key.Length];
        return Convert.TryFromBase64String(key, bytes, out var length) && length >= 16;
    }
}

public static class TrendRoundingServices
{
    public static IServiceCollection AddTrendRounding(this IServiceCollection services)
    {
        services.AddOptions<TrendRoundingOptions>().BindConfiguration(TrendRoundingOptions.Section)
            .Validate(o => TrendRoundingOptions.IsValid(o.RoundingKey), "CaseGraph:Trends:RoundingKey must be base64 of at least 16 bytes")
            .ValidateOnStart();
        services.AddSingleton(sp => new CellRounding(Load(sp.GetRequiredService<IOptions<TrendRoundingOptions>>().Value,
            sp.GetRequiredService<IndexPaths>())));
        return services;
    }

    /// <summary>The configured key, or the key file's, made with 32 random bytes if there is none yet (the first writer wins).</summary>
    private static byte[] Load(TrendRoundingOptions options, IndexPaths paths)
    {
        if (!string.IsNullOrEmpty(options.RoundingKey)) return Convert.FromBase64String(options.RoundingKey);
        var file = Path.Combine(paths.Root, TrendRoundingOptions.KeyFileName);
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(paths.Root);
            try
            {
                using var created = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
                created.Write(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
                created.Flush(flushToDisk: true);
            }
            catch (IOException) when (File.Exists(file))
            {
                // another process made it first: use theirs
            }
        }
        return File.ReadAllBytes(file);
    }
}
