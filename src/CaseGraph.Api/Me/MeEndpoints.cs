using System.Security.Claims;
using CaseGraph.Api.Access;
using CaseGraph.Core.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Me;

/// <summary>What the pages may offer this caller: each is true when the caller's role may call every endpoint behind it.</summary>
/// <param name="Search">the search page (search, concept suggestions)</param>
/// <param name="Workbench">the case workbench (identifier check, similar cases, concepts, guideline passages)</param>
/// <param name="Trends">the trends page (topic trends and their export)</param>
/// <param name="Cases">case pages (whole case records)</param>
public sealed record PagesAllowed(bool Search, bool Workbench, bool Trends, bool Cases);

/// <summary>Who the caller is: the key's name ("anonymous" without a key), its role, and what the pages may offer it.</summary>
public sealed record MeResponse(string Name, string Role, PagesAllowed May);

public static class MeEndpoints
{
    // The endpoints each page calls, by name: the page is offered when the role may call all of them. The levels are read
    // from the endpoints themselves, so the pages follow the same rules as the API.
    private static readonly string[] SearchPage = ["Search", "SuggestConcepts"],
        WorkbenchPage = ["ScanForPhi", "ExtractConcepts", "SimilarToText", "Search"],
        TrendsPage = ["TopicTrends"],
        CasePage = ["GetCase", "SimilarCases"];

    public static IEndpointRouteBuilder MapMe(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/me").WithTags("Access").RequireAccess(AccessLevel.AnyRole).MapGet("/", Get).WithName("Me")
            .WithSummary("The caller's role and which pages it may use (search, workbench, trends, case pages)");
        return app;
    }

    private static Ok<MeResponse> Get(ClaimsPrincipal user, EndpointDataSource endpoints)
    {
        var role = Roles.TryParse(user.FindFirstValue(ClaimTypes.Role), out var r) ? r : throw new InvalidOperationException("an authorised caller has a role");
        var levels = endpoints.Endpoints.Select(e => (Name: e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName, Level: e.Metadata.GetMetadata<RequiredAccess>()?.Level))
            .Where(e => e.Name is not null && e.Level is not null).ToLookup(e => e.Name!, e => e.Level!.Value);
        bool May(string[] names) => names.All(n => levels[n].Any() && levels[n].All(l => l.Allowed().Contains(role)));
        return TypedResults.Ok(new MeResponse(user.FindFirstValue(ClaimTypes.Name) ?? "", role.ToSlug(),
            new PagesAllowed(May(SearchPage), May(WorkbenchPage), May(TrendsPage), May(CasePage))));
    }
}
