using Orleans.Runtime;

namespace FunderPortal.Common;

/// <summary>
/// What a refusal means, the same to the API and the pages: its HTTP status and the RFC 9457 problem title.
/// <see cref="PageWords"/>, when set, is what a page tells the person instead of the exception's own message.
/// </summary>
public sealed record Refusal(int Status, string Title, string? PageWords = null)
{
    /// <summary>The words a page shows: <see cref="PageWords"/>, or the exception's message (written for people).</summary>
    public string WordsFor(Exception exception) => PageWords ?? exception.Message;

    /// <summary>412: the change was made against a version someone else has since replaced; nothing was saved.</summary>
    public bool IsStale => Status == RefusalTable.StaleStatus;
}

/// <summary>
/// The one table from an exception to what the caller is told: the API's exception handler writes it as problem+json,
/// the pages use its status code and words. Pure: no HTTP types, so the pages and tests read it as they are.
/// </summary>
public static class RefusalTable
{
    public const int StaleStatus = 412;

    /// <summary>What a person editing a form is told when someone else saved first.</summary>
    public const string StaleFormWords =
        "Someone else changed this while you were editing; your changes were not saved. Here is the latest version.";

    public static readonly Refusal Invalid = new(400, "Some of what was sent is not valid.");
    public static readonly Refusal NotFound = new(404, "Not found.");
    public static readonly Refusal Forbidden = new(403, "Not allowed.");
    public static readonly Refusal Conflict = new(409, "Conflicts with the current state.");
    public static readonly Refusal Stale = new(StaleStatus, "The version you named is no longer current.", StaleFormWords);
    public static readonly Refusal UnsupportedFile = new(415, "Unsupported file.");
    public static readonly Refusal StorageUnavailable = new(503, "Storage is unavailable; nothing was changed. Try again shortly.");
    public static readonly Refusal Busy = new(503, "The service is busy or restarting; nothing was acknowledged. Try again shortly.");
    public static readonly Refusal Unexpected = new(500, "Something went wrong on our side.");

    /// <summary>Every exception a request can end with: the portal's refusals, a silo that is away, or anything else (500).</summary>
    public static Refusal For(Exception exception) => exception switch
    {
        DomainValidationException => Invalid,
        NotFoundException => NotFound,
        ForbiddenException => Forbidden,
        ConflictException => Conflict,
        PreconditionFailedException => Stale,
        UnsupportedFileException => UnsupportedFile,
        StorageUnavailableException => StorageUnavailable,
        OrleansMessageRejectionException or SiloUnavailableException or TimeoutException => Busy,
        _ => Unexpected,
    };

    /// <summary>
    /// A request the host could not read before any rule ran (its body, a route or query value), by the status the
    /// host gave it: 413 too large, 415 not JSON, anything else unreadable.
    /// </summary>
    public static Refusal ForUnreadableRequest(int status) => status switch
    {
        413 => new(413, "The request is too large."),
        415 => new(415, "Unsupported media type: send application/json."),
        _ => new(status, "The request could not be read."),
    };
}
