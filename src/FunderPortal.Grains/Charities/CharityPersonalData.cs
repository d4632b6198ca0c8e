using FunderPortal.PersonalData;

namespace FunderPortal.Charities;

/// <summary>
/// A charity's personal data: participants' comments on evidence, the charity's replies to them, and participants' own
/// words when they rate a check-in, sealed under the participant's key (erasing the participant erases them). Participant handles are pseudonyms the charity
/// chose (<c>p-1</c>) and stay plain: they are how the charity and its people find an answer. The address a participant's
/// link was emailed to is sealed under their key too (kept until they are erased).
/// </summary>
internal static class CharityPersonalData
{
    /// <summary>The events as they are stored: decided with plain text, sealed just before the append.</summary>
    public static async Task<IReadOnlyList<CharityEvent>> SealAsync(
        IReadOnlyList<CharityEvent> events, CharityState state, string orgId, string streamId, PersonalDataProtector personal)
    {
        if (!events.Any(e => e is AttestationAnswered or AttestationReplyAdded or AttestationsRequested
                or ParticipantCheckInAnswered or ParticipantCheckInLinksMade))
            return events;
        var result = new List<CharityEvent>(events.Count);
        foreach (var e in events)
        {
            result.Add(e switch
            {
                AttestationAnswered answered when state.FindAsk(answered.TokenHash) is { } found => answered with
                {
                    Comment = await personal.SealAsync(answered.Comment, PersonIds.Participant(orgId, found.Ask.Participant),
                        PersonalPurposes.AttestationComments, periodic: true, streamId),
                },
                AttestationReplyAdded reply => reply with
                {
                    Reply = (await personal.SealAsync(reply.Reply, PersonIds.Participant(orgId, reply.Participant),
                        PersonalPurposes.AttestationComments, periodic: true, streamId))!,
                },
                AttestationsRequested requested when requested.Asked.Any(a => a.Email is not null) => requested with
                {
                    Asked = await SealAddressesAsync(requested.Asked, orgId, streamId, personal),
                },
                ParticipantCheckInLinksMade made when made.Asked.Any(a => a.Email is not null) => made with
                {
                    Asked = await SealAddressesAsync(made.Asked, orgId, streamId, personal),
                },
                ParticipantCheckInAnswered voice when state.FindVoiceAsk(voice.TokenHash) is { } ask => voice with
                {
                    Answer = voice.Answer with
                    {
                        Other = await SealWordsAsync(voice.Answer.Other, orgId, ask.Participant, streamId, personal),
                        Comment = await SealWordsAsync(voice.Answer.Comment, orgId, ask.Participant, streamId, personal),
                    },
                },
                _ => e,
            });
        }
        return result;
    }

    /// <summary>A participant's own words in a check-in: sealed and erasable as their comments on evidence are.</summary>
    private static Task<string?> SealWordsAsync(string? words, string orgId, string participant, string streamId, PersonalDataProtector personal) =>
        personal.SealAsync(words, PersonIds.Participant(orgId, participant), PersonalPurposes.AttestationComments, periodic: true, streamId);

    private static async Task<IReadOnlyList<AskedParticipant>> SealAddressesAsync(
        IReadOnlyList<AskedParticipant> asked, string orgId, string streamId, PersonalDataProtector personal)
    {
        var sealedAsked = new List<AskedParticipant>(asked.Count);
        foreach (var a in asked)
        {
            sealedAsked.Add(a with
            {
                Email = await personal.SealAsync(a.Email, PersonIds.Participant(orgId, a.Participant), PersonalPurposes.Contact, periodic: false, streamId),
            });
        }
        return sealedAsked;
    }

    public static IEnumerable<string?> SealedIn(EvidenceView view) =>
        view.Attestation.Responses.SelectMany(r => new[] { r.Comment, r.Reply });

    public static EvidenceView Open(EvidenceView view, PersonalTextOpener opener) => view with
    {
        Attestation = view.Attestation with
        {
            Responses = [.. view.Attestation.Responses.Select(r => r with { Comment = opener.Open(r.Comment), Reply = opener.Open(r.Reply) })],
        },
    };
}
