using System.Net;
using System.Text;

namespace FunderPortal.Api.Tests;

/// <summary>Recordings instead of writing, and proposals written for another funder, attached as they are.</summary>
[Collection(PortalCollection.Name)]
public sealed class RoundFilesTests(PortalFactory portal)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    private static MultipartFormDataContent Upload(byte[] bytes, string name) => new() { { new ByteArrayContent(bytes), "file", name } };

    [Fact]
    public async Task AnApplicantAttachesAProposalAsItIsAndThePanelDownloadsIt()
    {
        var cast = await portal.CastAsync();
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId)).GetProperty("id").GetString()!;
        var (panellist, _) = await portal.JoinPanelAsync(cast.Funder, roundId);
        await cast.Funder.MoveToAsync(roundId, "Open");
        var applicationId = await cast.CharityA.ApplyAsync(roundId, cast.OrgA, 200_000);
        var files = $"/api/v1/rounds/{roundId}/applications/{applicationId}/files";

        var added = await cast.CharityA.PostAsync($"{files}?kind=Proposal", Upload(Pdf, "proposal-for-another-trust.pdf"));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var fileId = (await added.JsonAsync()).GetProperty("id").GetString()!;
        // A PDF is not a recording; a stranger charity cannot attach; no kind is a 400.
        await (await cast.CharityA.PostAsync($"{files}?kind=Recording", Upload(Pdf, "talk.pdf"))).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await cast.CharityB.PostAsync($"{files}?kind=Proposal", Upload(Pdf, "x.pdf"))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await cast.CharityA.PostAsync(files, Upload(Pdf, "x.pdf"))).AssertInvalidAsync("kind");

        var download = await panellist.GetAsync($"{files}/{fileId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        await cast.Funder.MoveToAsync(roundId, "Scoring");
        await (await cast.CharityA.PostAsync($"{files}?kind=Proposal", Upload(Pdf, "late.pdf"))).AssertProblemAsync(HttpStatusCode.Conflict);
    }
}
