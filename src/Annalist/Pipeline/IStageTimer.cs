namespace Annalist.Pipeline;

/// <summary>Receives how long each stage took (for the bench command). Elapsed time is measured, never read as a date.</summary>
public interface IStageTimer
{
    void Record(string stage, TimeSpan elapsed);
}
