using System.Text.Json.Serialization;

namespace FunderPortal.Funders;

[JsonDerivedType(typeof(GrantReportAcknowledged), "GrantReportAcknowledged")]
public abstract partial record FunderEvent;

/// <summary>A funder member acknowledged a grant's report with a note; kept with the grant.</summary>
public sealed record GrantReportAcknowledged(string AcknowledgementId, string GrantId, string Note, string By) : FunderEvent;
