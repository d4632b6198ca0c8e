using System.Net;

namespace FunderPortal.Api.Tests;

/// <summary>A charity's audit: every change and every funder read that concerns it, with who and when; read-only.</summary>
[Collection(PortalCollection.Name)]
public sealed class AuditTests(PortalFactory portal)
{
    [Fact]
    public async Task ACharitySeesWhoChangedAndWhoReadWhatItShares()
    {
        var suffix = Guid.NewGuid().ToString("n")[..8];
        var charity = await portal.ClientForAsync($"audit-charity-{suffix}");
        var orgId = await charity.RegisterAsync();
        await charity.StartWorkstreamAsync(orgId);
        var funder = await portal.ClientForAsync($"audit-funder-{suffix}");
        var funderOrgId = await funder.RegisterFunderAsync();
        await charity.ShareAsync(orgId, funderOrgId, """["Journey"]""");
        Assert.Equal(HttpStatusCode.OK, (await funder.GetAsync($"/api/v1/charities/{orgId}/journey")).StatusCode);

        var audit = await (await charity.GetAsync($"/api/v1/charities/{orgId}/audit")).JsonAsync();
        var entries = audit.EnumerateArray().ToList();

        var read = entries.First(); // newest first: the funder's read came last
        Assert.Equal(("Read", $"audit-funder-{suffix}", funderOrgId), (read.GetProperty("action").GetString(), read.GetProperty("actor").GetString(),
            read.GetProperty("funderOrgId").GetString()));
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == "Changed" && e.GetProperty("what").GetString() == "WorkstreamStarted"
            && e.GetProperty("actor").GetString() == $"audit-charity-{suffix}");
        Assert.Equal(entries.Select(e => e.GetProperty("at").GetDateTimeOffset()).OrderDescending(), entries.Select(e => e.GetProperty("at").GetDateTimeOffset()));

        await (await funder.GetAsync($"/api/v1/charities/{orgId}/audit")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await charity.GetAsync($"/api/v1/charities/{orgId}/audit?limit=0")).AssertInvalidAsync("limit");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await charity.DeleteAsync($"/api/v1/charities/{orgId}/audit")).StatusCode);
    }
}
