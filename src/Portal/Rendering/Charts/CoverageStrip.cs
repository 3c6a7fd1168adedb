using System.Text;
using Portal.Rendering.Templates;

namespace Portal.Rendering.Charts;

/// <summary>
/// A city's framework coverage as one row of marks, one per element, in the framework's order with a gap
/// between pillars. Rows of several cities stacked under one <see cref="Header"/> make the coverage matrix.
/// Its text alternative counts the marks; the table of assessments beside it names each one.
/// </summary>
internal static class CoverageStrip
{
    private const double Column = 20;
    private const double PillarGap = 10;
    private const double Height = 20;

    public static RawHtml Render(IReadOnlyList<CoverageCell> cells, string label)
    {
        var svg = Svg.Open("coverage-strip", WidthOf(cells), Height, label);
        foreach (var cell in cells)
        {
            AssessmentMarker.Draw(svg, cell.Status, CentreOf(cell, cells), Height / 2, $"{cell.Number}. {cell.Element}: {cell.StatusLabel}");
        }

        return Svg.Close(svg);
    }

    /// <summary>The element numbers, placed over the marks of the rows below; hidden from screen readers, whose table headers name the columns.</summary>
    public static RawHtml Header(IReadOnlyList<CoverageCell> cells)
    {
        var svg = Svg.OpenDecorative("coverage-strip coverage-header", WidthOf(cells), Height);
        foreach (var cell in cells)
        {
            svg.Append("<text x=\"").Append(Svg.N(CentreOf(cell, cells))).Append("\" y=\"").Append(Svg.N(Height - 6))
                .Append("\" text-anchor=\"middle\">").Append(cell.Number).Append("</text>");
        }

        return Svg.Close(svg);
    }

    private static double WidthOf(IReadOnlyList<CoverageCell> cells) =>
        cells.Count == 0 ? Column : cells.Count * Column + (cells[^1].Pillar - cells[0].Pillar) * PillarGap;

    private static double CentreOf(CoverageCell cell, IReadOnlyList<CoverageCell> cells) =>
        (cell.Number - cells[0].Number) * Column + (cell.Pillar - cells[0].Pillar) * PillarGap + Column / 2;
}
