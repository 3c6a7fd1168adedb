using System.Globalization;
using Portal.Annex;
using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Domain.Reporting;
using Portal.Domain.Reporting.Annex;
using Portal.Pipeline;
using Portal.Rendering.Templates;

namespace Portal.Cli.Annex;

/// <summary>
/// `portal annex`: reads and checks the data as a build does, builds the annex for one State (and mechanism and
/// review) within the word limit, and writes it as DOCX, HTML or Markdown. Exit codes: 0 written, 1 invalid input or
/// nothing to write (no city acts on a recommendation in scope), 2 usage error (an unknown country or mechanism, a
/// word limit that is not a positive number or is too small for the annex's fixed parts, a bad --as-of or --base-url).
/// </summary>
internal static class AnnexCommandLine
{
    public static int Run(AnnexArguments arguments, BuildOptions options, TextWriter output, TextWriter errors)
    {
        var country = arguments.Country.Trim().ToUpperInvariant();
        if (!CountryCodes.IsKnown(country))
        {
            return Fail(errors, ExitCodes.Usage, $"--country '{arguments.Country}' is not an ISO 3166-1 alpha-3 country code (e.g. ESP, KEN, BRA)");
        }

        if (arguments.Words is <= 0)
        {
            return Fail(errors, ExitCodes.Usage, $"--words {arguments.Words} is not a word limit; give a positive number such as 10700");
        }

        if (BaseUrlRule.Problem(options.BaseUrl) is { } baseUrlProblem)
        {
            return Fail(errors, ExitCodes.Usage, baseUrlProblem);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var input = InputChecker.Check(options, diagnostics);
        var loaded = clock.ElapsedMilliseconds;
        foreach (var diagnostic in diagnostics.Sorted())
        {
            errors.WriteLine(diagnostic.ToString());
        }

        if (diagnostics.HasErrors)
        {
            return Fail(errors, ExitCodes.InvalidInput, "the data has errors; no annex was written");
        }

        var model = PortalModel.Build(input.Data, options.AsOf);
        var modelled = clock.ElapsedMilliseconds;
        var scope = new LocalActionScope(country, arguments.Mechanism?.Trim(), arguments.Cycle);
        if (Problem(model, scope) is { } problem)
        {
            return Fail(errors, problem.ExitCode, problem.Message);
        }

        var composer = new AnnexComposer(model, input.Theme.Strings, input.Settings, new UrlBuilder(options.BaseUrlWith(input.Settings)));
        AnnexDocument document;
        try
        {
            document = composer.Document(scope, arguments.Words);
        }
        catch (AnnexWordLimitException e)
        {
            return Fail(errors, ExitCodes.Usage, e.Message);
        }

        var format = Enum.Parse<AnnexFormat>(arguments.Format, ignoreCase: true);
        var file = arguments.Output ?? DefaultFileName(scope, format);
        using (var stream = File.Create(file))
        {
            composer.Write(document, format, stream);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {file}: {document.Words:#,0} words{(arguments.Words is { } limit ? $" (limit {limit:#,0})" : "")}; entries kept: {document.Tally.Entries} of {document.Tally.AllEntries}, on {document.Tally.Recommendations} of {document.Tally.Recommendations + document.Tally.RecommendationsLeftOut} recommendations"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"took {clock.ElapsedMilliseconds} ms: load and validate {loaded} ms, model {modelled - loaded} ms, annex {clock.ElapsedMilliseconds - modelled} ms"));
        return ExitCodes.Success;
    }

    /// <summary>annex-esp.docx, annex-esp-upr.docx, annex-esp-upr-4.docx: in the current folder, named by the scope.</summary>
    public static string DefaultFileName(LocalActionScope scope, AnnexFormat format) =>
        "annex-" + scope.Country.ToLowerInvariant()
        + (scope.Mechanism is { } mechanism ? "-" + Slug.FromText(mechanism) : "")
        + (scope.Cycle is { } cycle ? "-" + cycle.ToString(CultureInfo.InvariantCulture) : "")
        + "." + AnnexWriters.Extension(format);

    private static (int ExitCode, string Message)? Problem(PortalModel model, LocalActionScope scope)
    {
        var ofCountry = LocalAction.Recommendations(model, new LocalActionScope(scope.Country));
        if (scope.Mechanism is { } mechanism && !ofCountry.Any(r => string.Equals(r.Mechanism, mechanism, StringComparison.OrdinalIgnoreCase)))
        {
            var known = string.Join(", ", ofCountry.Select(r => r.Mechanism).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal));
            return (ExitCodes.Usage, $"--mechanism '{mechanism}': no recommendation to {scope.Country} comes from it" + (known.Length > 0 ? $"; the data has {known}" : ""));
        }

        if (scope.Cycle is not null && scope.Mechanism is null)
        {
            return (ExitCodes.Usage, "--cycle needs --mechanism: a UPR cycle or a treaty body's year belongs to one mechanism");
        }

        if (LocalAction.Rows(model, scope).Count == 0)
        {
            var scopes = string.Join(", ", AnnexFiles.Scopes(model).Where(s => s.Country == scope.Country).Select(Describe));
            return (ExitCodes.InvalidInput, $"no city acts on a recommendation to {Describe(scope)}; nothing to write"
                + (scopes.Length > 0 ? $". Scopes with local action: {scopes}" : ""));
        }

        return null;
    }

    private static string Describe(LocalActionScope scope) =>
        string.Join(" ", new[] { scope.Country, scope.Mechanism, scope.Cycle?.ToString(CultureInfo.InvariantCulture) }.OfType<string>());

    private static int Fail(TextWriter errors, int exitCode, string message)
    {
        errors.WriteLine($"portal: error: {message}");
        return exitCode;
    }
}
