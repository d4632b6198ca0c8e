namespace FunderPortal.Cluster.Tests;

/// <summary>
/// A private PostgreSQL and Redis for this test run, on free loopback ports, started once and shared by every test
/// (each test has its own database and cluster id). Missing server programs fail the tests: nothing is skipped.
/// </summary>
public sealed class ClusterServices : IAsyncLifetime
{
    public PostgresInstance Postgres { get; private set; } = null!;

    public RedisInstance Redis { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var postgres = PostgresInstance.StartAsync();
        var redis = RedisInstance.StartAsync();
        try
        {
            await Task.WhenAll(postgres, redis);
        }
        finally
        {
            // Whichever started is kept for DisposeAsync, even when the other failed.
            Postgres = postgres.IsCompletedSuccessfully ? postgres.Result : null!;
            Redis = redis.IsCompletedSuccessfully ? redis.Result : null!;
        }
    }

    public async Task DisposeAsync()
    {
        if (Redis is not null)
            await Redis.DisposeAsync();
        if (Postgres is not null)
            await Postgres.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterServices>
{
    public const string Name = "cluster services";
}
