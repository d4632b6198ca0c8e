using System.Net;

namespace FunderPortal.Api.Tests;

/// <summary>The server requires what the contract marks required, and refuses what the contract does not name.</summary>
[Collection(PortalCollection.Name)]
public sealed class ContractEnforcementTests(PortalFactory portal)
{
    [Fact]
    public async Task ARoleLeftOutIsRequired()
    {
        var alice = await portal.ClientForAsync("enforce-alice");
        var orgId = await alice.RegisterAsync();

        await (await alice.PutAsync($"/api/v1/charities/{orgId}/members/bob", Http.Json("{}"))).AssertInvalidAsync("role");
        await (await alice.PostAsync($"/api/v1/charities/{orgId}/invitations", Http.Json("{}"))).AssertInvalidAsync("role");
        await (await alice.PostAsync($"/api/v1/charities/{orgId}/invitations", Http.Json("""{"role":null}"""))).AssertInvalidAsync("role");
    }

    [Fact]
    public async Task UnknownPropertiesAreRefusedByName()
    {
        var alice = await portal.ClientForAsync("enforce-alice");
        var orgId = await alice.RegisterAsync();

        await (await alice.PutAsync($"/api/v1/charities/{orgId}/members/bob", Http.Json("""{"role":"Editor","rol":"Viewer"}"""))).AssertInvalidAsync("rol");
        await (await alice.PostAsync($"/api/v1/charities/{orgId}/workstreams", Http.Json("""{"title":"T","titel":"x"}"""))).AssertInvalidAsync("titel");
        await (await alice.PostAsync($"/api/v1/charities/{orgId}/workstreams", Http.Json("""{"title":null}"""))).AssertInvalidAsync("title");
    }
}
