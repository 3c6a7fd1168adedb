using Portal.Importing.Mapping;

namespace Portal.Tests.Importing;

/// <summary>Merging an export into recommendations.csv: add, update, keep hand edits, account for every row.</summary>
public sealed class ImportMergerTests
{
    private static readonly ImportSelection Everything = new(new HashSet<string>(), "upr-info-");

    [Fact]
    public void Should_Add_New_Recommendations_After_The_Existing_Rows()
    {
        var existing = Table(Row("hand-made-1", "Act locally.", "ESP"));

        var outcome = ImportMerger.Merge(existing, Export(Mapped(2, Recommendation("upr-info-1"))), Everything);

        Assert.Equal(1, outcome.Added);
        Assert.Equal(["hand-made-1", "upr-info-1"], outcome.Table.Rows.Select(r => r.Id));
        Assert.Equal("supported", outcome.Table.Rows[1]["response"]);
        Assert.Equal("housing;poverty", outcome.Table.Rows[1]["themes"]);
    }

    [Fact]
    public void Should_Report_Everything_Unchanged_When_Importing_The_Same_Export_Twice()
    {
        var export = Export(Mapped(2, Recommendation("upr-info-1")), Mapped(3, Recommendation("upr-info-2")));
        var first = ImportMerger.Merge(RecommendationTable.Empty, export, Everything);

        var second = ImportMerger.Merge(first.Table, export, Everything);

        Assert.Equal((0, 0, 2), (second.Added, second.Updated, second.Unchanged));
        Assert.Equal(first.Table.Rows.Select(r => r["text"]), second.Table.Rows.Select(r => r["text"]));
    }

    [Fact]
    public void Should_Keep_Themes_Added_By_Hand_When_Reimporting()
    {
        var existing = Table(Row("upr-info-1", "Act now.", "ESP", themes: "housing;poverty;homelessness"));

        var outcome = ImportMerger.Merge(existing, Export(Mapped(2, Recommendation("upr-info-1", themes: ["housing", "poverty", "children"]))), Everything);

        Assert.Equal("housing;poverty;homelessness;children", Assert.Single(outcome.Table.Rows)["themes"]);
        Assert.Equal(1, outcome.Updated);
        Assert.Equal(1, outcome.ChangedColumns["themes"]);
    }

    [Fact]
    public void Should_Keep_A_Value_Filled_In_By_Hand_Where_The_Export_Has_None()
    {
        var existing = Table(Row("upr-info-1", "Act now.", "ESP", url: "https://city.example.org/r/1", date: "2020-01-24"));

        var outcome = ImportMerger.Merge(existing, Export(Mapped(2, Recommendation("upr-info-1", themes: ["housing", "poverty"]))), Everything);

        var row = Assert.Single(outcome.Table.Rows);
        Assert.Equal(("https://city.example.org/r/1", "2020-01-24"), (row["url"], row["date"]));
    }

    [Fact]
    public void Should_Update_A_Value_The_Export_Has_Changed()
    {
        var existing = Table(Row("upr-info-1", "Act now.", "ESP", response: "pending", themes: "housing;poverty"));

        var outcome = ImportMerger.Merge(existing, Export(Mapped(2, Recommendation("upr-info-1"))), Everything);

        Assert.Equal("supported", Assert.Single(outcome.Table.Rows)["response"]);
        Assert.Equal((0, 1, 0), (outcome.Added, outcome.Updated, outcome.Unchanged));
        Assert.Equal(["response"], outcome.ChangedColumns.Keys);
    }

    [Fact]
    public void Should_Keep_Unknown_Columns_And_Rows_From_Elsewhere_Untouched()
    {
        var existing = new RecommendationTable(
            ["id", "text", "country", "mechanism", "internal_notes"],
            [
                new TableRow([Cell("id", "A/HRC/44/7 para 1"), Cell("text", "Hand-made."), Cell("country", "ESP"), Cell("mechanism", "UPR"), Cell("internal_notes", "keep me")]),
                new TableRow([Cell("id", "upr-info-1"), Cell("text", "Act now."), Cell("country", "ESP"), Cell("mechanism", "UPR"), Cell("internal_notes", "mine too")]),
            ]);

        var outcome = ImportMerger.Merge(existing, Export(Mapped(2, Recommendation("upr-info-1"))), Everything);

        Assert.Equal(["id", "text", "country", "mechanism", "internal_notes", "body", "symbol", "paragraph", "cycle", "session", "date", "recommending_state", "response", "themes", "sdgs", "affected_persons", "url", "title"], outcome.Table.Columns);
        Assert.Equal(["keep me", "mine too"], outcome.Table.Rows.Select(r => r["internal_notes"]));
        Assert.Equal("Hand-made.", outcome.Table.Rows[0]["text"]);
        Assert.Equal(1, outcome.Untouched);
    }

    [Fact]
    public void Should_Skip_An_Exact_Duplicate_And_Name_The_Row_It_Repeats()
    {
        var outcome = ImportMerger.Merge(
            RecommendationTable.Empty,
            Export(Mapped(2, Recommendation("upr-info-1"), "same cells"), Mapped(3, Recommendation("upr-info-1"), "same cells")),
            Everything);

        Assert.Equal(1, outcome.Added);
        Assert.Equal(new SkippedRow(3, SkipReason.ExactDuplicate, SameAsLine: 2), Assert.Single(outcome.Skipped));
    }

