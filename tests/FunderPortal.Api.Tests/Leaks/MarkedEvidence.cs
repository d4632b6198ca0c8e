using System.Net;
using System.Text;
using System.Text.Json;

namespace FunderPortal.Api.Tests.Leaks;

/// <summary>An evidence item whose every part carries a marker of its own, and its file.</summary>
public sealed record MarkedItem(string Sensitivity, string EvidenceId, string AttachmentId, string OpenAttestationToken, IReadOnlyList<string> Markers);

/// <summary>
/// Evidence at each sensitivity, as shareable as the charity can make it (public, consent to publish), with markers in
/// the title, summary, every case-study part, the file's name and content, and a participant's comment.
/// </summary>
public static class MarkedEvidence
{
    public static readonly string[] Sensitivities = ["Standard", "PersonalData", "SpecialCategory", "CriminalOffence"];

    /// <summary>
    /// Records the item; participant p-1 answers with a comment (agrees with a Standard item, disagrees with the others,
    /// so a count that mixes them shows), p-2's link is left open.
    /// </summary>
    public static async Task<MarkedItem> RecordAsync(PortalFactory portal, HttpClient editor, CharityParts charity, string sensitivity, string suffix)
    {
        string M(string part) => $"{part}-{sensitivity}-{suffix}";
        var caseStudy = new { context = M("Context"), whatWeDid = M("WhatWeDid"), whoTookPart = M("WhoTookPart"), whatChanged = M("WhatChanged"), lessons = M("Lessons") };
        var response = await editor.PostAsync(charity.Path("/evidence"), Http.Json(JsonSerializer.Serialize(new
        {
            kind = "CaseStudy",
            title = M("Title"),
            summary = M("Summary"),
            workstreamId = charity.Workstream,
            activityKind = "CoDecision",
            demonstratesRung = "Consultation",
            visibility = "Public",
            sensitivity,
            consent = new { scope = "Public" },
            caseStudy,
        })));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var evidenceId = (await response.JsonAsync()).GetProperty("id").GetString()!;
        var attachmentId = await editor.AttachAsync(charity.OrgId, evidenceId, [.. SharingHttp.Pdf, .. Encoding.ASCII.GetBytes($"% {M("Content")}\n")], $"{M("File")}.pdf");
        var tokens = await AskAsync(editor, charity, evidenceId, "p-1", "p-2");
        var answered = await portal.CreateClient().PostAsync($"/api/v1/attestations/{Uri.EscapeDataString(tokens[0])}",
            Http.Json(JsonSerializer.Serialize(new { stance = sensitivity == "Standard" ? "AgreeWithComment" : "DisagreeWithComment", comment = M("Comment") })));
        Assert.Equal(HttpStatusCode.NoContent, answered.StatusCode);
        return new MarkedItem(sensitivity, evidenceId, attachmentId, tokens[1],
            [M("Title"), M("Summary"), M("Context"), M("WhatWeDid"), M("WhoTookPart"), M("WhatChanged"), M("Lessons"), M("File"), M("Content"), M("Comment")]);
    }

    /// <summary>Asks participants to confirm the item; their one-time tokens, in the order asked.</summary>
    public static async Task<string[]> AskAsync(HttpClient editor, CharityParts charity, string evidenceId, params string[] participants)
    {
        var response = await editor.PostAsync(charity.Path($"/evidence/{evidenceId}/attestations"), Http.Json(JsonSerializer.Serialize(new { participants })));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return [.. (await response.JsonAsync()).GetProperty("links").EnumerateArray()
            .Select(l => Uri.UnescapeDataString(l.GetProperty("url").GetString()!.Split("/attest/")[1]))];
    }
}
