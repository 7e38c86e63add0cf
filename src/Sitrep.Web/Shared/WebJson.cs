using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Sitrep.Web.AddReports;
using Sitrep.Web.Changes;
using Sitrep.Web.Contracts;
using Sitrep.Web.Health;

namespace Sitrep.Web.Shared;

/// <summary>
/// Every type the API reads or writes as JSON (and the OpenAPI document describes), with its metadata generated at build
/// time: the published sitrep is native code and cannot inspect types at run time. <see cref="SitrepServer"/> makes
/// this the only source of JSON metadata (problem details included), under <c>dotnet run</c> and the tests
/// as well, so a contract left out here fails there and not first in the published binary.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(StoryList))]
[JsonSerializable(typeof(LedgerStory))]
[JsonSerializable(typeof(ReportDetail))]
[JsonSerializable(typeof(FigureList))]
[JsonSerializable(typeof(AddReportRequest))]
[JsonSerializable(typeof(AddedReports))]
[JsonSerializable(typeof(ChangePage))]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(ProblemDetails))]
[JsonSerializable(typeof(HttpValidationProblemDetails))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(Stream))]
[JsonSerializable(typeof(int?))]
[JsonSerializable(typeof(bool?))]
internal sealed partial class WebJson : JsonSerializerContext;
