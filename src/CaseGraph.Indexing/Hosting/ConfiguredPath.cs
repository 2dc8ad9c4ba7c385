namespace CaseGraph.Indexing.Hosting;

/// <summary>
/// A path given on the command line or in settings (corpus, indexes, quarantine and audit folders, keys file). A relative
/// one is read against the folder the host was started from, as a shell reads it: <c>--corpus corpus</c> from the repository
/// root is <c>./corpus</c>. Hosts resolve every such path once at start, so logs and errors show the absolute path used.
/// </summary>
public static class ConfiguredPath
{
    /// <summary>The absolute path <paramref name="path"/> names when read from <paramref name="workingFolder"/>; an empty or
    /// unset path stays as it is (its own rule reports it).</summary>
    public static string? Resolve(string? path, string workingFolder) =>
        string.IsNullOrWhiteSpace(path) ? path : Path.GetFullPath(path, workingFolder);

    /// <summary>Why <paramref name="path"/> (already absolute) is not a folder that can be read, or null when it is one.</summary>
    public static string? NotAFolder(string path) =>
        Directory.Exists(path) ? null : File.Exists(path) ? $"{path} is a file, not a folder" : $"{path} does not exist";

    /// <summary>Why <paramref name="path"/> (already absolute) is not a file that can be read, or null when it is one.
    /// Docker makes a folder where a bind-mounted file is missing, hence the second case.</summary>
    public static string? NotAFile(string path) =>
        File.Exists(path) ? null : Directory.Exists(path) ? $"{path} is a folder, not a file" : $"{path} does not exist";
}
