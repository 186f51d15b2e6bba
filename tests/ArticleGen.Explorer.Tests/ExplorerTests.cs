using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleGen.Explorer.Commands;
using Xunit;

namespace ArticleGen.Explorer.Tests;

/// <summary>The explorer's commands over the seeds: what a person running it sees.</summary>
public sealed class ExplorerTests
{
    private static readonly ArticleLibrary Library = new(Seeds.Articles.All);

    private static string Run(params string[] args) => RunWithExitCode(args).Output;

    private static (string Output, int ExitCode) RunWithExitCode(params string[] args)
    {
        using var output = new StringWriter();
        int exitCode = CommandLine.Parse(args, Library).Run(output);
        return (output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), exitCode);
    }

    [Fact]
    public void No_argument_prints_each_article_with_its_entities_and_who_said_what()
    {
        string output = Run();
        Assert.Contains("Blinken meets Chinese counterpart Wang Yi in Beijing\n====", output, StringComparison.Ordinal);
        Assert.Contains("Source:    Reuters\nPublished: 2024-04-26", output, StringComparison.Ordinal);
        Assert.Contains("  Wang Xiaohong ", output, StringComparison.Ordinal);
        Assert.Contains("  Wang Yi: \u201Cgreat ship\u201D\n", output, StringComparison.Ordinal);
        Assert.Contains("  China Daily: \u201Chave been largely talking past each other\u201D\n", output, StringComparison.Ordinal);
        Assert.Equal(3, output.Split('\n').Count(l => l.StartsWith("  Antony Blinken: \u201C", StringComparison.Ordinal)));
        Assert.Contains("U.S. House issues subpoena to secretary of state as special envoy to Ukraine resigns", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Who_said_finds_a_speaker_by_name_alias_or_id()
    {
        string byName = Run("who-said", "Wang Yi");
        Assert.Equal(byName, Run("who-said", "wang-yi"));
        Assert.Equal(byName, Run("who-said", "Wang"));
        Assert.Equal(3, byName.Split('\n').Count(l => l.StartsWith("Wang Yi: ", StringComparison.Ordinal)));
        Assert.Equal(("No quotes by 'Wang Xiaohong'.\n", ExitCodes.NothingFound), RunWithExitCode("who-said", "Wang Xiaohong"));
    }

    [Fact]
    public void Who_said_finds_a_speaker_by_surname()
    {
        string bySurname = Run("who-said", "Gude");
        Assert.Equal(Run("who-said", "Ken Gude"), bySurname);
        Assert.Equal(2, bySurname.Split('\n').Count(l => l.StartsWith("Ken Gude: ", StringComparison.Ordinal)));
        Assert.Equal(bySurname, Run("who-said", "gude"));
    }

    [Fact]
    public void Search_ranks_the_article_that_holds_the_phrase_first()
    {
        // The shell hands over `search "face-to-face diplomacy"` as one argument, without its quotes: a phrase.
        string output = Run("search", "face-to-face diplomacy");
        string[] lines = output.Split('\n');
        Assert.EndsWith("Blinken meets Chinese counterpart Wang Yi in Beijing", lines[0], StringComparison.Ordinal);
        Assert.Contains("[face-to-face diplomacy]", output, StringComparison.Ordinal);
        Assert.Equal(output, Run("search", "\"face-to-face diplomacy\""));
    }

    [Fact]
    public void An_argument_with_spaces_is_a_phrase_and_separate_arguments_are_separate_words()
    {
        Assert.Equal("\"face-to-face diplomacy\" beijing", Commands.Search.Query(["face-to-face diplomacy", "beijing"]));
        Assert.Equal("talks beijing", Commands.Search.Query(["talks", "beijing"]));
        Assert.Equal("\"great ship\" beijing", Commands.Search.Query(["\"great ship\" beijing"]));
        Assert.Equal(("No article matches \"nothing of the sort\".\n", ExitCodes.NothingFound), RunWithExitCode("search", "nothing of the sort"));
    }

    [Fact]
    public void Mentions_lists_every_article_that_mentions_a_shared_entity()
    {
        string output = Run("mentions", "Joe Biden");
        Assert.StartsWith("Joe Biden (person), President of the United States\n", output, StringComparison.Ordinal);
        Assert.Contains("Blinken meets Chinese counterpart Wang Yi in Beijing (2 mentions)", output, StringComparison.Ordinal);
        Assert.Contains("U.S. House issues subpoena to secretary of state as special envoy to Ukraine resigns (6 mentions)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cooccurrence_draws_the_network_as_dot_and_mermaid()
    {
        string dot = Run("cooccurrence", "--format", "dot", "--min", "2");
        Assert.StartsWith("graph cooccurrence {\n", dot, StringComparison.Ordinal);
        Assert.Contains("\"joe-biden\" -- \"ukraine\" [label=\"2\", weight=2];", dot, StringComparison.Ordinal);
        Assert.DoesNotContain("wang-yi", dot, StringComparison.Ordinal);
        Assert.StartsWith("graph LR\n", Run("cooccurrence", "--format", "mermaid"), StringComparison.Ordinal);
        Assert.Contains("\nJoe Biden      Ukraine                2\n", Run("cooccurrence", "--min", "2"), StringComparison.Ordinal);
    }

    [Fact]
    public void Cooccurrence_lists_the_most_frequent_pairs_under_a_header()
    {
        string[] lines = Run("cooccurrence").TrimEnd('\n').Split('\n');
        Assert.StartsWith("Entity ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("Articles", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + CoOccurrences.DefaultTop + 1, lines.Length);
        Assert.Matches(@"^\(\d+ more pairs; --top N lists more", lines[^1]);
        Assert.Equal(1 + 3, Run("cooccurrence", "--top", "3").TrimEnd('\n').Split('\n').Length - 1);
        Assert.Equal(ExitCodes.NothingFound, RunWithExitCode("cooccurrence", "--min", "99").ExitCode);
    }

    [Fact]
    public void Json_may_stand_anywhere_on_the_command_line()
    {
        string json = Run("who-said", "Wang", "--json");
        Assert.Equal(json, Run("--json", "who-said", "Wang"));
        using JsonDocument quotes = JsonDocument.Parse(json);
        Assert.Equal(3, quotes.RootElement.GetArrayLength());
    }

    [Fact]
    public void Paragraphs_are_numbered_from_1_in_text_and_in_json()
    {
        string text = Run("who-said", "Gude");
        using JsonDocument json = JsonDocument.Parse(Run("who-said", "Gude", "--json"));
        int paragraph = json.RootElement[0].GetProperty("paragraph").GetInt32();
        Assert.Contains($", paragraph {paragraph}\n", text, StringComparison.Ordinal);
        Assert.Equal(Seeds.Articles.HouseSubpoenaUkraineEnvoy.Quotes.First(q => q.SpeakerName == "Ken Gude").Paragraph.Index + 1, paragraph);
        Assert.Contains("Paragraphs are numbered from 1, in text and in JSON.", Run("--help"), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_found_exits_1_everywhere_and_says_so_in_one_line()
    {
        Assert.Equal(("No entity is called 'nobody'.\n", ExitCodes.NothingFound), RunWithExitCode("mentions", "nobody"));
        Assert.Equal(("No quotes by 'nobody'.\n", ExitCodes.NothingFound), RunWithExitCode("who-said", "nobody"));
        Assert.Equal(ExitCodes.NothingFound, RunWithExitCode("timeline", "--from", "2020-01-01", "--to", "2020-12-31").ExitCode);
        Assert.Equal(ExitCodes.NothingFound, RunWithExitCode("cooccurrence", "nobody").ExitCode);
        Assert.Equal(("No entity is called 'Bidn'.\n", ExitCodes.NothingFound), RunWithExitCode("mentions", "Bidn"));
        Assert.Equal(ExitCodes.Found, RunWithExitCode("mentions", "Biden").ExitCode);
        Assert.Contains("Did you mean: joe-biden?", Run("mentions", "Joe Bidden"), StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_orders_by_date_and_filters_by_range()
    {
        Assert.Equal(
            "2019-09-30  Wikinews  U.S. House issues subpoena to secretary of state as special envoy to Ukraine resigns\n"
            + "2024-04-26  Reuters   Blinken meets Chinese counterpart Wang Yi in Beijing\n",
            Run("timeline"));
        Assert.Equal("No article in that range.\n", Run("timeline", "--from", "2020-01-01", "--to", "2020-12-31"));
    }

    [Fact]
    public void Json_output_parses_and_keeps_the_contract()
    {
        using JsonDocument export = JsonDocument.Parse(Run("--json"));
        Assert.Equal(2, export.RootElement.GetProperty("articles").GetArrayLength());
        using JsonDocument quotes = JsonDocument.Parse(Run("who-said", "china-daily", "--json"));
        Assert.All(quotes.RootElement.EnumerateArray(), q => Assert.Equal("China Daily", q.GetProperty("speakerName").GetString()));
        Assert.Equal(2, quotes.RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("bogus", "unknown command 'bogus'")]
    [InlineData("search", "'search' takes a query")]
    [InlineData("search a --top 0", "'--top' takes a positive whole number, not '0'")]
    [InlineData("cooccurrence --format dot --json", "'--json' and '--format dot' ask for two outputs")]
    [InlineData("--json cooccurrence --format mermaid", "'--json' and '--format mermaid' ask for two outputs")]
    [InlineData("timeline --from yesterday", "'--from' takes a date like 2024-04-26, not 'yesterday'")]
    [InlineData("cooccurrence --format png", "'--format' is table, dot or mermaid, not 'png'")]
    [InlineData("quotes --speaker", "'quotes' has no option '--speaker'")]
    [InlineData("serve --port 0", "'--port' takes a positive whole number, not '0'")]
    [InlineData("serve --port 70000", "'--port' takes a port from 1 to 65535, not '70000'")]
    [InlineData("serve now", "'serve' takes no argument 'now'")]
    public void Bad_arguments_get_a_clear_message(string commandLine, string message)
    {
        UsageException error = Assert.Throws<UsageException>(() => CommandLine.Parse(commandLine.Split(' '), Library));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_every_command()
    {
        string help = Run("--help");
        foreach (string command in new[] { "search", "who-said", "quotes", "mentions", "cooccurrence", "timeline", "export", "serve", "--json" })
        {
            Assert.Contains(command, help, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("lopez", "López")]
    [InlineData("O'Brien", "O\u2019Brien")]
    [InlineData(" ERDOGAN ", "Erdoğan")]
    public void Names_match_without_case_accents_or_the_apostrophe_s_shape(string a, string b)
        => Assert.True(Commands.Text.SameName(a, b));
}
