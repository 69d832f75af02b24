using System.Globalization;

namespace Annalist.Text.Tagging;

/// <summary>
/// One synset line of a WordNet 3.0 data file (wndb(5)): its lexicographer file number (15 = noun.location, …),
/// its words as written (underscores for spaces, without an adjective's "(a)"-style marker) and whether it is an
/// instance synset (it has an <c>@i</c> pointer: a named individual).
/// </summary>
internal readonly record struct WordNetSynset(int LexFile, string[] Words, bool Instance);

/// <summary>Reads the synset lines of a WordNet data file (<c>data.noun</c>, …); the licence header lines start with spaces.</summary>
internal static class WordNetSynsets
{
    public static IEnumerable<WordNetSynset> Read(TextReader reader, string name)
    {
        int lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == ' ') continue;
            // synset_offset lex_filenum ss_type w_cnt(hex) [word lex_id]… p_cnt [symbol offset pos source/target]… | gloss
            int bar = line.IndexOf(" | ", StringComparison.Ordinal);
            var parts = (bar < 0 ? line : line[..bar]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 4) throw new FormatException($"{name}:{lineNo}: expected offset, file number, type and word count.");
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int file))
                throw new FormatException($"{name}:{lineNo}: file number '{parts[1]}' is not a number.");
            if (!int.TryParse(parts[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int count) || parts.Length < 5 + 2 * count)
                throw new FormatException($"{name}:{lineNo}: bad word count '{parts[3]}'.");
            var words = new string[count];
            for (int i = 0; i < count; i++)
            {
                var word = parts[4 + 2 * i];
                int marker = word.IndexOf('(');
                words[i] = marker > 0 ? word[..marker] : word;
            }
            bool instance = false;
            if (int.TryParse(parts[4 + 2 * count], NumberStyles.None, CultureInfo.InvariantCulture, out int pointers))
                for (int p = 0; p < pointers && 5 + 2 * count + 4 * p < parts.Length; p++)
                    instance |= parts[5 + 2 * count + 4 * p] == "@i";
            yield return new WordNetSynset(file, words, instance);
        }
    }
}
