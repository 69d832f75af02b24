namespace Annalist.Actors;

/// <summary>What an actor lexicon entry names; used for explanations and for which rules may combine it.</summary>
public enum ActorEntryKind
{
    /// <summary>Loaded from a dictionary that does not say (PETRARCH/Phoenix actors).</summary>
    Unspecified,
    /// <summary>A country or territory by name ("Iraq", "the United States").</summary>
    Country,
    /// <summary>A demonym or national adjective ("Iraqi", "Americans").</summary>
    Demonym,
    /// <summary>A capital or seat of power used for the state ("Tehran", "the Kremlin").</summary>
    Capital,
    /// <summary>
    /// Another city or province that stands for its state in CAMEO practice ("shelling in Kirkuk" codes Iraq), as the
    /// CAMEO country dictionaries list major cities under their country.
    /// </summary>
    City,
    /// <summary>An institution or organisation (UN, NATO, "the State Department").</summary>
    Organization,
    /// <summary>An armed non-state group (Islamic State, Taliban).</summary>
    ArmedGroup,
    /// <summary>A person, usually with date-bounded roles.</summary>
    Person,
    /// <summary>A title that names its state ("Secretary of State" → USAGOV): before a name it codes the person.</summary>
    Title,
}
