using System.Diagnostics;
using System.Net;
using FunderPortal.Charities;
using FunderPortal.Common.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Orleans;

namespace FunderPortal.Api.Tests;

/// <summary>
/// Recording a grant never waits on its charity: while the charity cannot take the grant's note the grant is still
/// recorded (201), and the outbox delivers the note once the charity can, once.
/// </summary>
public sealed class GrantNoteDeliveryTests : IAsyncLifetime
{
    private readonly CharityUnreachable _fault = new();
    private readonly PortalFactory _portal;

    public GrantNoteDeliveryTests() => _portal = new PortalFactory().WithServices(services =>
    {
        services.AddSingleton<IIncomingGrainCallFilter>(_fault);
        services.AddSingleton(new OutboxOptions { RetryPeriod = TimeSpan.FromMilliseconds(200) });
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task AGrantIsRecordedWhileItsNoteToTheCharityFailsAndTheNoteArrivesOnceTheFaultStops()
    {
        var alice = await _portal.ClientForAsync("alice");
        var fiona = await _portal.ClientForAsync("fiona");
        var charityOrgId = await alice.RegisterAsync();
        var funderOrgId = await fiona.RegisterFunderAsync();
        _fault.Failing = true;

        var recorded = await fiona.PostAsync($"/api/v1/funders/{funderOrgId}/grants",
            Http.Json(FunderHttp.GrantJson.Replace("GB-CHC-1234567", charityOrgId, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var grantId = (await recorded.JsonAsync()).GetProperty("id").GetString();
        await Task.Delay(TimeSpan.FromSeconds(1)); // five retry periods, every one refused
        Assert.True(_fault.Refused >= 2, $"The note was tried {_fault.Refused} times.");
        Assert.Empty(await NotesAsync(alice, charityOrgId));

        _fault.Failing = false;

        var waited = Stopwatch.StartNew();
        while ((await NotesAsync(alice, charityOrgId)).Count == 0)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "The note did not arrive within 30 s of the fault stopping.");
            await Task.Delay(100);
        }
        await Task.Delay(TimeSpan.FromMilliseconds(600)); // a few more retry periods: nothing more arrives
        var note = Assert.Single(await NotesAsync(alice, charityOrgId));
        Assert.Equal(grantId, note.GetProperty("data").GetProperty("grantId").GetString());
        Assert.Equal(funderOrgId, note.GetProperty("data").GetProperty("funderOrgId").GetString());
    }

    /// <summary>The charity's history entries that note a funder's grant, read over HTTP.</summary>
    private static async Task<List<System.Text.Json.JsonElement>> NotesAsync(HttpClient member, string orgId)
    {
        var response = await member.GetAsync($"/api/v1/charities/{orgId}/history");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.JsonAsync()).GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == nameof(FunderGrantNoted))];
    }

    /// <summary>While <see cref="Failing"/>, the charity refuses a grant's note before it runs, as an unreachable silo would.</summary>
    private sealed class CharityUnreachable : IIncomingGrainCallFilter
    {
        private int _refused;

        public volatile bool Failing;

        public int Refused => _refused;

        public Task Invoke(IIncomingGrainCallContext context)
        {
            if (Failing && context.InterfaceMethod?.Name == nameof(ICharityGrain.NoteFunderGrantAsync))
            {
                Interlocked.Increment(ref _refused);
                throw new TimeoutException("A fault of the test: the charity cannot be reached.");
            }
            return context.Invoke();
        }
    }
}
