using Portal.Cli;

namespace Portal.Tests.Cli;

/// <summary>Exit codes: 0 success, 1 invalid input, 2 usage error.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CommandLineTests
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    [Fact]
    public void Should_Exit_With_0_When_Validating_The_Sample_Data()
    {
        var exit = CommandLine.Run(["validate", "--data", RepositoryPaths.Data, "--content", RepositoryPaths.Content, "--theme", RepositoryPaths.Theme, "--as-of", "2026-06-30"], Clock);

        Assert.Equal(ExitCodes.Success, exit);
    }

    [Fact]
    public void Should_Exit_With_1_When_Validating_Data_With_Errors()
    {
        var fixture = RepositoryPaths.Fixture("invalid-data");
        var exit = CommandLine.Run(["validate", "--data", Path.Combine(fixture, "data"), "--content", Path.Combine(fixture, "input"), "--theme", RepositoryPaths.Theme], Clock);

        Assert.Equal(ExitCodes.InvalidInput, exit);
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("publish")]
    [InlineData("build", "--as-of", "30/06/2026")]
    [InlineData("serve", "--port", "eighty")]
    public void Should_Exit_With_2_On_A_Usage_Error(params string[] args)
    {
        Assert.Equal(ExitCodes.Usage, CommandLine.Run(args, Clock));
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
