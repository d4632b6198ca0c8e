namespace FunderPortal.Idempotency;

/// <summary>
/// One <c>Idempotency-Key</c> of one caller on one route (the grain key is a hash of the three). Being a grain,
/// it sees concurrent requests one at a time, so only one of them is told to proceed.
/// </summary>
[Alias("FunderPortal.IIdempotencyGrain")]
public interface IIdempotencyGrain : IGrainWithStringKey
{
    /// <param name="requestHash">A hash of the request body: the same key with another body is refused.</param>
    [Alias("Begin")]
    Task<IdempotencyDecision> BeginAsync(string requestHash);

    /// <summary>Keeps the first response so retries get it again.</summary>
    [Alias("Complete")]
    Task CompleteAsync(string requestHash, StoredResponse response);

    /// <summary>The request ended without a response worth keeping (a 5xx): a retry may proceed.</summary>
    [Alias("Abandon")]
    Task AbandonAsync(string requestHash);
}
