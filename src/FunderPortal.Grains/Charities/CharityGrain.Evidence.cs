using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.Mail;
using FunderPortal.Notifications;
using FunderPortal.PersonalData;
using static FunderPortal.Notifications.NoticeWords;

namespace FunderPortal.Charities;

public sealed partial class CharityGrain
{
    /// <summary>How long a participant's link stays valid.</summary>
    public static readonly TimeSpan AttestationLinkLifetime = TimeSpan.FromDays(30);

    public async Task<EvidenceView> RecordEvidenceAsync(EvidenceInput input, string subject) =>
        await OpenAsync(await CreateAsync(subject, "evidence", (s, id) => CharityDecisions.RecordEvidence(s, id, input, Today),
            (s, id) => s.FindEvidence(id)?.ToView(Today)));

    public async Task<EvidenceView> ChangeEvidenceAsync(string evidenceId, EvidenceInput input, string subject) =>
        await OpenAsync(await ChangeAsync(subject, s => CharityDecisions.ChangeEvidence(s, evidenceId, input),
            s => s.FindEvidence(evidenceId)!.ToView(Today)));

    public async Task<EvidenceView> GetEvidenceAsync(string evidenceId, string subject) =>
        await OpenAsync((await VisibleEvidenceAsync(evidenceId, subject, $"evidence/{evidenceId}")).ToView(Today));

    /// <summary>Members see every item; funders only those shared with funders (Standard, consented).</summary>
    public async Task<IReadOnlyList<EvidenceView>> ListEvidenceAsync(string subject)
    {
        var reader = await ReaderAsync(subject, ShareScope.Evidence, "evidence");
        List<EvidenceView> views = [.. State.Evidence
            .Where(e => !reader.IsFunder || EvidenceRules.IsSharedWithFunders(e, Today))
            .OrderByDescending(e => e.RecordedAt)
            .Select(e => e.ToView(Today))];
        var opener = await personal.OpenerAsync(History.StreamId, views.SelectMany(CharityPersonalData.SealedIn));
        return [.. views.Select(v => CharityPersonalData.Open(v, opener))];
    }

    /// <summary>Participants' words opened (or "erased") for the response; state keeps them sealed.</summary>
    private async Task<EvidenceView> OpenAsync(EvidenceView view) =>
        CharityPersonalData.Open(view, await personal.OpenerAsync(History.StreamId, CharityPersonalData.SealedIn(view)));

    public async Task<EvidenceView> RecordConsentAsync(string evidenceId, Consent consent, string subject) =>
        await OpenAsync(await ChangeAsync(subject, s => CharityDecisions.RecordConsent(s, evidenceId, consent, Today),
            s => s.FindEvidence(evidenceId)!.ToView(Today)));

    public async Task<EvidenceView> WithdrawConsentAsync(string evidenceId, string subject) =>
        await OpenAsync(await ChangeAsync(subject, s => CharityDecisions.WithdrawConsent(s, evidenceId),
            s => s.FindEvidence(evidenceId)!.ToView(Today)));

    public Task EnsureCanAttachAsync(string evidenceId, string subject)
    {
        RequireEditor(subject);
        CharityDecisions.RequireEvidence(State, evidenceId);
        return Task.CompletedTask;
    }

    public Task<Attachment> AddAttachmentAsync(string evidenceId, Attachment attachment, string subject) =>
        ChangeAsync(subject, s => CharityDecisions.AddAttachment(s, evidenceId, attachment with { AddedAt = Clock.UtcNow }),
            s => s.FindEvidence(evidenceId)!.Attachments.Find(a => a.Id == attachment.Id)!);

    public async Task<Attachment> GetAttachmentAsync(string evidenceId, string attachmentId, string subject) =>
        (await VisibleEvidenceAsync(evidenceId, subject, $"evidence/{evidenceId}/attachments/{attachmentId}")).Attachments.Find(a => a.Id == attachmentId)
            ?? throw new NotFoundException($"No file '{attachmentId}' on this evidence item.");

    /// <summary>An item a funder may not see is, to them, not found: sensitivity and consent decide, whatever its visibility.</summary>
    private async Task<EvidenceItem> VisibleEvidenceAsync(string evidenceId, string subject, string what)
    {
        var reader = await ReaderAsync(subject, ShareScope.Evidence, what);
        var item = CharityDecisions.RequireEvidence(State, evidenceId);
        return !reader.IsFunder || EvidenceRules.IsSharedWithFunders(item, Today)
            ? item
            : throw new NotFoundException($"No evidence '{evidenceId}' in this charity.");
    }

