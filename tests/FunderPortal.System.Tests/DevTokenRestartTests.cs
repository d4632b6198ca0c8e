using System.Net;

namespace FunderPortal.System.Tests;

/// <summary>Without a configured signing key the host makes one once and keeps it in the data path.</summary>
public sealed class DevTokenRestartTests
{
    private const string OrgId = "GB-CHC-2468013";

    [Fact]
    public async Task TokensSurviveRestartWithGeneratedKey()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(45));
        var ct = deadline.Token;
        await using var sandbox = PortalSandbox.Create(devSigningKey: null);
        var first = await sandbox.StartAsync(ct);

        string token;
        using (var anonymous = new PortalClient(first.BaseAddress))
            token = await anonymous.IssueTokenAsync("bob", ct);
        using (var client = new PortalClient(first.BaseAddress, token))
        using (var registered = await client.RegisterCharityAsync(OrgId, "Key Keepers", ct))
            await PortalClient.EnsureStatusAsync(registered, HttpStatusCode.Created, ct);
        Assert.True(File.Exists(Path.Combine(sandbox.Settings.DataPath, "dev-signing-key")), "No generated key in the data path.");

        await first.KillAsync();
        var second = await sandbox.StartAsync(ct);

        using (var client = new PortalClient(second.BaseAddress, token))
        using (var profile = await client.GetAsync($"api/v1/charities/{OrgId}", ct))
            await PortalClient.EnsureStatusAsync(profile, HttpStatusCode.OK, ct);

        // The same claims under any other key are refused, so the 200 above is the kept key at work.
        using (var forged = new PortalClient(second.BaseAddress, ForgedTokens.ResignedWithAnotherKey(token)))
        using (var refused = await forged.GetAsync($"api/v1/charities/{OrgId}", ct))
            await PortalClient.EnsureStatusAsync(refused, HttpStatusCode.Unauthorized, ct);
    }
}
