using System.Diagnostics.CodeAnalysis;

namespace Annalist.Documents;

/// <summary>A validated CAMEO event code: 2–4 digits whose first two are a root 01–20, known to <see cref="CameoTable"/>.</summary>
public readonly record struct CameoCode
{
    private CameoCode(string code) => Code = code;

    public string Code { get; }

    /// <summary>The root, 1–20.</summary>
    public int Root => (Code[0] - '0') * 10 + (Code[1] - '0');
    public string RootCode => Code[..2];

    public QuadClass QuadClass => Root switch
    {
        <= 5 => QuadClass.VerbalCooperation,
        <= 8 => QuadClass.MaterialCooperation,
        <= 13 => QuadClass.VerbalConflict,
        _ => QuadClass.MaterialConflict,
    };

    /// <summary>Goldstein conflict–cooperation score, −10 … +10.</summary>
    public double Goldstein => CameoTable.Goldstein(Code);
    public string Name => CameoTable.Name(Code);

    public static bool TryParse(string? text, [NotNullWhen(true)] out CameoCode? code)
    {
        code = null;
        if (text is null) return false;
        var t = text.Trim();
        if (t.Length is < 2 or > 4) return false;
        foreach (var c in t) if (c is < '0' or > '9') return false;
        int root = (t[0] - '0') * 10 + (t[1] - '0');
        if (root is < 1 or > 20 || !CameoTable.IsKnown(t)) return false;
        code = new CameoCode(t);
        return true;
    }

    public static CameoCode Parse(string text) =>
        TryParse(text, out var c) ? c.Value : throw new FormatException($"'{text}' is not a known CAMEO code.");

    public override string ToString() => Code;
}
