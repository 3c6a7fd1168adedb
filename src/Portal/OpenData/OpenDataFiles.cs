using Portal.Domain.Changes;
using Portal.Publishing;
using Portal.Rendering.Pages;
using Portal.Rendering.Titles;

namespace Portal.OpenData;

/// <summary>The open data: a CSV and a JSON file per table, a JSON file per city, the data package, and a zip of them all.</summary>
internal sealed class OpenDataFiles : IFileSource
{
    public IEnumerable<FileJob> Files(PublishingContext context)
    {
        var downloads = DataDownloads.Of(new DataTables(context.Model, context.Urls, new RecommendationTitles(context.Strings)));
        var package = new FileJob(DataPaths.Package, stream => DataPackageWriter.Write(downloads, context, stream));
        var files = downloads
            .Select(d => new FileJob(d.Path, d.Write) { Shows = d.City is { } city ? PageDependencies.On([RecordKey.City(city.Id)]) : PageDependencies.Everything })
            .Prepend(package)
            .ToList();
        foreach (var file in files)
        {
            yield return file;
        }

        yield return new FileJob(DataPaths.Archive, stream => DataArchive.Write(files.Select(f => f.Path), context.Model.AsOf, context.ReadWritten, stream))
        {
            ReadsOtherFiles = true,
        };
    }
}
