using Annalist.Text.Tagging;

namespace Annalist.Text.Parsing;

/// <summary>
/// A trained arc-hybrid dependency parser: one averaged perceptron chooses transitions (greedily, or with a beam
/// when <see cref="BeamWidth"/> &gt; 1, for models trained globally with that beam), another labels each arc as
/// it is made. A model may read the sentence right to left (<see cref="RightToLeft"/>), and may be an ensemble of
/// several such parsers (<see cref="Combine"/>) whose trees are merged by a weighted vote over arcs into the
/// best-scoring tree (<see cref="ArcVote"/>). A model may also hold a <see cref="PunctuationAttacher"/> that
/// re-chooses the punctuation heads of every tree after parsing (stored after the parsers in the file, so files
/// without one load as before). Immutable and thread-safe; parse through a <see cref="Session"/>.
/// </summary>
public sealed class ParserModel
{
    private const uint Magic1 = 0x31535250; // "PRS1": one greedy parser
    private const uint Magic2 = 0x32535250; // "PRS2": one parser, beam width follows
    private const uint Magic = 0x33535250; // "PRS3": members, each with beam width, direction, labels, weights
    private readonly ParserMember[] _members;

    public ParserModel(IReadOnlyList<string> labels, PerceptronWeights transitions, PerceptronWeights labelWeights, int beamWidth = 1, bool rightToLeft = false)
    {
        if (beamWidth < 1) throw new ArgumentOutOfRangeException(nameof(beamWidth));
        Labels = labels.ToArray();
        _members = [new ParserMember(Labels.ToArray(), transitions, labelWeights, beamWidth, rightToLeft)];
    }

    private ParserModel(IReadOnlyList<string> labels, ParserMember[] members, PunctuationAttacher? punctuation = null)
    {
        Labels = labels;
        _members = members;
        Punctuation = punctuation;
    }

    /// <summary>The second pass that re-chooses punctuation heads after parsing, if the model has one.</summary>
    public PunctuationAttacher? Punctuation { get; }

    /// <summary>The same parsers followed by <paramref name="attacher"/> (null: none).</summary>
    public ParserModel WithPunctuationAttacher(PunctuationAttacher? attacher) => new(Labels, _members, attacher);

    /// <summary>The same parsers without a punctuation pass.</summary>
    public ParserModel WithoutPunctuationAttacher() => WithPunctuationAttacher(null);

    /// <summary>The labels trees are given in (the union of the members' labels, the first member's first).</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Beam width used when parsing (1 = greedy); the width the (first) model was trained with.</summary>
    public int BeamWidth => _members[0].BeamWidth;

    /// <summary>True when the (first) parser reads sentences from the last word to the first.</summary>
    public bool RightToLeft => _members[0].RightToLeft;

    /// <summary>How many parsers vote (1 for a single parser).</summary>
    public int MemberCount => _members.Length;

    public int FeatureCount => _members.Sum(m => m.Transitions.FeatureCount + m.LabelWeights.FeatureCount);

    /// <summary>The same weights parsed with another beam width (every member).</summary>
    public ParserModel WithBeamWidth(int width)
    {
        if (width < 1) throw new ArgumentOutOfRangeException(nameof(width));
        return new(Labels, _members.Select(m => m with { BeamWidth = width }).ToArray(), Punctuation);
    }

    /// <summary>The same weights applied to each sentence read backwards (for a model trained on reversed sentences).</summary>
    public ParserModel ReadingRightToLeft() => new(Labels, _members.Select(m => m with { RightToLeft = true }).ToArray(), Punctuation);

    /// <summary>
    /// The same model without parser weights below <paramref name="threshold"/> (smaller file, nearly the same
    /// scores); the punctuation pass, small as it is, is kept whole.
    /// </summary>
    public ParserModel Pruned(float threshold) =>
        new(Labels, _members.Select(m => m with { Transitions = m.Transitions.Pruned(threshold), LabelWeights = m.LabelWeights.Pruned(threshold) }).ToArray(), Punctuation);

    /// <summary>
    /// An ensemble of the given parsers' members, in order; earlier members win ties in the vote. Labels are
    /// matched by name. The ensemble has no punctuation pass (add one with <see cref="WithPunctuationAttacher"/>).
    /// </summary>
    public static ParserModel Combine(IReadOnlyList<ParserModel> models)
    {
        if (models.Count == 0) throw new ArgumentException("no parsers to combine", nameof(models));
        if (models.Sum(m => m._members.Length) > MaxMembers) throw new ArgumentException($"more than {MaxMembers} parsers to combine", nameof(models));
        var labels = models.SelectMany(m => m.Labels).Distinct(StringComparer.Ordinal).ToArray();
        return new(labels, models.SelectMany(m => m._members).ToArray());
    }

    /// <summary>The members one by one, each as a model of its own.</summary>
    public IReadOnlyList<ParserModel> Members => _members.Select(m => new ParserModel(m.Labels, [m])).ToArray();

    public Session CreateSession() => new(this);

    public sealed class Session
    {
        private readonly ParserModel _m;
        private readonly MemberParser[] _parsers;
        private readonly int[][] _labelMaps;
        private readonly ArcVote? _vote;
        private int[][] _heads = [], _labels = [];
        private readonly PunctuationAttacher.Session? _punct;
        private string[] _labelNames = new string[64];

