using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace FunderPortal.Benchmarks.Http;

/// <summary>The funder's grant imports: a 360Giving file sent, and the import followed until it is over.</summary>
internal sealed partial class PortalApi
{
    /// <summary><c>POST /api/v1/funders</c> with a 360Giving prefix, so its grants can be published.</summary>
    public Task RegisterFunderAsync(string orgId, string name, string grantIdPrefix, CancellationToken cancellationToken) =>
        CreateAsync("api/v1/funders", new { orgId, name, grantIdPrefix }, cancellationToken);

    /// <summary><c>POST …/grants/imports?dryRun=</c> with one file; returns where to follow the import (throws unless 202).</summary>
    public async Task<Uri> StartImportAsync(string funderOrgId, byte[] file, string fileName, bool dryRun, CancellationToken cancellationToken)
    {
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var content = new MultipartFormDataContent { { part, "file", fileName } };
        using var response = await _http.PostAsync(
            new Uri($"api/v1/funders/{funderOrgId}/grants/imports?dryRun={(dryRun ? "true" : "false")}", UriKind.Relative), content, cancellationToken);
        (await ReadJsonAsync(response, HttpStatusCode.Accepted, cancellationToken)).Dispose();
        return response.Headers.Location ?? throw new InvalidOperationException("An import began without a Location.");
    }

    /// <summary><c>GET</c> an import (throws unless 200): the whole answer, for the caller to read.</summary>
    public async Task<JsonDocument> GetImportAsync(Uri location, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(location, cancellationToken);
        return await ReadJsonAsync(response, HttpStatusCode.OK, cancellationToken);
    }

    /// <summary><c>GET /api/v1/funders/{orgId}</c>, only its status (the body read so the connection is reused).</summary>
    public async Task<HttpStatusCode> GetFunderStatusAsync(string funderOrgId, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri($"api/v1/funders/{funderOrgId}", UriKind.Relative), cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        return response.StatusCode;
    }

    /// <summary>How many grants the funder holds (<c>GET …/grants</c>; throws unless 200).</summary>
    public async Task<int> CountGrantsAsync(string funderOrgId, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri($"api/v1/funders/{funderOrgId}/grants", UriKind.Relative), cancellationToken);
        using var body = await ReadJsonAsync(response, HttpStatusCode.OK, cancellationToken);
        return body.RootElement.GetArrayLength();
    }
}