    [Fact]
    public void Should_Merge_A_Row_That_Repeats_A_Recommendation_With_Other_Themes_Into_The_First()
    {
        var outcome = ImportMerger.Merge(
            RecommendationTable.Empty,
            Export(Mapped(2, Recommendation("upr-info-1", themes: ["trafficking"])), Mapped(3, Recommendation("upr-info-1", themes: ["migrants", "trafficking"]))),
            Everything);

        Assert.Equal("trafficking;migrants", Assert.Single(outcome.Table.Rows)["themes"]);
        var skipped = Assert.Single(outcome.Skipped);
        Assert.Equal((SkipReason.SameRecommendation, 2, "differs in themes"), (skipped.Reason, skipped.SameAsLine, skipped.Detail));
    }

    [Fact]
    public void Should_Import_Only_Recommendations_To_The_Chosen_States()
    {
        var selection = new ImportSelection(new HashSet<string> { "KEN" }, "upr-info-");

        var outcome = ImportMerger.Merge(
            RecommendationTable.Empty,
            Export(Mapped(2, Recommendation("upr-info-1", country: "ESP")), Mapped(3, Recommendation("upr-info-2", country: "KEN"))),
            selection);

        Assert.Equal("upr-info-2", Assert.Single(outcome.Table.Rows).Id);
        Assert.Equal(new SkippedRow(2, SkipReason.OtherCountry, "ESP"), Assert.Single(outcome.Skipped));
    }

    [Fact]
    public void Should_Account_For_Every_Row_Read()
    {
        var export = Export(
            Mapped(2, Recommendation("upr-info-1")),
            Mapped(3, Recommendation("upr-info-2")),
            SourceRow.Skipped(4, "no text", SkipReason.NoText),
            SourceRow.Skipped(5, "atlantis", SkipReason.UnknownCountry, "Atlantis"));
        var first = ImportMerger.Merge(Table(Row("upr-info-1", "Act now.", "ESP", response: "noted")), export, Everything);

        Assert.Equal(4, first.Added + first.Updated + first.Unchanged + first.Skipped.Count);
        Assert.Equal((1, 1, 0, 2), (first.Added, first.Updated, first.Unchanged, first.Skipped.Count));
    }

    [Fact]
    public void Should_Count_Its_Own_Earlier_Rows_That_The_Export_No_Longer_Holds()
    {
        var existing = Table(Row("upr-info-old", "Withdrawn.", "ESP"), Row("uhri-7", "Other source.", "ESP"));

        var outcome = ImportMerger.Merge(existing, Export(Mapped(2, Recommendation("upr-info-1"))), Everything);

        Assert.Equal((2, 1), (outcome.Untouched, outcome.NotInExport));
        Assert.Equal(3, outcome.Table.Rows.Count);
    }

    [Fact]
    public void Should_Never_Overwrite_A_Title_Written_By_Hand_When_Reimporting()
    {
        var written = Row("upr-info-1", "Act now.", "ESP", response: "supported")
            .With(new Dictionary<string, string> { [RecommendationColumns.Title] = "Shelters for the winter" });
        var existing = Table(written);

        var outcome = ImportMerger.Merge(existing, Export(Mapped(2, Recommendation("upr-info-1"))), Everything);

        Assert.Equal("Shelters for the winter", Assert.Single(outcome.Table.Rows)[RecommendationColumns.Title]);
        Assert.False(outcome.ChangedColumns.ContainsKey(RecommendationColumns.Title));
    }

    [Fact]
    public void Should_Write_A_Title_Column_Left_Empty_For_The_Data_Owner()
    {
        var outcome = ImportMerger.Merge(RecommendationTable.Empty, Export(Mapped(2, Recommendation("upr-info-1"))), Everything);

        Assert.Contains(RecommendationColumns.Title, outcome.Table.WithContractColumns());
        Assert.Equal(string.Empty, Assert.Single(outcome.Table.Rows)[RecommendationColumns.Title]);
    }

    private static ImportedRecommendation Recommendation(string id, string country = "ESP", IReadOnlyList<string>? themes = null) => new()
    {
        Id = id,
        Text = "Act now.",
        Country = country,
        Mechanism = "UPR",
        Session = "35",
        Cycle = 3,
        Response = "supported",
        Themes = themes ?? ["housing", "poverty"],
    };

    private static SourceRow Mapped(int line, ImportedRecommendation recommendation, string? fingerprint = null) =>
        SourceRow.Mapped(line, fingerprint ?? $"line {line}", recommendation);

    private static MappedExport Export(params SourceRow[] rows) => new(rows.Length, rows, new UnmappedValues());

    private static RecommendationTable Table(params TableRow[] rows) => new(RecommendationColumns.All, rows);

    private static TableRow Row(string id, string text, string country, string response = "", string themes = "", string url = "", string date = "") =>
        new([
            Cell("id", id), Cell("text", text), Cell("country", country), Cell("mechanism", "UPR"), Cell("session", "35"), Cell("cycle", "3"),
            Cell("response", response), Cell("themes", themes), Cell("url", url), Cell("date", date),
        ]);

    private static KeyValuePair<string, string> Cell(string column, string value) => KeyValuePair.Create(column, value);
}
