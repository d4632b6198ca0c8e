using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace FunderPortal.Cluster.Tests;

/// <summary>An evidence item on a fresh workstream, and a file attached to it.</summary>
public static class EvidenceHttp
{
    public static async Task<string> AddEvidenceAsync(HttpClient http, string orgId, CancellationToken cancellationToken)
    {
        using var started = await http.PostAsJsonAsync($"api/v1/charities/{orgId}/workstreams", new { title = "with evidence" }, cancellationToken);
        var workstreamId = (await ClusterClient.ReadAsync<Workstream>(started, cancellationToken)).Id;
        using var created = await http.PostAsJsonAsync($"api/v1/charities/{orgId}/evidence",
            new { kind = "DecisionRecord", title = "Minutes", workstreamId }, cancellationToken);
        return (await ClusterClient.ReadAsync<JsonElement>(created, cancellationToken)).GetProperty("id").GetString()!;
    }

    /// <summary>Uploads the file and returns its download address.</summary>
    public static async Task<string> UploadAsync(HttpClient http, string orgId, string evidenceId, string name, byte[] bytes, CancellationToken cancellationToken)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var content = new MultipartFormDataContent { { file, "file", name } };
        using var uploaded = await http.PostAsync($"api/v1/charities/{orgId}/evidence/{evidenceId}/attachments", content, cancellationToken);
        return (await ClusterClient.ReadAsync<JsonElement>(uploaded, cancellationToken)).GetProperty("url").GetString()!;
    }
}
