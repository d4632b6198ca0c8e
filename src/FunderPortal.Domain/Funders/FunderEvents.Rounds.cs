using System.Text.Json.Serialization;

namespace FunderPortal.Funders;

[JsonDerivedType(typeof(RoundListed), "RoundListed")]
public abstract partial record FunderEvent;

/// <summary>A grant round this funder runs (the round grain holds the rest).</summary>
public sealed record RoundListed(string RoundId, string Title) : FunderEvent;
