using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Common;
using FunderPortal.EventStore;
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
    private sealed record PersonRoute(string Kind, string Path, string What, Func<RouteValueDictionary, string> PersonId);

    private static readonly PersonRoute[] Kinds =
    [
        new("User", "/people/users/{subject}", "a user, by their sign-in subject",
            v => PersonIds.User(Value(v, "subject"))),
        new("Participant", "/people/participants/{orgId}/{participant}", "a charity's participant, by the charity's org-id and the handle it gave them",
            v => PersonIds.Participant(Value(v, "orgId"), Value(v, "participant"))),
        new("Panellist", "/people/panellists/{roundId}/{panellistId}", "a panellist who joined by link without signing in",
            v => PersonIds.Panellist(Value(v, "roundId"), Value(v, "panellistId"))),
    ];

    public static RouteGroupBuilder MapPersonalDataApi(this RouteGroupBuilder admin)
    {
        admin.MapGet("/people", ListPeople)
            .WithName("ListPeopleWithPersonalData")
            .WithSummary("People with personal data sealed in a charity (?charity=) or a round (?round=), with their export routes")
            .ProducesValidationProblem();
        foreach (var kind in Kinds)
        {
            admin.MapGet(kind.Path + "/export", (HttpContext http, PersonalDataExporter exporter, CancellationToken ct) => Export(kind, http, exporter, ct))
                .WithName($"Export{kind.Kind}PersonalData")
                .WithSummary($"Subject access: everything held about {kind.What}, opened")
                .Produces<PersonalDataExportResponse>();
            admin.MapDelete(kind.Path, (HttpContext http, PersonalDataProtector personal, ClaimsPrincipal user) => Erase(kind, http, personal, user))
                .WithName($"Erase{kind.Kind}PersonalData")
                .WithSummary($"Erase {kind.What}: destroy their keys; events stay, views show \"erased\". Idempotent")
                .Produces(StatusCodes.Status204NoContent);
        }
        return admin;
    }

    private static string Value(RouteValueDictionary values, string name) => values[name]?.ToString() ?? "";

    private static async Task<Ok<PersonalDataExportResponse>> Export(PersonRoute kind, HttpContext http, PersonalDataExporter exporter, CancellationToken ct) =>
        TypedResults.Ok(await exporter.ExportAsync(kind.PersonId(http.Request.RouteValues), ct));

    private static async Task<NoContent> Erase(PersonRoute kind, HttpContext http, PersonalDataProtector personal, ClaimsPrincipal user)
    {
        await personal.EraseAsync(kind.PersonId(http.Request.RouteValues), user.Subject());
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
        var segments = kind == "user" ? [rest] : SplitOnce(rest);
        var plural = kind switch { "user" => "users", "participant" => "participants", _ => "panellists" };
        return $"/api/v1/admin/people/{plural}/{string.Join('/', segments.Select(Uri.EscapeDataString))}/export";
    }

    /// <summary>Org-ids and round ids hold no '/', so the first one ends them; a handle may hold more.</summary>
    private static string[] SplitOnce(string value) => value.IndexOf('/') is var i and > 0 ? [value[..i], value[(i + 1)..]] : [value];
}
