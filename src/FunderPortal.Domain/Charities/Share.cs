using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>The charity's journey shared with one funder: what, until when, and whether it was revoked.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Share")]
public sealed record Share(
    [property: Id(0)] string Id,
    [property: Id(1)] string FunderOrgId,
    [property: Id(2)] IReadOnlyList<ShareScope> Scope,
    [property: Id(3)] DateTimeOffset? ExpiresAt,
    [property: Id(4)] DateTimeOffset SharedAt,
    [property: Id(5)] DateTimeOffset? RevokedAt)
{
    public bool IsLiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is not { } end || now < end);

    public bool Covers(ShareScope scope, DateTimeOffset now) => IsLiveAt(now) && Scope.Contains(scope);
}
