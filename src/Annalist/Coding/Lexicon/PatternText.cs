using System.Collections.Immutable;

namespace Annalist.Coding.Lexicon;

/// <summary>
/// The pattern column of Annalist's verb format: <c>[before…] head [after…]</c>. The head is the first token, or the
/// one marked <c>*</c>; <c>verb_particle</c> is a phrasal verb, <c>n:noun</c> a nominal event. Other tokens are
/// words (<c>a/b</c> alternatives, <c>a_b</c> consecutive words) or slots: <c>$</c> source, <c>+</c> target, <c>%</c> both.
/// </summary>
internal static class PatternText
{
    public static VerbPattern? Parse(string text, string rule)
    {
        var tokens = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0) return null;
        int h = Array.FindIndex(tokens, t => t.StartsWith('*'));
        if (h < 0) h = 0;
        var head = tokens[h].TrimStart('*');
        bool nominal = head.StartsWith("n:", StringComparison.Ordinal);
        if (nominal) head = head[2..];
        var parts = head.Split('_', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Any(p => !p.All(c => char.IsLetter(c) || c == '-' || c == '\''))) return null;
        var before = new List<PatternElement>();
        var after = new List<PatternElement>();
        for (int i = 0; i < tokens.Length; i++)
        {
            if (i == h) continue;
            var e = Element(tokens[i]);
            if (e is null) return null;
            (i < h ? before : after).Add(e);
        }
        var upper = parts.Select(p => p.ToUpperInvariant()).ToArray();
        // A phrasal verb's head is its first word ("call_off"); a noun phrase's, its last ("joint_operations").
        return nominal
            ? new VerbPattern(upper[^1], [.. upper[..^1]], [], [.. before], [.. after], null, null, true, rule)
            : new VerbPattern(upper[0], [], [.. upper[1..]], [.. before], [.. after], null, null, false, rule);
    }

    public static string Explain(string text) =>
        text.Trim().Length == 0 ? "it is empty." : "the head must be letters (verb, verb_particle or n:noun) and every other token a word, a/b, a_b, $, + or %.";

    private static PatternElement? Element(string token) => token switch
    {
        "$" => PatternElement.Slot(PatternElementKind.Source),
        "+" => PatternElement.Slot(PatternElementKind.Target),
        "%" => PatternElement.Slot(PatternElementKind.Compound),
        "^" => PatternElement.Slot(PatternElementKind.Skip),
        _ => Words(token),
    };

    private static PatternElement? Words(string token)
    {
        var alts = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var alt in token.Split('/'))
        {
            var words = alt.Split('_', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words.Any(w => !w.All(c => char.IsLetterOrDigit(c) || c is '-' or '\'' or '.'))) return null;
            alts.Add([.. words.Select(w => w.ToUpperInvariant())]);
        }
        return new PatternElement(PatternElementKind.Word, alts.ToImmutable(), false);
    }
}
