using System.Globalization;
using System.Text;
using Portal.Bench.Measuring;

namespace Portal.Bench.Hugo;

/// <summary>
/// The speed reference: the same number of simple Markdown pages, built by Hugo in the same run. A ratio
/// measured side by side holds on a noisy machine; an absolute time does not.
/// </summary>
internal static class HugoSite
{
    public static ProcessRun Build(string folder, int pages)
    {
        Write(folder, pages);
        return ProcessRun.Of("hugo", ["--quiet", "--source", folder, "--destination", Path.Combine(folder, "public")]);
    }

    private static void Write(string folder, int pages)
    {
        var content = Path.Combine(folder, "content", "pages");
        Directory.CreateDirectory(content);
        Directory.CreateDirectory(Path.Combine(folder, "layouts", "_default"));
        File.WriteAllText(Path.Combine(folder, "hugo.toml"), "baseURL = '/'\ntitle = 'Benchmark'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n");
        File.WriteAllText(Path.Combine(folder, "layouts", "_default", "single.html"), "<!doctype html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>");
        File.WriteAllText(Path.Combine(folder, "layouts", "_default", "list.html"), "<!doctype html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1></body></html>");
        for (var i = 0; i < pages; i++)
        {
            var page = new StringBuilder()
                .Append("---\ntitle: \"Page ").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\"\n---\n")
                .Append("A commitment of a synthetic city, with **emphasis**, a [link](https://example.org/) and a list:\n\n- one\n- two\n- three\n");
            File.WriteAllText(Path.Combine(content, $"page-{i:D6}.md"), page.ToString());
        }
    }
}
