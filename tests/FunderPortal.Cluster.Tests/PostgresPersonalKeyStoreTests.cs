using FunderPortal.EventStore.Postgres;
using FunderPortal.PersonalData;
using FunderPortal.PersonalData.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FunderPortal.Cluster.Tests;

/// <summary>Per-person keys in PostgreSQL: made once, read, indexed by stream, really deleted on erasure and by retention.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PostgresPersonalKeyStoreTests(ClusterServices services) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private NpgsqlDataSource _dataSource = null!;

    private PostgresPersonalKeyStore Store { get; set; } = null!;

    public async Task InitializeAsync()
    {
        var database = await services.Postgres.CreateDatabaseAsync("keys");
        _dataSource = NpgsqlDataSource.Create(services.Postgres.ConnectionString(database));
        await PostgresSchema.EnsureCreatedAsync(_dataSource);
        Store = new PostgresPersonalKeyStore(_dataSource, NullLogger<PostgresPersonalKeyStore>.Instance);
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    [Fact]
    public async Task KeysAreMadeOnceReadAndDestroyed()
    {
        var comments = new PersonalKeyId("participant/GB-CHC-1/p-1", PersonalPurposes.AttestationComments, "2026-11");
        var profile = new PersonalKeyId("participant/GB-CHC-1/p-1", PersonalPurposes.Profile, PersonalKeyId.NoPeriod);
        var first = await Store.GetOrAddAsync(comments, [1, 2, 3], "charity/GB-CHC-1", Now);
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => Store.GetOrAddAsync(comments, [(byte)i], "round/r1", Now)));
        await Store.GetOrAddAsync(profile, [7], "round/r1", Now);

        Assert.Equal([1, 2, 3], first);
        Assert.All(concurrent, k => Assert.Equal(first, k)); // the first key made wins
        Assert.Equal(first, await Store.FindAsync(comments.ToString()));
        Assert.Equal(["charity/GB-CHC-1", "round/r1"], await Store.StreamsOfAsync(comments.Person));
        Assert.Equal([comments.Person], await Store.PeopleInAsync("round/r1"));

        Assert.Equal(2, await Store.DestroyPersonAsync(comments.Person, "admin", Now));
        Assert.Equal(0, await Store.DestroyPersonAsync(comments.Person, "admin", Now));

        Assert.Null(await Store.FindAsync(comments.ToString()));
        Assert.Null(await Store.FindAsync(profile.ToString()));
        var erasures = await Store.ErasuresOfAsync(comments.Person);
        Assert.Equal([2, 0], erasures.Select(e => e.KeysDestroyed));
        Assert.Equal(Now, erasures[0].ErasedAt);
    }

    [Fact]
    public async Task RetentionDestroysOnlyEarlierMonthsOfThatPurpose()
    {
        PersonalKeyId Key(string purpose, string period) => new("user/sam", purpose, period);
        foreach (var key in new[]
                 {
                     Key(PersonalPurposes.PanelComments, "2026-09"), Key(PersonalPurposes.PanelComments, "2026-10"),
                     Key(PersonalPurposes.AttestationComments, "2026-09"), Key(PersonalPurposes.Profile, PersonalKeyId.NoPeriod),
                 })
            await Store.GetOrAddAsync(key, [1], "round/r2", Now);

        Assert.Equal(1, await Store.DestroyBeforeAsync(PersonalPurposes.PanelComments, "2026-10"));

        Assert.Null(await Store.FindAsync(Key(PersonalPurposes.PanelComments, "2026-09").ToString()));
        Assert.NotNull(await Store.FindAsync(Key(PersonalPurposes.PanelComments, "2026-10").ToString()));
        Assert.NotNull(await Store.FindAsync(Key(PersonalPurposes.AttestationComments, "2026-09").ToString()));
        Assert.NotNull(await Store.FindAsync(Key(PersonalPurposes.Profile, PersonalKeyId.NoPeriod).ToString()));
    }
}
