namespace Annalist.Formats;

/// <summary>Creates the writer for an output format.</summary>
public static class EventWriters
{
    public static IEventWriter Create(EventFormat format, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return format switch
        {
            EventFormat.JsonLines => new JsonEventWriter(stream, NativeEventJson.Write),
            EventFormat.Plover => new JsonEventWriter(stream, PloverEventJson.Write),
            EventFormat.Csv => new CsvEventWriter(stream),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown event format."),
        };
    }

    /// <summary>Parses a <c>--format</c> value: <c>jsonl</c> (or <c>json</c>), <c>plover</c>, <c>csv</c>.</summary>
    public static bool TryParseFormat(string? name, out EventFormat format)
    {
        format = default;
        switch (name?.Trim().ToLowerInvariant())
        {
            case "jsonl" or "json" or "jsonlines": format = EventFormat.JsonLines; return true;
            case "plover": format = EventFormat.Plover; return true;
            case "csv": format = EventFormat.Csv; return true;
            default: return false;
        }
    }
}
