using System.Globalization;
using Portal.Domain.Diagnostics;
using Portal.Domain.Model;

namespace Portal.Loading.Content;

/// <summary>Turns one Markdown file into a content page, checking its front matter.</summary>
internal static class ContentReader
{
    public static ContentPage? Read(string path, ContentKind kind, string slug, string text, DiagnosticBag diagnostics)
    {
        var matter = FrontMatter.Parse(path, text, diagnostics);
        var title = matter["title"]?.Value;
        if (string.IsNullOrWhiteSpace(title) && kind != ContentKind.CityNarrative)
        {
            diagnostics.Error(SourceLocation.OfFile(path), "front matter needs a 'title'");
        }

        var date = Date(matter, diagnostics);
        if (kind == ContentKind.News && date is null && matter["date"] is null)
        {
            diagnostics.Error(SourceLocation.OfFile(path), "news needs a 'date' in its front matter (ISO 8601, e.g. 2026-03-15)");
        }

        return new ContentPage
        {
            Kind = kind,
            Slug = slug,
            Title = title ?? string.Empty,
            Description = matter["description"]?.Value,
            Order = Order(matter, diagnostics),
            Draft = Draft(matter, diagnostics),
            Date = date,
            CityId = matter["city"]?.Value,
            Body = matter.Body,
            Origin = new SourceLocation(path, matter.BodyLine, 1),
        };
    }

    private static PartialDate? Date(FrontMatter matter, DiagnosticBag diagnostics)
    {
        if (matter["date"] is not { } date)
        {
            return null;
        }

        if (PartialDate.TryParse(date.Value, out var parsed))
        {
            return parsed;
        }

        diagnostics.Error(date.Location, $"'{date.Value}' is not an ISO 8601 date (2025, 2025-06 or 2025-06-30)");
        return null;
    }

    private static int? Order(FrontMatter matter, DiagnosticBag diagnostics)
    {
        if (matter["order"] is not { } order)
        {
            return null;
        }

        if (int.TryParse(order.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        diagnostics.Error(order.Location, $"'order' must be a whole number, not '{order.Value}'");
        return null;
    }

    private static bool Draft(FrontMatter matter, DiagnosticBag diagnostics)
    {
        if (matter["draft"] is not { } draft)
        {
            return false;
        }

        if (bool.TryParse(draft.Value, out var value))
        {
            return value;
        }

        diagnostics.Error(draft.Location, $"'draft' must be true or false, not '{draft.Value}'");
        return false;
    }
}
