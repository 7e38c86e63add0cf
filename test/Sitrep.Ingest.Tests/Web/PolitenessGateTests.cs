using Sitrep.Ingest.Web;
using Xunit;

namespace Sitrep.Ingest.Tests.Web;

public sealed class PolitenessGateTests
{
    [Fact]
    public void Requests_to_one_host_are_spaced_by_the_delay_and_other_hosts_do_not_wait()
    {
        var clock = new ManualClock();
        var gate = new PolitenessGate(TimeSpan.FromSeconds(2), clock);

        var first = gate.Reserve("news.example");
        var second = gate.Reserve("news.example");
        var third = gate.Reserve("NEWS.example");
        var other = gate.Reserve("other.example");
        clock.Advance(TimeSpan.FromSeconds(10));
        var later = gate.Reserve("news.example");

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.Zero, TimeSpan.Zero],
            [first, second, third, other, later]);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2024, 3, 5, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
