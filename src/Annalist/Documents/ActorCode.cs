using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Annalist.Documents;

/// <summary>
/// A CAMEO actor code: a sequence of 3-letter blocks, e.g. <c>USAMIL</c> = [USA][MIL]. The first block is a
/// country (ISO-3-like CAMEO code) or an international / non-state prefix (IGO, NGO, IMG, …); later blocks are roles.
/// </summary>
public readonly record struct ActorCode
{
    /// <summary>First blocks that are not countries.</summary>
    private static readonly ImmutableHashSet<string> NonCountryPrefixes =
        ImmutableHashSet.Create("IGO", "NGO", "IMG", "MNC", "UIS", "NGM", "REB", "OPP", "GOV", "MIL", "COP", "JUD",
            "LEG", "PTY", "BUS", "MED", "CVL", "EDU", "HLH", "REF", "REL", "SPY", "CRM", "ELI", "LAB", "AGR", "UAF", "INS",
            "SEP", "MOD", "RAD", "DEV", "HRI", "ENV", "JEW", "CHR", "MOS", "BUD", "HIN", "SHI", "SUN");

    /// <summary>Role blocks that count as the actor's sector.</summary>
    private static readonly ImmutableHashSet<string> Sectors =
        ImmutableHashSet.Create("GOV", "MIL", "COP", "JUD", "LEG", "PTY", "BUS", "MED", "CVL", "EDU", "HLH", "REF",
            "REL", "SPY", "CRM", "ELI", "REB", "OPP", "LAB", "AGR", "UAF", "INS", "SEP", "IMG", "NGO", "IGO", "MNC", "DEV",
            "HRI", "ENV", "MOD", "RAD", "NGM");

    private ActorCode(ImmutableArray<string> blocks) => Blocks = blocks;

    public ImmutableArray<string> Blocks { get; }
    public string Code => Blocks.IsDefault ? "" : string.Concat(Blocks);

    /// <summary>Codes are equal when their blocks are (the generated equality would compare the block arrays by reference).</summary>
    public bool Equals(ActorCode other) => Blocks.AsSpan().SequenceEqual(other.Blocks.AsSpan());

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var b in Blocks.AsSpan()) h.Add(b, StringComparer.Ordinal);
        return h.ToHashCode();
    }

    /// <summary>The country block, or null for international and non-state actors.</summary>
    public string? Country => Blocks.Length > 0 && !NonCountryPrefixes.Contains(Blocks[0]) ? Blocks[0] : null;

    /// <summary>The first role block that names a sector (GOV, MIL, …), or null.</summary>
    public string? Sector
    {
        get
        {
            for (int i = Country is null ? 0 : 1; i < Blocks.Length; i++)
                if (Sectors.Contains(Blocks[i])) return Blocks[i];
            return null;
        }
    }

    public ActorCode WithRole(string role) =>
        Parse(Code + role);

    public static bool TryParse(string? text, [NotNullWhen(true)] out ActorCode? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        if (t.Length % 3 != 0) return false;
        var b = ImmutableArray.CreateBuilder<string>(t.Length / 3);
        for (int i = 0; i < t.Length; i += 3)
        {
            var block = t.Substring(i, 3);
            foreach (var c in block)
                if (c is not (>= 'A' and <= 'Z') and not (>= '0' and <= '9')) return false;
            b.Add(block);
        }
        code = new ActorCode(b.MoveToImmutable());
        return true;
    }

    public static ActorCode Parse(string text) =>
        TryParse(text, out var c) ? c.Value : throw new FormatException($"'{text}' is not an actor code (3-letter blocks A–Z, 0–9).");

    public override string ToString() => Code;
}
