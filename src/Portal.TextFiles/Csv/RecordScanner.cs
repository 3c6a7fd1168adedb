using Portal.Domain.Diagnostics;

namespace Portal.TextFiles.Csv;

/// <summary>
/// Walks the raw text of one record to find where each field starts (line and column) and to catch what
/// RFC 4180 forbids: a quote inside an unquoted field, text after a closing quote, a quote never closed.
/// CsvHelper splits and unescapes the fields; this only locates them and checks their quoting.
/// </summary>
internal static class RecordScanner
{
    public static SourceLocation[] Scan(ReadOnlySpan<char> raw, char delimiter, SourceLocation start, DiagnosticBag diagnostics)
    {
        var starts = new List<SourceLocation>(capacity: 16) { start };
        var state = new ScanState(start);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '"')
            {
                ScanQuote(raw, ref i, ref state, diagnostics);
            }
            else if (c == delimiter && !state.InQuotes)
            {
                state.Advance(c);
                starts.Add(state.Here);
                state.FieldStarted = false;
                state.AfterClosingQuote = false;
                continue;
            }
            else if (!state.InQuotes && state.AfterClosingQuote && c is not ('\r' or '\n'))
            {
                diagnostics.Error(state.Here, "text after a closing quote; a quoted field must end at the quote");
                state.AfterClosingQuote = false;
            }

            state.Advance(c);
            if (c == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n')
            {
                i++;
            }
        }

        if (state.InQuotes)
        {
            diagnostics.Error(state.QuoteOpenedAt, "unbalanced quote: this quote is never closed");
        }

        return [.. starts];
    }

    /// <summary>
    /// True when no quote opens inside a field, none stays open, and nothing follows a closing quote but a
    /// separator: what RFC 4180 allows, checked without keeping positions.
    /// </summary>
    public static bool IsClean(ReadOnlySpan<char> raw, char delimiter)
    {
        var inQuotes = false;
        var fieldStarted = false;
        var afterClosingQuote = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < raw.Length && raw[i + 1] == '"')
                    {
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                        afterClosingQuote = true;
                    }
                }

                continue;
            }

            if (c == delimiter)
            {
                fieldStarted = false;
                afterClosingQuote = false;
            }
            else if (c is '\r' or '\n')
            {
                continue;
            }
            else if (afterClosingQuote || (c == '"' && fieldStarted))
            {
                return false;
            }
            else if (c == '"')
            {
                inQuotes = true;
                fieldStarted = true;
            }
            else
            {
                fieldStarted = true;
            }
        }

        return !inQuotes;
    }

    private static void ScanQuote(ReadOnlySpan<char> raw, ref int i, ref ScanState state, DiagnosticBag diagnostics)
    {
        if (state.InQuotes)
        {
            if (i + 1 < raw.Length && raw[i + 1] == '"')
            {
                state.Advance('"');
                i++;
                return;
            }

            state.InQuotes = false;
            state.AfterClosingQuote = true;
            return;
        }

        if (state.FieldStarted)
        {
            diagnostics.Error(state.Here, "quote inside an unquoted field; quote the whole field and double the inner quotes");
            return;
        }

        state.InQuotes = true;
        state.QuoteOpenedAt = state.Here;
    }

    private struct ScanState(SourceLocation start)
    {
        public SourceLocation Here = start;
        public SourceLocation QuoteOpenedAt = start;
        public bool InQuotes;
        public bool AfterClosingQuote;
        public bool FieldStarted;

        public void Advance(char c)
        {
            if (c is '\n' or '\r')
            {
                Here = Here with { Line = Here.Line + 1, Column = 1 };
            }
            else
            {
                Here = Here with { Column = Here.Column + 1 };
                FieldStarted = true;
            }
        }
    }
}
