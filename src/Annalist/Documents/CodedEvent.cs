using System.Security.Cryptography;
using System.Text;

namespace Annalist.Documents;

/// <summary>One coded event: who did what to whom, when, where, and who says so.</summary>
public sealed record CodedEvent(
    string Id,
    string ArticleId,
    int SentenceIndex,
    EventActor? Actor,
    EventActor? Recipient,
    CameoCode Cameo,
    PloverCoding Plover,
    EventDate Date,
    Place? Location,
    Attribution Attribution,
    Modality Modality,
    Evidence Evidence,
    double Confidence = 1.0)
{
    /// <summary>A deterministic id from the article, the verb's position and the codes.</summary>
    public static string MakeId(string articleId, TextSpan verb, string? actor, string? recipient, CameoCode cameo)
    {
        var key = $"{articleId}\u0001{verb.Start}\u0001{verb.End}\u0001{actor}\u0001{recipient}\u0001{cameo.Code}";
        return "e" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 10));
    }
}
