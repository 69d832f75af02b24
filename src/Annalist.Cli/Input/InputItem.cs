namespace Annalist.Cli.Input;

/// <summary>One input to read: a file, or stdin when <see cref="Path"/> is null. <see cref="Display"/> names it in messages.</summary>
internal sealed record InputItem(string? Path, string Display, bool JsonLines);
