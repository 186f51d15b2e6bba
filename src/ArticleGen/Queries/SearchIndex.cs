using System;
using System.Collections.Generic;
using ArticleGen.Text;

namespace ArticleGen;

/// <summary>
/// A positional inverted index over the titles and bodies of a set of articles, ranked with Okapi BM25.
/// </summary>
/// <remarks>
/// <para>
/// Each article is one document: its title's words at positions 0 to T-1, a gap at T (so that no phrase spans the
/// title and the body), then its body's words. A quote is part of the body, so quotes are searched with it. For
/// each term the index keeps the sorted list of documents that hold it and, per document, the sorted positions.
/// </para>
/// <para>
/// Building takes two passes over the token stream: one to number the terms and count them, one to fill arrays
/// of exactly the right size. Time O(text), memory about 4 bytes per word occurrence plus the vocabulary.
/// A word query costs O(documents holding it); a phrase walks the documents of its rarest word and merges position
/// lists, O(sum of its words' postings in those documents).
/// </para>
/// </remarks>
internal sealed class SearchIndex
{
    /// <summary>BM25's term-frequency saturation: the common default (Lucene, Elasticsearch, Robertson and Zaragoza).</summary>
    public const double K1 = 1.2;

    /// <summary>BM25's length normalisation: the common default; news articles vary in length moderately.</summary>
    public const double B = 0.75;

    private readonly IReadOnlyList<Article> _articles;
    private readonly Dictionary<string, int> _termIds;
    private readonly int[][] _documents;
    private readonly int[][] _positionStarts;
    private readonly int[][] _positions;
    private readonly int[] _lengths;
    private readonly int[] _titleLengths;

    public SearchIndex(IReadOnlyList<Article> articles)
    {
        _articles = articles;
        int count = articles.Count;
        _termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        _lengths = new int[count];
        _titleLengths = new int[count];

        // Pass 1: every document's stream of term ids (-1 marks the gap after the title), with counts per term.
        var stream = new IntBuffer(1024);
        var documentStarts = new int[count + 1];
        var occurrences = new IntBuffer(1024);
        var documentFrequency = new IntBuffer(1024);
        var lastDocument = new IntBuffer(1024);
        for (int d = 0; d < count; d++)
        {
            documentStarts[d] = stream.Count;
            Article article = articles[d];
            int title = AddTokens(article.Title, d, stream, occurrences, documentFrequency, lastDocument);
            stream.Add(-1);
            int body = AddTokens(article.Body, d, stream, occurrences, documentFrequency, lastDocument);
            _titleLengths[d] = title;
            _lengths[d] = title + body;
        }

        documentStarts[count] = stream.Count;

        // Pass 2: postings of exactly the right size.
        int terms = _termIds.Count;
        _documents = new int[terms][];
        _positionStarts = new int[terms][];
        _positions = new int[terms][];
        var documentCursor = new int[terms];
        var positionCursor = new int[terms];
        for (int t = 0; t < terms; t++)
        {
            _documents[t] = new int[documentFrequency[t]];
            _positionStarts[t] = new int[documentFrequency[t] + 1];
            _positions[t] = new int[occurrences[t]];
            _positionStarts[t][documentFrequency[t]] = occurrences[t];
            lastDocument[t] = -1;
        }

        int[] tokens = stream.Items;
        for (int d = 0; d < count; d++)
        {
            int start = documentStarts[d];
            int end = documentStarts[d + 1];
            for (int i = start; i < end; i++)
            {
                int t = tokens[i];
                if (t < 0)
                {
                    continue;
                }

                if (lastDocument[t] != d)
                {
                    lastDocument[t] = d;
                    _documents[t][documentCursor[t]] = d;
                    _positionStarts[t][documentCursor[t]] = positionCursor[t];
                    documentCursor[t]++;
                }

                _positions[t][positionCursor[t]++] = i - start;
            }
        }

        long total = 0;
        foreach (int length in _lengths)
        {
            total += length;
        }

        AverageLength = count == 0 || total == 0 ? 1 : (double)total / count;
    }

    /// <summary>The average document length in words (title and body), at least 1.</summary>
    public double AverageLength { get; }

    /// <summary>The number of distinct terms.</summary>
    public int TermCount => _termIds.Count;

    /// <summary>The length of a document in words (title and body).</summary>
    /// <param name="document">The document's index in the library.</param>
    /// <returns>Its length.</returns>
    public int Length(int document) => _lengths[document];

