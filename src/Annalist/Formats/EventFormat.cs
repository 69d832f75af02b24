namespace Annalist.Formats;

/// <summary>The event output formats (docs/formats/events.md).</summary>
public enum EventFormat
{
    /// <summary>The native schema, one JSON object per line.</summary>
    JsonLines,
    /// <summary>PLOVER records, one JSON object per line.</summary>
    Plover,
    /// <summary>The native schema flattened to RFC 4180 CSV with a header row.</summary>
    Csv,
}
