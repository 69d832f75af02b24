namespace Annalist.Documents;

/// <summary>
/// CAMEO quad class. Convention used here (documented in docs/formats/events.md): roots 01–05 verbal cooperation,
/// 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict.
/// </summary>
public enum QuadClass
{
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}
