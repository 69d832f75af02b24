using Annalist.Documents;

namespace Annalist.Text.Entities;

/// <summary>The CoNLL-style codes of entity types, as the NER files and our name lists write them: PER, ORG, LOC (GPE read as LOC).</summary>
public static class EntityTypeCodes
{
    public static string Code(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        _ => "LOC",
    };

    /// <summary>The type a code names, or null for any other (MISC, …).</summary>
    public static EntityType? Parse(string code) => code switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" or "GPE" => EntityType.Location,
        _ => null,
    };
}
