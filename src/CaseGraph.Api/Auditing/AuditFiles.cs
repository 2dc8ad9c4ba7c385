using System.Globalization;
using System.Text.Json;

namespace CaseGraph.Api.Auditing;

/// <summary>
/// The audit log on disk: JSON lines in one file per UTC day (<c>audit-2026-12-06.jsonl</c>), continued in
/// numbered files (<c>.1</c>, <c>.2</c>, ...) past the size limit, files older than the retention deleted.
/// Only the <see cref="AuditLog"/> writer appends; readers read whole lines.
/// </summary>
public sealed class AuditFiles(string folder, long maxFileBytes, int retainDays)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private const string Prefix = "audit-", Suffix = ".jsonl";

    public string Folder => folder;

    /// <summary>Appends entries to the file of their day, moving on to the next numbered file when one is full.</summary>
    public void Append(IEnumerable<AuditEntry> entries)
    {
        Directory.CreateDirectory(folder);
        foreach (var day in entries.GroupBy(e => Day(e.At)))
        {
            var path = WritableFile(day.Key);
            using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
            using var writer = new StreamWriter(stream);
            foreach (var entry in day) writer.WriteLine(JsonSerializer.Serialize(entry, Json));
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>Every entry of one UTC day, in the order written.</summary>
    public IEnumerable<AuditEntry> Read(DateOnly day)
    {
        foreach (var path in FilesOf(day))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
                if (line.Length > 0 && JsonSerializer.Deserialize<AuditEntry>(line, Json) is { } entry) yield return entry;
        }
    }

    /// <summary>Deletes the files of days before the retention window.</summary>
    public IReadOnlyList<string> DeleteExpired(DateTimeOffset now)
    {
        if (!Directory.Exists(folder)) return [];
        var oldest = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-retainDays);
        var expired = Directory.EnumerateFiles(folder, Prefix + "*" + Suffix)
            .Where(f => DayOf(Path.GetFileName(f)) is { } day && day < oldest).ToList();
        foreach (var file in expired) File.Delete(file);
        return expired;
    }

    private string WritableFile(DateOnly day)
    {
        var files = FilesOf(day).ToList();
        var last = files.Count > 0 ? files[^1] : Path.Combine(folder, Name(day, 0));
        return File.Exists(last) && new FileInfo(last).Length >= maxFileBytes ? Path.Combine(folder, Name(day, files.Count)) : last;
    }

    private IEnumerable<string> FilesOf(DateOnly day)
    {
        for (var part = 0; File.Exists(Path.Combine(folder, Name(day, part))); part++) yield return Path.Combine(folder, Name(day, part));
    }

    private static string Name(DateOnly day, int part) =>
        Prefix + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (part == 0 ? "" : "." + part.ToString(CultureInfo.InvariantCulture)) + Suffix;

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    private static DateOnly? DayOf(string fileName) =>
        fileName.Length >= Prefix.Length + 10 && DateOnly.TryParseExact(fileName.AsSpan(Prefix.Length, 10), "yyyy-MM-dd",
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
