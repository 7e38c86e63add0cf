using Microsoft.AspNetCore.Http;

namespace Sitrep.Web.Shared;

/// <summary>API errors as ProblemDetails (RFC 9457), each saying what to do next.</summary>
public static class Problems
{
    public static IResult BadRequest(string detail) =>
        Results.Problem(title: "Bad request", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string what, string id, string hint) =>
        Results.Problem(title: $"No such {what}", detail: $"This store has no {what} '{id}'. {hint}", statusCode: StatusCodes.Status404NotFound);

    public static IResult Forbidden(string detail) =>
        Results.Problem(title: "Writes refused", detail: detail, statusCode: StatusCodes.Status403Forbidden);

    public static IResult Unauthorized(string detail) =>
        Results.Problem(title: "API key needed", detail: detail, statusCode: StatusCodes.Status401Unauthorized);
}
