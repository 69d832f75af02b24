using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Time;

/// <summary>One spec case that did not pass, with what we found instead.</summary>
public sealed record TimeSpecFailure(int Index, string Input, string Expected, string Found);

/// <summary>
/// How our recognizer and resolver fare on a Recognizers-Text English DateTime spec file. <see cref="Cases"/> counts
/// every case; <see cref="InScope"/> those our scope covers (see <see cref="TimeSpecEvaluator"/>); <see cref="Passed"/>
/// the in-scope cases whose every expected result we found and resolved to the same interval.
/// </summary>
public sealed record TimeSpecReport(
    string File, int Cases, int InScope, int Passed, int PassedAll, ImmutableArray<TimeSpecFailure> Failures, ImmutableArray<Diagnostic> Diagnostics)
{
    public double Rate => InScope == 0 ? 0 : (double)Passed / InScope;
    public double RateAll => Cases == 0 ? 0 : (double)PassedAll / Cases;
}
