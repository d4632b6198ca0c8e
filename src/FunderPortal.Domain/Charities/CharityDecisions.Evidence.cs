using FunderPortal.Common;

namespace FunderPortal.Charities;

public static partial class CharityDecisions
{
    public static IReadOnlyList<CharityEvent> RecordEvidence(CharityState state, string newId, EvidenceInput input, DateOnly today)
    {
        var details = ValidateEvidence(state, input);
        if (input.Consent is not null)
            ValidateConsent(input.Consent, today, "consent.");
        if (state.Evidence.Count >= Limits.MaxEvidence)
            throw new ConflictException($"A charity keeps at most {Limits.MaxEvidence} evidence items.");
        return [new EvidenceRecorded(newId, details, input.Consent)];
    }

    /// <summary>Replaces what the item says and where it belongs; consent and answers are kept as they are.</summary>
    public static IReadOnlyList<CharityEvent> ChangeEvidence(CharityState state, string evidenceId, EvidenceInput input)
    {
        var item = RequireEvidence(state, evidenceId);
        var details = ValidateEvidence(state, input);
        return details == Details(item) ? [] : [new EvidenceChanged(evidenceId, details)];
    }

    public static IReadOnlyList<CharityEvent> RecordConsent(CharityState state, string evidenceId, Consent consent, DateOnly today)
    {
        var item = RequireEvidence(state, evidenceId);
        ValidateConsent(consent, today, "");
        return item.Consent == consent ? [] : [new EvidenceConsentRecorded(evidenceId, consent)];
    }

    public static IReadOnlyList<CharityEvent> WithdrawConsent(CharityState state, string evidenceId) =>
        RequireEvidence(state, evidenceId).Consent is null ? [] : [new EvidenceConsentWithdrawn(evidenceId)];

    public static IReadOnlyList<CharityEvent> AddAttachment(CharityState state, string evidenceId, Attachment attachment)
    {
        var item = RequireEvidence(state, evidenceId);
        if (item.Attachments.Exists(a => a.Id == attachment.Id))
            return [];
        if (item.Attachments.Count >= Limits.MaxAttachmentsPerItem)
            throw new ConflictException($"An evidence item holds at most {Limits.MaxAttachmentsPerItem} files.");
        return [new EvidenceAttachmentAdded(evidenceId, attachment)];
    }

    /// <param name="tokenHashes">One hash per participant, in the same order, of links made for them.</param>
    public static IReadOnlyList<CharityEvent> RequestAttestations(
        CharityState state, string evidenceId, IReadOnlyList<string> participants, IReadOnlyList<string> tokenHashes, DateTimeOffset expiresAt) =>
        RequestAttestations(state, evidenceId, participants, [], tokenHashes, expiresAt);

    /// <summary>
    /// Asks <paramref name="participants"/> (links handed back to the charity) and <paramref name="recipients"/> (links
    /// emailed to them) to confirm the item (<see cref="AttestationRequests.Check"/>). Each recipient's address rides on the
    /// event, to be sealed under the participant's key before it is stored.
    /// </summary>
    /// <param name="tokenHashes">One hash per participant, then one per recipient, in that order.</param>
    public static IReadOnlyList<CharityEvent> RequestAttestations(CharityState state, string evidenceId, IReadOnlyList<string> participants,
        IReadOnlyList<AttestationRecipient> recipients, IReadOnlyList<string> tokenHashes, DateTimeOffset expiresAt)
    {
        var item = RequireEvidence(state, evidenceId);
        var asked = AttestationRequests.Check(participants, recipients);
        var answered = asked.Where(p => item.Asks.Exists(a => a.Participant == p.Participant && a.Answer is not null)).Select(p => p.Participant).ToList();
        if (answered.Count > 0)
            throw new ConflictException($"Already answered, and an answer is never replaced: {string.Join(", ", answered)}.");
        return [new AttestationsRequested(evidenceId, [.. asked.Select((p, i) => new AskedParticipant(p.Participant, tokenHashes[i], expiresAt, p.Email))])];
    }

    /// <summary>The ask a link opens; a used, expired or unknown link is the same "not found".</summary>
    public static (EvidenceItem Item, AttestationAsk Ask) RequireOpenAsk(CharityState state, string tokenHash, DateTimeOffset now) =>
        state.FindAsk(tokenHash) is { } found && found.Ask.Answer is null && now < found.Ask.ExpiresAt
            ? found
            : throw AttestationNotFound();

    public static IReadOnlyList<CharityEvent> AnswerAttestation(
        CharityState state, string tokenHash, AttestationStance? stance, string? comment, DateTimeOffset now)
    {
        var (item, _) = RequireOpenAsk(state, tokenHash, now);
        var errors = new ErrorBag();
        if (stance is null)
            errors.Add("stance", "Choose Agree, AgreeWithComment or DisagreeWithComment.");
        errors.Defined("stance", stance);
        if (stance is AttestationStance.AgreeWithComment or AttestationStance.DisagreeWithComment)
            errors.RequireText("comment", comment, Limits.Comment);
        else
            errors.OptionalText("comment", comment, Limits.Comment);
        errors.ThrowIfAny();
        return [new AttestationAnswered(item.Id, tokenHash, stance!.Value, Text.Clean(comment))];
    }

