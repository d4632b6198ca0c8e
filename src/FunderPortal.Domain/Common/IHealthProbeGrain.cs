namespace FunderPortal.Common;

/// <summary>Answers only when the silo schedules grain calls and the event store can be read.</summary>
[Alias("FunderPortal.IHealthProbeGrain")]
public interface IHealthProbeGrain : IGrainWithIntegerKey
{
    [Alias("Check")]
    Task CheckAsync();
}
