using Portal.Domain.Model;

namespace Portal.OpenData;

/// <summary>assessments.csv as published: the columns of the data contract.</summary>
internal static class AssessmentRecords
{
    public const string Name = "assessments";

    public static DataTable<Assessment> Table(PortalModel model)
    {
        var columns = new ColumnList<Assessment>()
            .Text("city", a => a.CityId)
            .Text("element", a => a.ElementId)
            .Word("status", Vocabularies.AssessmentStatus, a => a.Status)
            .Text("note", a => a.Note)
            .Text("source", a => a.Source)
            .Date("date", a => a.Date);
        return new DataTable<Assessment>(
            Name,
            columns,
            model.Assessments,
            ["city", "element"],
            [new ForeignKey("city", CityRecords.Name, "id"), new ForeignKey("element", FrameworkRecords.Name, "id")]);
    }
}
