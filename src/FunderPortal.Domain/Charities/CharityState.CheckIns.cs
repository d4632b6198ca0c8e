namespace FunderPortal.Charities;

public sealed partial class CharityState
{
    public List<CheckIn> CheckIns { get; set; } = [];
    public LeadershipValues Leadership { get; set; } = LeadershipValues.Unknown;
    public DateTimeOffset? LeadershipRecordedAt { get; set; }

    public CheckIn? FindCheckIn(string id) => CheckIns.Find(c => c.Id == id);

    partial void ApplyCheckIns(CharityEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case CheckInRecorded e:
                CheckIns.Add(new CheckIn(e.CheckInId, recordedAt, e.HeldOn, e.WhatWorked, e.WhatDidNot, e.WhatNext,
                    e.Readiness, e.Principles, e.Skills));
                break;
            case LeadershipRecorded e:
                Leadership = e.Values;
                LeadershipRecordedAt = recordedAt;
                break;
        }
    }
}
