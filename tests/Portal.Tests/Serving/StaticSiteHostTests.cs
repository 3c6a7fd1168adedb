using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Portal.Serving;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Serving;

public sealed partial class StaticSiteHostTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "secret-outside-the-site";
    private readonly TemporaryFolder _folder = new();
    private WebApplication? _host;
    private string _address = string.Empty;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder.Combine("site"));
        File.WriteAllText(_folder.Combine("site", "index.html"), "<!doctype html><title>home</title>");
        File.WriteAllText(_folder.Combine("secret.txt"), Secret);
        _host = StaticSiteHost.Create(_folder.Combine("site"), port: 0);
        await _host.StartAsync();
        _address = StaticSiteHost.Address(_host);
    }

    [Fact]
    public void Should_Listen_On_The_Loopback_Address_Only()
    {
        Assert.StartsWith("http://127.0.0.1:", _address, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Send_The_Security_Headers_That_Netlify_Sets()
    {
        using var client = new HttpClient();
        using var response = await client.GetAsync(_address + "/");

        var netlify = NetlifyHeaders();
        Assert.Equal(SecurityHeaders.All.Select(h => h.Key).Order(), netlify.Keys.Order());
        foreach (var (name, value) in SecurityHeaders.All)
        {
            Assert.Equal(value, netlify[name]);
            Assert.Equal(value, string.Join(", ", response.Headers.GetValues(name)));
        }
    }

    [Fact]
    public async Task Should_Send_The_Security_Headers_With_The_Not_Found_Page_Too()
    {
        using var client = new HttpClient();
        using var response = await client.GetAsync(_address + "/missing/");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/%2e%2e%2fsecret.txt")]
    [InlineData("/.%2e/secret.txt")]
    public async Task Should_Refuse_A_Path_That_Leaves_The_Site_Folder(string path)
    {
        var response = await RawGetAsync(path);

        Assert.DoesNotContain(Secret, response, StringComparison.Ordinal);
        Assert.DoesNotMatch("^HTTP/1.1 200", response);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            await _host.DisposeAsync();
        }
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Sends the path exactly as written: HttpClient would normalise the dots away before sending.</summary>
    private async Task<string> RawGetAsync(string path)
    {
        var uri = new Uri(_address);
        using var client = new TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port);
        await using var stream = client.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {uri.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    private static Dictionary<string, string> NetlifyHeaders()
    {
        var toml = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "netlify.toml"));
        var start = toml.IndexOf("[headers.values]", StringComparison.Ordinal);
        var end = toml.IndexOf("[[", start, StringComparison.Ordinal);
        var values = toml[start..(end < 0 ? toml.Length : end)];
        return HeaderLine().Matches(values).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);
    }

    [GeneratedRegex("""^\s+(?<name>[A-Za-z-]+) = "(?<value>[^"]*)"$""", RegexOptions.Multiline)]
    private static partial Regex HeaderLine();
}
