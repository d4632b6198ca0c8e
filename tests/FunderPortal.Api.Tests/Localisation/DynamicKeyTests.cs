using System.Globalization;
using FunderPortal.Web.Common;
using Messages = FunderPortal.Web.Resources.Messages;

namespace FunderPortal.Api.Tests.Localisation;

/// <summary>
/// Texts looked up by value (<see cref="DynamicKeys"/>): each one every Welsh page needs has its Welsh, and the domain's
/// messages are shown in Welsh, values and all, where Messages.cy.resx has them.
/// </summary>
public sealed class DynamicKeyTests
{
    [Fact]
    public void Every_text_looked_up_by_value_has_its_Welsh()
    {
        var welsh = Translations.Welsh();
        var missing = DynamicKeys.Required()
            .Where(k => !welsh.TryGetValue(k.Area, out var area) || string.IsNullOrWhiteSpace(area.GetValueOrDefault(k.Key)))
            .Select(k => $"[{k.Area}] {k.Key}")
            .Distinct().ToList();
        Assert.True(missing.Count == 0,
            $"{missing.Count} text(s) looked up by value without Welsh (add them to the area's .cy.resx):{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");
    }

    [Fact]
    public void The_source_reader_gives_literals_with_their_values_as_placeholders()
    {
        const string source = """"
            // "a comment"
            var a = "Required.";
            Add(field, $"At most {maxLength} characters.");
            Add(field, $"Unknown value; use one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
            var d = $"A date between {Limits.EarliestDate:yyyy-MM-dd} and {Limits.LatestDate:yyyy-MM-dd}.";
            var e = @"say ""hi""", c = '"';
            var f = "It's \"quoted\"";
            """";
        Assert.Equal(
            ["Required.", "At most {0} characters.", "Unknown value; use one of {0}.", "A date between {0} and {1}.", "say \"hi\"", "It's \"quoted\""],
            SourceLiterals.In(source).ToArray());
    }

    [Fact]
    public void A_domain_message_is_shown_in_Welsh_with_its_values()
    {
        InWelsh(() =>
        {
            Assert.Equal("Gofynnol.", Messages.Of("Required."));
            Assert.Equal("Dim mwy na 200 nod.", Messages.Of("At most 200 characters."));
            Assert.Equal("Rhwng 1 a 1000.", Messages.Of("Between 1 and 1000."));
            Assert.Equal("Rhwng 0 a 5000 ceiniog yr awr.", Messages.Of("Between 0 and 5000 pence an hour."));
            Assert.Equal("Does dim ffrwd waith 'w-1' yn yr elusen hon.", Messages.Of("No workstream 'w-1' in this charity."));
            Assert.Equal("A message nobody translated.", Messages.Of("A message nobody translated."));
        });
        Assert.Equal("Required.", Messages.Of("Required."));
    }

    [Fact]
    public void A_count_agrees_with_its_number_in_each_language()
    {
        Assert.Equal("1 participant", Words.Count(1, "participant", "participants"));
        Assert.Equal("3 participants", Words.Count(3, "participant", "participants"));
        InWelsh(() => Assert.Equal("3 cyfranogwr", Words.Count(3, "participant", "participants")));
        InWelsh(() => Assert.Equal("Ffrwd waith wedi dechrau", Words.Change("WorkstreamStarted")));
    }

    private static void InWelsh(Action check)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("cy-GB");
        try
        {
            check();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
