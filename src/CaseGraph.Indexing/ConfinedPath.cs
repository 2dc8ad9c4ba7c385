namespace CaseGraph.Indexing;

/// <summary>
/// Where the worker may read, write or delete: a path inside a root folder, reached through no symbolic link.
/// Every path that comes from a file's content or a folder listing goes through here before it is touched.
/// </summary>
public static class ConfinedPath
{
    /// <summary>The full path of <paramref name="relative"/> under <paramref name="root"/>; null when it is rooted, leaves the
    /// root (<c>../</c>), is the root itself, or passes through a symbolic link below the root.</summary>
    public static string? Resolve(string root, string relative)
    {
        if (string.IsNullOrEmpty(relative) || Path.IsPathRooted(relative)) return null;
        var fullRoot = Path.GetFullPath(root);
        var full = Path.GetFullPath(Path.Combine(fullRoot, relative));
        var inside = Path.GetRelativePath(fullRoot, full);
        if (inside == "." || inside == ".." || inside.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(inside))
            return null;
        var current = fullRoot;
        foreach (var part in inside.Split(Path.DirectorySeparatorChar))
        {
            current = Path.Combine(current, part);
            if (IsLink(current)) return null;
        }
        return full;
    }

    /// <summary>Whether the path itself is a symbolic link (or another reparse point), whatever it points to, even nothing.</summary>
    public static bool IsLink(string path) => IsLink(new FileInfo(path));

    public static bool IsLink(FileSystemInfo entry) =>
        entry.LinkTarget is not null || (entry.Exists && entry.Attributes.HasFlag(FileAttributes.ReparsePoint));
}
