namespace FunderPortal.Common;

/// <summary>
/// The product's own notion of "now". Tests replace it; Orleans keeps its own <see cref="TimeProvider"/>,
/// which must never be faked (a fake one stalls membership and timers).
/// </summary>
public interface IClock
{
    DateTimeOffset UtcNow { get; }
}
