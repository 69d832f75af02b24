using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Annalist.Documents;

namespace Annalist.Formats;

/// <summary>Strict UTF-8 decoding of article bytes: refuses binary data and invalid sequences instead of guessing.</summary>
internal static class TextDecoding
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes <paramref name="bytes"/>; on failure returns null and the reason as a diagnostic.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string location, out Diagnostic? problem)
    {
        problem = null;
        if (bytes.StartsWith(Bom)) bytes = bytes[3..];
        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            problem = Error(DiagnosticIds.BinaryInput, location,
                $"NUL byte at offset {nul}: this is binary data (or UTF-16), not UTF-8 text");
            return null;
        }
        if (!Utf8.IsValid(bytes))
        {
            problem = Error(DiagnosticIds.InvalidUtf8, location,
                $"invalid UTF-8 at byte offset {FirstInvalidOffset(bytes)}; convert the file to UTF-8");
            return null;
        }
        var text = Encoding.UTF8.GetString(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = Error(DiagnosticIds.EmptyInput, location, text.Length == 0 ? "empty: there is no text to code" : "only whitespace: there is no text to code");
            return null;
        }
        return text;
    }

    private static long FirstInvalidOffset(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            long offset = 0;
            while (!bytes.IsEmpty)
            {
                var status = Utf8.ToUtf16(bytes, buffer, out int read, out _, replaceInvalidSequences: false);
                offset += read;
                if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData) return offset;
                bytes = bytes[read..];
            }
            return offset;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    public static Diagnostic Error(string id, string location, string message) => new(id, Severity.Error, location, message);
}
