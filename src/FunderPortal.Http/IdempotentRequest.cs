namespace FunderPortal.Http;

/// <summary>
/// A request sent with an <c>Idempotency-Key</c>: its id is the same at every retry (the caller, the route and the key),
/// so the grain that creates something can recognise a retry whatever happened to the first attempt after it committed
/// (an answer lost, a later step failed, the silo killed). Set by the idempotency middleware for the endpoints that honour it.
/// </summary>
public sealed record IdempotentRequest(string Id)
{
    /// <summary>The id of this request when it carries an <c>Idempotency-Key</c>, else null.</summary>
    public static string? IdOf(HttpContext http) => http.Features.Get<IdempotentRequest>()?.Id;
}
