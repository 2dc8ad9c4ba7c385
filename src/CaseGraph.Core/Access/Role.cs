namespace CaseGraph.Core.Access;

/// <summary>The program's users. Faculty see everything; clinicians search the clinical content; researchers see
/// aggregates only, never a case's text.</summary>
public enum Role { Faculty, Clinician, Researcher }

/// <summary>What an endpoint gives out, which decides the roles that may call it.</summary>
public enum AccessLevel
{
    /// <summary>Vocabulary tools and service state: nothing from the archive.</summary>
    AnyRole,
    /// <summary>Search, recommendations, guideline passages, similar cases.</summary>
    Clinical,
    /// <summary>Counts, trends and exports: aggregates without case text.</summary>
    Aggregates,
    /// <summary>Whole case records.</summary>
    FacultyOnly,
}

public static class Roles
{
    public static string ToSlug(this Role role) => role.ToString().ToLowerInvariant();

    /// <summary>A role by its name (any case); numbers and unknown names are not roles.</summary>
    public static bool TryParse(string? value, out Role role)
    {
        role = default;
        var name = Enum.GetNames<Role>().FirstOrDefault(n => n.Equals(value?.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null && Enum.TryParse(name, out role);
    }

    public static IReadOnlyList<Role> Allowed(this AccessLevel access) => access switch
    {
        AccessLevel.AnyRole => [Role.Faculty, Role.Clinician, Role.Researcher],
        AccessLevel.Clinical => [Role.Faculty, Role.Clinician],
        AccessLevel.Aggregates => [Role.Faculty, Role.Researcher],
        AccessLevel.FacultyOnly => [Role.Faculty],
        _ => throw new ArgumentOutOfRangeException(nameof(access)),
    };

    /// <summary>The authorization policy name for an access level.</summary>
    public static string PolicyName(this AccessLevel access) => "access:" + access;
}
