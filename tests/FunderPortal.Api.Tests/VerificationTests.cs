using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FunderPortal.Api.Tests;

/// <summary>
/// A platform admin verifies a charity or funder; funders and panellists then see it as verified, and until then as
/// "Unverified", in JSON and on the pages. The admin's act is in the charity's own audit.
/// </summary>
public sealed class VerificationTests : IAsyncLifetime
{
    private const string Admin = "verifier-ann";
    private readonly PortalFactory _portal = new PortalFactory().WithSetting("Portal:Admins", $"{Admin},verifier-bob");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    private static string Charity(string orgId) => $"/api/v1/admin/charities/{orgId}/verification";

    [Fact]
    public async Task AnAdminVerifiesACharityAndFundersAndPanellistsSeeItAtOnce()
    {
        var cast = await _portal.CastAsync();
        var admin = await _portal.ClientForAsync(Admin);
        await cast.CharityA.ShareAsync(cast.OrgA, cast.FunderOrgId, """["Journey"]""");
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId)).GetProperty("id").GetString()!;
        await cast.Funder.MoveToAsync(roundId, "Open");
        await cast.CharityA.ApplyAsync(roundId, cast.OrgA, 200_000);
        var unverified = await cast.Funder.PortfolioWhenAsync(cast.FunderOrgId, p => SharingHttp.EntryFor(p, cast.OrgA) is not null);
        Assert.False(SharingHttp.EntryFor(unverified, cast.OrgA)!.Value.GetProperty("organisationVerified").GetBoolean());
        Assert.False(await ApplicationVerifiedAsync(cast.Funder, roundId));
        Assert.Equal(JsonValueKind.Null, (await (await cast.CharityA.GetAsync($"/api/v1/charities/{cast.OrgA}")).JsonAsync()).GetProperty("verification").ValueKind);
        Assert.Contains(">Unverified<", await PageAsync(cast.Funder, $"funder-{cast.Suffix}", $"/funders/{cast.FunderOrgId}"), StringComparison.Ordinal);
        _portal.Clock.Advance(TimeSpan.FromMinutes(5));
        var before = _portal.Clock.UtcNow;

        var verified = await admin.PutAsync(Charity(cast.OrgA), Http.Json("""{"note":"Found on the register"}"""));

        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var body = await verified.JsonAsync();
        Assert.True(body.GetProperty("verified").GetBoolean());
        Assert.Equal(Admin, body.GetProperty("verification").GetProperty("verifiedBy").GetString());
        Assert.InRange(body.GetProperty("verification").GetProperty("verifiedAt").GetDateTimeOffset(), before, _portal.Clock.UtcNow);
        var profile = await (await cast.CharityA.GetAsync($"/api/v1/charities/{cast.OrgA}")).JsonAsync();
        Assert.Equal(Admin, profile.GetProperty("verification").GetProperty("verifiedBy").GetString());
        Assert.True((await (await cast.Funder.GetAsync($"/api/v1/charities/{cast.OrgA}/journey")).JsonAsync()).GetProperty("organisationVerified").GetBoolean());
        var after = await cast.Funder.PortfolioWhenAsync(cast.FunderOrgId, p => SharingHttp.EntryFor(p, cast.OrgA)?.GetProperty("organisationVerified").GetBoolean() == true);
        Assert.True(SharingHttp.EntryFor(after, cast.OrgA)!.Value.GetProperty("organisationVerified").GetBoolean());
        Assert.True(await ApplicationVerifiedAsync(cast.Funder, roundId));
        Assert.DoesNotContain(">Unverified<", await PageAsync(cast.Funder, $"funder-{cast.Suffix}", $"/funders/{cast.FunderOrgId}"), StringComparison.Ordinal);
        var audit = await (await cast.CharityA.GetAsync($"/api/v1/charities/{cast.OrgA}/audit")).JsonAsync();
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("what").GetString() == "OrganisationVerified" && e.GetProperty("actor").GetString() == Admin);

        // Verifying again changes nothing; withdrawing shows the charity unverified again, everywhere.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsync(Charity(cast.OrgA), null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(Charity(cast.OrgA))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(Charity(cast.OrgA))).StatusCode);
        Assert.False(await ApplicationVerifiedAsync(cast.Funder, roundId));
        Assert.Equal(JsonValueKind.Null, (await (await cast.CharityA.GetAsync($"/api/v1/charities/{cast.OrgA}")).JsonAsync()).GetProperty("verification").ValueKind);
        var history = await (await cast.CharityA.GetAsync($"/api/v1/charities/{cast.OrgA}/history")).JsonAsync();
        Assert.Equal(["OrganisationVerified", "VerificationWithdrawn"],
            history.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()).Where(t => t!.Contains("Verif", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task OnlyPlatformAdminsVerifyAndBadRequestsAreProblems()
    {
        var cast = await _portal.CastAsync();
        var admin = await _portal.ClientForAsync(Admin);
        var funderPath = $"/api/v1/admin/funders/{cast.FunderOrgId}/verification";

        await (await cast.CharityA.PutAsync(Charity(cast.OrgA), null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await cast.Funder.PutAsync(funderPath, null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await cast.Funder.DeleteAsync(funderPath)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await _portal.CreateClient().PutAsync(funderPath, null)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await admin.PutAsync(Charity("GB-CHC-99999999"), null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PutAsync(Charity("not-an-org-id"), null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PutAsync(Charity(cast.OrgA), Http.Json($$"""{"note":"{{new string('x', 2_001)}}"}"""))).AssertInvalidAsync("note");
        Assert.Equal(JsonValueKind.Null, (await (await cast.CharityA.GetAsync($"/api/v1/charities/{cast.OrgA}")).JsonAsync()).GetProperty("verification").ValueKind);

        var verified = await admin.PutAsync(funderPath, null);

        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var profile = await (await cast.Funder.GetAsync($"/api/v1/funders/{cast.FunderOrgId}")).JsonAsync();
        Assert.Equal(Admin, profile.GetProperty("verification").GetProperty("verifiedBy").GetString());
        // Being an admin opens none of the organisation's own data.
        await (await admin.GetAsync($"/api/v1/funders/{cast.FunderOrgId}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(funderPath)).StatusCode);
        Assert.Equal(JsonValueKind.Null, (await (await cast.Funder.GetAsync($"/api/v1/funders/{cast.FunderOrgId}")).JsonAsync()).GetProperty("verification").ValueKind);
    }

    private static async Task<bool> ApplicationVerifiedAsync(HttpClient funder, string roundId) =>
        (await (await funder.GetAsync($"/api/v1/rounds/{roundId}/applications")).JsonAsync())[0].GetProperty("organisationVerified").GetBoolean();

    /// <summary>The page's HTML as a browser signed in as <paramref name="subject"/> gets it.</summary>
    private async Task<string> PageAsync(HttpClient _, string subject, string path)
    {
        using var browser = _portal.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        Assert.True((await browser.GetAsync($"/dev/sign-in?subject={subject}")).IsSuccessStatusCode);
        var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
