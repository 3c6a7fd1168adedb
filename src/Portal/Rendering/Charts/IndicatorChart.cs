using System.Text;
using Portal.Domain.Methodology;
using Portal.Rendering.Templates;

namespace Portal.Rendering.Charts;

/// <summary>
/// An indicator over time: the values reported, the baseline, the target, a dashed line from baseline to target
/// that shows the pace needed, and the on-track band: the region where a value would be rated on track (moving
/// at 95% or more of the pace needed). Shapes tell the marks apart: hollow circle for the baseline, dots for
/// values, a diamond for the target. The page shows the same values in a table beside it.
/// </summary>
internal sealed class IndicatorChart
{
    private const double Width = 640;
    private const double Height = 260;
    private const double Left = 56;
    private const double Right = 16;
    private const double Top = 16;
    private const double Bottom = 32;
    private const int ValueTicks = 4;
    private const int CurveSteps = 24;

    private readonly double _minYear;
    private readonly double _maxYear;
    private readonly double _minValue;
    private readonly double _maxValue;
    private readonly double _valueStep;

    private IndicatorChart(Observation baseline, Observation? target, IReadOnlyList<Observation> values)
    {
        var points = values.Append(baseline).Concat(target is { } t ? [t] : []).ToList();
        _minYear = Math.Floor(points.Min(p => p.Year));
        _maxYear = Math.Max(Math.Ceiling(points.Max(p => p.Year)), _minYear + 1);
        var (low, high) = ValueRange(points.Min(p => p.Value), points.Max(p => p.Value));
        _valueStep = NiceStep((high - low) / ValueTicks);
        _minValue = Math.Floor(low / _valueStep) * _valueStep;
        _maxValue = Math.Ceiling(high / _valueStep) * _valueStep;
    }

    /// <summary>
    /// The values the axis must show. It starts at zero unless every value lies far above it, where a zero-based
    /// axis would squeeze the change into a sliver at the top; then it starts a little below the lowest value.
    /// </summary>
    private static (double Low, double High) ValueRange(double min, double max)
    {
        var spread = max - min;
        var low = min > 0 && min > spread ? min - spread / 2 : Math.Min(0, min);
        return (low, Math.Max(max, low + 1));
    }

    /// <summary>A step of 1, 2 or 5 times a power of ten, so axis labels read 0, 250, 500 rather than 0, 131.25.</summary>
    public static double NiceStep(double rough)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        return magnitude * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10);
    }

    /// <param name="model">The growth model the methodology compares rates with for this indicator.</param>
    public static RawHtml Render(Observation baseline, Observation? target, IReadOnlyList<Observation> values, ChartLabels labels, GrowthModel model)
    {
        var chart = new IndicatorChart(baseline, target, values);
        var svg = Svg.Open("indicator-chart", Width, Height, labels.Title);
        chart.Axes(svg);
        if (target is { } t && new PaceCurve(baseline, t, model) is { IsDefined: true } pace)
        {
            chart.OnTrackBand(svg, pace, labels);
            chart.PaceLine(svg, pace, labels);
        }

        chart.Values(svg, baseline, values, labels);
        if (target is { } goal)
        {
            chart.Diamond(svg, goal, labels.Target);
        }

        return Svg.Close(svg);
    }

    private double X(double year) => Left + (year - _minYear) / (_maxYear - _minYear) * (Width - Left - Right);

    private double Y(double value) => Top + (1 - (value - _minValue) / (_maxValue - _minValue)) * (Height - Top - Bottom);

    private void Axes(StringBuilder svg)
    {
        svg.Append("<g class=\"axis\">");
        svg.Append("<line x1=\"").Append(Svg.N(Left)).Append("\" y1=\"").Append(Svg.N(Height - Bottom))
            .Append("\" x2=\"").Append(Svg.N(Width - Right)).Append("\" y2=\"").Append(Svg.N(Height - Bottom)).Append("\"/>");
        var step = Math.Max(1, Math.Ceiling((_maxYear - _minYear) / 8));
        for (var year = _minYear; year <= _maxYear; year += step)
        {
            svg.Append("<text x=\"").Append(Svg.N(X(year))).Append("\" y=\"").Append(Svg.N(Height - 10))
                .Append("\" text-anchor=\"middle\">").Append(Svg.N(year)).Append("</text>");
        }

        for (var value = _minValue; value <= _maxValue + _valueStep / 2; value += _valueStep)
        {
            svg.Append("<line class=\"grid\" x1=\"").Append(Svg.N(Left)).Append("\" y1=\"").Append(Svg.N(Y(value)))
                .Append("\" x2=\"").Append(Svg.N(Width - Right)).Append("\" y2=\"").Append(Svg.N(Y(value))).Append("\"/>");
            svg.Append("<text x=\"").Append(Svg.N(Left - 6)).Append("\" y=\"").Append(Svg.N(Y(value) + 4))
                .Append("\" text-anchor=\"end\">").Append(Svg.Text(Format.Number(value))).Append("</text>");
        }

        svg.Append("</g>");
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

    private void Values(StringBuilder svg, Observation baseline, IReadOnlyList<Observation> values, ChartLabels labels)
    {
        var line = values.Prepend(baseline).OrderBy(v => v.Year).Select(p => (X(p.Year), Y(p.Value)));
        svg.Append("<polyline class=\"observed\" points=\"").Append(Svg.Points(line)).Append("\"/>");
        Circle(svg, "baseline", baseline, labels.Baseline);
        foreach (var value in values)
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

    private static void Tooltip(StringBuilder svg, string label, Observation point) =>
        svg.Append("<title>").Append(Svg.Text($"{label}: {Format.Number(point.Value)}")).Append("</title>");
}
