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
        Directory.CreateDirectory(_folder.Combine("outside"));
        File.WriteAllText(_folder.Combine("outside", "index.html"), Secret);
        Directory.CreateDirectory(_folder.Combine("site", "about"));
        File.WriteAllText(_folder.Combine("site", "about", "index.html"), "<!doctype html><title>about</title>");
        File.CreateSymbolicLink(_folder.Combine("site", "leak.txt"), _folder.Combine("secret.txt"));
        File.CreateSymbolicLink(_folder.Combine("site", "home.html"), _folder.Combine("site", "index.html"));
        Directory.CreateSymbolicLink(_folder.Combine("site", "linked"), _folder.Combine("outside"));
        MakeNamedPipe(_folder.Combine("site", "pipe.html"));
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

    [Theory]
    [InlineData("/leak.txt")]
    [InlineData("/linked/index.html")]
    [InlineData("/linked/")]
    [InlineData("/linked")]
    public async Task Should_Not_Serve_What_A_Symlink_In_The_Site_Folder_Points_To_Outside_It(string path)
    {
        var response = await RawGetAsync(path);

        Assert.DoesNotContain(Secret, response, StringComparison.Ordinal);
        Assert.Matches("^HTTP/1.1 404", response);
    }

    [Fact]
    public async Task Should_Not_Serve_A_Symlink_Even_When_It_Points_Inside_The_Site_Folder()
    {
        var response = await RawGetAsync("/home.html");

        Assert.Matches("^HTTP/1.1 404", response);
    }

    [Fact]
    public async Task Should_Not_Serve_A_Named_Pipe_In_The_Site_Folder_Nor_Wait_For_A_Writer()
    {
        var response = await RawGetAsync("/pipe.html").WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Matches("^HTTP/1.1 404", response);
    }

    [Fact]
    public async Task Should_Redirect_A_Folder_To_Its_Address_With_A_Slash_On_The_Server_Itself()
    {
        var response = await RawGetAsync("/about", host: "evil.example");

        Assert.Matches("^HTTP/1.1 301", response);
        var location = LocationHeader().Match(response).Groups["location"].Value;
        Assert.DoesNotContain("evil.example", response, StringComparison.Ordinal);
        Assert.EndsWith("/about/", location, StringComparison.Ordinal);
        Assert.True(location.StartsWith('/') || location.StartsWith(_address + "/", StringComparison.Ordinal), location);
    }

    [Fact]
    public async Task Should_Not_Redirect_To_Another_Host_Through_A_Path_That_Starts_With_Two_Slashes()
    {
        Directory.CreateDirectory(_folder.Combine("site", "evil.example"));
        File.WriteAllText(_folder.Combine("site", "evil.example", "index.html"), "<!doctype html><title>x</title>");

        var response = await RawGetAsync("//evil.example");

        var location = LocationHeader().Match(response).Groups["location"].Value;
        Assert.False(location.StartsWith("//", StringComparison.Ordinal), location);
        Assert.False(location.StartsWith("http://evil.example", StringComparison.Ordinal), location);
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
    private static void MakeNamedPipe(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private async Task<string> RawGetAsync(string path, string? host = null)
    {
        var uri = new Uri(_address);
        using var client = new TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port);
        await using var stream = client.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {host ?? uri.Authority}\r\nConnection: close\r\n\r\n");
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

    [GeneratedRegex(@"^Location: (?<location>\S*)\r?$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex LocationHeader();
}
