using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Sitrep.Web.Tests;

/// <summary>What a hostile page or report must not be able to do to the real server on 127.0.0.1.</summary>
public sealed class HardeningTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpRequestMessage WithHost(HttpMethod method, string path, string host, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Host = host;
        return request;
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.BadRequest)]
    [InlineData("evil.example:{port}", HttpStatusCode.BadRequest)]
    [InlineData("127.0.0.1:{port}", HttpStatusCode.OK)]
    [InlineData("localhost:{port}", HttpStatusCode.OK)]
    [InlineData("[::1]:{port}", HttpStatusCode.OK)]
    public async Task Only_the_hosts_the_server_is_bound_to_are_answered(string host, HttpStatusCode expected)
    {
        await using var server = await RunningServer.StartAsync();
        string port = server.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var response = await server.Client.SendAsync(WithHost(HttpMethod.Get, "api/stories", host.Replace("{port}", port, StringComparison.Ordinal)), Ct);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", "127.0.0.1 localhost [::1]")]
    [InlineData("http://[::1]:5080", "[::1] localhost 127.0.0.1")]
    [InlineData("http://10.1.2.3:5080;http://127.0.0.1:0", "10.1.2.3 127.0.0.1 localhost [::1]")]
    [InlineData("http://0.0.0.0:5080", "*")]
    [InlineData("http://*:5080", "*")]
    public void The_allowed_hosts_follow_the_addresses_the_server_listens_on(string urls, string expected) =>
        Assert.Equal(expected, string.Join(' ', SitrepServer.HostsOf(urls.Split(';'))));

    [Fact]
    public async Task A_rebound_page_cannot_add_a_report_to_a_loopback_server_without_a_key()
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await server.Client.SendAsync(
            WithHost(HttpMethod.Post, "api/reports", "attacker.example", JsonContent.Create(new { text = "Forty people were killed in a made-up blast." })), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, server.Store.Count().Articles);
    }

    [Theory]
    [InlineData("\u202A")]
    [InlineData("\u202B")]
    [InlineData("\u202C")]
    [InlineData("\u202D")]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\u2067")]
    [InlineData("\u2068")]
    [InlineData("\u2069")]
    public async Task Bidi_controls_in_a_report_show_inert_on_its_page(string control)
    {
        await using var server = await RunningServer.StartAsync();
        string text = $"Reports said {control}lived{control} and 7 people were missing after the storm in Tarn.";
        var posted = await server.Client.PostAsJsonAsync("api/reports", new { text, title = $"Storm{control} in Tarn" }, Ct);
        using var json = JsonDocument.Parse(await posted.Content.ReadAsStringAsync(Ct));
        string id = json.RootElement.GetProperty("reports")[0].GetProperty("id").GetString()!;
        string story = json.RootElement.GetProperty("reports")[0].GetProperty("story").GetString()!;

        string report = await server.Client.GetStringAsync($"reports/{Uri.EscapeDataString(id)}", Ct);
        string storyPage = await server.Client.GetStringAsync($"stories/{Uri.EscapeDataString(story)}", Ct);

        Assert.DoesNotContain(control, report, StringComparison.Ordinal);
        Assert.DoesNotContain(control, storyPage, StringComparison.Ordinal);
        Assert.Contains("\uFFFDlived\uFFFD", report, StringComparison.Ordinal);
        Assert.Contains("Storm\uFFFD in Tarn", report, StringComparison.Ordinal);
    }
}
