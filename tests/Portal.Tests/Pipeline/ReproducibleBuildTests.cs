using System.Globalization;
using Portal.Pipeline;

namespace Portal.Tests.Pipeline;

/// <summary>The same input and as-of date give byte-identical output, whatever the machine's culture or time zone.</summary>
[Collection(CultureCollection.Name)]
public sealed class ReproducibleBuildTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Should_Write_The_Same_Bytes_Under_Another_Culture(string culture)
    {
        var reference = Build("reference");

        var other = WithCulture(CultureInfo.GetCultureInfo(culture), () => Build(culture));

        Assert.Equal(reference, other);
    }

    [Theory]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("America/Los_Angeles")]
    public void Should_Write_The_Same_Bytes_Under_Another_Time_Zone(string zone)
    {
        var reference = Build("reference");
        var output = _folder.Combine(zone.Replace('/', '-'));
        var options = BuildOptionsFor.Sample(output);

        var exit = PortalProcess.Run(
            ["build", "--data", options.DataFolder, "--content", options.ContentFolder, "--theme", options.ThemeFolder, "--output", output, "--as-of", "2026-06-30", "--no-search"],
            new Dictionary<string, string> { ["TZ"] = zone });

        Assert.Equal(0, exit);
        Assert.Equal(reference, OutputSnapshot.Of(output));
    }

    public void Dispose() => _folder.Dispose();

    private SortedDictionary<string, string> Build(string name)
    {
        var output = _folder.Combine(name);
        Assert.True(new SiteBuilder().Build(BuildOptionsFor.Sample(output)).Succeeded);
        return OutputSnapshot.Of(output);
    }

    /// <summary>Sets the culture of this thread and of the threads pages are rendered on, then restores them.</summary>
    private static T WithCulture<T>(CultureInfo culture, Func<T> work)
    {
        var (current, ui, defaultCulture, defaultUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
            return work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
            (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (defaultCulture, defaultUi);
        }
    }
}

/// <summary>Tests that change the process's default culture must not run beside others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CultureCollection
{
    public const string Name = "culture";
}
