using System.CommandLine;
using Annalist.Formats;

namespace Annalist.Cli.Input;

/// <summary>The input argument and options that <c>code</c>, <c>analyze</c> and <c>bench</c> share.</summary>
internal sealed class InputOptionSet
{
    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        Description = "Text files, .jsonl files, folders (read recursively), or - for stdin.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Date { get; } = new("--date")
    {
        Description = "Publication date (YYYY-MM-DD) of text articles, and of JSONL records that have none.",
    };

    public Option<string?> Source { get; } = new("--source") { Description = "Source (publisher) of text articles and of JSONL records that have none." };

    public Option<string?> Url { get; } = new("--url") { Description = "URL of text articles and of JSONL records that have none." };

    public Option<string> InputFormat { get; } = new("--input-format")
    {
        Description = "How to read inputs: auto (.jsonl files are JSON Lines, everything else text; stdin is text), text, or jsonl.",
        DefaultValueFactory = _ => "auto",
    };

    public Option<long> MaxArticleBytes { get; } = new("--max-article-bytes")
    {
        Description = "Refuse any article (text file, stdin, or JSONL line) larger than this many bytes.",
        DefaultValueFactory = _ => ArticleInputOptions.DefaultMaxArticleBytes,
    };

    public InputOptionSet()
    {
        InputFormat.AcceptOnlyFromAmong("auto", "text", "jsonl");
        // Without this an unknown option would be taken for a file name and reported as a missing input.
        Inputs.Validators.Add(r =>
        {
            foreach (var v in r.GetValueOrDefault<string[]>() ?? [])
                if (v.Length > 1 && v[0] == '-' && !File.Exists(v) && !Directory.Exists(v)) r.AddError($"unknown option '{v}'.");
        });
        MaxArticleBytes.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<long>() < 1) r.AddError("--max-article-bytes must be at least 1.");
        });
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        command.Options.Add(Date);
        command.Options.Add(Source);
        command.Options.Add(Url);
        command.Options.Add(InputFormat);
        command.Options.Add(MaxArticleBytes);
    }

    public ArticleInputOptions ArticleOptions(ParseResult p) =>
        new(p.GetValue(Date), p.GetValue(Source), p.GetValue(Url), p.GetValue(MaxArticleBytes));

    public InputFormat Format(ParseResult p) => p.GetValue(InputFormat) switch
    {
        "text" => Input.InputFormat.Text,
        "jsonl" => Input.InputFormat.JsonLines,
        _ => Input.InputFormat.Auto,
    };
}
