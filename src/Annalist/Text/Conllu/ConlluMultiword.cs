namespace Annalist.Text.Conllu;

/// <summary>A multiword token line ("3-4 don't"): the surface form covering words <c>[First, Last]</c>.</summary>
public sealed record ConlluMultiword(int First, int Last, string Form, string Misc)
{
    public bool SpaceAfter => !Misc.Split('|').Contains("SpaceAfter=No");
}
