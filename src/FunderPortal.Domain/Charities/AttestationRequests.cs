using System.Text.RegularExpressions;
using FunderPortal.Common;
using FunderPortal.Notifications;

namespace FunderPortal.Charities;

/// <summary>One participant to ask, with the address their link is emailed to (null: the link is handed to the charity).</summary>
public sealed record ParticipantToAsk(string Participant, string? Email);

/// <summary>Who a request for attestations asks, pure: participants by handle, recipients by handle and address.</summary>
public static class AttestationRequests
{
    /// <summary>
    /// Everyone asked, participants first: 1 to <see cref="Limits.MaxParticipantsAsked"/> in all, each a handle such as
    /// <c>p-1</c> named once, each recipient with an email address. Refusals name the field by its JSON path
    /// (<c>participants[0]</c>, <c>recipients[0].email</c>).
    /// </summary>
    public static IReadOnlyList<ParticipantToAsk> Check(IReadOnlyList<string?> participants, IReadOnlyList<AttestationRecipient?> recipients)
    {
        var errors = new ErrorBag();
        if (participants.Count + recipients.Count is 0 or > Limits.MaxParticipantsAsked)
            errors.Add("participants", $"Name 1 to {Limits.MaxParticipantsAsked} participants by their handles, in participants and recipients together.");
        for (var i = 0; i < Math.Min(participants.Count, Limits.MaxParticipantsAsked); i++)
        {
            if (!IsHandle(participants[i]))
                errors.Add($"participants[{i}]", "A handle such as p-1: letters, digits, '-', '_' or '.', at most 64.");
        }
        for (var i = 0; i < Math.Min(recipients.Count, Limits.MaxParticipantsAsked); i++)
        {
            if (!IsHandle(recipients[i]?.Participant))
                errors.Add($"recipients[{i}].participant", "A handle such as p-1: letters, digits, '-', '_' or '.', at most 64.");
            if (recipients[i]?.Email is not { } email || !PreferenceRules.IsAddress(email.Trim()))
                errors.Add($"recipients[{i}].email", "An email address such as name@example.org.");
        }
        List<ParticipantToAsk> asked = [.. participants.Select(p => new ParticipantToAsk(p ?? "", null)),
            .. recipients.Select(r => new ParticipantToAsk(r?.Participant ?? "", r?.Email?.Trim()))];
        if (asked.DistinctBy(a => a.Participant, StringComparer.Ordinal).Count() != asked.Count)
            errors.Add("participants", "Name each participant once, in participants or in recipients.");
        errors.ThrowIfAny();
        return asked;
    }

    private static bool IsHandle(string? handle) => handle is not null && Regex.IsMatch(handle, Limits.ParticipantPattern);
}
