using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FunderPortal.Api.OpenApi;
using FunderPortal.Common;
using FunderPortal.Notifications;

namespace FunderPortal.Api.Evidence;

public sealed record ConsentRequest(
    [property: Description("How far the people in the item agreed it may be shared.")] ConsentScope? Scope,
    [property: Description("Last day of consent (YYYY-MM-DD); none means until withdrawn.")] DateOnly? ExpiresOn = null);

public sealed record CaseStudyRequest(
    [property: MaxLength(Limits.LongText)] string? Context,
    [property: MaxLength(Limits.LongText)] string? WhatWeDid,
    [property: MaxLength(Limits.LongText)] string? WhoTookPart,
    [property: MaxLength(Limits.LongText)] string? WhatChanged,
    [property: MaxLength(Limits.LongText)] string? Lessons);

/// <summary>An evidence item. Private and Standard unless said otherwise; funders see it only with consent.</summary>
public sealed record EvidenceRequest(
    EvidenceKind? Kind,
    [property: MinLength(1), MaxLength(Limits.Title)] string Title,
    [property: MaxLength(Limits.Id), Description("The id of one of the charity's workstreams.")] string WorkstreamId,
    [property: MaxLength(Limits.LongText), Description("In plain language: participants read it when asked to confirm.")] string? Summary = null,
    ActivityKind? ActivityKind = null,
    [property: Description("The rung this item shows for activityKind; attested items set the evidenced rung.")] LadderRung? DemonstratesRung = null,
    [property: MaxLength(Limits.Id)] string? MilestoneId = null,
    [property: MaxLength(Limits.Id)] string? BarrierId = null,
    Visibility? Visibility = null,
    Sensitivity? Sensitivity = null,
    [property: Description("Recorded with the item; change it later at …/consent.")] ConsentRequest? Consent = null,
    [property: Description("Required for kind CaseStudy, refused otherwise.")] CaseStudyRequest? CaseStudy = null);

public sealed record AttestationInviteRequest(
    [property: MaxLength(Limits.MaxParticipantsAsked), EachMaxLength(Limits.ParticipantHandle), Description("Participants' handles, e.g. p-1 (no names needed): their links are in the answer.")]
    IReadOnlyList<string>? Participants = null,
    [property: MaxLength(Limits.MaxParticipantsAsked), Description("Participants whose link is emailed to them instead (the answer's url is null). At least one participant in all.")]
    IReadOnlyList<AttestationRecipientRequest>? Recipients = null);

public sealed record AttestationRecipientRequest(
    [property: MaxLength(Limits.ParticipantHandle), Description("The participant's handle, e.g. p-1.")] string Participant,
    [property: MaxLength(PreferenceRules.EmailLength), Description("Where their link is emailed. Personal data: sealed under the participant's key, erased with them, never shown to funders.")]
    string Email);

public sealed record AttestationAnswerRequest(
    AttestationStance? Stance,
    [property: MaxLength(Limits.Comment), Description("Required with AgreeWithComment and DisagreeWithComment.")] string? Comment = null);

public sealed record AttestationReplyRequest([property: MinLength(1), MaxLength(Limits.Comment)] string Reply);
