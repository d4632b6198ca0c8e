using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Common;
using FunderPortal.EventStore;
using FunderPortal.Http;
using FunderPortal.PersonalData;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Admin;

/// <summary>
/// <c>/api/v1/admin/people</c>: UK GDPR requests, for platform admins only. People are named by kind:
/// users by sign-in subject, participants by charity and the handle the charity gave them, panellists who joined by
/// link alone by round and panellist id. Export opens everything sealed for the person across charities and rounds;
/// erasure destroys their keys, so every event stays and every view shows "erased". See docs/decisions/0006-personal-data.md.
/// </summary>
public static class PersonalDataApi
{
    private const string Users = "/people/users/{subject}";
    private const string Participants = "/people/participants/{orgId}/{participant}";
    private const string Panellists = "/people/panellists/{roundId}/{panellistId}";
    private const string Erases = "destroys their keys: every event stays, every view shows \"erased\". Idempotent; audited";

    public static RouteGroupBuilder MapPersonalDataApi(this RouteGroupBuilder admin)
    {
        admin.MapGet("/people", ListPeople)
            .WithName("ListPeopleWithPersonalData")
            .WithSummary("People with personal data sealed in a charity (?charity=) or a round (?round=), with their export routes")
            .ProducesValidationProblem();

        admin.MapGet(Users + "/export", (string subject, PersonalDataExporter exporter, CancellationToken ct) =>
                ExportAsync(PersonIds.User(subject), exporter, ct))
            .WithName("ExportUserPersonalData").WithSummary("Subject access: everything held about a user (by sign-in subject), opened");
        admin.MapDelete(Users, (string subject, PersonalDataProtector personal, ClaimsPrincipal user) =>
                EraseAsync(PersonIds.User(subject), personal, user))
            .WithName("EraseUserPersonalData").WithSummary($"Erase a user's personal data: {Erases}");

        admin.MapGet(Participants + "/export", (string orgId, string participant, PersonalDataExporter exporter, CancellationToken ct) =>
                ExportAsync(PersonIds.Participant(orgId, participant), exporter, ct))
            .WithName("ExportParticipantPersonalData")
            .WithSummary("Subject access: everything held about a charity's participant (org-id and the handle the charity gave them), opened");
        admin.MapDelete(Participants, (string orgId, string participant, PersonalDataProtector personal, ClaimsPrincipal user) =>
                EraseAsync(PersonIds.Participant(orgId, participant), personal, user))
            .WithName("EraseParticipantPersonalData").WithSummary($"Erase a participant's personal data: {Erases}");

        admin.MapGet(Panellists + "/export", (string roundId, string panellistId, PersonalDataExporter exporter, CancellationToken ct) =>
                ExportAsync(PersonIds.Panellist(roundId, panellistId), exporter, ct))
            .WithName("ExportPanellistPersonalData")
            .WithSummary("Subject access: everything held about a panellist who joined by link without signing in, opened");
        admin.MapDelete(Panellists, (string roundId, string panellistId, PersonalDataProtector personal, ClaimsPrincipal user) =>
                EraseAsync(PersonIds.Panellist(roundId, panellistId), personal, user))
            .WithName("ErasePanellistPersonalData").WithSummary($"Erase a link-only panellist's personal data: {Erases}");
        return admin;
    }

    private static async Task<Ok<PersonalDataExportResponse>> ExportAsync(string personId, PersonalDataExporter exporter, CancellationToken ct) =>
        TypedResults.Ok(await exporter.ExportAsync(personId, ct));

    private static async Task<NoContent> EraseAsync(string personId, PersonalDataProtector personal, ClaimsPrincipal user)
    {
        await personal.EraseAsync(personId, user.Subject());
        return TypedResults.NoContent();
    }

    private static async Task<Ok<PersonalDataPersonResponse[]>> ListPeople(string? charity, string? round, IPersonalKeyStore keys, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(charity) == string.IsNullOrWhiteSpace(round))
            throw DomainValidationException.For("charity", "Give exactly one of 'charity' (an org-id) or 'round' (a round id).");
        var stream = string.IsNullOrWhiteSpace(charity) ? StreamIds.Round(round!) : StreamIds.Charity(charity);
        var people = await keys.PeopleInAsync(stream, ct);
        return TypedResults.Ok(people.Select(p => new PersonalDataPersonResponse(p, ExportPath(p))).ToArray());
    }

    /// <summary>The export route of a person id (<c>user/…</c>, <c>participant/…/…</c>, <c>panellist/…/…</c>), path segments escaped.</summary>
    private static string ExportPath(string personId)
    {
        var slash = personId.IndexOf('/');
        var kind = personId[..slash];
        var rest = personId[(slash + 1)..];
        string[] segments = kind == "user" ? [rest] : SplitOnce(rest);
        var plural = kind switch { "user" => "users", "participant" => "participants", _ => "panellists" };
        return $"/api/v1/admin/people/{plural}/{string.Join('/', segments.Select(Uri.EscapeDataString))}/export";
    }

    /// <summary>Org-ids and round ids hold no '/', so the first one ends them; a handle may hold more.</summary>
    private static string[] SplitOnce(string value) => value.IndexOf('/') is var i and > 0 ? [value[..i], value[(i + 1)..]] : [value];
}
