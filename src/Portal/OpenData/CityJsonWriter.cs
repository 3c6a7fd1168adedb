using System.Text.Json;
using Portal.Domain.Model;
using Portal.Rendering;

namespace Portal.OpenData;

/// <summary>
/// Writes one city's JSON: the city's record with its summary figures, its commitments by current status, its
/// commitments with their computed fields and their progress history, and its assessments. Every object has the
/// same members as the row of the matching CSV. Records keep file order, as the lookups of the model keep it.
/// </summary>
internal static class CityJsonWriter
{
    public static void Write(DataTables tables, City city, Stream stream)
    {
        var model = tables.Model;
        using var json = JsonRecordWriter.Create(stream);
        json.WriteStartObject();
        json.WriteString("as_of", Format.Date(model.AsOf));
        json.WritePropertyName("city");
        JsonRecordWriter.WriteRecord(json, tables.Cities.Fields, tables.Cities.Cells(city));
        WriteByStatus(json, model, city);
        json.WriteStartArray(CommitmentRecords.Name);
        foreach (var commitment in model.CommitmentsByCity[city.Id])
        {
            WriteCommitment(json, tables, commitment);
        }

        json.WriteEndArray();
        json.WriteStartArray(AssessmentRecords.Name);
        foreach (var assessment in model.AssessmentsByCity[city.Id])
        {
            JsonRecordWriter.WriteRecord(json, tables.Assessments.Fields, tables.Assessments.Cells(assessment));
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteByStatus(Utf8JsonWriter json, PortalModel model, City city)
    {
        json.WriteStartArray("by_status");
        foreach (var count in model.CitySummary[city.Id].ByStatus)
        {
            json.WriteStartObject();
            json.WriteString("status", Vocabularies.CommitmentStatus.WordOf(count.Status));
            json.WriteNumber("count", count.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCommitment(Utf8JsonWriter json, DataTables tables, Commitment commitment)
    {
        json.WriteStartObject();
        JsonRecordWriter.WriteProperties(json, tables.Commitments.Fields, tables.Commitments.Cells(commitment));
        json.WriteStartArray(ProgressRecords.Name);
        foreach (var report in tables.Histories[commitment.Id])
        {
            JsonRecordWriter.WriteRecord(json, tables.Progress.Fields, tables.Progress.Cells(report));
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
