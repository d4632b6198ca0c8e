using System.Globalization;
using FunderPortal.Common;
using FunderPortal.Rounds;
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
            ["Required.", "At most {0} characters.", ", ", "Unknown value; use one of {0}.", "A date between {0} and {1}.", "say \"hi\"", "It's \"quoted\""],
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
    public void The_domains_own_words_inside_a_message_are_shown_in_Welsh_and_the_readers_data_is_not()
    {
        InWelsh(() =>
        {
            Assert.Equal("Cam y rownd nawr yw: sgorio. Does neb yn gallu ymuno â'i phanel bellach.",
                Messages.Of("The round is Scoring: nobody can join its panel now."));
            Assert.Equal("Mae modd sgorio dim ond yn y cam hwn o'r rownd: sgorio neu trafod y sgorau. Cam y rownd nawr yw: ar agor i geisiadau.",
                Messages.Of("You can score only while the round is Scoring or Deliberation; it is Open."));
            Assert.Equal("Dim ond ar gyfer llinellau yn y categori: talu cyfranogwyr.", Messages.Of("Only for ParticipantPayment lines."));
            Assert.Equal("Mae'r rownd hon ar gyfer ymgeiswyr sy'n ateb ie i \"Are you paid?\" yn unig.",
                Messages.Of("This round is only for applicants who answer yes to \"Are you paid?\"."));
            Assert.Equal("Does dim elusen o'r fath, neu dydych chi ddim yn aelod yno.", Messages.Of(OrganisationAccess.NotFound("charity").Message));
            Assert.Equal("Dydy Hope Street ddim yn rhannu'r canlynol â chi (neu ddim bellach): map y daith. Mae adroddiad y grant yn cael ei wneud o'r daith a rennir, felly gofynnwch i'r elusen rannu'r canlynol â'ch cyllidwr: map y daith.",
                Messages.Of(FunderPortal.Charities.CharityAccess.JourneyNotShared("Hope Street").Message));
            Assert.Equal("Fe wnaethoch chi ddatgan gwrthdaro buddiannau â chais a1b2c3, felly does dim modd i chi ei sgorio.",
                Messages.Of("You declared a conflict of interest with application a1b2c3, so you cannot score it."));
        });
        Assert.Equal("The round is Scoring: nobody can join its panel now.", Messages.Of("The round is Scoring: nobody can join its panel now."));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(1)]
    [InlineData(10)]
    public void A_rounds_default_score_words_are_the_domains_in_English_and_Welsh_on_a_Welsh_page(int scaleMax)
    {
        var stored = RoundDecisions.DefaultAnchors(scaleMax);

        Assert.Equal(stored, Words.Anchors(scaleMax, stored));
        InWelsh(() =>
        {
            var shown = Words.Anchors(scaleMax, stored);
            Assert.Equal(scaleMax + 1, shown.Count);
            Assert.Equal("Heb ei ddangos o gwbl", shown[0]);
            Assert.Equal("Wedi'i ddangos yn llawn", shown[^1]);
            Assert.DoesNotContain(shown, s => stored.Contains(s));
            Assert.Equal(["Dim", "Llawer"], Words.Anchors(1, ["Dim", "Llawer"])); // a funder's own words stay
        });
    }

    [Fact]
    public void A_participants_benefit_reads_as_the_API_gives_it_in_English()
    {
        foreach (var benefit in Enum.GetValues<FunderPortal.Charities.ParticipantBenefit>())
            Assert.Equal(FunderPortal.Charities.VoiceWords.Of(benefit), Words.Of(benefit));
        InWelsh(() => Assert.Equal("Cwrddais i â phobl", Words.Of(FunderPortal.Charities.ParticipantBenefit.MetPeople)));
    }

    [Fact]
    public void An_applications_label_is_in_the_pages_language()
    {
        Assert.Equal("Application 3", Words.Label("Application 3"));
        InWelsh(() =>
        {
            Assert.Equal("Cais 3", Words.Label("Application 3"));
            Assert.Equal("Cais drafft", Words.Label("Draft application"));
            Assert.Equal("Applicant A", Words.Label("Applicant A"));
        });
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
