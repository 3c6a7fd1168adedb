using System.Net;
using System.Net.Sockets;
using Portal.Cli;
using Portal.Tests.Cli;
using Portal.Serving;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Serving;

[Collection(ConsoleCollection.Name)]
public sealed class DevServerTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Should_Exit_With_A_Usage_Error_Naming_The_Port_When_Another_Program_Holds_It()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var options = BuildOptionsFor.Fixture("minimal", _folder.Combine("output")) with { Search = false };
        var (exit, errors) = StandardError.Capture(() => new DevServer(options, port).Run());

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains($"cannot serve on 127.0.0.1:{port}", errors, StringComparison.Ordinal);
        Assert.Contains("--port", errors, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
