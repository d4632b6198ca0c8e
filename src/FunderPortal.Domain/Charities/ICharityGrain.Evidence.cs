using FunderPortal.Common;

namespace FunderPortal.Charities;

public partial interface ICharityGrain
{
    [Alias("RecordEvidence")]
    Task<EvidenceView> RecordEvidenceAsync(EvidenceInput input, string subject);

    [Alias("ChangeEvidence")]
    Task<EvidenceView> ChangeEvidenceAsync(string evidenceId, EvidenceInput input, string subject);

    [Alias("GetEvidence")]
    Task<EvidenceView> GetEvidenceAsync(string evidenceId, string subject);

    /// <summary>Every item, newest first.</summary>
    [Alias("ListEvidence")]
    Task<IReadOnlyList<EvidenceView>> ListEvidenceAsync(string subject);

    [Alias("RecordConsent")]
    Task<EvidenceView> RecordConsentAsync(string evidenceId, Consent consent, string subject);

    [Alias("WithdrawConsent")]
    Task<EvidenceView> WithdrawConsentAsync(string evidenceId, string subject);

    /// <summary>Throws unless the caller may attach a file to the item: checked before the upload is read.</summary>
    [Alias("EnsureCanAttach")]
    Task EnsureCanAttachAsync(string evidenceId, string subject);

    [Alias("AddAttachment")]
    Task<Attachment> AddAttachmentAsync(string evidenceId, Attachment attachment, string subject);

    [Alias("GetAttachment")]
    Task<Attachment> GetAttachmentAsync(string evidenceId, string attachmentId, string subject);

    /// <summary>One new link per participant; asking again replaces an unanswered link.</summary>
    [Alias("RequestAttestations")]
    Task<IReadOnlyList<AttestationLink>> RequestAttestationsAsync(string evidenceId, IReadOnlyList<string> participants, string subject);

    /// <summary>
    /// As <see cref="RequestAttestationsAsync(string, IReadOnlyList{string}, string)"/>, and links for
    /// <paramref name="recipients"/> are emailed to them instead of handed back (their <see cref="AttestationLink.Token"/> is null).
    /// </summary>
    [Alias("RequestAttestationsOrMail")]
    Task<IReadOnlyList<AttestationLink>> RequestAttestationsAsync(
        string evidenceId, IReadOnlyList<string> participants, IReadOnlyList<AttestationRecipient> recipients, string subject);

    /// <summary>No account: the link's token is the only key. Used, expired or unknown: not found.</summary>
    [Alias("GetAttestationPrompt")]
    Task<AttestationPrompt> GetAttestationPromptAsync(string token);

    [Alias("AnswerAttestation")]
    Task AnswerAttestationAsync(string token, AttestationStance? stance, string? comment);

    [Alias("ReplyToAttestation")]
    Task<EvidenceView> ReplyToAttestationAsync(string evidenceId, string participant, string reply, string subject);
}
