using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace FunderPortal.Api.Tests;

/// <summary>
/// Recordings instead of writing: audio or video checked by its content and size, with a transcript and WebVTT captions,
/// served with range requests so a player can seek.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class RoundRecordingTests(PortalFactory portal)
{
    private const string Captions = "WEBVTT\n\n00:00.000 --> 00:02.000\nHello, we are Hope Street.\n";

    /// <summary>An MP3 by its first bytes (an ID3 tag), then <paramref name="size"/> bytes in all, each its own position mod 251.</summary>
    private static byte[] Mp3(int size)
    {
        var bytes = new byte[size];
        for (var i = 0; i < size; i++)
            bytes[i] = (byte)(i % 251);
        "ID3\u0004\0\0"u8.CopyTo(bytes);
        return bytes;
    }

    private static readonly byte[] Mp4 = [0, 0, 0, 0x18, .. "ftypisom"u8, 0, 0, 0, 0, .. new byte[64]];

    private static MultipartFormDataContent Upload(byte[] bytes, string name) => new() { { new ByteArrayContent(bytes), "file", name } };

    private static async Task<(RoundCast Cast, string RoundId, string ApplicationId, HttpClient Panellist)> ApplicationAsync(PortalFactory portal)
    {
        var cast = await portal.CastAsync();
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId)).GetProperty("id").GetString()!;
        var (panellist, _) = await portal.JoinPanelAsync(cast.Funder, roundId);
        await cast.Funder.MoveToAsync(roundId, "Open");
        return (cast, roundId, await cast.CharityA.ApplyAsync(roundId, cast.OrgA, 200_000), panellist);
    }

    private static async Task<JsonElement> StatusAsync(Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        var response = await call;
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    [Fact]
    public async Task ARecordingSaysHowItPlaysCarriesItsWordsAndIsServedInRangesForSeeking()
    {
        var (cast, roundId, applicationId, panellist) = await ApplicationAsync(portal);
        var files = $"/api/v1/rounds/{roundId}/applications/{applicationId}/files";
        var audio = Mp3(4_096);

        var recording = await StatusAsync(cast.CharityA.PostAsync($"{files}?kind=Recording", Upload(audio, "our-story.mp3")), HttpStatusCode.Created);
        var id = recording.GetProperty("id").GetString()!;
        Assert.Equal(("Audio", "audio/mpeg", $"{files}/{id}"), (recording.GetProperty("media").GetString(), recording.GetProperty("contentType").GetString(),
            recording.GetProperty("url").GetString()));
        var video = await StatusAsync(cast.CharityA.PostAsync($"{files}?kind=Recording", Upload(Mp4, "our-story.mp4")), HttpStatusCode.Created);
        Assert.Equal("Video", video.GetProperty("media").GetString());
        // Checked by its content: a PDF is neither audio nor video, whatever it is called.
        await (await cast.CharityA.PostAsync($"{files}?kind=Recording", Upload(Encoding.ASCII.GetBytes("%PDF-1.4 not a recording"), "talk.mp3")))
            .AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);

        var transcribed = await StatusAsync(cast.CharityA.PutAsync($"{files}/{id}/transcript",
            Http.Json("""{"transcript":"Hello, we are Hope Street."}""")), HttpStatusCode.OK);
        Assert.Equal("Hello, we are Hope Street.", transcribed.GetProperty("transcript").GetString());
        await (await cast.CharityA.PutAsync($"{files}/{id}/captions", Upload(Encoding.UTF8.GetBytes("1\n00:00:00,000 --> 00:00:02,000\nHi\n"), "talk.vtt")))
            .AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var captioned = await StatusAsync(cast.CharityA.PutAsync($"{files}/{id}/captions", Upload(Encoding.UTF8.GetBytes(Captions), "our-story.vtt")), HttpStatusCode.OK);
        Assert.Equal($"{files}/{id}/captions", captioned.GetProperty("captionsUrl").GetString());
        await (await cast.CharityB.PutAsync($"{files}/{id}/transcript", Http.Json("""{"transcript":"Not ours"}"""))).AssertProblemAsync(HttpStatusCode.NotFound);

        // The panel sees which file is a recording, with its words, and plays it seeking through it.
        var seen = (await StatusAsync(panellist.GetAsync($"/api/v1/rounds/{roundId}/applications/{applicationId}"), HttpStatusCode.OK))
            .GetProperty("files").EnumerateArray().Single(f => f.GetProperty("id").GetString() == id);
        Assert.Equal(("Recording", "Audio", "Hello, we are Hope Street."), (seen.GetProperty("kind").GetString(), seen.GetProperty("media").GetString(),
            seen.GetProperty("transcript").GetString()));
        var request = new HttpRequestMessage(HttpMethod.Get, $"{files}/{id}");
        request.Headers.Range = new RangeHeaderValue(1_000, 1_099);
        var part = await panellist.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal("bytes 1000-1099/4096", part.Content.Headers.ContentRange?.ToString());
        Assert.Equal(audio[1_000..1_100], await part.Content.ReadAsByteArrayAsync());
        var whole = await panellist.GetAsync($"{files}/{id}");
        Assert.Equal((HttpStatusCode.OK, "bytes"), (whole.StatusCode, whole.Headers.AcceptRanges.Single()));
        Assert.Equal(audio, await whole.Content.ReadAsByteArrayAsync());

        var vtt = await panellist.GetAsync(captioned.GetProperty("captionsUrl").GetString());
        Assert.Equal((HttpStatusCode.OK, "text/vtt"), (vtt.StatusCode, vtt.Content.Headers.ContentType?.MediaType));
        Assert.Equal(Captions, await vtt.Content.ReadAsStringAsync());

        await cast.Funder.MoveToAsync(roundId, "Scoring");
        await (await cast.CharityA.PutAsync($"{files}/{id}/transcript", Http.Json("""{"transcript":"Too late"}"""))).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ARecordingOverTheSizeLimitIsRefused()
    {
        await using var small = new PortalFactory().WithSetting("Portal:MaxAttachmentBytes", "2048");
        var (cast, roundId, applicationId, _) = await ApplicationAsync(small);
        var files = $"/api/v1/rounds/{roundId}/applications/{applicationId}/files";

        await (await cast.CharityA.PostAsync($"{files}?kind=Recording", Upload(Mp3(16_384), "long-story.mp3")))
            .AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty((await StatusAsync(cast.CharityA.GetAsync($"/api/v1/rounds/{roundId}/applications/{applicationId}"), HttpStatusCode.OK))
            .GetProperty("files").EnumerateArray());
        await StatusAsync(cast.CharityA.PostAsync($"{files}?kind=Recording", Upload(Mp3(1_024), "short.mp3")), HttpStatusCode.Created);
    }
}
