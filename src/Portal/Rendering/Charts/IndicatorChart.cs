using System.Text;
using Portal.Domain.Methodology;
using Portal.Rendering.Templates;

namespace Portal.Rendering.Charts;

/// <summary>
/// An indicator over time: the values reported, the baseline, the target, and a dashed line from baseline to
/// target that shows the pace needed. The page shows the same values in a table beside it.
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
        var low = Math.Min(0, points.Min(p => p.Value));
        var high = Math.Max(points.Max(p => p.Value), low + 1);
        _valueStep = NiceStep((high - low) / ValueTicks);
        _minValue = Math.Floor(low / _valueStep) * _valueStep;
        _maxValue = Math.Ceiling(high / _valueStep) * _valueStep;
    }

    /// <summary>A step of 1, 2 or 5 times a power of ten, so axis labels read 0, 250, 500 rather than 0, 131.25.</summary>
    public static double NiceStep(double rough)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        return magnitude * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10);
    }

    public static RawHtml Render(Observation baseline, Observation? target, IReadOnlyList<Observation> values, ChartLabels labels)
    {
        var chart = new IndicatorChart(baseline, target, values);
        var svg = Svg.Open("indicator-chart", Width, Height, labels.Title);
        chart.Axes(svg);
        if (target is { } t)
        {
            chart.PaceLine(svg, baseline, t, labels);
        }

        chart.Values(svg, baseline, values, labels);
        return new RawHtml(svg.Append("</svg>").ToString());
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

    private void PaceLine(StringBuilder svg, Observation baseline, Observation target, ChartLabels labels)
    {
        svg.Append("<line class=\"pace\" x1=\"").Append(Svg.N(X(baseline.Year))).Append("\" y1=\"").Append(Svg.N(Y(baseline.Value)))
            .Append("\" x2=\"").Append(Svg.N(X(target.Year))).Append("\" y2=\"").Append(Svg.N(Y(target.Value)))
            .Append("\"><title>").Append(Svg.Text(labels.Pace)).Append("</title></line>");
        Marker(svg, "target", target, labels.Target);
    }

    private void Values(StringBuilder svg, Observation baseline, IReadOnlyList<Observation> values, ChartLabels labels)
    {
        var line = values.Prepend(baseline).OrderBy(v => v.Year).ToList();
        svg.Append("<polyline class=\"observed\" points=\"")
            .AppendJoin(' ', line.Select(p => $"{Svg.N(X(p.Year))},{Svg.N(Y(p.Value))}"))
            .Append("\"/>");
        Marker(svg, "baseline", baseline, labels.Baseline);
        foreach (var value in values)
        {
            Marker(svg, "value", value, labels.Value);
        }
    }

    private void Marker(StringBuilder svg, string kind, Observation point, string label)
    {
        svg.Append("<circle class=\"").Append(kind).Append("\" cx=\"").Append(Svg.N(X(point.Year))).Append("\" cy=\"")
            .Append(Svg.N(Y(point.Value))).Append("\" r=\"5\"><title>").Append(Svg.Text($"{label}: {Format.Number(point.Value)}"))
            .Append("</title></circle>");
    }
}
