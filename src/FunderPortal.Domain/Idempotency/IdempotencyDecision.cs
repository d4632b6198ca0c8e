namespace FunderPortal.Idempotency;

public enum IdempotencyOutcome
{
    /// <summary>First time (or the earlier record expired): carry out the request.</summary>
    Proceed,
    /// <summary>Done before with this body: answer with <see cref="IdempotencyDecision.Response"/>.</summary>
    Replay,
    /// <summary>The same key is being carried out right now: wait and ask again.</summary>
    InProgress,
    /// <summary>The key was used with another body.</summary>
    Mismatch,
}

[GenerateSerializer, Immutable, Alias("FunderPortal.IdempotencyDecision")]
public sealed record IdempotencyDecision(
    [property: Id(0)] IdempotencyOutcome Outcome,
    [property: Id(1)] StoredResponse? Response = null,
    [property: Id(2)] long Generation = 0);

/// <summary>
/// The first response to an idempotent request, as it was sent: a retry gets it again in the language it was written in
/// (<see cref="ContentLanguage"/>, null for answers kept before it was recorded or with no language of their own).
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.StoredResponse")]
public sealed record StoredResponse(
    [property: Id(0)] int Status,
    [property: Id(1)] string? ContentType,
    [property: Id(2)] string? Location,
    [property: Id(3)] string? ETag,
    [property: Id(4)] byte[] Body,
    [property: Id(5)] string? ContentLanguage = null);
