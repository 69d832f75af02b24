using System.Diagnostics;
using Annalist.Storage;

namespace Annalist.Tests.Storage;

/// <summary>Crash safety: a child process ingests, is killed mid-run, and a rerun finishes the job exactly.</summary>
public abstract partial class StoreContractTests
{
    [StoreFact]
    public void Killing_the_ingest_loses_nothing_reported_and_a_rerun_finishes_exactly()
    {
        int total = Backend.CrashTestArticles, batch = 20;
        var db = Backend.Db;

        var (reported, exited) = RunChild(db, total, batch, killAfter: total / 5);
        Assert.False(exited, "the child finished before it could be killed; raise CrashTestArticles");
        using (var store = EventStores.Open(db))
        {
            var c = store.Counts();
            Assert.True(c.Articles >= reported, $"reported {reported} articles stored, found {c.Articles}");
            Assert.True(c.Articles < total, "the child was killed yet stored everything");
            // batches are atomic: whole articles, each with all three of its events, and a cluster per event at most
            Assert.Equal(0, c.Articles % batch);
            Assert.Equal(3 * c.Articles, c.Events);
            Assert.Equal(c.Events, c.Mentions);
        }

        var (finished, _) = RunChild(db, total, batch, killAfter: null);
        Assert.Equal(total, finished);
        StoreCounts done;
        using (var store = EventStores.Open(db)) done = store.Counts();
        Assert.Equal((total, 3L * total, 3L * total), (done.Articles, done.Events, done.Mentions));

        // and once more: nothing is added
        RunChild(db, total, batch, killAfter: null);
        using (var store = EventStores.Open(db)) Assert.Equal(done, store.Counts());
    }

    /// <summary>Runs the child; returns the last count it reported and whether it exited on its own.</summary>
    private static (int Reported, bool Exited) RunChild(string db, int total, int batch, int? killAfter)
    {
        var child = Path.Combine(AppContext.BaseDirectory, "Annalist.Tests.StoreChild.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { child, db, total.ToString(), batch.ToString() }) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var errors = new System.Text.StringBuilder();
        p.ErrorDataReceived += (_, e) => { lock (errors) errors.AppendLine(e.Data); };
        p.BeginErrorReadLine();
        int reported = 0;
        string? line;
        while ((line = p.StandardOutput.ReadLine()) is not null)
        {
            if (line.StartsWith("stored ", StringComparison.Ordinal)) reported = int.Parse(line["stored ".Length..]);
            if (killAfter is { } k && reported >= k)
            {
                p.Kill(entireProcessTree: true);
                p.WaitForExit();
                return (reported, false);
            }
        }
        p.WaitForExit();
        lock (errors) Assert.True(p.ExitCode == 0, $"child exited {p.ExitCode}: {errors}");
        return (reported, true);
    }
}
