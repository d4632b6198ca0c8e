using System.Text.Json.Serialization;

namespace FunderPortal.Idempotency;

[JsonDerivedType(typeof(IdempotentRequestBegun), "IdempotentRequestBegun")]
[JsonDerivedType(typeof(IdempotentResponseStored), "IdempotentResponseStored")]
[JsonDerivedType(typeof(IdempotentRequestAbandoned), "IdempotentRequestAbandoned")]
public abstract record IdempotencyEvent;

public sealed record IdempotentRequestBegun(string RequestHash) : IdempotencyEvent;

public sealed record IdempotentResponseStored(StoredResponse Response) : IdempotencyEvent;

public sealed record IdempotentRequestAbandoned : IdempotencyEvent;
