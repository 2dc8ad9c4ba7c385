using System.Security.Cryptography;
using System.Text;

namespace CaseGraph.Indexing.Tests;

/// <summary>
/// A folder tree made read-only (chmod a-w) for as long as this lives, like docker-compose's <c>:ro</c> corpus mount.
/// Root ignores file modes, so tests also compare <see cref="Hash"/> before and after: every path and every byte.
/// </summary>
internal sealed class ReadOnlyTree : IDisposable
{
    private const UnixFileMode ReadOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
    private const UnixFileMode ReadOnlyFile = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private readonly string _root;

    public ReadOnlyTree(string root)
    {
        _root = root;
        Set(readOnly: true);
    }

    /// <summary>Makes a change as the corpus's owner would (outside the worker), then makes the tree read-only again.</summary>
    public void Edit(Action change)
    {
        Set(readOnly: false);
        try { change(); } finally { Set(readOnly: true); }
    }

    /// <summary>Every relative path (folders too) and every file's bytes, in order.</summary>
    public static string Hash(string root)
    {
        var text = new StringBuilder();
        foreach (var path in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            text.Append(Path.GetRelativePath(root, path)).Append('\n')
                .Append(File.Exists(path) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) : "dir").Append('\n');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public void Dispose() => Set(readOnly: false);

    private void Set(bool readOnly)
    {
        if (OperatingSystem.IsWindows()) return;
        foreach (var file in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
            if (!new FileInfo(file).Attributes.HasFlag(FileAttributes.ReparsePoint))
                File.SetUnixFileMode(file, readOnly ? ReadOnlyFile : ReadOnlyFile | UnixFileMode.UserWrite);
        foreach (var dir in Directory.EnumerateDirectories(_root, "*", SearchOption.AllDirectories).Append(_root))
            File.SetUnixFileMode(dir, readOnly ? ReadOnlyDirectory : ReadOnlyDirectory | UnixFileMode.UserWrite);
    }
}
