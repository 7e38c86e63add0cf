namespace Sitrep.Core.Stories;

/// <summary>Term strings to dense ids, with how many articles and how many open stories hold each term.</summary>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<int> _documentFrequency = [];
    private readonly List<bool> _isEvent = [];
    private readonly List<int> _storyFrequency = [];
    private readonly List<double> _logDocumentFrequency = [];
    private readonly List<double> _logStoryFrequency = [];
    private double _logDocuments;
    private double _logStories;

    public int Count => _terms.Count;

    public long Documents
    {
        get;
        set
        {
            field = value;
            _logDocuments = Math.Log(value + 1.0);
        }
    }

    /// <summary>Open stories.</summary>
    public int Stories
    {
        get;
        set
        {
            field = value;
            _logStories = Math.Log(value + 1.0);
        }
    }

    public int IdOf(string term)
    {
        if (!_ids.TryGetValue(term, out int id))
        {
            id = _terms.Count;
            _ids.Add(term, id);
            _terms.Add(term);
            _documentFrequency.Add(0);
            _isEvent.Add(term.StartsWith("e:", StringComparison.Ordinal));
            _storyFrequency.Add(0);
            _logDocumentFrequency.Add(0);
            _logStoryFrequency.Add(0);
        }

        return id;
    }

    /// <summary>The id of a term already seen, or -1 (unlike <see cref="IdOf"/>, adds nothing).</summary>
    public int Find(string term) => _ids.TryGetValue(term, out int id) ? id : -1;

    public string Term(int id) => _terms[id];

    public bool IsEvent(int id) => _isEvent[id];

    public int DocumentFrequency(int id) => _documentFrequency[id];

    public void CountDocument(int id) => SetDocumentFrequency(id, _documentFrequency[id] + 1);

    public void Restore(string term, int documentFrequency) => SetDocumentFrequency(IdOf(term), documentFrequency);

    /// <summary>A term entered (+1) or left (−1) an open story's profile.</summary>
    public void CountStory(int id, int change)
    {
        _storyFrequency[id] += change;
        _logStoryFrequency[id] = Math.Log(_storyFrequency[id] + 1.0);
    }

    private void SetDocumentFrequency(int id, int value)
    {
        _documentFrequency[id] = value;
        _logDocumentFrequency[id] = Math.Log(value + 1.0);
    }

    /// <summary>
    /// How much a term tells stories apart: the geometric mean of its smoothed inverse document frequency,
    /// ln((N + 1) / (df + 1)) + 1 over articles, and the same over open stories. A country named in every
    /// report of five stories weighs less than a town named in one story's reports only.
    /// </summary>
    public double Idf(int id) =>
        Math.Sqrt((_logDocuments - _logDocumentFrequency[id] + 1.0) * (_logStories - _logStoryFrequency[id] + 1.0));
}
