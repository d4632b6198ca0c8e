using System.Text.Json.Serialization;

namespace FunderPortal.Funders;

[JsonDerivedType(typeof(FeedbackGiven), "FeedbackGiven")]
public abstract partial record FunderEvent;

public sealed record FeedbackGiven(string FeedbackId, string CharityOrgId, FeedbackKind Kind, string Text, string GivenBy) : FunderEvent;
