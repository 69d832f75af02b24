using System.Reflection;
using System.Runtime.CompilerServices;
using Annalist.Documents;

namespace Annalist.Tests.Architecture;

/// <summary>
/// The engine's public values are immutable: no public settable property (init-only is fine) and no public
/// non-readonly field. A deliberately mutable type (a builder, a trainer) must be listed here with its reason.
/// </summary>
public class ImmutabilityTests
{
    private static readonly HashSet<string> DeliberatelyMutable = new(StringComparer.Ordinal)
    {
        // "Annalist.Some.Type", // reason
    };

    [Fact]
    public void Public_engine_types_are_immutable()
    {
        var problems = new List<string>();
        foreach (var type in typeof(Article).Assembly.GetExportedTypes())
        {
            if (type.IsInterface || type.IsEnum || typeof(Delegate).IsAssignableFrom(type) || type.IsAbstract && type.IsSealed) continue;
            if (DeliberatelyMutable.Contains(type.FullName!) || type.Name.EndsWith("Builder", StringComparison.Ordinal)
                || type.Name.EndsWith("Trainer", StringComparison.Ordinal)) continue;
            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var setter = p.SetMethod;
                if (setter is { IsPublic: true } && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                    problems.Add($"{type.FullName}.{p.Name} has a public setter");
            }
            foreach (var f in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                if (!f.IsInitOnly) problems.Add($"{type.FullName}.{f.Name} is a public mutable field");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