    public static IReadOnlyList<CharityEvent> ReplyToAttestation(CharityState state, string evidenceId, string participant, string reply)
    {
        var item = RequireEvidence(state, evidenceId);
        if (!item.Asks.Exists(a => a.Participant == participant && a.Answer is not null))
            throw new NotFoundException($"'{participant}' has not answered about this item.");
        var errors = new ErrorBag();
        errors.RequireText("reply", reply, Limits.Comment);
        errors.ThrowIfAny();
        return [new AttestationReplyAdded(evidenceId, participant, reply.Trim())];
    }

    public static EvidenceItem RequireEvidence(CharityState state, string evidenceId) =>
        state.FindEvidence(evidenceId) ?? throw new NotFoundException($"No evidence '{evidenceId}' in this charity.");

    public static NotFoundException AttestationNotFound() =>
        new("This link is not valid: it may have been used already or have expired. Ask the charity for a new one.");

    private static EvidenceDetails ValidateEvidence(CharityState state, EvidenceInput c)
    {
        var errors = new ErrorBag();
        if (c.Kind is null)
            errors.Add("kind", $"Required: one of {string.Join(", ", Enum.GetNames<EvidenceKind>())}.");
        errors.Defined("kind", c.Kind);
        errors.RequireText("title", c.Title, Limits.Title);
        errors.OptionalText("summary", c.Summary, Limits.LongText);
        errors.Defined("activityKind", c.ActivityKind);
        errors.Defined("demonstratesRung", c.DemonstratesRung);
        errors.Defined("visibility", c.Visibility);
        errors.Defined("sensitivity", c.Sensitivity);
        if (c.DemonstratesRung is not null && c.ActivityKind is null)
            errors.Add("demonstratesRung", "Say which activity kind it demonstrates the rung for (activityKind).");

        var workstream = string.IsNullOrEmpty(c.WorkstreamId) ? null : state.FindWorkstream(c.WorkstreamId);
        if (workstream is null)
            errors.Add("workstreamId", "Required: the id of one of this charity's workstreams.");
        if (c.MilestoneId is not null && workstream?.FindMilestone(c.MilestoneId) is null)
            errors.Add("milestoneId", "Not a milestone of that workstream.");
        if (c.BarrierId is not null && workstream?.FindBarrier(c.BarrierId) is null)
            errors.Add("barrierId", "Not a barrier of that workstream.");

        if (c.Kind == EvidenceKind.CaseStudy)
        {
            if (c.CaseStudy is not { } study)
                errors.Add("caseStudy", "A case study needs its context, what we did, who took part, what changed and lessons.");
            else
            {
                errors.RequireText("caseStudy.context", study.Context, Limits.LongText);
                errors.RequireText("caseStudy.whatWeDid", study.WhatWeDid, Limits.LongText);
                errors.RequireText("caseStudy.whoTookPart", study.WhoTookPart, Limits.LongText);
                errors.RequireText("caseStudy.whatChanged", study.WhatChanged, Limits.LongText);
                errors.RequireText("caseStudy.lessons", study.Lessons, Limits.LongText);
            }
        }
        else if (c.CaseStudy is not null)
        {
            errors.Add("caseStudy", "Only for evidence of kind CaseStudy.");
        }
        errors.ThrowIfAny();

        var caseStudy = c.CaseStudy is { } s
            ? new CaseStudy(s.Context.Trim(), s.WhatWeDid.Trim(), s.WhoTookPart.Trim(), s.WhatChanged.Trim(), s.Lessons.Trim())
            : null;
        return new EvidenceDetails(c.Kind!.Value, c.Title.Trim(), Text.Clean(c.Summary), c.WorkstreamId, c.ActivityKind, c.DemonstratesRung,
            c.MilestoneId, c.BarrierId, c.Visibility ?? Visibility.Private, c.Sensitivity ?? Sensitivity.Standard, caseStudy);
    }

    private static void ValidateConsent(Consent consent, DateOnly today, string prefix)
    {
        var errors = new ErrorBag();
        errors.Defined($"{prefix}scope", (ConsentScope?)consent.Scope);
        errors.Date($"{prefix}expiresOn", consent.ExpiresOn);
        if (consent.ExpiresOn < today)
            errors.Add($"{prefix}expiresOn", "Consent that has already expired cannot be recorded.");
        errors.ThrowIfAny();
    }

    private static EvidenceDetails Details(EvidenceItem e) => new(
        e.Kind, e.Title, e.Summary, e.WorkstreamId, e.ActivityKind, e.DemonstratesRung, e.MilestoneId, e.BarrierId,
        e.Visibility, e.Sensitivity, e.CaseStudy);
}
