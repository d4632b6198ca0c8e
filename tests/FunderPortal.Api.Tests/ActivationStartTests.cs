using FunderPortal.Common;
using Microsoft.Extensions.DependencyInjection;

namespace FunderPortal.Api.Tests;

/// <summary>
/// The host's silo starts every activation apart from the runtime's creation of it (<see cref="ActivationStartsApart"/>):
/// no grain's own code runs under its activation's lock, where calling a grain activating at the same moment deadlocked
/// (found by the report benchmark under load). The control shows the probe can see it: without the guard, fresh grains on
/// the SQLite store (which answers synchronously) activate inside it once the first of their kind has.
/// </summary>
public sealed class ActivationStartTests
{
    private const int Rounds = 4;

    [Fact]
    public async Task FreshGrainsActivateOutsideTheRuntimesCreationOfThem()
    {
        var activations = await ActivateFreshGrainsAsync(withGuard: true);

        Assert.Equal(2 * Rounds, activations.Count);
        Assert.All(activations, a => Assert.Equal((1, 0), a.Seen));
    }

    [Fact]
    public async Task WithoutTheGuardFreshGrainsActivateInsideIt()
    {
        var activations = await ActivateFreshGrainsAsync(withGuard: false);

        Assert.Equal(2 * Rounds, activations.Count);
        Assert.All(activations, a => Assert.Equal(1, a.Seen.Activations));
        Assert.Contains(activations.Skip(2), a => a.Seen.InsideStart == 1);
    }

    /// <summary>Charities and funders registered over HTTP on a portal of their own: how each one's activation began.</summary>
    private static async Task<List<(string OrgId, (int Activations, int InsideStart) Seen)>> ActivateFreshGrainsAsync(bool withGuard)
    {
        await using var portal = new PortalFactory().WithServices(services =>
        {
            services.AddSingleton<IConfigureGrainContextProvider, ActivationProbe>();
            if (!withGuard)
                services.Remove(services.Single(d => d.ImplementationType == typeof(ActivationStartsApart)));
        });
        using var client = await portal.ClientForAsync("activation-probe");
        List<string> orgIds = [];
        for (var i = 0; i < Rounds; i++)
        {
            orgIds.Add(await client.RegisterAsync());
            orgIds.Add(await client.RegisterFunderAsync());
        }
        return [.. orgIds.Select(orgId => (orgId, ActivationProbe.Of(orgId)))];
    }
}
