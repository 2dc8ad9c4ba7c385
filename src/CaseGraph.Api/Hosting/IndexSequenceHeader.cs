using CaseGraph.Core.Search;

namespace CaseGraph.Api.Hosting;

/// <summary>Says which commit answered: <c>X-Index-Sequence</c>, the sequence of the indexing run whose index and
/// search model this request read (its pinned view). Clients can tell two answers from different commits apart.</summary>
internal sealed class IndexSequenceHeader : IEndpointFilter
{
    public const string Name = "X-Index-Sequence";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var model = context.HttpContext.RequestServices.GetRequiredService<SearchModel>();
        context.HttpContext.Response.Headers[Name] = model.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return next(context);
    }
}
