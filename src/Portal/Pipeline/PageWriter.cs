using System.Buffers;
using System.Text;
using Portal.Domain.Diagnostics;
using Portal.Rendering;
using Portal.Rendering.Pages;
using Portal.Rendering.Templates;
using Portal.Rendering.Theme;
using Scriban.Syntax;

namespace Portal.Pipeline;

/// <summary>
/// Renders pages in parallel and writes each as soon as it is rendered, so no page waits in memory for the
/// others. Each page is handed to the link checker as it is written.
/// </summary>
internal sealed class PageWriter(TemplateRenderer renderer, OutputTarget target, LinkChecker links, IBuildProgress progress)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders and writes the pages; returns how many were written.</summary>
    public int Write(IReadOnlyList<PageJob> jobs, DiagnosticBag diagnostics)
    {
        var (written, done) = (0, 0);
        progress.Started(jobs.Count);
        Parallel.ForEach(jobs, job =>
        {
            if (Render(job, diagnostics) is { } html)
            {
                Write(SitePaths.FileOf(job.Path), html);
                links.AddPage(job.Path, html);
                Interlocked.Increment(ref written);
            }

            progress.Advanced(Interlocked.Increment(ref done));
        });
        return written;
    }

    /// <summary>Encodes into a pooled buffer: a fresh array a page would give the collector hundreds of megabytes to sweep.</summary>
    private void Write(string file, string html)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(html.Length));
        try
        {
            var length = Utf8.GetBytes(html, buffer);
            target.Write(file, buffer.AsMemory(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private string? Render(PageJob job, DiagnosticBag diagnostics)
    {
        try
        {
            return renderer.Render(job.Layout, job.View());
        }
        catch (ScriptRuntimeException e)
        {
            var start = e.Span.Start;
            diagnostics.Error(new SourceLocation(e.Span.FileName ?? job.Layout, start.Line + 1, start.Column + 1), $"while rendering {job.Path}: {e.OriginalMessage}");
        }
        catch (MissingUiStringException e)
        {
            diagnostics.Error(SourceLocation.OfFile(renderer.StringsFile), $"while rendering {job.Path}: {e.Message}");
        }

        return null;
    }
}
