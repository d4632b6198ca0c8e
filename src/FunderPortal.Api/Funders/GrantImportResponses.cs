using System.ComponentModel;
using FunderPortal.GrantImports;
using FunderPortal.Http;

namespace FunderPortal.Api.Funders;

[Description("An import asked for: follow it at the Location given.")]
public sealed record GrantImportStartedResponse(string Id, GrantImportStatus Status);

[Description("Where an import stands. In a dry run imported counts the grants that would be imported.")]
public sealed record GrantImportResponse(
    string Id,
    [property: Description("Queued, Running (rowsChecked of rows so far), Done, or Failed (the file could not be imported at all; see problems).")]
    GrantImportStatus Status,
    bool DryRun,
    string FileName,
    GrantImportFormat Format,
    [property: Description("Grants in the file (rows of a sheet, grants of a package); null until it is read.")] int? Rows,
    [property: Description("Rows checked so far: the progress.")] int RowsChecked,
    [property: Description("Grants recorded (in a dry run: that would be), each keeping its 360Giving id.")] int Imported,
    [property: Description("Grants already in the portal as they are in the file (importing a file again changes nothing).")] int Unchanged,
    [property: Description("Rows not imported, each with its problems.")] int Refused,
    [property: Description("One per charity the file names that is not on the portal: a link to register it, filled in, and share its journey with the funder.")]
    IReadOnlyList<GrantImportInvitationResponse> Invitations,
    [property: Description("Everything wrong, in plain words, by row (the row of the sheet, the column titles being row 1; or the grant's place in the package, from 1) and field (its column title or JSON path); row null is the file as a whole.")]
    IReadOnlyList<GrantImportProblemResponse> Problems,
    DateTimeOffset QueuedAt,
    DateTimeOffset? FinishedAt);

public sealed record GrantImportInvitationResponse(
    string CharityOrgId,
    string Name,
    [property: Description("The portal's registration page, filled in with the charity's org-id and name, leading on to sharing with the funder.")] string Url,
    [property: Description("Whether the link was emailed to the address the file gives for the charity (real imports only).")] bool Emailed);

public sealed record GrantImportProblemResponse(int? Row, string Field, string Message);

public sealed record GrantImportRowsResponse(
    IReadOnlyList<GrantImportRowResponse> Rows,
    [property: Description("The after of the next page; null on the last.")] int? Next);

public sealed record GrantImportRowResponse(
    int Row,
    [property: Description("The grant's 360Giving identifier, as the file gives it.")] string? Id,
    string? Title,
    string? CharityOrgId,
    string? CharityName,
    long? AmountPence,
    [property: Description("New (recorded; in a dry run, would be), Unchanged (already here as it is) or Refused.")] GrantRowOutcome Outcome,
    [property: Description("The portal's grant, once recorded.")] string? GrantId,
    string? Message);

public static class GrantImportMappings
{
    public static GrantImportResponse ToResponse(this GrantImportView v, PortalLinks links, HttpRequest request) => new(
        v.Id, v.Status, v.DryRun, v.FileName, v.Format, v.Rows, v.RowsChecked, v.New, v.Unchanged, v.Refused,
        [.. v.Invitations.Select(i => new GrantImportInvitationResponse(i.CharityOrgId, i.Name, links.UrlForPath(request, i.Path), i.Emailed))],
        [.. v.Problems.Select(p => new GrantImportProblemResponse(p.Row, p.Field, p.Message))],
        v.QueuedAt, v.FinishedAt);

    public static GrantImportRowsResponse ToResponse(this GrantImportRowsPage page) => new(
        [.. page.Rows.Select(r => new GrantImportRowResponse(r.Row, r.OpenGrantId, r.Title, r.CharityOrgId, r.CharityName, r.AmountPence, r.Outcome, r.GrantId, r.Message))],
        page.Next);
}
