using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Portal.Serving;

/// <summary>
/// Serves a built site with ASP.NET Core's static files, on 127.0.0.1 only, with the site's security headers
/// and its 404 page for anything missing. Files outside the site folder are never served: the file provider
/// refuses any path that leaves its root or runs through a symlink. A folder's address without its slash is
/// redirected to the server's own address, never to the host the request names. Used by <c>serve</c> and by the
/// browser tests.
/// </summary>
public static class StaticSiteHost
{
    private const string Loopback = "127.0.0.1";

    public static WebApplication Create(string siteFolder, int port)
    {
        Directory.CreateDirectory(siteFolder);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{Loopback}:{port}");
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            foreach (var (name, value) in SecurityHeaders.All)
            {
                context.Response.Headers[name] = value;
            }

            await next();
        });
        var files = new UnlinkedFileProvider(siteFolder);
        app.Lifetime.ApplicationStopped.Register(files.Dispose);
        app.Use(async (context, next) =>
        {
            if (FolderWithoutSlash(context, files))
            {
                RedirectToFolder(context);
                return;
            }

            await next();
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = ContentTypes() });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = files.GetFileInfo("/404.html");
            if (notFound.Exists)
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }
        });
        return app;
    }

    private static bool FolderWithoutSlash(HttpContext context, UnlinkedFileProvider files) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.Request.Path.Value is { Length: > 0 } path
        && !path.EndsWith('/')
        && files.GetDirectoryContents(path).Exists
        && files.GetFileInfo(path + "/index.html").Exists;

    /// <summary>
    /// Static files' own redirect builds its address from the request's Host header, which anyone can set; this one
    /// names the server itself.
    /// </summary>
    private static void RedirectToFolder(HttpContext context)
    {
        var request = context.Request;
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = UriHelper.BuildAbsolute(
            "http", new HostString(Loopback, context.Connection.LocalPort), request.PathBase, request.Path.Add(new PathString("/")), request.QueryString);
    }

    /// <summary>
    /// The usual types, the citation files of the record pages, and the binary chunks of Pagefind's index, which
    /// static files would otherwise refuse.
    /// </summary>
    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".bib"] = "application/x-bibtex; charset=utf-8";
        types.Mappings[".ris"] = "application/x-research-info-systems; charset=utf-8";
        foreach (var extension in new[] { ".pagefind", ".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter" })
        {
            types.Mappings[extension] = "application/octet-stream";
        }

        return types;
    }

    /// <summary>The address the host listens on, once started: with port 0 the system picks a free one.</summary>
    public static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
}
