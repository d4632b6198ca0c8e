namespace FunderPortal.Common;

// The domain's refusals. They cross grain calls (hence [GenerateSerializer]) and the API maps each
// to one RFC 9457 status: the message is written for the person who made the request.

[GenerateSerializer, Alias("FunderPortal.PortalException")]
public abstract class PortalException : Exception
{
    protected PortalException(string message) : base(message) { }
}

/// <summary>404: the thing does not exist, or the caller may not know it does.</summary>
[GenerateSerializer, Alias("FunderPortal.NotFoundException")]
public sealed class NotFoundException(string message) : PortalException(message);

/// <summary>403: the caller can see it but may not do this.</summary>
[GenerateSerializer, Alias("FunderPortal.ForbiddenException")]
public sealed class ForbiddenException(string message) : PortalException(message);

/// <summary>409: conflicts with the current state (already exists, changed concurrently).</summary>
[GenerateSerializer, Alias("FunderPortal.ConflictException")]
public sealed class ConflictException(string message) : PortalException(message);

/// <summary>412: the caller's If-Match names a version that is no longer current.</summary>
[GenerateSerializer, Alias("FunderPortal.PreconditionFailedException")]
public sealed class PreconditionFailedException(string message, long currentVersion) : PortalException(message)
{
    [Id(0)] public long CurrentVersion { get; } = currentVersion;
}

/// <summary>503: storage did not confirm the write (or could not be read); nothing was acknowledged.</summary>
[GenerateSerializer, Alias("FunderPortal.StorageUnavailableException")]
public sealed class StorageUnavailableException(string message) : PortalException(message);

/// <summary>400: invalid input, errors keyed by JSON field.</summary>
[GenerateSerializer, Alias("FunderPortal.DomainValidationException")]
public sealed class DomainValidationException(Dictionary<string, string[]> errors)
    : PortalException("One or more fields are invalid.")
{
    [Id(0)] public Dictionary<string, string[]> Errors { get; } = errors;

    public static DomainValidationException For(string field, string message) => new(new() { [field] = [message] });
}

/// <summary>415: a file or body of a type the portal does not take, or whose content belies its name.</summary>
[GenerateSerializer, Alias("FunderPortal.UnsupportedFileException")]
public sealed class UnsupportedFileException(string message) : PortalException(message);