    /// <summary>
    /// Asking a participant again replaces their unanswered ask, and its link stops working (<see cref="CharityState"/>'s
    /// fold). So a retry of the request after its answer (the only place the links were shown) was lost asks the same
    /// participants with new links and makes no second ask: one ask per participant, the never-shown links dead. Should
    /// one have answered meanwhile, their link was delivered after all, and the retry is refused as any new ask would be.
    /// </summary>
    public Task<IReadOnlyList<AttestationLink>> RequestAttestationsAsync(string evidenceId, IReadOnlyList<string> participants, string subject) =>
        RequestAttestationsAsync(evidenceId, participants, [], subject);

    /// <summary>
    /// Links for <paramref name="participants"/> are handed back; those for <paramref name="recipients"/> are emailed to
    /// them (through the outbox, a Message-Id per link), awaited once before answering and retried while the charity is
    /// active. Their tokens are never kept, so a message lost before its first delivery (a crash) is not sent again: ask again.
    /// </summary>
    public async Task<IReadOnlyList<AttestationLink>> RequestAttestationsAsync(
        string evidenceId, IReadOnlyList<string> participants, IReadOnlyList<AttestationRecipient> recipients, string subject)
    {
        RequireEditor(subject);
        var expiresAt = Clock.UtcNow.Add(AttestationLinkLifetime);
        var tokens = Enumerable.Range(0, participants.Count + recipients.Count).Select(_ => NewToken()).ToList();
        var events = CharityDecisions.RequestAttestations(State, evidenceId, participants, recipients, [.. tokens.Select(HashToken)], expiresAt);
        var mail = recipients.Count > 0 ? Mail : null;
        await AppendAsync(events, subject);
        var asked = ((AttestationsRequested)events[0]).Asked;
        if (mail is not null)
        {
            var item = State.FindEvidence(evidenceId)!;
            await Outbox.PostAsync(asked.Select((a, i) => (Asked: a, Token: tokens[i])).Where(a => a.Asked.Email is not null)
                .Select(a => AttestationMail(mail, item, a.Asked, a.Token)));
        }
        return [.. asked.Select((a, i) => new AttestationLink(a.Participant, a.Email is null ? tokens[i] : null, expiresAt))];
    }

    /// <summary>In the language of the member who asks (<see cref="CallerLanguage"/>): the participant has no account to say theirs.</summary>
    private Notice AttestationMail(MailSettings mail, EvidenceItem item, AskedParticipant asked, string token)
    {
        var c = CallerLanguage.Culture;
        var link = mail.Link($"/attest/{Uri.EscapeDataString(token)}");
        var until = NotificationWords.DayOf(asked.ExpiresAt);
        var subject = Say("{0} asks you to confirm: {1}", State.Name, InboxLinks.Snippet(item.Title)).In(c);
        var asks = Say("{0} asks whether you agree with what they wrote about work you took part in: “{1}”.", State.Name, item.Title);
        var text = $"{asks.In(c)}\n\n"
            + $"{Say("Open this link to read it and answer (it works once, until {0}; you need no account):", until).In(c)}\n{link}\n\n"
            + $"{MailNotices.NotExpecting.In(c)}\n";
        var html = $"<p>{asks.HtmlIn(c)}</p>"
            + $"<p>{Say("<a href=\"{0}\">Read it and answer</a> (the link works once, until {1}; you need no account).", link, until).HtmlIn(c)}</p>"
            + $"<p>{MailNotices.NotExpecting.HtmlIn(c)}</p>";
        return MailNotices.Send($"attestation-mail/{asked.TokenHash}", new OutgoingMail(
            MailNotices.MessageId($"attestation/{asked.TokenHash}", OrgId), asked.Email!, subject, text, html, UnsubscribeUrl: null, What: "attestation link"));
    }

    public Task<AttestationPrompt> GetAttestationPromptAsync(string token)
    {
        var (item, ask) = CharityDecisions.RequireOpenAsk(State, HashToken(token), Clock.UtcNow);
        var workstream = State.FindWorkstream(item.WorkstreamId);
        return Task.FromResult(new AttestationPrompt(State.Name, ask.Participant, item.Kind, item.Title, item.Summary, item.CaseStudy,
            workstream?.Title ?? "", ask.ExpiresAt));
    }

    public async Task AnswerAttestationAsync(string token, AttestationStance? stance, string? comment)
    {
        var hash = HashToken(token);
        var events = CharityDecisions.AnswerAttestation(State, hash, stance, comment, Clock.UtcNow);
        await AppendAsync(events, $"participant:{State.FindAsk(hash)!.Value.Ask.Participant}");
    }

    public async Task<EvidenceView> ReplyToAttestationAsync(string evidenceId, string participant, string reply, string subject) =>
        await OpenAsync(await ChangeAsync(subject, s => CharityDecisions.ReplyToAttestation(s, evidenceId, participant, reply),
            s => s.FindEvidence(evidenceId)!.ToView(Today)));

    private string NewToken() => OneTimeTokens.New(OrgId);

    private static string HashToken(string token) => OneTimeTokens.Hash(token);
}
