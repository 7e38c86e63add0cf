using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Sitrep.Web.Shared;

/// <summary>API errors as ProblemDetails (RFC 9457), each saying what to do next. Typed, so endpoints can declare them in <c>Results&lt;…&gt;</c>.</summary>
public static class Problems
{
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(title: "Bad request", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static ProblemHttpResult NotFound(string what, string id, string hint) =>
        TypedResults.Problem(title: $"No such {what}", detail: $"This store has no {what} '{id}'. {hint}", statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(title: "Writes refused", detail: detail, statusCode: StatusCodes.Status403Forbidden);

    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(title: "API key needed", detail: detail, statusCode: StatusCodes.Status401Unauthorized);

    public static ProblemHttpResult Unprocessable(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status422UnprocessableEntity);
}
