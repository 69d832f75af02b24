namespace Annalist.Cli.Input;

/// <summary>How an input is read: by its extension (<c>.jsonl</c> is JSON Lines, anything else text), or forced.</summary>
internal enum InputFormat { Auto, Text, JsonLines }
