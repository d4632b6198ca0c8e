using FunderPortal.Charities;

namespace FunderPortal.Web.Common.Participants;

/// <summary>
/// Who a form asks for links to hand out or email (attestations, participant check-ins): handles separated by commas,
/// and a few rows of handle and address.
/// </summary>
public class ParticipantAskInput
{
    /// <summary>How many participants the form offers to email at once.</summary>
    private const int RecipientRows = 3;

    public string? Participants { get; set; }
    public List<RecipientInput> Recipients { get; set; } = [];

    /// <summary>Empty rows made up to <see cref="RecipientRows"/>, for the form to show.</summary>
    public void FillRows()
    {
        while (Recipients.Count < RecipientRows)
            Recipients.Add(new RecipientInput());
    }

    /// <summary>
    /// The handles and the recipients as the grain takes them. Rows left empty are skipped and the rest move up, so an
    /// error names the row it is shown beside.
    /// </summary>
    public (IReadOnlyList<string> Participants, IReadOnlyList<AttestationRecipient> Recipients) ToAsk()
    {
        var participants = (Participants ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Recipients = [.. Recipients.Where(r => !string.IsNullOrWhiteSpace(r.Participant) || !string.IsNullOrWhiteSpace(r.Email))];
        List<AttestationRecipient> recipients = [.. Recipients.Select(r => new AttestationRecipient(r.Participant?.Trim() ?? "", r.Email?.Trim() ?? ""))];
        FillRows();
        return (participants, recipients);
    }
}

public sealed class RecipientInput
{
    public string? Participant { get; set; }
    public string? Email { get; set; }
}
