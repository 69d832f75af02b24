using System.Collections.Frozen;
using System.Collections.Immutable;
using Annalist.Actors;
using Annalist.Documents;

namespace Annalist.Coding.Validation;

/// <summary>
/// Codes each gold record from its raw text with a caller-supplied pipeline (tokens → actors) and the given coder,
/// and compares. PETRARCH records compare (source, target, code) triples as multisets; PLOVER records compare three
/// items — event type, source country, target country — of the event that best fits the gold one. A record that
/// throws is reported as failed with its error; the run goes on.
/// </summary>
public sealed class Validator(Func<Article, Document> analyze, EventCoder coder, IReadOnlyList<DiscardEntry>? discards = null)
{
    public ValidationReport Run(ValidationFile file, IProgress<int>? progress = null)
    {
        var results = new List<RecordResult>();
        int n = 0;
        foreach (var record in file.Records)
        {
            if (file.IncludedCategories is { } inc && !inc.Contains(record.Category)) continue;
            results.Add(file.Format == ValidationFormat.Plover ? Plover(record) : Petrarch(record));
            progress?.Report(++n);
        }
        return ValidationReport.From(file.Format, results);
    }

    private RecordResult Petrarch(ValidationRecord record)
    {
        var expected = record.Expected.Select(e => e.ToString()).ToList();
        List<string> coded;
        try
        {
            coded = discards?.Any(d => d.Matches(record.Text)) == true
                ? []
                : [.. Candidates(record).Where(c => c.Source is not null && c.Target is not null)
                    .Select(c => $"{Petrarch(c.Source!.Code)} {Petrarch(c.Target!.Code)} {c.Code}").Distinct(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new RecordResult(record, [], [], [.. expected], [], $"{e.GetType().Name}: {e.Message}");
        }
        return Compare(record, expected, coded);
    }

    /// <summary>First blocks of international and non-state actors: a side in themselves, never a countryless agent.</summary>
    private static readonly FrozenSet<string> InternationalPrefixes = FrozenSet.ToFrozenSet(["IGO", "NGO", "IMG", "MNC", "NGM"]);

    /// <summary>PETRARCH writes an agent without a country as <c>---GOV</c>.</summary>
    private static string Petrarch(ActorCode code) =>
        code.Country is null && code.Sector is { } sector && code.Blocks[0] == sector && !InternationalPrefixes.Contains(sector)
            ? "---" + code.Code : code.Code;

    private RecordResult Plover(ValidationRecord record)
    {
        var expected = new List<string> { "event " + record.PloverEvent };
        if (!record.SourceCountries.IsDefaultOrEmpty) expected.Add("source " + string.Join("/", record.SourceCountries.Distinct()));
        if (!record.TargetCountries.IsDefaultOrEmpty) expected.Add("target " + string.Join("/", record.TargetCountries.Distinct()));
        List<string> coded = [];
        try
        {
            var cands = Candidates(record)
                .Select(c => (C: c, P: c.Plover ?? coder.Plover.Lookup(c.Code)))
                .Where(x => x.P is not null).ToList();
            if (cands.Count > 0)
            {
                // The event that best fits the gold one: right type first, then the most actors, then text order.
                var best = cands.OrderByDescending(x => x.P!.EventName == record.PloverEvent)
                    .ThenByDescending(x => (x.C.Source is null ? 0 : 1) + (x.C.Target is null ? 0 : 1)).First();
                coded.Add("event " + best.P!.EventName);
                var src = PloverSide(best.C.Source?.Code);
                var tgt = PloverSide(best.C.Target?.Code);
                // A gold side lists every coordinated actor; ours names one of them.
                if (src is not null) coded.Add(record.SourceCountries.Contains(src) ? expected.First(e => e.StartsWith("source ")) : "source " + src);
                if (tgt is not null) coded.Add(!record.TargetCountries.IsDefaultOrEmpty && record.TargetCountries.Contains(tgt) ? expected.First(e => e.StartsWith("target ")) : "target " + tgt);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new RecordResult(record, [], [], [.. expected], [], $"{e.GetType().Name}: {e.Message}");
        }
        return Compare(record, expected, coded);
    }

    /// <summary>
    /// What a PLOVER gold side holds: the first three letters of the actor code, i.e. the country, or the IGO / NGO /
    /// IMG / MNC prefix of an international or non-state actor. A countryless role ("GOV") compares as nothing.
    /// </summary>
    internal static string? PloverSide(ActorCode? code) =>
        code is not { } c ? null : c.Country ?? (InternationalPrefixes.Contains(c.Blocks[0]) ? c.Blocks[0] : null);

    private ImmutableArray<EventCandidate> Candidates(ValidationRecord record)
    {
        var article = new Article(record.Id, record.Text, record.Date);
        return coder.Candidates(analyze(article)).Where(c => coder.Options.Modalities.Contains(c.Modality)).ToImmutableArray();
    }

    private static RecordResult Compare(ValidationRecord record, List<string> expected, List<string> coded)
    {
        var left = new List<string>(coded);
        var correct = new List<string>();
        var missed = new List<string>();
        foreach (var e in expected)
        {
            int i = left.IndexOf(e);
            if (i >= 0) { correct.Add(e); left.RemoveAt(i); }
            else missed.Add(e);
        }
        return new RecordResult(record, [.. coded], [.. correct], [.. missed], [.. left], null);
    }
}
