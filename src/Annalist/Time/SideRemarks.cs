namespace Annalist.Time;

/// <summary>
/// A textual stand-in for clause structure when there is no parse: a side remark opens at "including", "which",
/// "who", "whom" or "whose" and closes at the next comma (or the sentence end). A time expression inside one dates what
/// the remark says ("attacks …, including one that killed a contractor on Dec. 27"), not the sentence.
/// </summary>
internal static class SideRemarks
{
    /// <summary>The offset of the marker opening the side remark that holds <paramref name="position"/>, or -1.</summary>
    public static int RegionAt(string text, int sentenceStart, int position)
    {
        int region = -1;
        int i = sentenceStart;
        while (i < position)
        {
            char c = text[i];
            if (c == ',') { region = -1; i++; continue; }
            if (!char.IsLetter(c)) { i++; continue; }
            int s = i;
            while (i < position && char.IsLetter(text[i])) i++;
            if (i == position) break; // the word at the position itself does not open a region before it
            var w = text.AsSpan(s, i - s);
            if (w.Equals("including", StringComparison.OrdinalIgnoreCase) || w.Equals("which", StringComparison.OrdinalIgnoreCase)
                || w.Equals("who", StringComparison.OrdinalIgnoreCase) || w.Equals("whom", StringComparison.OrdinalIgnoreCase)
                || w.Equals("whose", StringComparison.OrdinalIgnoreCase))
                region = s;
        }
        return region;
    }
}
