using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Portal.OpenData;

/// <summary>
/// Writes a table as RFC 4180 CSV: UTF-8 without a byte-order mark, LF line endings, a header row, and cells quoted
/// when they hold a comma, a quote or a line break. CsvHelper does the quoting. Text cells that would start a
/// formula are neutralised by <see cref="FormulaGuard"/>.
/// </summary>
internal static class CsvTableWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\n",
        // With the line ending set, CsvHelper quotes only cells holding it; a lone carriage return ends a row for most readers.
        ShouldQuote = args => ConfigurationFunctions.ShouldQuote(args) || args.Field?.Contains('\r', StringComparison.Ordinal) == true,
    };

    public static void Write(IDataTable table, Stream stream)
    {
        using var text = new StreamWriter(stream, Utf8, leaveOpen: true);
        using var csv = new CsvWriter(text, Configuration);
        foreach (var field in table.Fields)
        {
            csv.WriteField(field.Name);
        }

        csv.NextRecord();
        var guarded = table.Fields.Select(FormulaGuard.Guards).ToArray();
        foreach (var row in table.Rows())
        {
            for (var i = 0; i < row.Count; i++)
            {
                var cell = CellText.Of(row[i]);
                csv.WriteField(guarded[i] ? FormulaGuard.Neutralise(cell) : cell);
            }

            csv.NextRecord();
        }
    }
}
