using System.IO.Compression;
using System.Text;

namespace Annalist.Text;

/// <summary>
/// The engine's data files (lexicons, gazetteer, name lists) are plain UTF-8 text, gzip-compressed when the name
/// ends in <c>.gz</c>. One place opens them for reading and writing, so every reader and writer agrees on that.
/// </summary>
public static class DataFiles
{
    private static bool Compressed(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens a data file for reading text (decompressing a .gz file).</summary>
    public static StreamReader OpenText(string path)
    {
        var file = File.OpenRead(path);
        Stream stream = Compressed(path) ? new GZipStream(file, CompressionMode.Decompress) : file;
        return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    /// <summary>
    /// Creates (or replaces) a data file for writing text: UTF-8 without a byte-order mark, "\n" line ends, gzip at
    /// the smallest size for a .gz name (the same lines give the same bytes); its folder is created if needed.
    /// </summary>
    public static StreamWriter CreateText(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var file = File.Create(path);
        Stream stream = Compressed(path) ? new GZipStream(file, CompressionLevel.SmallestSize) : file;
        return new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
    }
}
