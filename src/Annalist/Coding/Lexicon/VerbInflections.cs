namespace Annalist.Coding.Lexicon;

/// <summary>Regular verb inflections, for lexicons that list only base forms (ours and PETRARCH's).</summary>
internal static class VerbInflections
{
    /// <summary>Third person, past and -ing forms by the regular spelling rules, with and without a doubled final consonant.</summary>
    public static IEnumerable<string> Regular(string v)
    {
        if (v.Length < 2 || !v.All(char.IsLetter)) yield break;
        char last = v[^1], before = v[^2];
        bool Vowel(char c) => "AEIOU".Contains(c);
        if (last == 'Y' && !Vowel(before))
        {
            var stem = v[..^1];
            yield return stem + "IES";
            yield return stem + "IED";
            yield return v + "ING";
            yield break;
        }
        yield return v.EndsWith('S') || v.EndsWith('X') || v.EndsWith('Z') || v.EndsWith("CH", StringComparison.Ordinal)
            || v.EndsWith("SH", StringComparison.Ordinal) || last == 'O' ? v + "ES" : v + "S";
        if (last == 'E')
        {
            yield return v + "D";
            if (!v.EndsWith("EE", StringComparison.Ordinal)) yield return v[..^1] + "ING";
            else yield return v + "ING";
            yield break;
        }
        yield return v + "ED";
        yield return v + "ING";
        if (!Vowel(last) && last is not ('W' or 'X' or 'Y') && Vowel(before) && (v.Length < 3 || !Vowel(v[^3])))
        {
            yield return v + last + "ED";
            yield return v + last + "ING";
        }
    }
}
