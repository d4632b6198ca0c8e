using FunderPortal.Common;

namespace FunderPortal.Charities;

public sealed partial class CharityGrain
{
    /// <summary>How long a participant's link stays valid.</summary>
    public static readonly TimeSpan AttestationLinkLifetime = TimeSpan.FromDays(30);

    public async Task<EvidenceView> RecordEvidenceAsync(EvidenceInput input, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        var id = NewId();
        await _stream.AppendAsync(CharityDecisions.RecordEvidence(State, id, input, Today), subject);
        return State.FindEvidence(id)!.ToView(Today);
    }

    public async Task<EvidenceView> ChangeEvidenceAsync(string evidenceId, EvidenceInput input, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await _stream.AppendAsync(CharityDecisions.ChangeEvidence(State, evidenceId, input), subject);
        return State.FindEvidence(evidenceId)!.ToView(Today);
    }

    public Task<EvidenceView> GetEvidenceAsync(string evidenceId, string subject)
    {
        CharityAccess.RequireMember(State, subject);
        return Task.FromResult(CharityDecisions.RequireEvidence(State, evidenceId).ToView(Today));
    }

    public Task<IReadOnlyList<EvidenceView>> ListEvidenceAsync(string subject)
    {
        CharityAccess.RequireMember(State, subject);
        IReadOnlyList<EvidenceView> items = [.. State.Evidence.OrderByDescending(e => e.RecordedAt).Select(e => e.ToView(Today))];
        return Task.FromResult(items);
    }

    public async Task<EvidenceView> RecordConsentAsync(string evidenceId, Consent consent, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await _stream.AppendAsync(CharityDecisions.RecordConsent(State, evidenceId, consent, Today), subject);
        return State.FindEvidence(evidenceId)!.ToView(Today);
    }

    public async Task<EvidenceView> WithdrawConsentAsync(string evidenceId, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await _stream.AppendAsync(CharityDecisions.WithdrawConsent(State, evidenceId), subject);
        return State.FindEvidence(evidenceId)!.ToView(Today);
    }

    public Task EnsureCanAttachAsync(string evidenceId, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        CharityDecisions.RequireEvidence(State, evidenceId);
        return Task.CompletedTask;
    }

    public async Task<Attachment> AddAttachmentAsync(string evidenceId, Attachment attachment, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await _stream.AppendAsync(CharityDecisions.AddAttachment(State, evidenceId, attachment with { AddedAt = clock.UtcNow }), subject);
        return State.FindEvidence(evidenceId)!.Attachments.Find(a => a.Id == attachment.Id)!;
    }

    public Task<Attachment> GetAttachmentAsync(string evidenceId, string attachmentId, string subject)
    {
        CharityAccess.RequireMember(State, subject);
        return Task.FromResult(CharityDecisions.RequireEvidence(State, evidenceId).Attachments.Find(a => a.Id == attachmentId)
            ?? throw new NotFoundException($"No file '{attachmentId}' on this evidence item."));
    }

    public async Task<IReadOnlyList<AttestationLink>> RequestAttestationsAsync(string evidenceId, IReadOnlyList<string> participants, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        var expiresAt = clock.UtcNow.Add(AttestationLinkLifetime);
        var tokens = participants.Select(_ => NewToken()).ToList();
        await _stream.AppendAsync(
            CharityDecisions.RequestAttestations(State, evidenceId, participants, [.. tokens.Select(HashToken)], expiresAt), subject);
        return [.. participants.Select((p, i) => new AttestationLink(p, tokens[i], expiresAt))];
    }

    public Task<AttestationPrompt> GetAttestationPromptAsync(string token)
    {
        var (item, ask) = CharityDecisions.RequireOpenAsk(State, HashToken(token), clock.UtcNow);
        var workstream = State.FindWorkstream(item.WorkstreamId);
        return Task.FromResult(new AttestationPrompt(State.Name, ask.Participant, item.Kind, item.Title, item.Summary, item.CaseStudy,
            workstream?.Title ?? "", ask.ExpiresAt));
    }

    public async Task AnswerAttestationAsync(string token, AttestationStance? stance, string? comment)
    {
        var hash = HashToken(token);
        var events = CharityDecisions.AnswerAttestation(State, hash, stance, comment, clock.UtcNow);
        await _stream.AppendAsync(events, $"participant:{State.FindAsk(hash)!.Value.Ask.Participant}");
    }

    public async Task<EvidenceView> ReplyToAttestationAsync(string evidenceId, string participant, string reply, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await _stream.AppendAsync(CharityDecisions.ReplyToAttestation(State, evidenceId, participant, reply), subject);
        return State.FindEvidence(evidenceId)!.ToView(Today);
    }

    private string NewToken() => OneTimeTokens.New(this.GetPrimaryKeyString());

    private static string HashToken(string token) => OneTimeTokens.Hash(token);
}
