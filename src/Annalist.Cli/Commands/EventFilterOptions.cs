using System.CommandLine;
using System.Globalization;
using Annalist.Documents;
using Annalist.Storage;

namespace Annalist.Cli.Commands;

/// <summary>The <c>--db</c> option and the event filters shared by query, export, stats and plot.</summary>
internal sealed class EventFilterOptions
{
    public Option<string> Db { get; } = new("--db") { Description = "The store: an SQLite file path (default annalist.db), sqlite:PATH, postgres://… or an Npgsql connection string.", DefaultValueFactory = _ => "annalist.db" };
    public Option<string?> From { get; } = new("--from") { Description = "Events on or after this day (YYYY-MM-DD)." };
    public Option<string?> To { get; } = new("--to") { Description = "Events on or before this day (YYYY-MM-DD)." };
    public Option<string?> Actor { get; } = new("--actor") { Description = "Actor code prefix, e.g. USA or USAMIL." };
    public Option<string?> Recipient { get; } = new("--recipient") { Description = "Recipient code prefix." };
    public Option<string?> Cameo { get; } = new("--cameo") { Description = "CAMEO root or code prefix, e.g. 19 or 190." };
    public Option<string?> Plover { get; } = new("--plover") { Description = "PLOVER event type, e.g. ASSAULT." };
    public Option<string?> Quad { get; } = new("--quad") { Description = "Quad class 1–4 (verbal/material cooperation, verbal/material conflict)." };
    public Option<string?> Country { get; } = new("--country") { Description = "Place country (ISO 2 letters) or actor/recipient country (CAMEO 3 letters)." };
    public Option<string?> Modality { get; } = new("--modality") { Description = "asserted, negated, hypothetical, future, possible, question or denied." };
    public Option<string?> Source { get; } = new("--source") { Description = "Article source (news outlet)." };
    public Option<string?> Text { get; } = new("--text") { Description = "Case-insensitive text the evidence sentence contains." };
    public Option<string?> Cluster { get; } = new("--cluster") { Description = "Only events of this dedup cluster." };
    public Option<int?> Limit { get; } = new("--limit") { Description = "At most this many rows." };

    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { Db, From, To, Actor, Recipient, Cameo, Plover, Quad, Country, Modality, Source, Text, Cluster, Limit })
            command.Options.Add(o);
    }

    /// <summary>The query the options describe, or a readable error.</summary>
    public (EventQuery? Query, string? Error) Read(ParseResult p)
    {
        DateOnly? from = null, to = null;
        if (p.GetValue(From) is { } f)
        {
            if (!TryDate(f, out var d)) return (null, $"bad --from '{f}': expected YYYY-MM-DD");
            from = d;
        }
        if (p.GetValue(To) is { } t)
        {
            if (!TryDate(t, out var d)) return (null, $"bad --to '{t}': expected YYYY-MM-DD");
            to = d;
        }
        PloverEventType? plover = null;
        if (p.GetValue(Plover) is { } pl)
        {
            if (!PloverCoding.TryParseEvent(pl, out var type)) return (null, $"unknown PLOVER event type '{pl}'");
            plover = type;
        }
        QuadClass? quad = null;
        if (p.GetValue(Quad) is { } q)
        {
            if (!int.TryParse(q, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 4)
                return (null, $"bad --quad '{q}': expected 1, 2, 3 or 4");
            quad = (QuadClass)n;
        }
        Modality? modality = null;
        if (p.GetValue(Modality) is { } m)
        {
            if (!Enum.TryParse<Modality>(m, ignoreCase: true, out var v) || !Enum.IsDefined(v) || int.TryParse(m, out _))
                return (null, $"unknown --modality '{m}'");
            modality = v;
        }
        foreach (var (name, value) in new[] { ("--actor", p.GetValue(Actor)), ("--recipient", p.GetValue(Recipient)) })
            if (value is not null && (value.Length == 0 || !value.All(char.IsAsciiLetterOrDigit)))
                return (null, $"bad {name} '{value}': expected an actor code prefix (letters and digits)");
        var query = new EventQuery
        {
            From = from, To = to, ActorPrefix = p.GetValue(Actor), RecipientPrefix = p.GetValue(Recipient), Cameo = p.GetValue(Cameo),
            Plover = plover, QuadClass = quad, Country = p.GetValue(Country), Modality = modality, Source = p.GetValue(Source),
            Text = p.GetValue(Text), ClusterId = p.GetValue(Cluster), Limit = p.GetValue(Limit),
        };
        return query.Validate() is { } error ? (null, error) : (query, null);
    }

    /// <summary>Opens the store for reading: a missing SQLite file is an error, not a new empty store.</summary>
    public static IEventStore? OpenExisting(string db, ICliConsole console)
    {
        try
        {
            return EventStores.Open(db, createIfMissing: false);
        }
        catch (StoreUnavailableException ex)
        {
            console.Error.WriteLine($"error: {ex.Message}");
            return null;
        }
    }

    private static bool TryDate(string s, out DateOnly d) =>
        DateOnly.TryParseExact(s.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d);
}
