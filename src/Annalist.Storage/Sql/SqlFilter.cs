using System.Data.Common;
using System.Text;
using Annalist.Documents;

namespace Annalist.Storage.Sql;

/// <summary>Turns an <see cref="EventQuery"/> into a WHERE clause over <c>events e</c> with named parameters.</summary>
internal sealed class SqlFilter
{
    private readonly List<string> _conditions = [];
    private readonly List<(string Name, object Value)> _parameters = [];

    /// <param name="q">The filters.</param>
    /// <param name="inClusters">The backend's condition "row <c>alias</c> belongs to one of the clusters this SQL
    /// selects" (<see cref="SqlEventStore.InClusters"/>).</param>
    public SqlFilter(EventQuery q, Func<string, string, string> inClusters)
    {
        if (q.From is { } from) Add("e.day_end >= {0}", from.DayNumber);
        if (q.To is { } to) Add("e.day_start <= {0}", to.DayNumber);
        if (Code(q.ActorPrefix) is { } actor) Add("e.actor LIKE {0}", actor + "%");
        if (Code(q.RecipientPrefix) is { } recipient) Add("e.recipient LIKE {0}", recipient + "%");
        if (q.Cameo is { Length: > 0 } cameo) Add("e.cameo LIKE {0}", cameo + "%");
        if (q.Plover is { } plover) Add("e.plover_event = {0}", plover.ToString());
        if (q.QuadClass is { } quad) Add("e.quad_class = {0}", (int)quad);
        if (q.Country is { Length: 2 } iso) Add("e.place_country = {0}", iso.ToUpperInvariant());
        if (q.Country is { Length: 3 } cameoCountry)
        {
            var name = Param(cameoCountry.ToUpperInvariant());
            _conditions.Add($"(e.actor_country = {name} OR e.recipient_country = {name})");
        }
        if (q.Modality is { } modality) Add("e.modality = {0}", modality.ToString());
        if (q.Source is { Length: > 0 } source) Add("e.source = {0}", source);
        if (q.Text is { Length: > 0 } text) Add("lower(e.evidence) LIKE {0} ESCAPE '\\'", "%" + EscapeLike(text.ToLowerInvariant()) + "%");
        if (q.ClusterId is { Length: > 0 } cluster) Add(inClusters("e", "{0}"), cluster);
    }

    /// <summary><c>WHERE …</c>, or an empty string when nothing is filtered; <paramref name="extra"/> conditions are ANDed.</summary>
    public string Where(params string[] extra)
    {
        var all = _conditions.Concat(extra).ToList();
        return all.Count == 0 ? "" : " WHERE " + string.Join(" AND ", all);
    }

    public void Bind(DbCommand command)
    {
        foreach (var (name, value) in _parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }
    }

    private void Add(string condition, object value) => _conditions.Add(string.Format(condition, Param(value)));

    private string Param(object value)
    {
        var name = "@f" + _parameters.Count;
        _parameters.Add((name, value));
        return name;
    }

    private static string? Code(string? prefix) => string.IsNullOrWhiteSpace(prefix) ? null : prefix.Trim().ToUpperInvariant();

    private static string EscapeLike(string s)
    {
        var b = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is '%' or '_' or '\\') b.Append('\\');
            b.Append(c);
        }
        return b.ToString();
    }
}
