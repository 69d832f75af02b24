namespace Annalist.Actors;

/// <summary>
/// A discard phrase: a sentence (or, with <see cref="WholeStory"/>, the whole story) containing it is not coded.
/// <see cref="Text"/> is upper case with single blanks; with <see cref="ExactEnd"/> the match must end at a word end,
/// else it is a stem.
/// </summary>
public sealed record DiscardEntry(string Text, bool WholeStory, bool ExactEnd, string Source)
{
    /// <summary>True if <paramref name="sentence"/> contains this discard, case-insensitively, starting at a word.</summary>
    public bool Matches(string sentence)
    {
        int from = 0;
        while (true)
        {
            int i = sentence.IndexOf(Text, from, StringComparison.OrdinalIgnoreCase);
            if (i < 0) return false;
            bool startOk = i == 0 || !char.IsLetterOrDigit(sentence[i - 1]);
            int end = i + Text.Length;
            bool endOk = !ExactEnd || end == sentence.Length || !char.IsLetterOrDigit(sentence[end]);
            if (startOk && endOk) return true;
            from = i + 1;
        }
    }
}
