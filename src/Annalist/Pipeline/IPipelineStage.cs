using Annalist.Documents;

namespace Annalist.Pipeline;

/// <summary>
/// One step of the engine. A stage reads the layers it <see cref="Requires"/> and returns the document with the
/// layers it <see cref="Produces"/> added. Stages are pure with respect to the outside world: no clock, console or globals.
/// </summary>
public interface IPipelineStage
{
    string Name { get; }
    IReadOnlyList<Type> Requires { get; }
    IReadOnlyList<Type> Produces { get; }
    Document Process(Document document);
}
