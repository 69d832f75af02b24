namespace Annalist.Documents;

/// <summary>Marker for an immutable annotation layer over an <see cref="Article"/>'s text.</summary>
public interface IDocumentLayer;
