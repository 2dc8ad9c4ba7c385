using System.Text.Json;
using CaseGraph.Core.Access;
using CaseGraph.Indexing.Hosting;
using Microsoft.Extensions.Options;

namespace CaseGraph.Api.Access;

/// <summary>
/// The keys in force: those in settings plus those in the keys file, as one immutable snapshot behind one volatile
/// reference, so a request never pairs one version of a source with another's. The file is checked at most once a
/// second and re-read when it changed, so keys rotate without a restart; a source that does not parse (or gives one
/// hash two roles) is reported and the keys read before stay in force.
/// </summary>
public sealed class ApiKeyStore(IOptionsMonitor<AccessOptions> options, ILogger<ApiKeyStore> logger, TimeProvider clock)
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(1);
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private readonly Lock _refreshing = new();
    private volatile Snapshot? _snapshot;

    private sealed record KeysFile(List<KeyEntryValidation.RawKeyEntry>? Keys);

    private sealed record FileVersion(DateTime Written, long Length);

    /// <summary>What was read, from which version of each source, and when the file was last looked at.</summary>
    private sealed record Snapshot(AccessOptions Options, ApiKeyRing Settings, FileVersion? Version, ApiKeyRing File, ApiKeyRing All,
        DateTimeOffset CheckedAt);

    public ApiKeyRing Current
    {
        get
        {
            var (o, now) = (options.CurrentValue, clock.GetUtcNow());
            if (Fresh(_snapshot, o, now) is { } ring) return ring;
            lock (_refreshing)
            {
                if (Fresh(_snapshot, o, now) is { } again) return again;
                var next = Refresh(_snapshot, o, now);
                _snapshot = next;
                return next.All;
            }
        }
    }

    private static ApiKeyRing? Fresh(Snapshot? s, AccessOptions o, DateTimeOffset now) =>
        s is not null && ReferenceEquals(s.Options, o) && (o.KeysFile is null || now - s.CheckedAt < CheckEvery) ? s.All : null;

    /// <summary>Reads the keys once at start: a missing or bad file or entry stops the service with the reason (a
    /// <see cref="StartFailureException"/>, exit code 1) rather than letting it run with keys nobody meant.</summary>
    public ApiKeyRing LoadAtStart()
    {
        var o = options.CurrentValue;
        if (o.KeysFile is not null && KeysFileProblem(o.KeysFile) is { } problem) throw new StartFailureException(problem);
        var errors = new List<string>();
        var settings = Validated(o.Keys, "settings " + AccessOptions.Section + ":Keys", errors);
        var file = o.KeysFile is null ? ApiKeyRing.Empty : Validated(ReadFile(o.KeysFile, errors), "keys file " + o.KeysFile, errors);
        if (errors.Count == 0) errors.AddRange(settings.Combine(file).Conflicts);
        if (errors.Count > 0) throw new StartFailureException(string.Join("; ", errors));
        return Current;
    }

    /// <summary>Why the configured keys file (an absolute path) cannot be read at start, with what to do about it.</summary>
    public static string? KeysFileProblem(string path) => ConfiguredPath.NotAFile(path) is { } problem
        ? $"{AccessOptions.Section}:KeysFile must name a keys file: {problem}. " + (Directory.Exists(path)
            ? "Docker makes a folder where a bind-mounted file is missing: mount the folder that holds the keys file and point KeysFile inside it (docker-compose.yml mounts ./keys)."
            : "Make one with `dotnet run --project src/CaseGraph.Api -- new-api-key --name NAME --role ROLE --keys-file " + path + "`.")
        : null;

    private Snapshot Refresh(Snapshot? before, AccessOptions o, DateTimeOffset now)
    {
        var errors = new List<string>();
        var settings = before is not null && ReferenceEquals(before.Options, o) ? before.Settings : SettingsKeys(o, before, errors);
        var (version, file) = FileKeys(o.KeysFile, before, errors);
        var (all, conflicts) = settings.Combine(file);
        foreach (var error in errors.Concat(conflicts)) logger.LogError("API keys: {Error}", error);
        return new Snapshot(o, settings, version, file, all, now);
    }

    /// <summary>Keys from settings (they reload with appsettings.json); a reload with a bad entry keeps the keys before it.</summary>
    private static ApiKeyRing SettingsKeys(AccessOptions o, Snapshot? before, List<string> errors)
    {
        var found = new List<string>();
        var ring = Validated(o.Keys, "settings " + AccessOptions.Section + ":Keys", found);
        if (found.Count == 0) return ring;
        if (before is null) throw new InvalidOperationException(string.Join("; ", found));
        errors.AddRange(found);
        return before.Settings;
    }

    /// <summary>The keys file's keys: re-read only when its time or length changed; a bad file keeps the keys before it,
    /// a missing one has no keys.</summary>
    private (FileVersion?, ApiKeyRing) FileKeys(string? path, Snapshot? before, List<string> errors)
    {
        if (path is null) return (null, ApiKeyRing.Empty);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            if (before?.Version is not null || before is null) errors.Add($"keys file {ConfiguredPath.NotAFile(path)}; no key in it is accepted");
            return (null, ApiKeyRing.Empty);
        }
        var version = new FileVersion(info.LastWriteTimeUtc, info.Length);
        if (before is not null && version == before.Version) return (version, before.File);
        var fileErrors = new List<string>();
        var ring = Validated(ReadFile(path, fileErrors), "keys file " + path, fileErrors);
        errors.AddRange(fileErrors);
        if (fileErrors.Count > 0) return (version, before?.File ?? ApiKeyRing.Empty);
        logger.LogInformation("API keys: read {Count} keys from {File}", ring.Count, path);
        return (version, ring);
    }

    private static ApiKeyRing Validated(IEnumerable<KeyEntryValidation.RawKeyEntry> raw, string source, List<string> errors)
    {
        var (entries, found) = KeyEntryValidation.Validate(raw, source);
        errors.AddRange(found);
        return found.Count == 0 ? new ApiKeyRing(entries) : ApiKeyRing.Empty;
    }

    private static List<KeyEntryValidation.RawKeyEntry> ReadFile(string path, List<string> errors)
    {
        try
        {
            return JsonSerializer.Deserialize<KeysFile>(File.ReadAllText(path), Json)?.Keys ?? [];
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            errors.Add($"keys file {path} cannot be read: {ex.Message}");
            return [];
        }
    }
}
