namespace FunderPortal.Funders;

/// <summary>
/// A funder's note that it has read a grant's report (the journey shared over the grant's period): kept with the grant
/// on the funder, shown to the charity beside the report. <see cref="By"/> is the funder member who wrote it.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ReportAcknowledgement")]
public sealed record ReportAcknowledgement(
    [property: Id(0)] string Id,
    [property: Id(1)] string GrantId,
    [property: Id(2)] string Note,
    [property: Id(3)] string By,
    [property: Id(4)] DateTimeOffset At);
