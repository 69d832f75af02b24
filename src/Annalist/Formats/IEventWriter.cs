using Annalist.Documents;

namespace Annalist.Formats;

/// <summary>
/// Writes events to a stream, one article's events at a time. <see cref="Complete"/> finishes the output (a CSV
/// header is still written when there were no events) and flushes; disposing does not close the stream.
/// </summary>
public interface IEventWriter : IDisposable
{
    void Write(EventContext context, IReadOnlyList<CodedEvent> events);
    void Complete();
}
