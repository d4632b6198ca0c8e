namespace FunderPortal.Charities;

public sealed partial class CharityState
{
    public List<CheckIn> CheckIns { get; set; } = [];
    public LeadershipValues Leadership { get; set; } = LeadershipValues.Unknown;
    public DateTimeOffset? LeadershipRecordedAt { get; set; }

    /// <summary>Participants asked to rate check-ins, answered or not (asking again replaces an unanswered ask).</summary>
    public List<VoiceAsk> VoiceAsks { get; set; } = [];

    public CheckIn? FindCheckIn(string id) => CheckIns.Find(c => c.Id == id);

    public VoiceAsk? FindVoiceAsk(string tokenHash) => VoiceAsks.Find(a => a.TokenHash == tokenHash);

    partial void ApplyCheckIns(CharityEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case CheckInRecorded e:
                CheckIns.Add(new CheckIn(e.CheckInId, recordedAt, e.HeldOn, e.WhatWorked, e.WhatDidNot, e.WhatNext,
                    e.Readiness, e.Principles, e.Skills));
                break;
            case ParticipantCheckInLinksMade e:
                foreach (var p in e.Asked)
                {
                    // Asking again replaces an unanswered ask: the old link stops working.
                    VoiceAsks.RemoveAll(a => a.CheckInId == e.CheckInId && a.Participant == p.Participant && a.Answer is null);
                    VoiceAsks.Add(new VoiceAsk(e.CheckInId, p.Participant, p.TokenHash, recordedAt, p.ExpiresAt, null));
                }
                break;
            case ParticipantCheckInAnswered e when FindVoiceAsk(e.TokenHash) is { } open:
                VoiceAsks[VoiceAsks.IndexOf(open)] = open with { Answer = e.Answer };
                break;
            case LeadershipRecorded e:
                Leadership = e.Values;
                LeadershipRecordedAt = recordedAt;
                break;
        }
    }
}
