namespace Annalist.Documents;

/// <summary>The catalog of stable diagnostic ids. Never renumber; add new ones at the end of their block.</summary>
public static class DiagnosticIds
{
    // ANN1xxx: input
    public const string EmptyInput = "ANN1001";
    public const string BinaryInput = "ANN1002";
    public const string InvalidUtf8 = "ANN1003";
    public const string InputTooLarge = "ANN1004";
    public const string MalformedJsonLine = "ANN1005";
    public const string InvalidDate = "ANN1006";
    public const string MissingText = "ANN1007";
    public const string UnreadableFile = "ANN1008";

    // ANN2xxx: dictionaries and lexicons
    public const string LexiconSyntax = "ANN2001";
    public const string LexiconBadCode = "ANN2002";
    public const string LexiconBadDate = "ANN2003";
    public const string LexiconDuplicate = "ANN2004";

    // ANN3xxx: processing
    public const string StageFailed = "ANN3001";

    // ANN4xxx: storage
    public const string StoreFailed = "ANN4001";
}
