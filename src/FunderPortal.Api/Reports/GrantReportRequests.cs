using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FunderPortal.Common;

namespace FunderPortal.Api.Reports;

/// <summary>What the funder says on reading a grant's report.</summary>
public sealed record AcknowledgeReportRequest(
    [property: MinLength(1), MaxLength(Limits.ShortText), Description("In the funder's own words, for the charity: what it read and took from the report.")] string Note);
