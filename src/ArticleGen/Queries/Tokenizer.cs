using ArticleGen.Text;

namespace ArticleGen;

/// <summary>
/// Splits text into words for the full-text index. A word is a run of Unicode letters and decimal digits (with the
/// combining marks that follow them), as <see cref="WordCharacters"/> defines them for mentions too; an apostrophe (<c>'</c> or <c>’</c>) between two such characters belongs to the
/// word (<c>don't</c>, <c>O’Brien</c>). A final possessive <c>'s</c> is left out of the word, so <c>China’s</c> yields
/// <c>China</c>, as a mention does. Everything else separates words. The tokenizer reports offsets into the
/// original text; <see cref="TextFolding"/> turns each word into its index term.
/// </summary>
internal struct Tokenizer
{
    private readonly string _text;
    private int _position;

    /// <summary>Creates a tokenizer over a text.</summary>
    /// <param name="text">The text.</param>
    public Tokenizer(string text)
    {
        _text = text;
        _position = 0;
    }

    /// <summary>Finds the next word.</summary>
    /// <param name="start">The word's offset.</param>
    /// <param name="length">The word's length in UTF-16 code units.</param>
    /// <returns><see langword="false"/> when there are no more words.</returns>
    public bool Next(out int start, out int length)
    {
        string text = _text;
        int i = _position;
        while (i < text.Length && !WordCharacters.IsWordStart(text, i))
        {
            i++;
        }

        if (i >= text.Length)
        {
            _position = i;
            start = 0;
            length = 0;
            return false;
        }

        start = i;
        while (i < text.Length)
        {
            if (WordCharacters.IsWordPart(text, i))
            {
                i += WordCharacters.Length(text, i);
            }
            else if (TextFolding.IsApostrophe(text[i]) && i + 1 < text.Length && WordCharacters.IsWordStart(text, i + 1))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        _position = i;
        length = i - start;

        // A possessive 's is not part of the word: "China's" is the word "China".
        if (length > 2 && (text[i - 1] == 's' || text[i - 1] == 'S') && TextFolding.IsApostrophe(text[i - 2]))
        {
            length -= 2;
        }

        return true;
    }
}
