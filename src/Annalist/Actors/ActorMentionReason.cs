namespace Annalist.Actors;

/// <summary>Why a span was coded as an actor.</summary>
public enum ActorMentionReason
{
    /// <summary>A lexicon entry matched (country, organisation, agent, person with a dated role).</summary>
    Lexicon,
    /// <summary>A title before a name ("Secretary of State Mike Pompeo").</summary>
    Title,
    /// <summary>An appositive ("Iraq's acting prime minister, Adel Abdul Mahdi").</summary>
    Appositive,
    /// <summary>A pronoun or definite description resolved to an earlier mention.</summary>
    Coreference,
}
