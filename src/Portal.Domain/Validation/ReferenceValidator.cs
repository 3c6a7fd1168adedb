using Portal.Domain.Diagnostics;
using Portal.Domain.Model;

namespace Portal.Domain.Validation;

/// <summary>
/// Checks what no single row can check alone: ids are unique and every reference between files resolves.
/// Rows are located by their <c>Row</c>; a broken reference points at the column that holds it.
/// </summary>
public sealed class ReferenceValidator(DiagnosticBag diagnostics, IColumnLocator columns)
{
    public void Validate(PortalData data)
    {
        var cities = UniqueIds(data.Cities, c => c.Id, c => c.Row, "city");
        var recommendations = UniqueIds(data.Recommendations, r => r.Id, r => r.Row, "recommendation");
        var commitments = UniqueIds(data.Commitments, c => c.Id, c => c.Row, "commitment");
        var elements = UniqueIds(data.Framework, e => e.Id, e => e.Row, "framework element");

        foreach (var commitment in data.Commitments)
        {
            CheckCommitment(commitment, cities, recommendations, elements);
        }

        foreach (var report in data.Progress)
        {
            CheckReference(report.Row, "commitment", report.CommitmentId, commitments, "commitment");
        }

        CheckAssessments(data.Assessments, cities, elements);
        CheckContent(data.Content, cities);
    }

    private void CheckCommitment(
        Commitment commitment,
        IReadOnlyDictionary<string, City> cities,
        IReadOnlyDictionary<string, Recommendation> recommendations,
        IReadOnlyDictionary<string, FrameworkElement> elements)
    {
        CheckReference(commitment.Row, "city", commitment.CityId, cities, "city");
        foreach (var id in commitment.RecommendationIds)
        {
            if (CheckReference(commitment.Row, "recommendations", id, recommendations, "recommendation")
                && cities.TryGetValue(commitment.CityId, out var city)
                && recommendations[id].Country != city.Country)
            {
                diagnostics.Warning(
                    columns.Locate(commitment.Row, "recommendations"),
                    $"recommendation '{id}' is addressed to {recommendations[id].Country}, but city '{city.Id}' is in {city.Country}");
            }
        }

        foreach (var id in commitment.FrameworkIds)
        {
            CheckReference(commitment.Row, "framework", id, elements, "framework element");
        }
    }

    private void CheckAssessments(
        IReadOnlyList<Assessment> assessments,
        IReadOnlyDictionary<string, City> cities,
        IReadOnlyDictionary<string, FrameworkElement> elements)
    {
        var seen = new Dictionary<(string, string), Assessment>();
        foreach (var assessment in assessments)
        {
            CheckReference(assessment.Row, "city", assessment.CityId, cities, "city");
            CheckReference(assessment.Row, "element", assessment.ElementId, elements, "framework element");
            if (!seen.TryAdd((assessment.CityId, assessment.ElementId), assessment))
            {
                var first = seen[(assessment.CityId, assessment.ElementId)];
                diagnostics.Error(
                    columns.Locate(assessment.Row, "element"),
                    $"duplicate assessment of element '{assessment.ElementId}' for city '{assessment.CityId}' (first at line {first.Row.Line})");
            }
        }
    }

    private void CheckContent(IReadOnlyList<ContentPage> content, IReadOnlyDictionary<string, City> cities)
    {
        foreach (var page in content)
        {
            var cityId = page.Kind == ContentKind.CityNarrative ? page.Slug : page.CityId;
            if (cityId is not null && !cities.ContainsKey(cityId))
            {
                diagnostics.Error(page.Origin, $"unknown city '{cityId}': no row in cities.csv has this id");
            }
        }

        foreach (var group in content.GroupBy(p => (p.Kind, p.Slug)).Where(g => g.Count() > 1))
        {
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Error(duplicate.Origin, $"duplicate page '{group.Key.Slug}': two files would be published at the same address");
            }
        }
    }

    private Dictionary<string, T> UniqueIds<T>(
        IReadOnlyList<T> rows, Func<T, string> id, Func<T, SourceLocation> row, string kind)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in rows)
        {
            if (!byId.TryAdd(id(item), item))
            {
                diagnostics.Error(
                    columns.Locate(row(item), "id"),
                    $"duplicate {kind} id '{id(item)}' (first defined at line {row(byId[id(item)]).Line})");
            }
        }

        return byId;
    }

    private bool CheckReference<T>(
        SourceLocation row, string column, string id, IReadOnlyDictionary<string, T> targets, string kind)
    {
        // An empty id has been reported as a missing required value already.
        if (id.Length == 0 || targets.ContainsKey(id))
        {
            return id.Length > 0;
        }

        diagnostics.Error(columns.Locate(row, column), $"unknown {kind} '{id}' in column '{column}'");
        return false;
    }
}
