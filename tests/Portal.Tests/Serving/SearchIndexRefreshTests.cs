using Portal.Domain.Diagnostics;
using Portal.Serving;

namespace Portal.Tests.Serving;

public sealed class SearchIndexRefreshTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly ManualResetEventSlim _release = new();
    private readonly SemaphoreSlim _started = new(0);
    private readonly StringWriter _printed = new();
    private readonly StringWriter _printedErrors = new();
    private int _runs;

    [Fact]
    public void Should_Run_Once_More_Not_Once_Per_Edit_When_Edits_Arrive_During_A_Run()
    {
        var refresh = RefreshWith(RunUntilReleased);
        refresh.Request();
        Assert.True(_started.Wait(Patience));

        refresh.Request();
        refresh.Request();
        refresh.Request();
        _release.Set();

        Assert.True(_started.Wait(Patience));
        refresh.StandAside();
        Assert.Equal(2, _runs);
        Assert.Equal(2, _printed.ToString().Split('\n').Count(l => l.StartsWith("search index refreshed in", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Should_Wait_For_The_Run_In_Progress_And_Drop_The_One_Asked_For_When_A_Full_Build_Replaces_The_Output()
    {
        var refresh = RefreshWith(RunUntilReleased);
        refresh.Request();
        Assert.True(_started.Wait(Patience));
        refresh.Request();

        var standingAside = Task.Run(refresh.StandAside);
        SpinWait.SpinUntil(() => standingAside.Status == TaskStatus.Running, Patience);
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        Assert.False(standingAside.IsCompleted, "the full build went ahead while the indexer was writing");
        _release.Set();

        await standingAside.WaitAsync(Patience);
        Assert.Equal(1, _runs);
        Assert.False(_started.Wait(TimeSpan.FromMilliseconds(200)), "the index was refreshed again after the full build indexed it");
    }

    [Fact]
    public void Should_Print_A_Failure_Of_The_Indexer_And_Run_Again_At_The_Next_Request()
    {
        using var finished = new SemaphoreSlim(0);
        var refresh = RefreshWith(diagnostics =>
        {
            try
            {
                if (Interlocked.Increment(ref _runs) == 1)
                {
                    throw new InvalidOperationException("pagefind vanished");
                }

                diagnostics.Error(SourceLocation.OfFile("output"), "Pagefind failed to index the site");
            }
            finally
            {
                finished.Release();
            }
        });

        refresh.Request();
        Assert.True(finished.Wait(Patience));
        refresh.Request();
        Assert.True(finished.Wait(Patience));
        refresh.StandAside();

        Assert.Contains("search index refresh failed: System.InvalidOperationException: pagefind vanished", _printedErrors.ToString(), StringComparison.Ordinal);
        Assert.Contains("output:1:1: error: Pagefind failed to index the site", _printedErrors.ToString(), StringComparison.Ordinal);
        Assert.Contains("search index refresh failed", _printed.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, _runs);
    }

    private SearchIndexRefresh RefreshWith(Action<DiagnosticBag> index) => new(index, TextWriter.Synchronized(_printed), TextWriter.Synchronized(_printedErrors));

    private void RunUntilReleased(DiagnosticBag diagnostics)
    {
        Interlocked.Increment(ref _runs);
        _started.Release();
        _release.Wait(Patience);
    }

    public void Dispose()
    {
        _release.Set();
        _release.Dispose();
        _started.Dispose();
    }
}
