namespace Annalist.Formats;

/// <summary>
/// Splits a byte stream into lines without ever holding more than <c>maxLineBytes</c> of one line: a longer line is
/// skipped to its end and reported as too long, so a huge line cannot exhaust memory.
/// </summary>
internal sealed class Utf8LineReader(Stream stream, long maxLineBytes)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _pos;
    private int _len;
    private readonly MemoryStream _line = new();

    /// <summary>One line (without its <c>\n</c> or <c>\r\n</c>); <see cref="TooLong"/> lines carry no bytes.</summary>
    public readonly record struct Line(long Number, ReadOnlyMemory<byte> Bytes, bool TooLong, long Length);

    public IEnumerable<Line> ReadLines()
    {
        long number = 0;
        bool tooLong = false;
        long length = 0;
        while (true)
        {
            if (_pos == _len)
            {
                _len = stream.Read(_buffer, 0, _buffer.Length);
                _pos = 0;
                if (_len == 0)
                {
                    if (length > 0 || tooLong) yield return Finish(++number, ref tooLong, ref length);
                    yield break;
                }
            }
            int nl = Array.IndexOf(_buffer, (byte)'\n', _pos, _len - _pos);
            int end = nl < 0 ? _len : nl;
            int count = end - _pos;
            length += count;
            if (!tooLong && length > maxLineBytes)
            {
                tooLong = true;
                _line.SetLength(0);
            }
            if (!tooLong) _line.Write(_buffer, _pos, count);
            _pos = nl < 0 ? _len : nl + 1;
            if (nl >= 0) yield return Finish(++number, ref tooLong, ref length);
        }
    }

    private Line Finish(long number, ref bool tooLong, ref long length)
    {
        Line line;
        if (tooLong) line = new Line(number, ReadOnlyMemory<byte>.Empty, true, length);
        else
        {
            var bytes = _line.ToArray();
            int n = bytes.Length > 0 && bytes[^1] == (byte)'\r' ? bytes.Length - 1 : bytes.Length;
            line = new Line(number, bytes.AsMemory(0, n), false, length);
        }
        _line.SetLength(0);
        tooLong = false;
        length = 0;
        return line;
    }
}
