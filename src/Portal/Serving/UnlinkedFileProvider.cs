using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Portal.Loading.Files;
using Portal.Pipeline;

namespace Portal.Serving;

/// <summary>
/// The site folder's files, reached without following any symlink. The physical provider keeps a request's path
/// inside the folder but follows a link placed in it wherever it points; here a file or folder whose path runs
/// through a link is missing, even when the link points inside the site: a build never writes links. So is
/// anything that is not a regular file, such as a named pipe, which would hang the request that opens it.
/// </summary>
internal sealed class UnlinkedFileProvider(string siteFolder) : IFileProvider, IDisposable
{
    private readonly string _root = PhysicalPath.Of(siteFolder);
    private readonly PhysicalFileProvider _files = new(PhysicalPath.Of(siteFolder));

    public IFileInfo GetFileInfo(string subpath)
    {
        var file = _files.GetFileInfo(subpath);
        return file.Exists && (file.PhysicalPath is not { } path || !IsReachedWithoutLinks(path) || RegularFile.OtherKind(path) is not null)
            ? new NotFoundFileInfo(subpath)
            : file;
    }

    public IDirectoryContents GetDirectoryContents(string subpath)
    {
        var contents = _files.GetDirectoryContents(subpath);
        var path = Path.GetFullPath(Path.Combine(_root, subpath.TrimStart('/', '\\')));
        return contents.Exists && !IsReachedWithoutLinks(path) ? NotFoundDirectoryContents.Singleton : contents;
    }

    public IChangeToken Watch(string filter) => _files.Watch(filter);

    public void Dispose() => _files.Dispose();

    private bool IsReachedWithoutLinks(string path)
    {
        if (!PhysicalPath.IsSameOrAbove(_root, path))
        {
            return false;
        }

        for (var current = path; !string.Equals(current, _root, PhysicalPath.Comparison); current = Path.GetDirectoryName(current)!)
        {
            if (new FileInfo(current).LinkTarget is not null)
            {
                return false;
            }
        }

        return true;
    }
}
