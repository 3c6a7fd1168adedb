using Portal.Domain.Changes;
using Portal.Domain.Model;
using Portal.Publishing;
using Portal.Rendering;
using Portal.Rendering.Pages;

namespace Portal.Feeds;

/// <summary>The Atom feeds: /feed.xml of every city's progress reports and all news, and /cities/&lt;id&gt;/feed.xml of one city's.</summary>
internal sealed class AtomFeeds : IFileSource
{
    /// <summary>A feed tells what is new; the data downloads hold the whole history.</summary>
    public const int MaxEntries = 100;

    public IEnumerable<FileJob> Files(PublishingContext context)
    {
        yield return new FileJob(FeedPaths.Site, stream => AtomWriter.Write(SiteFeed(context), stream));
        foreach (var city in context.Model.Cities)
        {
            yield return new FileJob(FeedPaths.City(city.Id), stream => AtomWriter.Write(CityFeed(context, city), stream))
            {
                Shows = PageDependencies.On([RecordKey.City(city.Id)]),
            };
        }
    }

    public static AtomFeed SiteFeed(PublishingContext context)
    {
        var model = context.Model;
        var since = Cutoff(context, model.Commitments, model.News);
        var entries = new FeedEntries(context);
        return Feed(
            context,
            "feed/site",
            context.Strings.Format("feed.site-title", context.SiteTitle),
            context.SiteDescription,
            FeedPaths.Site,
            SitePaths.Home,
            model.Commitments.SelectMany(c => entries.Progress(c, since)).Concat(model.News.Select(entries.News).OfType<AtomEntry>()));
    }

    public static AtomFeed CityFeed(PublishingContext context, City city)
    {
        var model = context.Model;
        var since = Cutoff(context, model.CommitmentsByCity[city.Id], model.NewsByCity[city.Id]);
        var entries = new FeedEntries(context);
        return Feed(
            context,
            $"feed/cities/{city.Id}",
            context.Strings.Format("feed.city-title", city.Name),
            city.Summary,
            FeedPaths.City(city.Id),
            SitePaths.City(city.Id),
            model.CommitmentsByCity[city.Id].SelectMany(c => entries.Progress(c, since)).Concat(model.NewsByCity[city.Id].Select(entries.News).OfType<AtomEntry>()));
    }

    /// <summary>
    /// The date of the oldest entry a feed can hold: only the newest <see cref="MaxEntries"/> are kept, so reports
    /// older than that need no entry at all. Whole days are kept, so ties are broken as before.
    /// </summary>
    private static PartialDate? Cutoff(PublishingContext context, IEnumerable<Commitment> commitments, IEnumerable<ContentPage> news)
    {
        var dates = commitments
            .SelectMany(c => context.Model.Evaluation[c.Id].History.Select(r => r.Date))
            .Concat(news.Select(n => n.Date).OfType<PartialDate>())
            .ToList();
        if (dates.Count <= MaxEntries)
        {
            return null;
        }

        dates.Sort((a, b) => b.CompareTo(a));
        return dates[MaxEntries - 1];
    }

    private static AtomFeed Feed(PublishingContext context, string key, string title, string? subtitle, string path, string page, IEnumerable<AtomEntry> entries)
    {
        var newestFirst = entries
            .OrderByDescending(e => e.Updated)
            .ThenBy(e => e.Title, StringComparer.Ordinal)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(MaxEntries)
            .ToList();
        return new AtomFeed(
            FeedIds.Of(key),
            title,
            subtitle,
            newestFirst.Count > 0 ? newestFirst[0].Updated : PartialDate.FromDate(context.Model.AsOf),
            context.Urls.Canonical(path),
            context.Urls.Canonical(page),
            context.Author,
            newestFirst);
    }
}
