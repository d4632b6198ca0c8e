using System.ComponentModel;
using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Charities;
using FunderPortal.Api.Reads;
using FunderPortal.Common;
using FunderPortal.Funders;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Funders;

/// <summary>
/// <c>/api/v1/funders/{orgId}/portfolio</c> and <c>/connect</c>: the journeys charities share with this funder,
/// answered by the funder grain alone from the summaries charity grains push to it.
/// </summary>
public static class PortfolioApi
{
    public static RouteGroupBuilder MapPortfolioApi(this RouteGroupBuilder funder)
    {
        funder.MapGet("/portfolio", GetPortfolio)
            .WithName("GetPortfolio").WithSummary("The journeys shared with this funder: rungs now and at first grant, barriers, plan gap, attestation, check-in due")
            .ProducesValidationProblem();
        funder.MapGet("/portfolio/insights", GetInsights)
            .WithName("GetPortfolioInsights")
            .WithSummary("The portfolio in figures: leadership beside national and regional benchmarks, seldom-heard groups reached, rungs since the first grant, participant payments, open barriers");
        funder.MapGet("/access-log", GetAccessLog)
            .WithName("GetFunderAccessLog").WithSummary("Every portfolio or connect read by this funder's members: one entry per read, newest first");
        funder.MapGet("/connect", GetConnections)
            .WithName("ConnectByBarrier").WithSummary("Portfolio charities facing the same open barrier, to put them in touch")
            .ProducesValidationProblem();
        return funder;
    }

    private static async Task<Ok<AccessLogEntryResponse[]>> GetAccessLog(string orgId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Funder(orgId).GetAccessLogAsync(user.Subject()))
            .Select(e => new AccessLogEntryResponse(e.FunderOrgId, e.Subject, e.What, e.At)).ToArray());

    private static async Task<ConditionalJson<PortfolioResponse>> GetPortfolio(
        string orgId,
        [Description("Only charities with an open barrier of this kind.")] BarrierKind? barrier,
        [Description("Only charities of this size band.")] SizeBand? sizeBand,
        [Description("name (A to Z, the default), lastUpdate (newest first), planGap (largest first) or checkInDue (soonest first).")] string? sort,
        IGrainFactory grains, ClaimsPrincipal user)
    {
        var order = PortfolioSort.Name;
        if (sort is not null && !Portfolio.SortNames.TryGetValue(sort, out order))
            throw DomainValidationException.For("sort", $"Use one of {string.Join(", ", Portfolio.SortNames.Keys)}.");
        var entries = await grains.Funder(orgId).GetPortfolioAsync(new PortfolioQuery(barrier, sizeBand, order), user.Subject());
        return ConditionalJson.ForContent(entries.ToResponse()); // shares expire with time: tagged by what it shows
    }

    private static async Task<ConditionalJson<PortfolioInsightsResponse>> GetInsights(string orgId, IGrainFactory grains, ClaimsPrincipal user) =>
        ConditionalJson.ForContent((await grains.Funder(orgId).GetPortfolioInsightsAsync(user.Subject())).ToResponse());

    private static async Task<Ok<ConnectResponse>> GetConnections(
        string orgId, [Description("The barrier kind to connect charities around.")] BarrierKind? barrier, IGrainFactory grains, ClaimsPrincipal user)
    {
        if (barrier is not { } kind)
            throw DomainValidationException.For("barrier", $"Required: one of {string.Join(", ", Enum.GetNames<BarrierKind>())}.");
        var entries = await grains.Funder(orgId).GetConnectionsAsync(kind, user.Subject());
        return TypedResults.Ok(new ConnectResponse(kind, [.. entries.Select(e => new ConnectCharityResponse(e.CharityOrgId, e.Name, e.SizeBand))]));
    }
}
