using Portal.TextFiles.Encodings;
using Portal.Domain.Model;
using Portal.Importing;
using Portal.Loading;

namespace Portal.Cli.Import;

/// <summary>
/// Checks the arguments of `portal import` that the parser cannot (country codes, the encoding name),
/// runs the import and prints its report. Returns the exit code: 0 done, 1 invalid input, 2 usage error.
/// </summary>
internal static class ImportCommandLine
{
    public static int Run(string format, string file, string dataFolder, IReadOnlyList<string> countries, bool dryRun, string? encodingName, TextWriter output, TextWriter errors)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var country in countries)
        {
            var code = country.Trim().ToUpperInvariant();
            if (!CountryCodes.IsKnown(code))
            {
                return Usage(errors, $"--country '{country}' is not an ISO 3166-1 alpha-3 country code (e.g. ESP, KEN, BRA)");
            }

            codes.Add(code);
        }

        var encoding = encodingName is null ? null : ExportEncodings.ByName(encodingName);
        if (encodingName is not null && encoding is null)
        {
            return Usage(errors, $"--encoding '{encodingName}' is not an encoding this knows; try utf-8, utf-16, windows-1250, windows-1251, windows-1252, windows-1253, windows-1254, windows-1256, iso-8859-2 or macintosh");
        }

        var outcome = new Importer(new BuildRules()).Import(new ImportOptions
        {
            Format = ImportFormats.Parse(format),
            File = file,
            DataFolder = dataFolder,
            Countries = codes,
            DryRun = dryRun,
            Encoding = encoding,
        });
        ImportReportPrinter.Print(outcome, output, errors);
        return ExitCodeOf(outcome);
    }

    private static int ExitCodeOf(ImportOutcome outcome) =>
        outcome.UsageError is not null ? ExitCodes.Usage
        : outcome.HasErrors ? ExitCodes.InvalidInput
        : ExitCodes.Success;

    private static int Usage(TextWriter errors, string message)
    {
        errors.WriteLine($"portal: error: {message}");
        return Cli.ExitCodes.Usage;
    }
}
