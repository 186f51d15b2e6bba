using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Text;

namespace ArticleGen.Explorer.Web;

/// <summary>Builds the site's HTML. Every piece of article text goes through <see cref="Text"/>, which encodes it.</summary>
public sealed class Html
{
    private readonly StringBuilder builder = new();

    /// <summary>Encodes text for an element's content or an attribute value.</summary>
    /// <param name="text">Any text, article text included.</param>
    /// <returns>The encoded text.</returns>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>A path segment or query value, escaped for a URL.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The escaped value.</returns>
    public static string Url(string value) => System.Uri.EscapeDataString(value);

    /// <summary>Appends markup written by the site (never article text).</summary>
    /// <param name="markup">Trusted markup.</param>
    /// <returns>This builder.</returns>
    public Html Raw(string markup)
    {
        builder.Append(markup);
        return this;
    }

    /// <summary>Appends text, encoded.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>This builder.</returns>
    public Html Text(string? text)
    {
        builder.Append(Encode(text));
        return this;
    }

    /// <summary>Appends a link.</summary>
    /// <param name="href">The address (built by the site, its variable parts escaped with <see cref="Url"/>).</param>
    /// <param name="text">The link's text, encoded.</param>
    /// <returns>This builder.</returns>
    public Html Link(string href, string text) => Raw("<a href=\"").Text(href).Raw("\">").Text(text).Raw("</a>");

    /// <summary>Appends a link to an entity's page.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>This builder.</returns>
    public Html EntityLink(Entity entity) => Link("/entities/" + Url(entity.Id), entity.Name);

    /// <summary>Appends a link to an article's page.</summary>
    /// <param name="article">The article.</param>
    /// <returns>This builder.</returns>
    public Html ArticleLink(Article article) => Link("/articles/" + Url(article.Id), article.Title);

    /// <summary>Appends a list of comma-separated items.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="item">Writes one item.</param>
    /// <returns>This builder.</returns>
    public Html Join<T>(IEnumerable<T> items, System.Action<Html, T> item)
    {
        bool first = true;
        foreach (T value in items)
        {
            if (!first)
            {
                Raw(", ");
            }

            item(this, value);
            first = false;
        }

        return this;
    }

    /// <summary>A date as the site shows it (ISO, culture-free).</summary>
    /// <param name="date">The date, if any.</param>
    /// <returns>The text.</returns>
    public static string Date(ArticleDate? date) =>
        date is { } d ? d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated";

    /// <inheritdoc />
    public override string ToString() => builder.ToString();
}
