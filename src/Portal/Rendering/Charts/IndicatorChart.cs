using System.Text;
using Portal.Domain.Methodology;
using Portal.Rendering.Templates;

namespace Portal.Rendering.Charts;

/// <summary>
/// An indicator over time: the values reported, the baseline, the target, a dashed line from baseline to target
/// that shows the pace needed, the on-track band (the region where a value would be rated on track, moving at 95%
/// or more of the pace needed), and labelled lines for moments such as the due date and the as-of date. Shapes
/// tell the marks apart: hollow circle for the baseline, dots for values, a diamond for the target. The value axis
/// names its unit. The page shows the same values in a table beside it.
/// </summary>
/// <remarks>
/// The drawing is scaled to the width of the page, and on a phone its text is set larger (portal.css), so every
/// margin is worked out from the labels it must hold at <see cref="LabelSize"/>: no label is ever cut off.
/// </remarks>
internal sealed class IndicatorChart
{
    /// <summary>The largest font size portal.css gives the chart's text, in the drawing's units.</summary>
    public const double LabelSize = 19;

    private const double Width = 640;
    private const double PlotHeight = 212;
    private const double Edge = 2;
    private const double Gap = 6;
    private const double TickLength = 5;
    private const double RowHeight = (TextExtent.Ascent + TextExtent.Descent) * LabelSize + 4;
    private const int CurveSteps = 24;

    private readonly IndicatorSeries _series;
    private readonly ValueAxis _values;
    private readonly YearAxis _years;
    private readonly IReadOnlyList<(double Value, string Label)> _ticks;
    private readonly double _left;
    private readonly double _right;
    private readonly double _top;
    private readonly string? _unit;
    private readonly IReadOnlyList<MarkerLabel> _markers;

    private IndicatorChart(IndicatorSeries series)
    {
        _series = series;
        _values = new ValueAxis(series.Amounts);
        _years = new YearAxis(series.Years);
        _ticks = _values.TickLabels();
        var yearLabel = _years.LabelWidth(LabelSize);
        _left = Math.Max(Edge + _ticks.Max(t => TextExtent.Width(t.Label, LabelSize)) + Gap, Edge + yearLabel / 2);
        _right = Edge + yearLabel / 2;
        _unit = string.IsNullOrWhiteSpace(series.Unit) ? null : TextExtent.Fit(series.Unit.Trim(), LabelSize, Width - 2 * Edge);
        _markers = MarkerRows.Place(
            [.. series.Markers.Select(m => m with { Label = TextExtent.Fit(m.Label, LabelSize, Width - 2 * Edge) })],
            X, LabelSize, Width, Edge);
        var rows = (_unit is null ? 0 : 1) + (_markers.Count == 0 ? 0 : _markers.Max(m => m.Row) + 1);
        _top = Edge + rows * RowHeight + Overhang + 2;
    }

    /// <summary>How far a value label rises above its grid line, being centred on it.</summary>
    private static double Overhang => (TextExtent.Ascent + TextExtent.Descent) / 2 * LabelSize;

    private double PlotBottom => _top + PlotHeight;

    /// <summary>The top of the year labels: below the ticks, and below the lowest value label, which hangs under the axis.</summary>
    private double YearLabelTop => PlotBottom + Math.Max(TickLength, Overhang) + 2;

    private double Height => YearLabelTop + (TextExtent.Ascent + TextExtent.Descent) * LabelSize + Edge;

    /// <summary>A step of 1, 2 or 5 times a power of ten, so axis labels read 0, 250, 500 rather than 0, 131.25.</summary>
    public static double NiceStep(double rough) => ValueAxis.NiceStep(rough);

    /// <param name="model">The growth model the methodology compares rates with for this indicator.</param>
    public static RawHtml Render(IndicatorSeries series, ChartLabels labels, GrowthModel model)
    {
        var chart = new IndicatorChart(series);
        var svg = Svg.Open("indicator-chart", Width, chart.Height, labels.Title);
        chart.Axes(svg);
        if (series.Target is { } t && new PaceCurve(series.Baseline, t, model) is { IsDefined: true } pace)
        {
            chart.OnTrackBand(svg, pace, labels);
            chart.PaceLine(svg, pace, labels);
        }

        chart.Markers(svg);
        chart.Values(svg, labels);
        if (series.Target is { } goal)
        {
            chart.Diamond(svg, goal, labels.Target);
        }

        return Svg.Close(svg);
    }

    private double X(double year) => _left + (year - _years.First) / _years.Span * (Width - _left - _right);

    private double Y(double value) => _top + (1 - (value - _values.Min) / (_values.Max - _values.Min)) * PlotHeight;

    /// <summary>The baseline of a text row whose box has its top at <paramref name="top"/>.</summary>
    private static double Baseline(double top) => top + TextExtent.Ascent * LabelSize;

    private void Axes(StringBuilder svg)
    {
        svg.Append("<g class=\"axis\">");
        Line(svg, null, _left, PlotBottom, Width - _right, PlotBottom);
        YearTicks(svg);
        foreach (var (value, label) in _ticks)
        {
            Line(svg, "grid", _left, Y(value), Width - _right, Y(value));
            Text(svg, null, _left - Gap, Baseline(Y(value) - Overhang), "end", label);
        }

        if (_unit is not null)
        {
            Text(svg, "unit", Edge, Baseline(Edge), "start", _unit);
        }

        svg.Append("</g>");
    }

