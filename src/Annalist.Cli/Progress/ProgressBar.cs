using System.Diagnostics;

namespace Annalist.Cli.Progress;

/// <summary>
/// A one-line progress bar on stderr for multi-file runs, drawn only when stderr is a terminal (never in pipes,
/// logs or tests). Redraws at most ten times a second. Messages go through <see cref="Message"/> so they do not
/// collide with the bar.
/// </summary>
internal sealed class ProgressBar(ICliConsole console, int totalInputs)
{
    private const int Width = 30;
    private readonly bool _enabled = console.ErrorIsTerminal && totalInputs > 1;
    private long _lastDraw = long.MinValue;
    private bool _drawn;

    public void Update(int inputsDone, int articles, int failed)
    {
        if (!_enabled) return;
        long now = Stopwatch.GetTimestamp();
        if (inputsDone < totalInputs && _lastDraw != long.MinValue && Stopwatch.GetElapsedTime(_lastDraw, now).TotalMilliseconds < 100) return;
        _lastDraw = now;
        int filled = (int)((long)Width * inputsDone / Math.Max(1, totalInputs));
        var bar = new string('#', filled) + new string('.', Width - filled);
        console.Error.Write($"\r[{bar}] {inputsDone}/{totalInputs} inputs, {articles} articles, {failed} failed\u001b[K");
        _drawn = true;
    }

    public void Message(string line)
    {
        Clear();
        console.Error.WriteLine(line);
    }

    public void Clear()
    {
        if (!_drawn) return;
        console.Error.Write("\r\u001b[K");
        _drawn = false;
        _lastDraw = long.MinValue;
    }
}