    /// <summary>The number of documents that hold a term.</summary>
    /// <param name="term">The folded term.</param>
    /// <returns>Its document frequency.</returns>
    public int DocumentFrequency(string term) => _termIds.TryGetValue(term, out int id) ? _documents[id].Length : 0;

    /// <summary>BM25's inverse document frequency, in the non-negative form ln(1 + (N - n + 0.5) / (n + 0.5)).</summary>
    /// <param name="documents">N, the number of documents.</param>
    /// <param name="matching">n, the number that match.</param>
    /// <returns>The weight.</returns>
    public static double InverseDocumentFrequency(int documents, int matching) =>
        Math.Log(1 + ((documents - matching + 0.5) / (matching + 0.5)));

    /// <summary>Runs a query.</summary>
    /// <param name="query">The parsed query.</param>
    /// <param name="maxResults">The most hits to return.</param>
    /// <returns>The hits, best first; ties in library order.</returns>
    public IReadOnlyList<SearchHit> Search(SearchQuery query, int maxResults)
    {
        int count = _articles.Count;
        if (query.Clauses.Count == 0 || count == 0 || maxResults <= 0)
        {
            return Array.Empty<SearchHit>();
        }

        var scores = new double[count];
        var runs = new List<Run>?[count];
        var matched = new List<int>();
        var documents = new List<int>();
        var frequencies = new List<int>();
        var found = new List<Run>();
        foreach (string[] clause in query.Clauses)
        {
            documents.Clear();
            frequencies.Clear();
            found.Clear();
            if (!Match(clause, documents, frequencies, found))
            {
                continue;
            }

            double idf = InverseDocumentFrequency(count, documents.Count);
            for (int i = 0; i < documents.Count; i++)
            {
                int d = documents[i];
                double tf = frequencies[i];
                double norm = K1 * (1 - B + (B * _lengths[d] / AverageLength));
                scores[d] += idf * (tf * (K1 + 1)) / (tf + norm);
                if (runs[d] is null)
                {
                    runs[d] = new List<Run>();
                    matched.Add(d);
                }

                runs[d]!.Add(found[i]);
            }
        }

        int[] order = matched.ToArray();
        Array.Sort(order, (x, y) =>
        {
            int byScore = scores[y].CompareTo(scores[x]);
            return byScore != 0 ? byScore : x.CompareTo(y);
        });

        int take = Math.Min(maxResults, order.Length);
        var hits = new SearchHit[take];
        for (int i = 0; i < take; i++)
        {
            int d = order[i];
            Article article = _articles[d];
            List<Run> documentRuns = runs[d]!;
            int titleLength = _titleLengths[d];
            hits[i] = new SearchHit(article, scores[d], () => Locate(article, titleLength, documentRuns));
        }

        return Array.AsReadOnly(hits);
    }

    private bool Match(string[] clause, List<int> documents, List<int> frequencies, List<Run> found)
    {
        var ids = new int[clause.Length];
        for (int i = 0; i < clause.Length; i++)
        {
            if (!_termIds.TryGetValue(clause[i], out ids[i]))
            {
                return false;
            }
        }

        if (ids.Length == 1)
        {
            int t = ids[0];
            int[] docs = _documents[t];
            int[] starts = _positionStarts[t];
            for (int j = 0; j < docs.Length; j++)
            {
                documents.Add(docs[j]);
                frequencies.Add(starts[j + 1] - starts[j]);
                found.Add(new Run(_positions[t], starts[j], starts[j + 1] - starts[j], 1));
            }

            return documents.Count > 0;
        }

        // A phrase: walk the documents of its rarest word, look the others up by binary search, then keep the
        // positions p of the first word such that word i stands at p + i.
        int rarest = 0;
        for (int i = 1; i < ids.Length; i++)
        {
            if (_documents[ids[i]].Length < _documents[ids[rarest]].Length)
            {
                rarest = i;
            }
        }

        var slots = new int[ids.Length];
        var candidates = new List<int>();
        var next = new List<int>();
        foreach (int d in _documents[ids[rarest]])
        {
            bool inAll = true;
            for (int i = 0; i < ids.Length && inAll; i++)
            {
                slots[i] = Array.BinarySearch(_documents[ids[i]], d);
                inAll = slots[i] >= 0;
            }

            if (!inAll)
            {
                continue;
            }

            candidates.Clear();
            Positions(ids[0], slots[0], out int[] first, out int firstStart, out int firstEnd);
            for (int p = firstStart; p < firstEnd; p++)
            {
                candidates.Add(first[p]);
            }

            for (int i = 1; i < ids.Length && candidates.Count > 0; i++)
            {
                Positions(ids[i], slots[i], out int[] positions, out int start, out int end);
                next.Clear();
                int k = start;
                foreach (int candidate in candidates)
                {
                    int wanted = candidate + i;
                    while (k < end && positions[k] < wanted)
                    {
                        k++;
                    }

                    if (k < end && positions[k] == wanted)
                    {
                        next.Add(candidate);
                    }
                }

                candidates.Clear();
                candidates.AddRange(next);
            }

            if (candidates.Count > 0)
            {
                documents.Add(d);
                frequencies.Add(candidates.Count);
                found.Add(new Run(candidates.ToArray(), 0, candidates.Count, ids.Length));
            }
        }

        return documents.Count > 0;
    }

