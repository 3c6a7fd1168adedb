using Portal.Annex;
using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Domain.Reporting;
using Portal.Domain.Reporting.Annex;
using Portal.Pipeline;
using Portal.Rendering.Templates;
using Portal.Rendering.Theme;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Annex;

/// <summary>A data set read and checked as a build reads it, with what the annex is made from: model, words, settings.</summary>
internal sealed class AnnexInput
{
    private static readonly Lazy<AnnexInput> SampleInput = new(() => Load(BuildOptionsFor.Sample("unused")));
    private static readonly Lazy<AnnexInput> FixtureInput = new(() => Load(BuildOptionsFor.Fixture("annex", "unused")));

    private AnnexInput(PortalModel model, UiStrings strings, SiteSettings settings)
    {
        Model = model;
        Strings = strings;
        Settings = settings;
    }

    /// <summary>The sample data, as of the tests' date.</summary>
    public static AnnexInput Sample => SampleInput.Value;

    /// <summary>tests/fixtures/annex: three cities, four recommendations, markup in the values.</summary>
    public static AnnexInput Fixture => FixtureInput.Value;

    public PortalModel Model { get; }

    public UiStrings Strings { get; }

    public SiteSettings Settings { get; }

    public IAnnexWording Wording => new AnnexWording(Strings);

    public AnnexComposer Composer(string baseUrl = "/") => new(Model, Strings, Settings, new UrlBuilder(baseUrl == "/" && Settings.BaseUrl is { } configured ? configured : baseUrl));

    public AnnexDocument Document(string country = "ESP", int? words = null, string? mechanism = null, int? cycle = null) =>
        Composer().Document(new LocalActionScope(country, mechanism, cycle), words);

    public byte[] Write(AnnexDocument document, AnnexFormat format)
    {
        using var stream = new MemoryStream();
        Composer().Write(document, format, stream);
        return stream.ToArray();
    }

    private static AnnexInput Load(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var input = InputChecker.Check(options, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        return new AnnexInput(PortalModel.Build(input.Data, BuildOptionsFor.AsOf), input.Theme.Strings, input.Settings);
    }
}
