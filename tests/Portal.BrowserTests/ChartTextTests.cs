using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>
/// On a phone the charts' text is set larger and the drawing scaled down; every word must still lie inside its
/// drawing, measured by the browser that draws it.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class ChartTextTests(SampleSite site)
{
    [Theory]
    [InlineData(320)]
    [InlineData(360)]
    [InlineData(390)]
    public async Task Should_Keep_Every_Text_Of_Every_Chart_Inside_Its_Drawing_On_Each_Commitment_Page_With_Progress(int width)
    {
        var model = site.LoadModel();
        var withProgress = model.Commitments.Where(c => model.Evaluation[c.Id].History.Any(r => r.Value is not null)).ToList();
        Assert.NotEmpty(withProgress);
        var failures = new Failures();
        var page = await site.NewPageAsync(width);
        var texts = 0;
        foreach (var commitment in withProgress)
        {
            await page.GotoAsync($"/commitments/{commitment.Id}/");
            var found = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('svg')].flatMap(svg => {
                  const box = svg.getBoundingClientRect();
                  return [...svg.querySelectorAll('text')].map(text => {
                    const r = text.getBoundingClientRect();
                    const inside = r.width > 0 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5
                      && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
                    return (inside ? 'ok ' : 'out ') + `${svg.getAttribute('class')} "${text.textContent}" text [${r.left.toFixed(1)}, ${r.right.toFixed(1)}] x [${r.top.toFixed(1)}, ${r.bottom.toFixed(1)}] in drawing [${box.left.toFixed(1)}, ${box.right.toFixed(1)}] x [${box.top.toFixed(1)}, ${box.bottom.toFixed(1)}]`;
                  });
                })
                """);
            texts += found.Length;
            failures.AddRange(found.Where(f => f.StartsWith("out ", StringComparison.Ordinal)).Select(f => $"{width} px, {commitment.Id}: {f[4..]}"));
        }

        await page.Context.CloseAsync();
        Assert.True(texts > 10 * withProgress.Count, $"only {texts} chart texts on {withProgress.Count} commitment pages");
        failures.AssertNone("chart texts outside their drawing");
    }
}