    private void Positions(int term, int slot, out int[] positions, out int start, out int end)
    {
        positions = _positions[term];
        start = _positionStarts[term][slot];
        end = _positionStarts[term][slot + 1];
    }

    private static SearchHit.Matches Locate(Article article, int titleLength, List<Run> runs)
    {
        List<BodySpan> titleTokens = Tokens(article.Title);
        List<BodySpan> bodyTokens = Tokens(article.Body);
        var title = new SortedSet<BodySpan>();
        var body = new SortedSet<BodySpan>();
        foreach (Run run in runs)
        {
            for (int i = run.Offset; i < run.Offset + run.Count; i++)
            {
                int position = run.Positions[i];
                if (position < titleLength)
                {
                    title.Add(Cover(titleTokens, position, run.Width));
                }
                else
                {
                    body.Add(Cover(bodyTokens, position - titleLength - 1, run.Width));
                }
            }
        }

        var bodySpans = new BodySpan[body.Count];
        body.CopyTo(bodySpans);
        var titleSpans = new BodySpan[title.Count];
        title.CopyTo(titleSpans);

        var quotes = new List<Quote>();
        foreach (Quote quote in article.Quotes)
        {
            foreach (BodySpan span in bodySpans)
            {
                if (span.Start < quote.Span.End && quote.Span.Start < span.End)
                {
                    quotes.Add(quote);
                    break;
                }
            }
        }

        return new SearchHit.Matches(Array.AsReadOnly(titleSpans), Array.AsReadOnly(bodySpans), quotes.AsReadOnly());
    }

    private static BodySpan Cover(List<BodySpan> tokens, int position, int width)
    {
        BodySpan first = tokens[position];
        BodySpan last = tokens[position + width - 1];
        return new BodySpan(first.Start, last.End - first.Start);
    }

    private static List<BodySpan> Tokens(string text)
    {
        var tokens = new List<BodySpan>();
        var tokenizer = new Tokenizer(text);
        while (tokenizer.Next(out int start, out int length))
        {
            tokens.Add(new BodySpan(start, length));
        }

        return tokens;
    }

    private int AddTokens(string text, int document, IntBuffer stream, IntBuffer occurrences, IntBuffer documentFrequency, IntBuffer lastDocument)
    {
        int added = 0;
        var tokenizer = new Tokenizer(text);
        while (tokenizer.Next(out int start, out int length))
        {
            string term = TextFolding.Fold(text, start, length);
            if (!_termIds.TryGetValue(term, out int id))
            {
                id = _termIds.Count;
                _termIds.Add(term, id);
                occurrences.Add(0);
                documentFrequency.Add(0);
                lastDocument.Add(-1);
            }

            stream.Add(id);
            occurrences[id]++;
            if (lastDocument[id] != document)
            {
                lastDocument[id] = document;
                documentFrequency[id]++;
            }

            added++;
        }

        return added;
    }

    /// <summary>Matched positions of one clause in one document: <see cref="Count"/> positions from <see cref="Offset"/>, each starting <see cref="Width"/> words.</summary>
    private readonly struct Run
    {
        public Run(int[] positions, int offset, int count, int width)
        {
            Positions = positions;
            Offset = offset;
            Count = count;
            Width = width;
        }

        public int[] Positions { get; }

        public int Offset { get; }

        public int Count { get; }

        public int Width { get; }
    }

    /// <summary>A growable array of integers without the bounds checks and versioning of <see cref="List{T}"/>.</summary>
    private sealed class IntBuffer
    {
        public IntBuffer(int capacity) => Items = new int[capacity];

        public int[] Items { get; private set; }

        public int Count { get; private set; }

        public ref int this[int index] => ref Items[index];

        public void Add(int value)
        {
            if (Count == Items.Length)
            {
                var larger = new int[Items.Length * 2];
                Array.Copy(Items, larger, Count);
                Items = larger;
            }

            Items[Count++] = value;
        }
    }
}
