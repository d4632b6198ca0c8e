using System.Net;

namespace FunderPortal.Benchmarks.Http;

/// <summary>
/// Writes to one charity's one workstream, one event per acknowledged write: the CoDesign rung's current value
/// alternates between Consultation and Engagement (setting the same value twice records nothing), and only
/// moves on after a 2xx, so a refused write is retried with the same, still different, value.
/// </summary>
internal sealed class RungWriter(PortalApi api, string orgId, string workstreamId)
{
    private static readonly string[] Alternating = ["Consultation", "Engagement"];
    private int _next;

    public string OrgId { get; } = orgId;

    /// <summary>Registers the charity (the signed-in subject becomes its editor) and starts its workstream.</summary>
    public static async Task<RungWriter> RegisterAsync(PortalApi api, string orgId, CancellationToken cancellationToken)
    {
        await api.RegisterCharityAsync(orgId, $"Bench {orgId}", cancellationToken);
        var workstreamId = await api.StartWorkstreamAsync(orgId, "w", cancellationToken);
        return new RungWriter(api, orgId, workstreamId);
    }

    public async Task<HttpStatusCode> WriteAsync(CancellationToken cancellationToken)
    {
        var status = await api.SetCoDesignRungAsync(OrgId, workstreamId, Alternating[_next], cancellationToken);
        if (IsSuccess(status))
            _next ^= 1;
        return status;
    }

    public static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;
}
