using System.Text;
using Annalist.Documents;

namespace Annalist.Formats;

/// <summary>The native schema flattened into columns (nested names joined with <c>_</c>), RFC 4180, CRLF rows.</summary>
internal sealed class CsvEventWriter(Stream stream) : IEventWriter
{
    /// <summary>The column names, in order: a public contract like the JSON field names.</summary>
    public static readonly string[] Columns =
    [
        "id", "article_id", "sentence_index",
        "date_start", "date_end", "date_precision", "date_basis",
        "actor_code", "actor_text", "actor_start", "actor_end", "actor_country", "actor_sector",
        "recipient_code", "recipient_text", "recipient_start", "recipient_end", "recipient_country", "recipient_sector",
        "cameo_code", "cameo_root", "cameo_name", "cameo_quad_class", "cameo_goldstein",
        "plover_event", "plover_mode", "plover_contexts",
        "location_name", "location_country", "location_admin1", "location_lat", "location_lon",
        "attribution_source_text", "attribution_source_code", "attribution_anonymous", "attribution_cue", "attribution_quote",
        "modality", "confidence",
        "evidence_sentence", "evidence_verb", "evidence_verb_start", "evidence_verb_end", "evidence_rule",
        "article_date", "article_source", "article_url", "article_title",
    ];

    private readonly StreamWriter _w = new(stream, new UTF8Encoding(false), 65536, leaveOpen: true) { NewLine = "\r\n" };
    private bool _headerWritten;

    public void Write(EventContext context, IReadOnlyList<CodedEvent> events)
    {
        Header();
        foreach (var e in events) Row(e, context);
    }

    public void Complete()
    {
        Header();
        _w.Flush();
    }

    public void Dispose() => _w.Dispose();

    private void Header()
    {
        if (_headerWritten) return;
        _headerWritten = true;
        _w.WriteLine(string.Join(',', Columns));
    }

    private void Row(CodedEvent e, EventContext c)
    {
        string?[] f =
        [
            e.Id, e.ArticleId, Csv.Number(e.SentenceIndex),
            EventNames.Of(e.Date.Start), EventNames.Of(e.Date.End), EventNames.Of(e.Date.Precision), EventNames.Of(e.Date.Basis),
            e.Actor?.Code.Code, e.Actor?.Text, Csv.Number(e.Actor?.Span.Start), Csv.Number(e.Actor?.Span.End), e.Actor?.Code.Country, e.Actor?.Code.Sector,
            e.Recipient?.Code.Code, e.Recipient?.Text, Csv.Number(e.Recipient?.Span.Start), Csv.Number(e.Recipient?.Span.End), e.Recipient?.Code.Country, e.Recipient?.Code.Sector,
            e.Cameo.Code, e.Cameo.RootCode, e.Cameo.Name, Csv.Number((int)e.Cameo.QuadClass), Csv.Number(e.Cameo.Goldstein),
            e.Plover.EventName, e.Plover.Mode, string.Join(';', e.Plover.Contexts),
            e.Location?.Name, e.Location?.Country, e.Location?.Admin1, Csv.Number(e.Location?.Latitude), Csv.Number(e.Location?.Longitude),
            e.Attribution.SourceText, e.Attribution.SourceCode?.Code, Csv.Bool(e.Attribution.Anonymous), e.Attribution.Cue, e.Attribution.Quote,
            EventNames.Of(e.Modality), Csv.Number(e.Confidence),
            c.SentenceText(e.Evidence.SentenceIndex), c.TextOf(e.Evidence.VerbSpan), Csv.Number(e.Evidence.VerbSpan.Start), Csv.Number(e.Evidence.VerbSpan.End), e.Evidence.Rule,
            EventNames.Of(c.Article.PublicationDate), c.Article.Source, c.Article.Url, c.Article.Title,
        ];
        for (int i = 0; i < f.Length; i++)
        {
            if (i > 0) _w.Write(',');
            Csv.WriteField(_w, f[i]);
        }
        _w.WriteLine();
    }
}
