using FunderPortal.PersonalData;

namespace FunderPortal.Charities;

/// <summary>
/// A charity's personal data: participants' comments on evidence, and the charity's replies to them, sealed under the
/// participant's key (erasing the participant erases the exchange). Participant handles are pseudonyms the charity
/// chose (<c>p-1</c>) and stay plain: they are how the charity and its people find an answer.
/// </summary>
internal static class CharityPersonalData
{
    /// <summary>The events as they are stored: decided with plain text, sealed just before the append.</summary>
    public static async Task<IReadOnlyList<CharityEvent>> SealAsync(
        IReadOnlyList<CharityEvent> events, CharityState state, string orgId, string streamId, PersonalDataProtector personal)
    {
        if (!events.Any(e => e is AttestationAnswered or AttestationReplyAdded))
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
                _ => e,
            });
        }
        return result;
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
