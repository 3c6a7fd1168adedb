using Portal.Loading.Tables;
using Portal.OpenData;

namespace Portal.Tests.OpenData;

/// <summary>
/// Each data file is published under /data/ by the name it has in the data folder, so that a page's provenance
/// note can name the row's file and link its published copy with one name.
/// </summary>
public sealed class PublishedFileNameTests
{
    public static TheoryData<string, string> Tables => new()
    {
        { new CitiesTable().FileName, CityRecords.Name },
        { new RecommendationsTable().FileName, RecommendationRecords.Name },
        { new CommitmentsTable().FileName, CommitmentRecords.Name },
        { new ProgressTable().FileName, ProgressRecords.Name },
        { new FrameworkTable().FileName, FrameworkRecords.Name },
        { new AssessmentsTable().FileName, AssessmentRecords.Name },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Should_Publish_A_Data_File_Under_Its_Name_In_The_Data_Folder(string dataFile, string table)
    {
        Assert.Equal(dataFile, DataPaths.CsvFileName(table));
        Assert.Equal("/data/" + dataFile, DataPaths.Csv(table));
    }
}
