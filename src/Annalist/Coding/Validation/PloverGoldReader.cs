using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Coding.Validation;

/// <summary>
/// Reads PLOVER gold records (a JSON array; records without text, such as the DOCUMENT header, are skipped).
/// Source and target are arrays of {actorText, code, sector} (or an empty string); the country is the code's first
/// three letters.
/// </summary>
public static class PloverGoldReader
{
    public static ValidationFile ReadFile(string path)
    {
        try { return Read(File.ReadAllText(path), Path.GetFileName(path)); }
        catch (IOException e)
        {
            return Empty([new Diagnostic(DiagnosticIds.UnreadableFile, Severity.Error, path, e.Message)]);
        }
    }

    public static ValidationFile Read(string json, string name)
    {
        var diags = new List<Diagnostic>();
        var records = ImmutableArray.CreateBuilder<ValidationRecord>();
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }); }
        catch (JsonException e)
        {
            return Empty([new Diagnostic(DiagnosticIds.MalformedJsonLine, Severity.Error, $"{name}:{e.LineNumber + 1}", e.Message)]);
        }
        using (doc)
        {
            var items = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement.EnumerateArray().ToList() : [doc.RootElement];
            for (int i = 0; i < items.Count; i++)
            {
                var r = items[i];
                if (r.ValueKind != JsonValueKind.Object) continue;
                var id = Str(r, "id") ?? $"{name}#{i}";
                var text = Str(r, "text");
                var ev = Str(r, "event");
                if (string.IsNullOrWhiteSpace(text) || ev is null || ev == "DOCUMENT") continue;
                if (!PloverCoding.TryParseEvent(ev, out var type))
                {
                    diags.Add(new Diagnostic(DiagnosticIds.MalformedJsonLine, Severity.Warning, $"{name}#{i}", $"record {id}: unknown PLOVER event '{ev}'."));
                    continue;
                }
                DateOnly? date = DateOnly.TryParseExact(Str(r, "date") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
                var evName = type.ToString().ToUpperInvariant();
                records.Add(new ValidationRecord(id, evName, date, text, [], i, evName, Countries(r, "source"), Countries(r, "target")));
            }
        }
        return new ValidationFile(ValidationFormat.Plover, records.ToImmutable(), null, [], [], [], null, [.. diags]);
    }

    private static ValidationFile Empty(ImmutableArray<Diagnostic> d) => new(ValidationFormat.Plover, [], null, [], [], [], null, d);

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static ImmutableArray<string> Countries(JsonElement r, string name)
    {
        if (!r.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Array) return [];
        var b = ImmutableArray.CreateBuilder<string>();
        foreach (var a in v.EnumerateArray())
            if (a.ValueKind == JsonValueKind.Object && Str(a, "code") is { Length: >= 3 } code) b.Add(Iso(code[..3].ToUpperInvariant()));
        return b.ToImmutable();
    }

    /// <summary>
    /// The gold's examples come from the CAMEO manual, which in a few places still writes the older KEDS country codes
    /// for the same states we code with their ISO 3166 alpha-3 code (the gold itself writes Vietnam both ways). Only
    /// such aliases of one and the same country belong here; see docs/plover-validation.md.
    /// </summary>
    internal static string Iso(string code) => code switch
    {
        "ITL" => "ITA", // Italy
        "JAP" => "JPN", // Japan
        "VTN" => "VNM", // Vietnam
        _ => code,
    };
}
