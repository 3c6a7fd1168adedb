using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Portal.TextFiles.Csv;

/// <summary>
/// The one way CsvHelper is set up to read delimited text, for the build's data files and for imported exports:
/// RFC 4180 quoting, any of CR, LF or CRLF, blank lines skipped, bad quoting left to <see cref="RecordScanner"/>
/// to report at its line and column, and ragged rows left to the readers to report against the header.
/// </summary>
internal static class CsvReadingConfiguration
{
    /// <param name="delimiter">The separator <see cref="DelimiterDetector"/> chose.</param>
    /// <param name="maxFieldSize">
    /// The longest field CsvHelper buffers before it stops with a <see cref="MaxFieldSizeException"/>, or 0
    /// for no limit when the reader measures each cell itself to name it.
    /// </param>
    public static CsvConfiguration For(char delimiter, int maxFieldSize) => new(CultureInfo.InvariantCulture)
    {
        Delimiter = delimiter.ToString(),
        Mode = CsvMode.RFC4180,
        BadDataFound = null,
        IgnoreBlankLines = true,
        DetectColumnCountChanges = false,
        MaxFieldSize = maxFieldSize,
    };
}
