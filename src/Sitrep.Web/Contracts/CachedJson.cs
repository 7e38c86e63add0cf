using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Sitrep.Web.Shared;

namespace Sitrep.Web.Contracts;

/// <summary>
/// A 200 of JSON bytes encoded once and shared by every request (<see cref="CachedBytes"/>), typed by the contract
/// <typeparamref name="T"/> they hold, so <c>Results&lt;CachedJson&lt;T&gt;, …&gt;</c> puts T's schema in the OpenAPI document.
/// </summary>
public sealed class CachedJson<T>(byte[] json) : IResult, IEndpointMetadataProvider
{
    public Task ExecuteAsync(HttpContext httpContext) => new CachedBytes(json, "application/json; charset=utf-8").ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
    }
}
