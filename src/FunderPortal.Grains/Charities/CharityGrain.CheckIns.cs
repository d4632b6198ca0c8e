using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.Mail;
using FunderPortal.Notifications;
using FunderPortal.PersonalData;
using static FunderPortal.Notifications.NoticeWords;

namespace FunderPortal.Charities;

/// <summary>Check-ins (periodic reflections) and the lived-experience leadership indicators: editors record, members and sharing funders read.</summary>
public sealed partial class CharityGrain
{
    public Task<CheckIn> RecordCheckInAsync(RecordCheckIn command, string subject) =>
        CreateAsync(subject, "check-in", (s, id) => CharityDecisions.RecordCheckIn(s, id, command, Today), (s, id) => s.FindCheckIn(id));

    public async Task<IReadOnlyList<CheckIn>> GetCheckInsAsync(string subject)
    {
        await ReaderAsync(subject, ShareScope.Journey, "check-ins");
        return [.. State.CheckIns.OrderByDescending(c => c.HeldOn).ThenByDescending(c => c.RecordedAt)];
    }

    public async Task<CheckInView> GetCheckInAsync(string checkInId, string subject)
    {
        await ReaderAsync(subject, ShareScope.Journey, $"check-ins/{checkInId}");
        var checkIn = CharityDecisions.RequireCheckIn(State, checkInId);
        List<VoiceAnswer> answers = [.. State.VoiceAsks.Where(a => a.CheckInId == checkInId && a.Answer is not null).OrderBy(a => a.Answer!.AnsweredAt).Select(a => a.Answer!)];
        List<string> comments = [];
        if (answers.Count >= ParticipantsSayRules.MinimumAnswers)
        {
            // Opened only when they would be shown; an erased participant's comment is left out, not shown as "erased".
            var consented = answers.Where(a => a.ConsentToShareComment && a.Comment is not null).Select(a => a.Comment!).ToList();
            var opener = await personal.OpenerAsync(History.StreamId, consented);
            comments = [.. consented.Select(c => opener.Open(c)).Where(c => c is not PersonalTextOpener.ErasedText and not PersonalTextOpener.ExpiredText)];
        }
        return new CheckInView(checkIn, ParticipantsSayRules.Summarise(answers, comments));
    }

    /// <summary>
    /// As attestation links (<see cref="RequestAttestationsAsync(string, IReadOnlyList{string}, IReadOnlyList{AttestationRecipient}, string)"/>):
    /// asking again replaces an unanswered ask, so a retried request whose answer was lost makes new links and no second ask.
    /// </summary>
    public async Task<IReadOnlyList<AttestationLink>> MakeParticipantCheckInLinksAsync(
        string checkInId, IReadOnlyList<string> participants, IReadOnlyList<AttestationRecipient> recipients, string subject)
    {
        RequireEditor(subject);
        var expiresAt = Clock.UtcNow.Add(AttestationLinkLifetime);
        var tokens = Enumerable.Range(0, participants.Count + recipients.Count).Select(_ => NewToken()).ToList();
        var events = CharityDecisions.MakeParticipantCheckInLinks(State, checkInId, participants, recipients, [.. tokens.Select(HashToken)], expiresAt);
        var mail = recipients.Count > 0 ? Mail : null;
        await AppendAsync(events, subject);
        var asked = ((ParticipantCheckInLinksMade)events[0]).Asked;
        if (mail is not null)
        {
            var checkIn = State.FindCheckIn(checkInId)!;
            await Outbox.PostAsync(asked.Select((a, i) => (Asked: a, Token: tokens[i])).Where(a => a.Asked.Email is not null)
                .Select(a => VoiceMail(mail, checkIn, a.Asked, a.Token)));
        }
        return [.. asked.Select((a, i) => new AttestationLink(a.Participant, a.Email is null ? tokens[i] : null, expiresAt))];
    }

    /// <summary>In the language of the member who asks (<see cref="CallerLanguage"/>): the participant has no account to say theirs.</summary>
    private Notice VoiceMail(MailSettings mail, CheckIn checkIn, AskedParticipant asked, string token)
    {
        var c = CallerLanguage.Culture;
        var link = mail.Link($"/voice/{Uri.EscapeDataString(token)}");
        var until = NotificationWords.DayOf(asked.ExpiresAt);
        var subject = Say("{0} asks what you think of the work you took part in", State.Name).In(c);
        var looked = Say("{0} looked back on its work with people with lived experience on {1}, and would like to hear how it was for you.", State.Name, checkIn.HeldOn);
        var text = $"{looked.In(c)}\n\n"
            + $"{Say("Open this link to answer four short questions (it works once, until {0}; you need no account):", until).In(c)}\n{link}\n\n"
            + $"{MailNotices.NotExpecting.In(c)}\n";
        var html = $"<p>{looked.HtmlIn(c)}</p>"
            + $"<p>{Say("<a href=\"{0}\">Answer four short questions</a> (the link works once, until {1}; you need no account).", link, until).HtmlIn(c)}</p>"
            + $"<p>{MailNotices.NotExpecting.HtmlIn(c)}</p>";
        return MailNotices.Send($"voice-mail/{asked.TokenHash}", new OutgoingMail(
            MailNotices.MessageId($"voice/{asked.TokenHash}", OrgId), asked.Email!, subject, text, html, UnsubscribeUrl: null, What: "participant check-in link"));
    }

    public Task<VoicePrompt> GetVoicePromptAsync(string token)
    {
        var ask = CharityDecisions.RequireOpenVoiceAsk(State, HashToken(token), Clock.UtcNow);
        return Task.FromResult(new VoicePrompt(State.Name, ask.Participant, State.FindCheckIn(ask.CheckInId)!.HeldOn, ask.ExpiresAt));
    }

    public async Task AnswerParticipantCheckInAsync(string token, VoiceInput input)
    {
        var hash = HashToken(token);
        var events = CharityDecisions.AnswerParticipantCheckIn(State, hash, input, Clock.UtcNow);
        await AppendAsync(events, $"participant:{State.FindVoiceAsk(hash)!.Participant}");
    }

    public Task<LeadershipView> RecordLeadershipAsync(LeadershipValues values, string subject) =>
        ChangeAsync(subject, s => CharityDecisions.RecordLeadership(s, values), s => s.ToLeadershipView());

    public async Task<LeadershipView> GetLeadershipAsync(string subject)
    {
        await ReaderAsync(subject, ShareScope.Journey, "leadership");
        return State.ToLeadershipView();
    }
}
