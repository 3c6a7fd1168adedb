using Portal.Domain.Model;
using Portal.Rendering.Charts;
using Portal.Rendering.Templates;

namespace Portal.Rendering.Views;

/// <summary>Builds the coverage matrix of the framework page, and its one-row form on a city's page.</summary>
internal sealed class CoverageBuilder(ViewFactory views)
{
    public CoverageView For(IEnumerable<City> cities)
    {
        var elements = NumberedElements();
        return new CoverageView
        {
            Header = CoverageStrip.Header(Cells(elements, _ => null)),
            Elements = [.. elements.Select(e => new NumberedElementView(e.Number, views.ElementLink(e.Element), e.Element.Pillar))],
            Rows = [.. cities.Select(city => Row(city, elements))],
            Legend = Legend(),
        };
    }

    /// <summary>The elements in the framework's order, numbered from 1.</summary>
    public IReadOnlyList<NumberedElement> NumberedElements() =>
        [.. views.Model.Pillars
            .SelectMany((pillar, index) => pillar.Elements.Select(element => (Pillar: index, Element: element)))
            .Select((e, i) => new NumberedElement(i + 1, e.Pillar, e.Element))];

    /// <summary>A city's assessment of one element as a word (null: not assessed) and a mark.</summary>
    public CoverageCellView Cell(AssessmentStatus? status) =>
        new(status is { } s ? views.Assessment(s) : null, AssessmentMarker.Key(status));

    private IReadOnlyList<LegendItemView> Legend() =>
        [.. Enum.GetValues<AssessmentStatus>().Select(s => (AssessmentStatus?)s).Append(null).Select(status => new LegendItemView(
            AssessmentMarker.CssClass(status), Label(status), AssessmentMarker.Key(status)))];

    private CoverageRowView Row(City city, IReadOnlyList<NumberedElement> elements)
    {
        var byElement = views.Model.AssessmentsByCity[city.Id].ToDictionary(a => a.ElementId, a => a.Status, StringComparer.Ordinal);
        AssessmentStatus? StatusOf(FrameworkElement element) => byElement.TryGetValue(element.Id, out var s) ? s : null;
        var cells = Cells(elements, StatusOf);
        return new CoverageRowView(
            city.Id,
            views.CityLink(city),
            cells.Count(c => c.Status == AssessmentStatus.InPlace),
            CoverageStrip.Render(cells, views.Strings.Format("chart.coverage", BidiIsolation.Characters(city.Name), Summary(cells))),
            [.. elements.Select(e => Cell(StatusOf(e.Element)))]);
    }

    private List<CoverageCell> Cells(IReadOnlyList<NumberedElement> elements, Func<FrameworkElement, AssessmentStatus?> status) =>
        [.. elements.Select(e => new CoverageCell(e.Number, e.Pillar, e.Element.Title, status(e.Element), Label(status(e.Element))))];

    private string Label(AssessmentStatus? status) => status is { } s ? views.Assessment(s).Label : views.Strings["assessment.not-assessed"];

    /// <summary>"In place 7, In progress 3, Not assessed 2": the counts in the legend's order, not assessed last, leaving out zeros.</summary>
    private static string Summary(IReadOnlyList<CoverageCell> cells) =>
        string.Join(", ", cells
            .GroupBy(c => c.Status)
            .OrderBy(g => g.Key is null)
            .ThenBy(g => g.Key)
            .Select(g => $"{g.First().StatusLabel} {g.Count()}"));
}
