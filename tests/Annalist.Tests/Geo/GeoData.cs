using Annalist.Geo;
using Annalist.Pipeline;

namespace Annalist.Tests.Geo;

/// <summary>The shipped gazetteer, loaded once for all Geo tests (it is immutable).</summary>
public static class GeoData
{
    private static readonly Lazy<Gazetteer> Lazy = new(() => Gazetteer.Load(DataDirectory.BesideAssembly()));

    public static Gazetteer Gazetteer => Lazy.Value;
}
