namespace Annalist.Actors.Finding;

/// <summary>A mention while the finder works on it; becomes an <see cref="ActorMention"/> at the end.</summary>
internal sealed class Draft
{
    public int First;
    public int End;
    public int Head;
    public string? Code;
    public ActorMentionReason Reason;
    public string Rule = "";
    public Draft? Antecedent;
    /// <summary>Names a person (title, appositive, person entry, bound name, resolved he/she).</summary>
    public bool IsPerson;
    public bool IsPlural;
    /// <summary>An agent with no country in its phrase ("the government"): coreference supplies the country.</summary>
    public AgentEntry? AgentOnly;
    public string AgentPhrase = "";
    /// <summary>"the …", or a bare capitalised singular like "Parliament".</summary>
    public bool Definite;
    /// <summary>A possessive pronoun token before an agent-only phrase ("his office"), or -1.</summary>
    public int PossessivePronoun = -1;
    /// <summary>Pronoun drafts wait for coreference.</summary>
    public string? Pronoun;
    /// <summary>An appositive or title takes its code from this draft once that one is resolved.</summary>
    public Draft? CopyFrom;
    /// <summary>The last lexicon match of the group, for the title rule.</summary>
    public LexicalMatch? LastMatch;
    /// <summary>The first token of a person entry's name inside the draft, or -1.</summary>
    public int NameFirst = -1;
    /// <summary>The person entry a lexicon person mention came from (repeated mentions point back to the first).</summary>
    public ActorEntry? Entry;

    public string? Country => Code is { Length: >= 3 } c && Documents.ActorCode.TryParse(c, out var ac) ? ac.Value.Country : null;
    public string? Sector => Code is { Length: >= 3 } c && Documents.ActorCode.TryParse(c, out var ac) ? ac.Value.Sector : null;
}