        internal Session(ParserModel model)
        {
            _m = model;
            _punct = model.Punctuation?.CreateSession();
            _parsers = model._members.Select(m => new MemberParser(m)).ToArray();
            var index = model.Labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
            _labelMaps = model._members.Select(m => m.Labels.Select(l => index[l]).ToArray()).ToArray();
            if (_parsers.Length > 1) _vote = new ArcVote(_parsers.Length);
        }

        /// <summary>Parses one sentence: heads are word indices (-1 = root), labels index <see cref="Labels"/>.</summary>
        public void Parse(string[] words, string[] xpos, string[] upos, Span<int> heads, Span<int> labels)
        {
            ParseTree(words, xpos, upos, heads, labels);
            if (_punct is null) return;
            int n = words.Length;
            if (_labelNames.Length < n) _labelNames = new string[n * 2];
            for (int i = 0; i < n; i++) _labelNames[i] = _m.Labels[labels[i]];
            _punct.Attach(words, xpos, upos, heads[..n], _labelNames.AsSpan(0, n));
        }

        private void ParseTree(string[] words, string[] xpos, string[] upos, Span<int> heads, Span<int> labels)
        {
            int n = words.Length;
            if (_vote is null)
            {
                _parsers[0].Parse(words, xpos, upos, heads, labels);
                var map = _labelMaps[0];
                for (int i = 0; i < n; i++) labels[i] = map[labels[i]];
                return;
            }
            if (_heads.Length == 0 || _heads[0].Length < n)
            {
                _heads = _parsers.Select(_ => new int[Math.Max(64, n * 2)]).ToArray();
                _labels = _parsers.Select(_ => new int[Math.Max(64, n * 2)]).ToArray();
            }
            for (int p = 0; p < _parsers.Length; p++)
            {
                _parsers[p].Parse(words, xpos, upos, _heads[p], _labels[p]);
                var map = _labelMaps[p];
                for (int i = 0; i < n; i++) _labels[p][i] = map[_labels[p][i]];
            }
            _vote.Combine(n, _heads, _labels, heads, labels);
        }
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var w = new BinaryWriter(File.Create(path));
        w.Write(Magic);
        w.Write(_members.Length);
        foreach (var m in _members)
        {
            w.Write(m.BeamWidth);
            w.Write(m.RightToLeft);
            w.Write(m.Labels.Length);
            foreach (var l in m.Labels) w.Write(l);
            m.Transitions.Write(w);
            m.LabelWeights.Write(w);
        }
        Punctuation?.Write(w);
    }

    public static ParserModel Load(string path)
    {
        using var r = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16));
        try
        {
            uint magic = r.ReadUInt32();
            if (magic != Magic && magic != Magic2 && magic != Magic1) throw new InvalidDataException("not a parser model");
            ParserMember[] members;
            if (magic != Magic) members = [ReadMember(r, magic == Magic2 ? r.ReadInt32() : 1, rightToLeft: false, 0)];
            else
            {
                int count = r.ReadInt32();
                if (count is < 1 or > MaxMembers) throw new InvalidDataException($"{count} parsers in an ensemble (1 to {MaxMembers})");
                members = new ParserMember[count];
                for (int i = 0; i < count; i++)
                {
                    int beam = r.ReadInt32();
                    byte direction = r.ReadByte();
                    if (direction > 1) throw new InvalidDataException($"parser {i + 1}: direction flag {direction}");
                    members[i] = ReadMember(r, beam, direction == 1, i);
                }
            }
            // An optional punctuation pass follows the parsers (files written before it end here).
            var punctuation = r.BaseStream.Position != r.BaseStream.Length ? PunctuationAttacher.Read(r) : null;
            if (r.BaseStream.Position != r.BaseStream.Length) throw new InvalidDataException("unexpected bytes after the punctuation pass");
            return Combine(members.Select(m => new ParserModel(m.Labels, [m])).ToArray()).WithPunctuationAttacher(punctuation);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or OverflowException or ArgumentException)
        {
            throw new InvalidDataException($"{path}: {(e is EndOfStreamException ? "the file ends too soon" : e.Message)}", e);
        }
    }

    private const int MaxMembers = 64, MaxBeam = 1024;

    private static ParserMember ReadMember(BinaryReader r, int beam, bool rightToLeft, int index)
    {
        string where = $"parser {index + 1}";
        if (beam is < 1 or > MaxBeam) throw new InvalidDataException($"{where}: beam width {beam}");
        int n = r.ReadInt32();
        if (n is < 1 or > 4096) throw new InvalidDataException($"{where}: {n} labels");
        var labels = new string[n];
        for (int i = 0; i < n; i++) labels[i] = r.ReadString();
        var t = PerceptronWeights.Read(r);
        var l = PerceptronWeights.Read(r);
        if (t.Classes != ParserState.Actions) throw new InvalidDataException($"{where}: {t.Classes} transition classes, not {ParserState.Actions}");
        if (l.Classes != n) throw new InvalidDataException($"{where}: label weights over {l.Classes} classes for {n} labels");
        return new ParserMember(labels, t, l, beam, rightToLeft);
    }
}

/// <summary>One trained parser of a <see cref="ParserModel"/>: its labels, weights, beam width and direction.</summary>
internal sealed record ParserMember(string[] Labels, PerceptronWeights Transitions, PerceptronWeights LabelWeights, int BeamWidth, bool RightToLeft);
