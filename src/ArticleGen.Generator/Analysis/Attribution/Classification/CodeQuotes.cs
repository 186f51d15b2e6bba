namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// Quotes that are codes or labels, never anyone's words: a single letter, a word of letters and digits, a hashtag, a
/// web address.
/// </summary>
internal static class CodeQuotes
{
    /// <summary>
    /// "“COVID-19” is to replace “2019-nCoV”", "you call the “A” which is the most massive": a single letter, or one word of
    /// letters and digits with both in it, is a name or a label, never someone's words, even inside a speech clause; so is
    /// a hashtag ("“#LwiththeT”") or a web address ("“nocussing.com”").
    /// </summary>
    public static bool IsCode(BodyDocument document, int q)
    {
        var quote = document.Quotes[q];
        string body = document.Body;
        int start = quote.Start;
        int end = quote.Start + quote.Length;
        while (end > start && body[end - 1] is '.' or ',')
        {
            end--;
        }

        if (end - start == 1)
        {
            return char.IsLetter(body[start]);
        }

        if (IsHashtag(body, start, end) || IsWebAddress(body, start, end))
        {
            return true;
        }

        bool letter = false;
        bool digit = false;
        for (int k = start; k < end; k++)
        {
            char c = body[k];
            if (!char.IsLetterOrDigit(c) && c != '-')
            {
                return false;
            }

            letter |= char.IsLetter(c);
            digit |= char.IsDigit(c);
        }

        return letter && digit;
    }

    /// <summary>"#" and one or more letters, digits or underscores.</summary>
    private static bool IsHashtag(string body, int start, int end)
    {
        if (body[start] != '#' || end - start < 2)
        {
            return false;
        }

        for (int k = start + 1; k < end; k++)
        {
            if (!char.IsLetterOrDigit(body[k]) && body[k] != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Labels of letters, digits and hyphens joined by dots, the last of two to six lower-case letters
    /// ("nocussing.com", "bbc.co.uk"; not "U.S").</summary>
    private static bool IsWebAddress(string body, int start, int end)
    {
        int lastDot = -1;
        for (int k = start; k < end; k++)
        {
            char c = body[k];
            if (c == '.')
            {
                if (k == start || body[k - 1] == '.')
                {
                    return false;
                }

                lastDot = k;
            }
            else if (!char.IsLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        int tld = end - lastDot - 1;
        if (lastDot < 0 || tld < 2 || tld > 6)
        {
            return false;
        }

        for (int k = lastDot + 1; k < end; k++)
        {
            if (body[k] < 'a' || body[k] > 'z')
            {
                return false;
            }
        }

        return true;
    }
}
