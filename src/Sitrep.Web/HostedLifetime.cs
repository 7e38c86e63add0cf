using Microsoft.Extensions.Hosting;

namespace Sitrep.Web;

/// <summary>
/// A host lifetime that listens to no signal: the server runs inside <c>sitrep serve</c> (or a test), which
/// decides when to stop it. The default console lifetime would stop the server on SIGTERM behind the command's back.
/// </summary>
internal sealed class HostedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
