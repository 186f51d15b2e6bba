using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using ArticleGen.Infrastructure;
using Seeds;
using Xunit;

namespace ArticleGen.Tests.Runtime;

/// <summary>What a user of the runtime can and cannot do with its public types.</summary>
public sealed class PublicApiShapeTests
{
    [Fact]
    public void Plumbing_only_generated_code_calls_is_outside_the_namespace_users_import_and_hidden()
    {
        Type[] plumbing = { typeof(ArticleBuilder), typeof(Singleton), typeof(Utf8Text) };
        Assert.All(plumbing, t => Assert.Equal("ArticleGen.Infrastructure", t.Namespace));
        Assert.All(plumbing, t => Assert.Equal(EditorBrowsableState.Never, t.GetCustomAttribute<EditorBrowsableAttribute>()?.State));
        Assert.All(
            typeof(Article).Assembly.GetExportedTypes().Where(t => t.Namespace == "ArticleGen.Infrastructure"),
            t => Assert.Equal(EditorBrowsableState.Never, t.GetCustomAttribute<EditorBrowsableAttribute>()?.State));
        foreach (string member in new[] { "LoadBody", "CreateEntities", "Build" })
        {
            MethodInfo method = typeof(Article).GetMethod(member, BindingFlags.Instance | BindingFlags.NonPublic)!;
            Assert.Equal(EditorBrowsableState.Never, method.GetCustomAttribute<EditorBrowsableAttribute>()?.State);
        }
    }

    [Fact]
    public void An_entity_is_identified_by_its_id()
    {
        var copy = new Person("wang-yi", "Someone else");

        Assert.True(copy == People.WangYi);
        Assert.True(copy.Equals(People.WangYi));
        Assert.Equal(People.WangYi.GetHashCode(), copy.GetHashCode());
        Assert.False(new Person("Wang-Yi", "Wang Yi") == People.WangYi);
        Assert.True(People.WangYi != People.AntonyBlinken);
        Assert.NotEmpty(new ArticleLibrary(Articles.All).QuotesBy(copy));
        Assert.Same(People.WangYi, Articles.BlinkenMeetsWangYi.Entities.WangYi);
    }

    [Fact]
    public void No_list_an_article_or_entity_hands_out_can_be_changed_through_a_cast()
    {
        Article article = Articles.BlinkenMeetsWangYi;
        IReadOnlyList<string>[] lists = { article.Tags, article.Authors, People.AntonyBlinken.Aliases };
        Assert.All(lists, list => Assert.False(list is string[] { Length: > 0 }));
        Assert.All(lists, list => Assert.True(list is not IList<string> writable || writable.IsReadOnly));

        string[] tags = { "a", "b" };
        var metadata = new ArticleMetadata("id", "Title", tags: tags);
        tags[0] = "changed";
        Assert.Equal("a", metadata.Tags[0]);
    }

    [Fact]
    public void MentionsOf_returns_the_same_type_on_an_article_and_on_a_library()
    {
        Assert.Equal(
            typeof(ArticleLibrary).GetMethod(nameof(ArticleLibrary.MentionsOf))!.ReturnType,
            typeof(Article).GetMethod(nameof(Article.MentionsOf))!.ReturnType);
        Assert.Equal(2, Articles.BlinkenMeetsWangYi.MentionsOf(People.JoeBiden).Count);
    }

    [Fact]
    public void ArticleDate_compares_equal_exactly_when_it_is_equal()
    {
        var inBeijing = new ArticleDate(new DateTimeOffset(2024, 4, 26, 9, 30, 0, TimeSpan.FromHours(8)));
        var inPerth = new ArticleDate(new DateTimeOffset(2024, 4, 26, 9, 30, 0, TimeSpan.FromHours(8)));
        var sameMomentInTokyo = new ArticleDate(new DateTimeOffset(2024, 4, 26, 10, 30, 0, TimeSpan.FromHours(9)));
        var day = new ArticleDate(2024, 4, 26);
        ArticleDate[] dates = { inBeijing, inPerth, sameMomentInTokyo, day, new ArticleDate(2024, 4, 26), new ArticleDate(new DateTimeOffset(2024, 4, 26, 0, 0, 0, TimeSpan.Zero)) };

        foreach (ArticleDate a in dates)
        {
            foreach (ArticleDate b in dates)
            {
                Assert.Equal(a.Equals(b), a.CompareTo(b) == 0);
                Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
            }
        }

        Assert.True(inBeijing < sameMomentInTokyo);
    }
}
