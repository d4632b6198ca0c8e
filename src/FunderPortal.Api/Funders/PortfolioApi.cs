using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Charities;
using FunderPortal.Api.Exports;
using FunderPortal.Api.OpenApi;
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
            .WithName("GetPortfolio").WithSummary("The journeys shared with this funder: rungs now and at first grant, barriers, plan gap, attestation, check-in due; searched by name or org-id, a page at a time with limit")
            .ProducesValidationProblem();
        funder.MapGet("/portfolio/export", ExportRoutes.PortfolioAsync)
            .WithName("ExportPortfolio").WithSummary("The portfolio as it is filtered, searched and sorted, as a CSV file or an Excel workbook (one charity a row)")
            .ProducesExport();
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

    internal const string BarrierDescription = "Only charities with an open barrier of this kind.";
    internal const string SizeBandDescription = "Only charities of this size band.";
    internal const string SortDescription = "name (A to Z, the default), lastUpdate (newest first), planGap (largest first) or checkInDue (soonest first).";
    internal const string SearchDescription = "Only charities whose name or org-id holds these words (any letter case).";

    private static async Task<ConditionalJson<PortfolioResponse>> GetPortfolio(
        string orgId,
        [Description(BarrierDescription)] BarrierKind? barrier,
        [Description(SizeBandDescription)] SizeBand? sizeBand,
        [Description(SortDescription)] string? sort,
        [MaxLength(Limits.Name), Description(SearchDescription)] string? search,
        [Range(typeof(long), "0", "9223372036854775807"), Description(PageParameters.After)] long? after,
        [Range(1, Paging.MaxLimit), Description("How many charities: 1 to 200; without it, every charity that matches (count is always every match).")] int? limit,
        IGrainFactory grains, ClaimsPrincipal user)
    {
        var page = await grains.Funder(orgId).GetPortfolioPageAsync(Query(barrier, sizeBand, sort, search), after, limit, user.Subject());
        return ConditionalJson.ForContent(page.ToResponse()); // shares expire with time: tagged by what it shows
    }

    /// <summary>The portfolio's filters and order from its query parameters; 400 keyed <c>sort</c> for an unknown order.</summary>
    internal static PortfolioQuery Query(BarrierKind? barrier, SizeBand? sizeBand, string? sort, string? search)
    {
        var order = PortfolioSort.Name;
        if (sort is not null && !Portfolio.SortNames.TryGetValue(sort, out order))
            throw DomainValidationException.For("sort", $"Use one of {string.Join(", ", Portfolio.SortNames.Keys)}.");
        return new PortfolioQuery(barrier, sizeBand, order, search);
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
