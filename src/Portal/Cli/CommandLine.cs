using System.CommandLine;
using System.Globalization;
using Portal.Cli.Annex;
using Portal.Cli.Import;
using Portal.Importing;
using Portal.Pipeline;
using Portal.Serving;

namespace Portal.Cli;

/// <summary>
/// The program's commands: build, validate, serve and import. Usage errors exit with 2, before anything is read or
/// written; an exception nobody foresaw exits with 3 and asks for a report.
/// </summary>
internal static class CommandLine
{
    private static readonly Option<string> Data = new("--data") { Description = "Folder of CSV files", DefaultValueFactory = _ => "data" };
    private static readonly Option<string> Content = new("--content") { Description = "Folder of Markdown content", DefaultValueFactory = _ => "input" };
    private static readonly Option<string> Theme = new("--theme") { Description = "Theme folder", DefaultValueFactory = _ => "theme" };
    private static readonly Option<string> Output = new("--output") { Description = "Folder the site is written to", DefaultValueFactory = _ => "output" };
    private static readonly Option<string> BaseUrl = new("--base-url") { Description = "Base URL or path of the published site", DefaultValueFactory = _ => "/" };
    private static readonly Option<string?> AsOf = new("--as-of") { Description = "Date treated as today (YYYY-MM-DD); defaults to today" };
    private static readonly Option<bool> NoSearch = new("--no-search") { Description = "Skip the search index, for benchmarks and quick previews" };
    private static readonly Option<int> Port = new("--port") { Description = "Port to serve on, on 127.0.0.1", DefaultValueFactory = _ => 8080 };
    private static readonly Argument<string> ExportFormat = new Argument<string>("format") { Description = "The export's format: uhri, upr-info or impact-oss" }
        .AcceptOnlyFromAmong([.. ImportFormats.Names]);
    private static readonly Argument<string> ExportFile = new("file") { Description = "The export: XLSX, CSV or JSON (uhri); CSV or XLSX (upr-info, impact-oss)" };
    private static readonly Option<string[]> Country = new("--country") { Description = "Import only recommendations to this State (ISO 3166-1 alpha-3); repeat for several. Its languages also hint at the code page of a file that is not UTF-8" };
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Report what the import would do; write nothing" };
    private static readonly Option<string> AnnexCountry = new("--country") { Description = "The State whose recommendations the annex covers (ISO 3166-1 alpha-3, e.g. ESP)", Required = true };
    private static readonly Option<string?> AnnexMechanism = new("--mechanism") { Description = "Only recommendations of this mechanism (UPR, CEDAW, CRC, ...)" };
    private static readonly Option<int?> AnnexCycle = new("--cycle") { Description = "Only this review of the mechanism: a UPR cycle (4) or a treaty body's year (2022); needs --mechanism" };
    private static readonly Option<int?> AnnexWords = new("--words") { Description = "Word limit, counted as the UN counts words (footnotes included); entries are left out whole, in the order the method note gives, until the annex fits. Default: no limit" };
    private static readonly Option<string> AnnexFormatOption = new Option<string>("--format") { Description = "docx (Word), html (print-ready) or md (Markdown, for pasting)", DefaultValueFactory = _ => "docx" }
        .AcceptOnlyFromAmong("docx", "html", "md");
    private static readonly Option<string?> AnnexOutput = new("--output") { Description = "File to write; default: annex-<country>[-<mechanism>[-<cycle>]].<format> in the current folder, e.g. annex-esp-upr-4.docx" };
    private static readonly Option<string?> ExportEncoding = new("--encoding") { Description = "Encoding of a text export (utf-8, utf-16, windows-1250, windows-1251, windows-1252, iso-8859-2, macintosh, ...); detected when left out, and asked for when the bytes fit several" };

    public static int Run(string[] args, TimeProvider clock)
    {
        try
        {
            return Dispatch(args, clock);
        }
        catch (Exception e)
        {
            InternalError.Write(Console.Error, "portal: internal error, please report this: ", e);
            return ExitCodes.InternalError;
        }
    }

    private static int Dispatch(string[] args, TimeProvider clock)
    {
        var root = new RootCommand("Builds a static portal of Human Rights Cities' commitments from CSV and Markdown.")
        {
            BuildCommand(clock),
            ValidateCommand(clock),
            ServeCommand(clock),
            ImportCommand(),
            AnnexCommand(clock),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"portal: error: {error.Message}");
            }

