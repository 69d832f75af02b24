using System.Text.Encodings.Web;
using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Formats;

/// <summary>One JSON object per line, rendered by the given record renderer (native or PLOVER).</summary>
internal sealed class JsonEventWriter : IEventWriter
{
    /// <summary>Readable non-ASCII text; still valid JSON (only what JSON requires is escaped).</summary>
    internal static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;
    private readonly Action<Utf8JsonWriter, CodedEvent, EventContext> _render;

    public JsonEventWriter(Stream stream, Action<Utf8JsonWriter, CodedEvent, EventContext> render)
    {
        _stream = stream;
        _render = render;
        _writer = new Utf8JsonWriter(stream, Options);
    }

    public void Write(EventContext context, IReadOnlyList<CodedEvent> events)
    {
        foreach (var e in events)
        {
            _render(_writer, e, context);
            _writer.Flush();
            _stream.WriteByte((byte)'\n');
            _writer.Reset(_stream);
        }
    }

    public void Complete()
    {
        _writer.Flush();
        _stream.Flush();
    }

    public void Dispose() => _writer.Dispose();
}
