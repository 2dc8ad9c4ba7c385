using System.Text.Json;
using CaseGraph.Core.Access;
using Microsoft.Extensions.Options;

namespace CaseGraph.Api.Access;

/// <summary>
/// The keys in force: those in settings plus those in the keys file. The file is checked at most once a second
/// and re-read when it changed, so keys rotate without a restart; a file that does not parse is reported and the
/// keys read before stay in force.
/// </summary>
public sealed class ApiKeyStore(IOptionsMonitor<AccessOptions> options, ILogger<ApiKeyStore> logger, TimeProvider clock)
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(1);
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private readonly Lock _lock = new();
    private ApiKeyRing _fileKeys = ApiKeyRing.Empty;
    private (DateTime Written, long Length)? _fileVersion;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    private sealed record KeysFile(List<KeyEntryValidation.RawKeyEntry>? Keys);

    private (AccessOptions Options, ApiKeyRing Keys)? _settingsKeys;
    private (ApiKeyRing Settings, ApiKeyRing File, ApiKeyRing All)? _merged;

    public ApiKeyRing Current
    {
        get
        {
            var o = options.CurrentValue;
            var (settings, file) = (SettingsKeys(o), FileKeys(o.KeysFile));
            if (_merged is { } m && ReferenceEquals(m.Settings, settings) && ReferenceEquals(m.File, file)) return m.All;
            var all = settings.Merge(file);
            _merged = (settings, file, all);
            return all;
        }
    }

    /// <summary>Keys from settings, validated once per version of the options (they reload with appsettings.json);
    /// a reload with a bad entry is reported and the keys before it stay in force.</summary>
    private ApiKeyRing SettingsKeys(AccessOptions o)
    {
        if (_settingsKeys is { } cached && ReferenceEquals(cached.Options, o)) return cached.Keys;
        var (entries, errors) = KeyEntryValidation.Validate(o.Keys, "settings " + AccessOptions.Section + ":Keys");
        if (errors.Count > 0 && _settingsKeys is null) throw new InvalidOperationException(string.Join("; ", errors));
        foreach (var error in errors) logger.LogError("API keys: {Error}", error);
        var ring = errors.Count > 0 ? _settingsKeys!.Value.Keys : new ApiKeyRing(entries);
        _settingsKeys = (o, ring);
        return ring;
    }

    /// <summary>Reads the keys once at start: a bad file or entry stops the service with the reason rather than
    /// letting it run with keys nobody meant.</summary>
    public ApiKeyRing LoadAtStart()
    {
        var file = options.CurrentValue.KeysFile;
        if (file is not null && !File.Exists(file)) throw new InvalidOperationException($"{AccessOptions.Section}:KeysFile '{file}' does not exist");
        if (file is not null)
        {
            var (_, errors) = Read(file);
            if (errors.Count > 0) throw new InvalidOperationException(string.Join("; ", errors));
        }
        return Current;
    }

    private ApiKeyRing FileKeys(string? path)
    {
        if (path is null) return ApiKeyRing.Empty;
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (now - _checkedAt < CheckEvery) return _fileKeys;
            _checkedAt = now;
            var info = new FileInfo(path);
            var version = info.Exists ? (info.LastWriteTimeUtc, info.Length) : default;
            if (version == _fileVersion) return _fileKeys;
            var (entries, errors) = info.Exists ? Read(path) : ([], [$"keys file {path} is missing; no key in it is accepted"]);
            foreach (var error in errors) logger.LogError("API keys: {Error}", error);
            if (errors.Count == 0 || !info.Exists)
            {
                _fileKeys = new ApiKeyRing(entries);
                logger.LogInformation("API keys: read {Count} keys from {File}", entries.Count, path);
            }
            _fileVersion = version;
            return _fileKeys;
        }
    }

    private static (IReadOnlyList<ApiKeyEntry> Entries, IReadOnlyList<string> Errors) Read(string path)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize<KeysFile>(File.ReadAllText(path), Json);
            return KeyEntryValidation.Validate(parsed?.Keys ?? [], "keys file " + path);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return ([], [$"keys file {path} cannot be read: {ex.Message}"]);
        }
    }
}
