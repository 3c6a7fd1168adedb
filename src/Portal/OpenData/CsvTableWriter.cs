using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Portal.OpenData;

/// <summary>
/// Writes a table as RFC 4180 CSV: UTF-8 without a byte-order mark, LF line endings, a header row, and cells quoted
/// when they hold a comma, a quote or a line break. CsvHelper does the quoting.
/// </summary>
internal static class CsvTableWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture) { NewLine = "\n" };

    public static void Write(IDataTable table, Stream stream)
    {
        using var text = new StreamWriter(stream, Utf8, leaveOpen: true);
        using var csv = new CsvWriter(text, Configuration);
        foreach (var field in table.Fields)
        {
            csv.WriteField(field.Name);
        }

        csv.NextRecord();
        foreach (var row in table.Rows())
        {
            foreach (var cell in row)
            {
                csv.WriteField(CellText.Of(cell));
            }

            csv.NextRecord();
        }
    }
}