            Console.Error.WriteLine("Run 'portal --help' for usage.");
            return ExitCodes.Usage;
        }

        // System.CommandLine's own handler would print the stack trace and exit with 1, as if the input were at fault.
        return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    private static Command BuildCommand(TimeProvider clock)
    {
        var command = new Command("build", "Build the site into the output folder.") { Data, Content, Theme, Output, BaseUrl, AsOf, NoSearch };
        command.SetAction(result => WithOptions(result, clock, writesOutput: true, options => Report(new SiteBuilder(ConsoleProgress.ForStandardError()).Build(options), wroteSite: true)));
        return command;
    }

    private static Command ValidateCommand(TimeProvider clock)
    {
        var command = new Command("validate", "Check the data and content; write nothing.") { Data, Content, Theme, AsOf };
        command.SetAction(result => WithOptions(result, clock, writesOutput: false, options => Report(new SiteValidator().Validate(options), wroteSite: false)));
        return command;
    }

    private static Command ServeCommand(TimeProvider clock)
    {
        var command = new Command("serve", "Build, serve on http://127.0.0.1:PORT, and rebuild on changes.") { Data, Content, Theme, Output, BaseUrl, AsOf, NoSearch, Port };
        command.SetAction(result => WithOptions(result, clock, writesOutput: true, options => new DevServer(options, result.GetValue(Port)).Run()));
        return command;
    }

    private static Command ImportCommand()
    {
        var command = new Command("import", "Import recommendations from a UHRI, UPR Info or IMPACT OSS export into recommendations.csv.")
        {
            ExportFormat, ExportFile, Data, Country, DryRun, ExportEncoding,
        };
        command.SetAction(result => ImportCommandLine.Run(
            result.GetValue(ExportFormat)!,
            result.GetValue(ExportFile)!,
            result.GetValue(Data)!,
            result.GetValue(Country) ?? [],
            result.GetValue(DryRun),
            result.GetValue(ExportEncoding),
            Console.Out,
            Console.Error));
        return command;
    }

    private static Command AnnexCommand(TimeProvider clock)
    {
        var command = new Command("annex", "Write the annex \"Local and regional governments' implementation of the recommendations\" for one State's report, as DOCX, HTML or Markdown.")
        {
            AnnexCountry, AnnexMechanism, AnnexCycle, AnnexWords, AnnexFormatOption, AnnexOutput, Data, Content, Theme, BaseUrl, AsOf,
        };
        command.SetAction(result => WithOptions(result, clock, writesOutput: false, options => AnnexCommandLine.Run(
            new AnnexArguments(
                result.GetValue(AnnexCountry)!,
                result.GetValue(AnnexMechanism),
                result.GetValue(AnnexCycle),
                result.GetValue(AnnexWords),
                result.GetValue(AnnexFormatOption)!,
                result.GetValue(AnnexOutput)),
            options,
            Console.Out,
            Console.Error)));
        return command;
    }

    private static int Report(BuildReport report, bool wroteSite)
    {
        ReportPrinter.Print(report, Console.Out, Console.Error, wroteSite);
        return report.Succeeded ? ExitCodes.Success : ExitCodes.InvalidInput;
    }

    /// <summary>
    /// Runs a command with its options, once they are known to be sound: a date, a base URL that keeps every link on
    /// the site's host, and, for a command that writes, an output folder that is the build's own.
    /// </summary>
    private static int WithOptions(ParseResult result, TimeProvider clock, bool writesOutput, Func<BuildOptions, int> run)
    {
        var asOfText = result.GetValue(AsOf);
        DateOnly asOf;
        if (asOfText is null)
        {
            asOf = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        }
        else if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            Console.Error.WriteLine($"portal: error: --as-of '{asOfText}' is not a date in the form YYYY-MM-DD");
            return ExitCodes.Usage;
        }

        var options = new BuildOptions
        {
            DataFolder = result.GetValue(Data)!,
            ContentFolder = result.GetValue(Content)!,
            ThemeFolder = result.GetValue(Theme) ?? "theme",
            OutputFolder = result.GetValue(Output) ?? "output",
            BaseUrl = result.GetValue(BaseUrl) ?? "/",
            AsOf = asOf,
            Search = !result.GetValue(NoSearch),
        };
        var problem = writesOutput ? BaseUrlRule.Problem(options.BaseUrl) ?? OutputFolderGuard.Refusal(options) : null;
        if (problem is not null)
        {
            Console.Error.WriteLine($"portal: error: {problem}");
            return ExitCodes.Usage;
        }

        return run(options);
    }
}
