using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Charities;

[JsonDerivedType(typeof(SharedWithFunder), "SharedWithFunder")]
[JsonDerivedType(typeof(ShareRevoked), "ShareRevoked")]
public abstract partial record CharityEvent;

public sealed record SharedWithFunder(string ShareId, string FunderOrgId, IReadOnlyList<ShareScope> Scope, DateTimeOffset? ExpiresAt) : CharityEvent;

/// <summary>Sharing stops at once.</summary>
public sealed record ShareRevoked(string ShareId) : CharityEvent;
