using System.Text.Json;
using FunderPortal.Benchmarks.Http;
using FunderPortal.Benchmarks.Measuring;

namespace FunderPortal.Benchmarks.Portfolio;

/// <summary>
/// Target 12: the portfolio's insights with 1,000 charities sharing, <c>GET /api/v1/funders/{orgId}/portfolio/insights</c>,
/// one read of the funder grain's summaries (no call to any charity). Each answer is checked to count every charity and
/// every charity's leadership (each recorded it before sharing).
/// </summary>
internal static class InsightsReads
{
    public const double MaxMedianMs = 50;

    public static async Task<(Timings Timings, int Bytes)> MeasureAsync(PortalApi api, string funderOrgId, int runs, int expected, CancellationToken cancellationToken)
    {
        var bytes = 0;
        var timings = await Timings.MeasureAsync(runs, async () =>
        {
            var body = await api.GetBytesAsync($"api/v1/funders/{funderOrgId}/portfolio/insights", cancellationToken);
            bytes = body.Length;
            using var insights = JsonDocument.Parse(body);
            var charities = insights.RootElement.GetProperty("charities").GetInt32();
            var reporting = insights.RootElement.GetProperty("leadership").GetProperty("VolunteersWhoAreOrWereServiceUsers").GetProperty("reporting").GetInt32();
            if (charities != expected || reporting != expected)
                throw new InvalidOperationException($"Insights counted {charities} charities, {reporting} reporting their volunteers; expected {expected}.");
        });
        return (timings, bytes);
    }
}
