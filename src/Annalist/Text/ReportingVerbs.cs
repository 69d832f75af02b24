using System.Collections.Frozen;

namespace Annalist.Text;

/// <summary>Lemmas of verbs that report what somebody says ("said", "told reporters", "tweeted"), in any letter case.</summary>
internal static class ReportingVerbs
{
    public static readonly FrozenSet<string> Lemmas = FrozenSet.ToFrozenSet(
        ["SAY", "TELL", "ANNOUNCE", "STATE", "CLAIM", "ADD", "REPORT", "INSIST", "NOTE", "DECLARE", "CONFIRM", "EXPLAIN",
         "WRITE", "REPEAT", "ASSERT", "ALLEGE", "ARGUE", "CONTEND", "MAINTAIN", "TWEET", "POST", "DISCLOSE", "REVEAL",
         "ACKNOWLEDGE", "ADMIT", "STRESS", "EMPHASIZE", "TESTIFY", "REMARK", "PROCLAIM", "QUOTE", "CITE", "INDICATE"],
        StringComparer.OrdinalIgnoreCase);
}
