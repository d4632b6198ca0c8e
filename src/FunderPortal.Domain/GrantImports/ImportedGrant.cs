using FunderPortal.Funders;

namespace FunderPortal.GrantImports;

/// <summary>
/// A row that passed every rule of its own (<see cref="GrantImportRules.Check"/>): a grant as the portal keeps it, with
/// its 360Giving identifier. The programme is named as the file names it; the funder grain finds (or adds) it.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ImportedGrant")]
public sealed record ImportedGrant(
    [property: Id(0)] int Row,
    [property: Id(1)] string OpenGrantId,
    [property: Id(2)] string CharityOrgId,
    [property: Id(3)] string CharityName,
    [property: Id(4)] string Title,
    [property: Id(5)] string Description,
    [property: Id(6)] long AmountPence,
    [property: Id(7)] DateOnly AwardDate,
    [property: Id(8)] DateOnly PlannedStart,
    [property: Id(9)] DateOnly PlannedEnd,
    [property: Id(10)] GrantType Type,
    [property: Id(11)] string? ProgrammeCode,
    [property: Id(12)] string? ProgrammeTitle);

/// <summary>What became of one row: recorded (or, in a dry run, would be), already there as it is, or refused and why.</summary>
public enum GrantRowOutcome
{
    New,
    Unchanged,
    Refused,
}

/// <summary>The funder's answer for one row of a batch: <see cref="GrantId"/> is the portal's grant, <see cref="Message"/> why it was refused.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.GrantRowResult")]
public sealed record GrantRowResult(
    [property: Id(0)] int Row,
    [property: Id(1)] GrantRowOutcome Outcome,
    [property: Id(2)] string? GrantId,
    [property: Id(3)] string? Message);
