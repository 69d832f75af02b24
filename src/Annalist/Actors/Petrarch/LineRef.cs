namespace Annalist.Actors.Petrarch;

/// <summary>A file:line location, formatted only when a diagnostic needs it (loading reads tens of thousands of lines).</summary>
internal readonly record struct LineRef(string Source, int Line)
{
    public static implicit operator string(LineRef r) => r.ToString();
    public override string ToString() => $"{Source}:{Line}";
}
