using System.Text;

namespace Portal.Rendering.Templates;

/// <summary>
/// Escapes text for HTML element content and double- or single-quoted attributes. Only the five characters
/// that can change the markup are replaced; other characters stay as they are, which UTF-8 pages carry fine.
/// </summary>
public static class Html
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
