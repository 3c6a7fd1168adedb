using System.Text;

namespace Portal.Importing.Mapping;

/// <summary>
/// Compares column titles the way a person reads them: case, spaces, underscores and hyphens do not
/// matter, so "UPR Session", "upr_session" and "Upr-Session" are one column.
/// </summary>
public static class HeaderName
{
    public static string Normalise(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name.Trim().Trim('\uFEFF'))
        {
            if (char.IsWhiteSpace(c) || c is '_' or '-')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
