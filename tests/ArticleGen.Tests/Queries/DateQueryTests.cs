using System;
using Xunit;
using static ArticleGen.Tests.Queries.World;

namespace ArticleGen.Tests.Queries;

public class DateQueryTests
{
    [Fact]
    public void Timeline_orders_by_date_and_leaves_out_undated_articles()
    {
        Assert.Equal(new Article[] { Markets, BlinkenMeetsWang, UnSummit }, Library().Timeline);
    }

    [Fact]
    public void Timeline_keeps_library_order_for_equal_dates()
    {
        TestArticle first = TestLibrary.Article("x", "x", published: TestLibrary.Date(2024, 1, 1));
        TestArticle second = TestLibrary.Article("y", "y", published: TestLibrary.Date(2024, 1, 1));
        TestArticle earlier = TestLibrary.Article("z", "z", published: TestLibrary.Date(2023, 12, 31));
        Assert.Equal(new Article[] { earlier, first, second }, new ArticleLibrary(new[] { first, second, earlier }).Timeline);
        Assert.Equal(new Article[] { earlier, second, first }, new ArticleLibrary(new[] { second, first, earlier }).Timeline);
    }

    [Fact]
    public void Date_bounds_are_inclusive()
    {
        ArticleLibrary library = Library();
        Assert.Equal(new Article[] { BlinkenMeetsWang, UnSummit }, library.PublishedBetween(TestLibrary.Date(2024, 4, 26), TestLibrary.Date(2024, 5, 2)));
        Assert.Equal(new Article[] { Markets }, library.PublishedBetween(TestLibrary.Date(2024, 3, 1), TestLibrary.Date(2024, 3, 1)));
        Assert.Empty(library.PublishedBetween(TestLibrary.Date(2024, 4, 27), TestLibrary.Date(2024, 5, 1)));
        Assert.Equal(new Article[] { Markets, BlinkenMeetsWang, UnSummit }, library.PublishedBetween(TestLibrary.Date(2000, 1, 1), TestLibrary.Date(2100, 1, 1)));
        Assert.Empty(library.PublishedBetween(TestLibrary.Date(2024, 5, 2), TestLibrary.Date(2024, 3, 1)));
    }

    [Fact]
    public void Bounds_with_a_time_compare_moments()
    {
        ArticleLibrary library = Library();

        // UnSummit is 2024-05-02T09:30:00+02:00, that is 07:30 UTC.
        var at = new ArticleDate(new DateTimeOffset(2024, 5, 2, 7, 30, 0, TimeSpan.Zero));
        var justBefore = new ArticleDate(new DateTimeOffset(2024, 5, 2, 7, 29, 0, TimeSpan.Zero));
        var justAfter = new ArticleDate(new DateTimeOffset(2024, 5, 2, 9, 31, 0, TimeSpan.FromHours(2)));
        Assert.Equal(new Article[] { UnSummit }, library.PublishedBetween(at, at));
        Assert.Empty(library.PublishedBetween(TestLibrary.Date(2024, 5, 1), justBefore));
        Assert.Empty(library.PublishedBetween(justAfter, TestLibrary.Date(2024, 12, 31)));
        Assert.Equal(new Article[] { UnSummit }, library.PublishedBetween(justBefore, justAfter));
    }
}
