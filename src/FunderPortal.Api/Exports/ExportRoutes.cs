using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Funders;
using FunderPortal.Api.Rounds;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Exports;
using FunderPortal.Funders;
using FunderPortal.Http;
using FunderPortal.Rounds;

namespace FunderPortal.Api.Exports;

/// <summary>
/// <c>…/export?format=csv|xlsx</c> beside five lists: each reads through the very grain call of the JSON list it mirrors,
/// so the same person may export the same rows (a funder only what is shared with it, the read logged as that list's
/// read), and refusals are the same. The format is checked first: a refused request is not a read. The API maps these
/// under <c>/api/v1</c> (bearer tokens); the pages' download links reach the same handlers by cookie (<c>WebDownloads</c>).
/// </summary>
public static class ExportRoutes
{
    public const string FormatDescription = "csv (RFC 4180, UTF-8 with a byte order mark) or xlsx (an Excel workbook: money in pounds and dates as typed cells).";

    public static async Task<ExportFile<PortfolioEntry>> PortfolioAsync(
        string orgId, [Description(FormatDescription)] string? format,
        [Description(PortfolioApi.BarrierDescription)] BarrierKind? barrier,
        [Description(PortfolioApi.SizeBandDescription)] SizeBand? sizeBand,
        [Description(PortfolioApi.SortDescription)] string? sort,
        [MaxLength(Limits.Name), Description(PortfolioApi.SearchDescription)] string? search,
        IGrainFactory grains, IClock clock, ClaimsPrincipal user)
    {
        var file = ExportFormats.Parse(format);
        var entries = await grains.Funder(orgId).GetPortfolioAsync(PortfolioApi.Query(barrier, sizeBand, sort, search), user.Subject());
        return ExportFile.For(file, PortfolioExport.Table, orgId, clock.Today(), entries);
    }

    public static async Task<ExportFile<Grant>> GrantsAsync(
        string orgId, [Description(FormatDescription)] string? format, IGrainFactory grains, IClock clock, ClaimsPrincipal user)
    {
        var file = ExportFormats.Parse(format);
        var grants = await grains.Funder(orgId).GetGrantsAsync(user.Subject());
        return ExportFile.For(file, GrantsExport.Table, orgId, clock.Today(), grants);
    }

    public static async Task<ExportFile<ResultRow>> RoundResultsAsync(
        string roundId, [Description(FormatDescription)] string? format,
        [Description("mean or normalised (any case); the round's own choice when omitted.")] string? rankBy,
        IGrainFactory grains, IClock clock, ClaimsPrincipal user)
    {
        var file = ExportFormats.Parse(format);
        var results = await grains.Round(roundId).GetResultsAsync(ScoringApi.ParseRankBy(rankBy), user.Subject());
        return ExportFile.For(file, RoundResultsExport.Table, roundId, clock.Today(), results.Applications);
    }

    public static async Task<ExportFile<PanellistPayment>> PanelPaymentsAsync(
        string roundId, [Description(FormatDescription)] string? format, IGrainFactory grains, IClock clock, ClaimsPrincipal user)
    {
        var file = ExportFormats.Parse(format);
        var payments = await grains.Round(roundId).GetPaymentsAsync(user.Subject());
        return ExportFile.For(file, PanelPaymentsExport.Table, roundId, clock.Today(), payments.Panellists);
    }

    public static async Task<ExportFile<ResourcingLineView>> ResourcingPlanAsync(
        string orgId, [Description(FormatDescription)] string? format, IGrainFactory grains, IClock clock, ClaimsPrincipal user)
    {
        var file = ExportFormats.Parse(format);
        var lines = await grains.Charity(orgId).GetResourcingLinesAsync(user.Subject());
        return ExportFile.For(file, ResourcingPlanExport.Table, orgId, clock.Today(), lines);
    }
}
