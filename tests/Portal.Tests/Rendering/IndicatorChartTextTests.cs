using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.Rendering.Charts;

namespace Portal.Tests.Rendering;

/// <summary>
/// An indicator chart's words stay inside its drawing and clear of each other at the largest size the theme sets
/// them, whatever the numbers, units and dates; and it marks the due date, the as-of date and its unit.
/// </summary>
public sealed partial class IndicatorChartTextTests
{
    private static readonly ChartLabels Labels = new("Title", "Baseline", "Target", "Reported value", "Pace needed", "On-track band");

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 300)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Should_Keep_Every_Label_Of_An_Indicator_Chart_Inside_Its_Drawing(int seed)
    {
        var svg = Render(Generated(seed));
        var (width, height) = ChartText.ViewBox(svg);

        var outside = ChartText.Of(svg, IndicatorChart.LabelSize)
            .Where(t => t.Left < 0 || t.Right > width || t.Top < 0 || t.Bottom > height).ToList();

        Assert.True(outside.Count == 0, $"seed {seed}, drawing {width} x {height}: " + string.Join("; ", outside));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Should_Never_Let_Two_Labels_Of_An_Indicator_Chart_Touch(int seed)
    {
        var texts = ChartText.Of(Render(Generated(seed)), IndicatorChart.LabelSize);

        var clashes = texts.SelectMany((a, i) => texts.Skip(i + 1).Where(a.Overlaps).Select(b => $"{a} and {b}")).ToList();

        Assert.True(clashes.Count == 0, $"seed {seed}: " + string.Join("; ", clashes));
    }

    [Fact]
    public void Should_Extend_The_Time_Axis_To_A_Missed_Deadline_And_The_As_Of_Date()
    {
        // The sample's "Interpreting in every primary health centre": values stop in 2025, due 2026-06, built in December 2026.
        var svg = Render(new IndicatorSeries(new Observation(2021, 4), new Observation(2026.997, 40), [new Observation(2023.2, 9), new Observation(2025.7, 12)])
        {
            Unit = "centres",
            Markers = [new TimeMarker("due", 2026.496, "Due 2026-06"), new TimeMarker("as-of", 2026.926, "As of 2026-12-05")],
        });

        Assert.Contains(">2026</text>", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"marker marker-due\"", svg, StringComparison.Ordinal);
        Assert.Contains(">Due 2026-06</text>", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"marker marker-as-of\"", svg, StringComparison.Ordinal);
        Assert.Contains(">As of 2026-12-05</text>", svg, StringComparison.Ordinal);
        var (axisStart, axisEnd) = AxisEnds(svg);
        Assert.All(MarkerLinesX(svg), x => Assert.InRange(x, axisStart, axisEnd));
    }

    [Fact]
    public void Should_Draw_A_Marker_Line_Where_Its_Moment_Falls_Between_The_Year_Ticks()
    {
        var svg = Render(new IndicatorSeries(new Observation(2020, 0), new Observation(2023.997, 10), [new Observation(2021, 4)])
        {
            Markers = [new TimeMarker("due", 2022.5, "Due 2022-06")],
        });

        var (start, end) = AxisEnds(svg);
        var x = Assert.Single(MarkerLinesX(svg));
        Assert.Equal(start + (end - start) * 2.5 / 4, x, precision: 1);
    }

    [Fact]
    public void Should_Place_A_Target_For_A_Year_At_The_End_Of_That_Year()
    {
        Assert.Equal(new DateOnly(2027, 12, 31), PartialDate.FromYear(2027).End);
        Assert.InRange(ChartTime.EndOf(PartialDate.FromYear(2027)), 2027.99, 2028);
        Assert.InRange(ChartTime.EndOf(Date("2026-06")), 2026.49, 2026.5);
        Assert.Equal(2024, ChartTime.StartOf(PartialDate.FromYear(2024)));
        Assert.Equal(2024.5, ChartTime.StartOf(Date("2024-07-02")), precision: 3);
    }

    [Fact]
    public void Should_Put_The_Target_Diamond_At_The_End_Of_The_Span_Labelled_With_Its_Year()
    {
        var svg = Render(new IndicatorSeries(new Observation(2019, 1240), new Observation(ChartTime.EndOf(PartialDate.FromYear(2027)), 2000), [new Observation(2026.12, 1720)]));

        var root = XElement.Parse(svg);
        var label = root.Descendants().Single(e => e.Name.LocalName == "text" && e.Value == "2027");
        var diamond = root.Descendants().Single(e => e.Name.LocalName == "polygon" && (string?)e.Attribute("class") == "target");
        var diamondX = double.Parse(diamond.Attribute("points")!.Value.Split(' ')[0].Split(',')[0], CultureInfo.InvariantCulture);
        var labelX = double.Parse(label.Attribute("x")!.Value, CultureInfo.InvariantCulture);
        var (start, end) = AxisEnds(svg);
        var yearWidth = (end - start) / 9;

        Assert.Equal(labelX + yearWidth / 2, diamondX, precision: 0);
    }

    [Fact]
    public void Should_Name_The_Unit_At_The_Top_Of_The_Value_Axis()
    {
        var svg = Render(new IndicatorSeries(new Observation(2020, 10), null, [new Observation(2021, 12)]) { Unit = "municipalities" });

        Assert.Contains("<text class=\"unit\" x=\"2\"", svg, StringComparison.Ordinal);
        Assert.Contains(">municipalities</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Cut_A_Unit_Too_Long_For_The_Drawing_With_An_Ellipsis()
    {
        var unit = string.Concat(Enumerable.Repeat("Wide words measured ", 8));

        var svg = Render(new IndicatorSeries(new Observation(2020, 10), null, [new Observation(2021, 12)]) { Unit = unit });

        var text = ChartText.Of(svg, IndicatorChart.LabelSize).Single(t => t.Text.StartsWith("Wide", StringComparison.Ordinal));
        Assert.EndsWith("…", text.Text, StringComparison.Ordinal);
        Assert.InRange(text.Right, 0, ChartText.ViewBox(svg).Width);
    }

    [Fact]
    public void Should_Escape_A_Unit_And_A_Marker_Label()
    {
        var svg = Render(new IndicatorSeries(new Observation(2020, 10), null, [new Observation(2021, 12)])
        {
            Unit = "<b>&",
            Markers = [new TimeMarker("due", 2021.5, "<i>")],
        });

        Assert.Contains(">&lt;b&gt;&amp;</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">&lt;i&gt;</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Reserve_Room_For_The_Largest_Font_Size_The_Theme_Gives_Chart_Text()
    {
        var css = File.ReadAllText(Path.Combine(RepositoryPaths.Theme, "assets", "portal.css"));

        var sizes = ChartTextSize().Matches(css).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

        Assert.NotEmpty(sizes);
        Assert.All(sizes, size => Assert.True(size <= IndicatorChart.LabelSize, $"portal.css sets chart text at {size}px, the chart reserves {IndicatorChart.LabelSize}"));
    }

    /// <summary>Advance widths of DejaVu Sans (the fallback of the theme's font stack on Linux), read from its hmtx table.</summary>
    [Theory]
    [InlineData('0', 0.636)]
    [InlineData(',', 0.318)]
    [InlineData('-', 0.361)]
    [InlineData('%', 0.95)]
    [InlineData('m', 0.974)]
    [InlineData('w', 0.818)]
    [InlineData('W', 0.989)]
    [InlineData('M', 0.863)]
    [InlineData('O', 0.787)]
    [InlineData('n', 0.634)]
    [InlineData('r', 0.411)]
    [InlineData('"', 0.46)]
    [InlineData('+', 0.838)]
    [InlineData('#', 0.838)]
    [InlineData('…', 1.0)]
    [InlineData('−', 0.838)]
    public void Should_Estimate_Each_Character_At_Least_As_Wide_As_DejaVu_Sans_Draws_It(char character, double em)
    {
        Assert.True(TextExtent.Width(character.ToString(), 100) >= em * 100, $"'{character}' estimated narrower than DejaVu Sans's {em} em");
    }

    private static string Render(IndicatorSeries series) => IndicatorChart.Render(series, Labels, GrowthModel.Linear).Html;

    private static PartialDate Date(string text) => PartialDate.TryParse(text, out var date) ? date : throw new ArgumentException(text);

    /// <summary>A random series in the real shape, some with numbers in the millions, negative values, long units and two close markers.</summary>
    private static IndicatorSeries Generated(int seed)
    {
        var random = new Random(seed);
        var scale = Math.Pow(10, random.Next(-2, 8));
        double Amount() => Math.Round((random.NextDouble() * 2 - (random.Next(4) == 0 ? 1.5 : 0)) * scale, 2);
        var baselineYear = random.Next(1990, 2030);
        var span = random.Next(1, seed % 10 == 0 ? 60 : 12);
        var values = Enumerable.Range(0, random.Next(0, 8))
            .Select(_ => new Observation(baselineYear + random.NextDouble() * span, Amount())).ToList();
        var target = random.Next(5) == 0 ? (Observation?)null : new Observation(baselineYear + span + 0.997, Amount());
        var markers = new List<TimeMarker>();
        if (random.Next(4) > 0)
        {
            markers.Add(new TimeMarker("due", baselineYear + random.NextDouble() * (span + 2), $"Due {baselineYear + span}-06"));
        }

        if (random.Next(4) > 0)
        {
            markers.Add(new TimeMarker("as-of", baselineYear + random.NextDouble() * (span + 3), $"As of {baselineYear + span + 1}-12-05"));
        }

        return new IndicatorSeries(new Observation(baselineYear, Amount()), target, values)
        {
            Unit = random.Next(6) switch
            {
                0 => null,
                1 => "%",
                2 => "municipalities",
                3 => "WWW MMM maximum wide unit of measure, in thousands of households",
                4 => "m² per resident",
                _ => "centres",
            },
            Markers = markers,
        };
    }

    private static (double Start, double End) AxisEnds(string svg)
    {
        var axis = XElement.Parse(svg).Descendants().First(e => e.Name.LocalName == "line");
        return (Attr(axis, "x1"), Attr(axis, "x2"));
    }

    private static IEnumerable<double> MarkerLinesX(string svg) =>
        XElement.Parse(svg).Descendants().Where(e => e.Name.LocalName == "line" && (string?)e.Attribute("class") == "marker-line").Select(e => Attr(e, "x1"));

    private static double Attr(XElement element, string name) => double.Parse(element.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\.indicator-chart text\s*\{[^}]*font-size:\s*([0-9.]+)px")]
    private static partial Regex ChartTextSize();
}
