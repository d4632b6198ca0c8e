using System.Text.Json.Serialization;

namespace FunderPortal.Funders;

[JsonDerivedType(typeof(PledgeMade), "PledgeMade")]
public abstract partial record FunderEvent;

/// <summary>The funder offered a pledge the charity recorded; kept so the funder can find it again (to withdraw it).</summary>
public sealed record PledgeMade(string PledgeId, string CharityOrgId, string LineId, long AmountPence) : FunderEvent;
