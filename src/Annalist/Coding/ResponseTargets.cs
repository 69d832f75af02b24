namespace Annalist.Coding;

/// <summary>
/// A refusal with no recipient in its own sentence answers the request made of its actor just before:
/// "A asked B to send delegates. B refused." gives B → A. Only a rejection (CAMEO 12) takes a recipient this way,
/// only from an appeal or demand (02, 10) in one of the two sentences before it, and only when that request's
/// recipient is the refuser itself.
/// </summary>
internal static class ResponseTargets
{
    private const int Lookback = 2;

    public static void Link(IList<EventCandidate> candidates)
    {
        for (int i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Target is not null || c.Source is null || !c.Code.StartsWith("12", StringComparison.Ordinal)) continue;
            for (int j = i - 1; j >= 0; j--)
            {
                var r = candidates[j];
                if (r.SentenceIndex >= c.SentenceIndex) continue;
                if (r.SentenceIndex < c.SentenceIndex - Lookback) break;
                if (r.Source is null || r.Target is null || !(r.Code.StartsWith("02", StringComparison.Ordinal) || r.Code.StartsWith("10", StringComparison.Ordinal)))
                    continue;
                if (r.Target.Code != c.Source.Code) continue;
                candidates[i] = c with { Target = r.Source };
                break;
            }
        }
    }
}