    private void YearTicks(StringBuilder svg)
    {
        var yearWidth = X(_years.First + 1) - X(_years.First);
        var labelled = _years.LabelledYears(yearWidth, _years.LabelWidth(LabelSize) + 2 * Gap).ToList();
        var ticked = yearWidth >= 3 ? Enumerable.Range(0, (int)_years.Span + 1).Select(i => _years.First + i) : labelled.Append(_years.Last);
        foreach (var year in ticked)
        {
            Line(svg, null, X(year), PlotBottom, X(year), PlotBottom + TickLength);
        }

        foreach (var year in labelled)
        {
            Text(svg, null, X(year + 0.5), Baseline(YearLabelTop), "middle", YearAxis.Label(year));
        }
    }

    /// <summary>
    /// The due date, the as-of date and any other moment, each a line across the plot with its label above it; the
    /// line runs up to its label unless another label stands between them.
    /// </summary>
    private void Markers(StringBuilder svg)
    {
        foreach (var marker in _markers)
        {
            var labelTop = _top - Overhang - 2 - (marker.Row + 1) * RowHeight + 4;
            var lineTop = MarkerRows.ReachesLabel(marker, _markers) ? labelTop + RowHeight - 4 : _top;
            svg.Append("<g class=\"marker marker-").Append(Svg.Text(marker.Marker.Kind)).Append("\">");
            Line(svg, "marker-line", marker.LineX, lineTop, marker.LineX, PlotBottom);
            Text(svg, "marker-label", marker.LabelX, Baseline(labelTop), "middle", marker.Marker.Label);
            svg.Append("</g>");
        }
    }

    /// <summary>
    /// The region between the on-track threshold curve and the target: a value reported inside it has moved at
    /// least at the threshold share of the pace needed. Its edge on the slow side is drawn dotted.
    /// </summary>
    private void OnTrackBand(StringBuilder svg, PaceCurve pace, ChartLabels labels)
    {
        var edge = pace.Years(CurveSteps).Select(year => (X(year), Y(pace.ValueAt(year, IndicatorAssessor.OnTrackThreshold)))).ToList();
        var band = edge.Append((X(pace.Target.Year), Y(pace.Target.Value))).Append((X(pace.Baseline.Year), Y(pace.Target.Value)));
        svg.Append("<polygon class=\"on-track-band\" points=\"").Append(Svg.Points(band)).Append("\"><title>")
            .Append(Svg.Text(labels.OnTrack)).Append("</title></polygon>");
        svg.Append("<polyline class=\"on-track-edge\" points=\"").Append(Svg.Points(edge)).Append("\"/>");
    }

    private void PaceLine(StringBuilder svg, PaceCurve pace, ChartLabels labels)
    {
        var line = pace.Years(CurveSteps).Select(year => (X(year), Y(pace.ValueAt(year, 1))));
        svg.Append("<polyline class=\"pace\" points=\"").Append(Svg.Points(line)).Append("\"><title>")
            .Append(Svg.Text(labels.Pace)).Append("</title></polyline>");
    }

    private void Values(StringBuilder svg, ChartLabels labels)
    {
        var line = _series.Values.Prepend(_series.Baseline).OrderBy(v => v.Year).Select(p => (X(p.Year), Y(p.Value)));
        svg.Append("<polyline class=\"observed\" points=\"").Append(Svg.Points(line)).Append("\"/>");
        Circle(svg, "baseline", _series.Baseline, labels.Baseline);
        foreach (var value in _series.Values)
        {
            Circle(svg, "value", value, labels.Value);
        }
    }

    private void Circle(StringBuilder svg, string kind, Observation point, string label)
    {
        svg.Append("<circle class=\"").Append(kind).Append("\" cx=\"").Append(Svg.N(X(point.Year))).Append("\" cy=\"")
            .Append(Svg.N(Y(point.Value))).Append("\" r=\"5\">");
        Tooltip(svg, label, point);
        svg.Append("</circle>");
    }

    private void Diamond(StringBuilder svg, Observation point, string label)
    {
        var (x, y, r) = (X(point.Year), Y(point.Value), 7.0);
        svg.Append("<polygon class=\"target\" points=\"").Append(Svg.Points([(x, y - r), (x + r, y), (x, y + r), (x - r, y)])).Append("\">");
        Tooltip(svg, label, point);
        svg.Append("</polygon>");
    }

    private static void Line(StringBuilder svg, string? cssClass, double x1, double y1, double x2, double y2)
    {
        svg.Append("<line ");
        if (cssClass is not null)
        {
            svg.Append("class=\"").Append(cssClass).Append("\" ");
        }

        svg.Append("x1=\"").Append(Svg.N(x1)).Append("\" y1=\"").Append(Svg.N(y1)).Append("\" x2=\"").Append(Svg.N(x2))
            .Append("\" y2=\"").Append(Svg.N(y2)).Append("\"/>");
    }

    private static void Text(StringBuilder svg, string? cssClass, double x, double y, string anchor, string text)
    {
        svg.Append("<text ");
        if (cssClass is not null)
        {
            svg.Append("class=\"").Append(cssClass).Append("\" ");
        }

        svg.Append("x=\"").Append(Svg.N(x)).Append("\" y=\"").Append(Svg.N(y)).Append("\" text-anchor=\"").Append(anchor).Append("\">")
            .Append(Svg.Text(text)).Append("</text>");
    }

    private static void Tooltip(StringBuilder svg, string label, Observation point) =>
        svg.Append("<title>").Append(Svg.Text($"{label}: {Format.Number(point.Value)}")).Append("</title>");
}
