using Annalist.Documents;

namespace Annalist.Actors.Petrarch;

/// <summary>
/// Writes actor codes the way PETRARCH output and validation records do. The actor stage codes a role whose country
/// it could not find as the role alone (<c>GOV</c>); PETRARCH writes that as <c>---GOV</c>.
/// </summary>
public static class PetrarchCodes
{
    /// <summary>First blocks that are actors in their own right (international and non-state prefixes).</summary>
    private static readonly HashSet<string> ActorPrefixes = new(StringComparer.Ordinal) { "IGO", "NGO", "IMG", "MNC", "UIS", "NGM" };

    public static string Format(ActorCode code)
    {
        if (code.Blocks.IsDefaultOrEmpty) return DatedCode.NullCode;
        return code.Country is null && !ActorPrefixes.Contains(code.Blocks[0]) ? DatedCode.NullCode + code.Code : code.Code;
    }
}
