using Portal.Domain.Model;

namespace Portal.OpenData;

/// <summary>framework.csv as published: the columns of the data contract.</summary>
internal static class FrameworkRecords
{
    public const string Name = "framework";

    public static DataTable<FrameworkElement> Table(PortalModel model)
    {
        var columns = new ColumnList<FrameworkElement>()
            .Text("id", e => e.Id)
            .Text("pillar", e => e.Pillar)
            .Text("title", e => e.Title)
            .Text("description", e => e.Description)
            .Integer("order", e => e.Order);
        return new DataTable<FrameworkElement>(Name, columns, model.FrameworkElements, ["id"]);
    }
}
