using System.Globalization;
using Portal.Domain.Diagnostics;
using Portal.Domain.Limits;
using Portal.Domain.Model;
using Portal.TextFiles.Csv;

namespace Portal.Loading.Tables;

/// <summary>
/// Reads typed values out of one record. Every value that does not parse is reported at its cell and read
/// as missing, so the rest of the row, and the rest of the file, is still checked.
/// </summary>
internal sealed class RowReader(CsvRecord record, DiagnosticBag diagnostics)
{
    public SourceLocation Location => record.Location;

    public string? Text(string column)
    {
        var cell = record[column];
        return cell.IsEmpty ? null : cell.Text;
    }

    public string RequiredText(string column)
    {
        var cell = record[column];
        if (cell.IsEmpty && record.Header.IndexOf(column) is not null)
        {
            diagnostics.Error(cell.Location, $"'{column}' is required but empty");
        }

        return cell.Text;
    }

    /// <summary>An id that becomes a folder name and an address: required, and within the length budget.</summary>
    public string RequiredId(string column)
    {
        var value = RequiredText(column);
        if (value.Length > InputLimits.MaxIdLength)
        {
            diagnostics.Error(record[column].Location, TooLong(column, value));
        }

        return value;
    }

    public string RequiredSlug(string column)
    {
        var value = RequiredId(column);
        if (value.Length > 0 && !Slug.IsValid(value))
        {
            diagnostics.Error(record[column].Location, $"'{Shortened(value)}' is not a valid id for '{column}': use lower-case letters, digits and hyphens ({Slug.Pattern})");
        }

        return value;
    }

    public IReadOnlyList<string> List(string column) => Split(record[column].Text);

    public IReadOnlyList<string> SlugList(string column)
    {
        var values = List(column);
        foreach (var value in values.Where(v => !Slug.IsValid(v)))
        {
            diagnostics.Error(record[column].Location, $"'{Shortened(value)}' in '{column}' is not a valid id ({Slug.Pattern})");
        }

        foreach (var value in values.Where(v => v.Length > InputLimits.MaxIdLength))
        {
            diagnostics.Error(record[column].Location, TooLong(column, value));
        }

        return values;
    }

    public PartialDate? Date(string column)
    {
        var cell = record[column];
        if (cell.IsEmpty)
        {
            return null;
        }

        if (PartialDate.TryParse(cell.Text, out var date))
        {
            return date;
        }

        diagnostics.Error(cell.Location, $"'{cell.Text}' in '{column}' is not an ISO 8601 date (2025, 2025-06 or 2025-06-30)");
        return null;
    }

    public PartialDate? RequiredDate(string column) => RequiredText(column).Length == 0 ? null : Date(column);

    public double? Number(string column)
    {
        var cell = record[column];
        if (cell.IsEmpty)
        {
            return null;
        }

        var text = record.DecimalComma && !cell.Text.Contains('.') ? cell.Text.Replace(',', '.') : cell.Text;
        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
        {
            return value;
        }

        var hint = record.DecimalComma ? "12,5 or 12.5" : "use a dot for decimals: 12.5";
        diagnostics.Error(cell.Location, $"'{cell.Text}' in '{column}' is not a number ({hint})");
        return null;
    }

    public int? Integer(string column) => (int?)WholeNumber(column, int.MinValue, int.MaxValue);

    public long? WholeNumber(string column, long min = long.MinValue, long max = long.MaxValue)
    {
        var cell = record[column];
        if (cell.IsEmpty)
        {
            return null;
        }

        if (long.TryParse(cell.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        diagnostics.Error(cell.Location, $"'{cell.Text}' in '{column}' is not a whole number");
        return null;
    }

    public TEnum? Word<TEnum>(string column, Vocabulary<TEnum> vocabulary)
        where TEnum : struct, Enum
    {
        var cell = record[column];
        if (cell.IsEmpty)
        {
            return null;
        }

        if (vocabulary.TryParse(cell.Text, out var value))
        {
            return value;
        }

        diagnostics.Error(cell.Location, $"'{cell.Text}' is not allowed in '{column}'; allowed values: {vocabulary.Allowed}");
        return null;
    }

    public TEnum? RequiredWord<TEnum>(string column, Vocabulary<TEnum> vocabulary)
        where TEnum : struct, Enum =>
        RequiredText(column).Length == 0 ? null : Word(column, vocabulary);

    public string RequiredCountry(string column)
    {
        var code = RequiredText(column);
        if (code.Length > 0 && !CountryCodes.IsKnown(code))
        {
            diagnostics.Error(record[column].Location, $"'{code}' in '{column}' is not an ISO 3166-1 alpha-3 country code (upper case, e.g. ESP, KEN, BRA)");
        }

        return code;
    }

    /// <summary>An absolute http or https address; anything else could not be linked safely.</summary>
    public string? Url(string column)
    {
        var cell = record[column];
        if (cell.IsEmpty)
        {
            return null;
        }

        if (Uri.TryCreate(cell.Text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return cell.Text;
        }

        diagnostics.Error(cell.Location, $"'{cell.Text}' in '{column}' is not an http or https address");
        return null;
    }

    private static string TooLong(string column, string value) =>
        string.Create(CultureInfo.InvariantCulture, $"the id '{Shortened(value)}' in '{column}' has {value.Length:N0} characters; an id may have at most {InputLimits.MaxIdLength} (it becomes a folder name and an address)");

    /// <summary>A value as a message quotes it: an id far over its budget would drown the message.</summary>
    private static string Shortened(string value) => value.Length <= InputLimits.MaxIdLength ? value : string.Concat(value.AsSpan(0, 20), "…");

    private static IReadOnlyList<string> Split(string text) => ListCell.Split(text);
}
