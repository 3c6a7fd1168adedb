using System.Text;
using Portal.Domain.Reporting.Annex;

namespace Portal.Annex;

/// <summary>
/// The annex as Markdown, for pasting into a report's draft: headings, the contents as a nested list, each
/// recommendation's citation as a heading and its text as a quotation, the entries as a list, and the sources as
/// footnotes ([^1]). Every value is escaped, so a commitment's title cannot start a heading or a link.
/// </summary>
internal sealed class MarkdownAnnexWriter : IAnnexWriter
{
    public void Write(AnnexDocument document, AnnexMetadata metadata, Stream stream)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(Escape(document.Title)).Append("\n\n");
        text.Append('*').Append(Escape(document.Subtitle)).Append("*\n\n");
        text.Append("## ").Append(Escape(document.ContentsHeading)).Append("\n\n");
        foreach (var heading in document.Headings())
        {
            text.Append(' ', (heading.Level - 1) * 2).Append("- ").Append(Escape(heading.Text)).Append('\n');
        }

        text.Append('\n');
        Part(text, document.Introduction);
        Part(text, document.Method);
        text.Append("## ").Append(Escape(document.FindingsHeading)).Append("\n\n");
        var footnotes = new List<string>();
        foreach (var section in document.Sections)
        {
            text.Append("### ").Append(Escape(section.Heading)).Append("\n\n");
            foreach (var recommendation in section.Recommendations)
            {
                text.Append("#### ").Append(Escape(recommendation.Citation)).Append("\n\n");
                text.Append("> ").Append(Escape(recommendation.Text)).Append("\n\n");
                foreach (var entry in recommendation.Entries)
                {
                    footnotes.Add(entry.Footnote);
                    text.Append("- **").Append(Escape(entry.Lead)).Append("** ").Append(Escape(entry.Body))
                        .Append("[^").Append(footnotes.Count).Append("]\n");
                }

                text.Append('\n');
            }
        }

        if (document.Closing is { } closing)
        {
            Part(text, closing);
        }

        for (var i = 0; i < footnotes.Count; i++)
        {
            text.Append("[^").Append(i + 1).Append("]: ").Append(Escape(footnotes[i])).Append('\n');
        }

        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
        stream.Write(bytes);
    }

    private static void Part(StringBuilder text, AnnexPart part)
    {
        text.Append("## ").Append(Escape(part.Heading)).Append("\n\n");
        foreach (var paragraph in part.Paragraphs)
        {
            text.Append(Escape(paragraph)).Append("\n\n");
        }

        foreach (var definition in part.Definitions)
        {
            text.Append("- **").Append(Escape(definition.Term)).Append("** ").Append(Escape(definition.Definition)).Append('\n');
        }

        if (part.Definitions.Count > 0)
        {
            text.Append('\n');
        }

        foreach (var paragraph in part.After)
        {
            text.Append(Escape(paragraph)).Append("\n\n");
        }
    }

    /// <summary>
    /// A value as literal Markdown text on one line: line breaks become spaces, and every character that could
    /// start emphasis, a link, code, HTML, an entity or a footnote is escaped. Full stops and slashes stay as they
    /// are, so "A/HRC/44/7, para. 150.141" reads as written; a value never starts a line, so "1." cannot start a list.
    /// </summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        var lastWasSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) && c is not '\u00A0' and not '\u2007' and not '\u202F')
            {
                if (!lastWasSpace)
                {
                    text.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '#' or '|' or '~' or '!' or '^')
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return LiteralStart(text.ToString().Trim());
    }

    /// <summary>"- x", "+ x", "= x" or "1. x" at the start of a paragraph would make a list or a heading underline.</summary>
    private static string LiteralStart(string text)
    {
        if (text.Length > 0 && text[0] is '-' or '+' or '=')
        {
            return "\\" + text;
        }

        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < text.Length && text[digits] is '.' or ')' ? text[..digits] + "\\" + text[digits..] : text;
    }
}
