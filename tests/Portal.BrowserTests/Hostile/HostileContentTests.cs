using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Hostile;

/// <summary>
/// Every XSS vector in every free-text column and in Markdown: on every page no dialog opens, no script runs
/// but the theme's own, and the vectors read as text where they were data.
/// </summary>
public sealed class HostileContentTests(HostileSite site) : IClassFixture<HostileSite>
{
    private const string FindForeignMarkup = """
        () => {
          const problems = [];
          for (const script of document.querySelectorAll('script')) {
            const type = script.getAttribute('type');
            if (type === 'application/ld+json') continue;
            const src = script.getAttribute('src') || '';
            if (!src.startsWith('/assets/') && !src.startsWith('/pagefind/')) problems.push('script ' + (src || script.textContent.slice(0, 60)));
          }
          for (const element of document.querySelectorAll('*')) {
            for (const attribute of element.attributes) {
              if (attribute.name.startsWith('on')) problems.push(element.tagName + ' has ' + attribute.name);
              if (/^\s*(javascript|data|vbscript|file):/i.test(attribute.value.replace(/[\t\n\r]/g, '')) && ['href', 'src', 'action', 'formaction', 'data'].includes(attribute.name)) problems.push(element.tagName + ' ' + attribute.name + '=' + attribute.value.slice(0, 40));
            }
          }
          for (const element of document.querySelectorAll('iframe, object, embed, body style, main style')) problems.push('element ' + element.tagName);
          return problems;
        }
        """;

    [Fact]
    public async Task Should_Open_No_Dialog_And_Run_No_Foreign_Script_On_Any_Page()
    {
        var problems = new Failures();
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress });
        var page = await context.NewPageAsync();
        page.Dialog += (_, dialog) =>
        {
            problems.Add($"{page.Url}: dialog '{dialog.Message}'");
            // A handler takes dismissing over from Playwright: an alert left open would hang the page until the test times out.
            _ = dialog.DismissAsync();
        };
        page.Request += (_, request) =>
        {
            if (request.ResourceType == "script" && !new Uri(request.Url).AbsolutePath.StartsWith("/assets/", StringComparison.Ordinal)
                && !new Uri(request.Url).AbsolutePath.StartsWith("/pagefind/", StringComparison.Ordinal))
            {
                problems.Add($"{page.Url}: script request {request.Url}");
            }
        };

        foreach (var path in site.Pages())
        {
            await page.GotoAsync(path);
            var found = await page.EvaluateAsync<string[]>(FindForeignMarkup);
            problems.AddRange(found.Select(p => $"{path}: {p}"));
        }

        await context.CloseAsync();
        Assert.True(site.Pages().Count > 10, "the hostile site has too few pages to prove anything");
        problems.AssertNone("dialogs, foreign scripts or foreign markup");
    }

    [Fact]
    public async Task Should_Show_Each_Vector_As_Text_Where_It_Was_Data()
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = site.BaseAddress });

        await page.GotoAsync($"/cities/{HostileData.CityId}/");
        Assert.Equal(HostileData.V(0), (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Contains(HostileData.V(4), await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync($"/commitments/{HostileData.CommitmentId}/");
        Assert.Equal(HostileData.V(2), (await page.Locator("h1").InnerTextAsync()).Trim());
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains(HostileData.V(6), main, StringComparison.Ordinal);
        Assert.Contains("<script>alert('xss-md-3')</script>", main, StringComparison.Ordinal);

        await page.GotoAsync("/recommendations/");
        Assert.Contains(HostileData.V(6), await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public void Should_Write_Every_Vector_Into_Json_Ld_Only_As_Escaped_Json()
    {
        foreach (var file in Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            foreach (var block in JsonLdBlocks(html))
            {
                Assert.DoesNotContain("</script", block, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("<", block, StringComparison.Ordinal);
            }
        }
    }

    private static IEnumerable<string> JsonLdBlocks(string html)
    {
        const string open = "<script type=\"application/ld+json\">";
        for (var start = html.IndexOf(open, StringComparison.Ordinal); start >= 0; start = html.IndexOf(open, start + 1, StringComparison.Ordinal))
        {
            var end = html.IndexOf("</script>", start, StringComparison.Ordinal);
            yield return html[(start + open.Length)..end];
        }
    }
}
