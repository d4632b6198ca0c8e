using FunderPortal.Common;

namespace FunderPortal.Charities;

public sealed partial class CharityState
{
    public SizeBand? SizeBand { get; set; }
    public List<string> Areas { get; set; } = [];
    public List<string> Causes { get; set; } = [];
    /// <summary>ONS GSS codes of where the charity works, as it gives them (published in its funders' 360Giving data).</summary>
    public List<string> AreaCodes { get; set; } = [];
    public string? CoProductionMeaning { get; set; }
    public int CheckInIntervalDays { get; set; } = CheckInSchedule.DefaultIntervalDays;

    partial void ApplyProfile(CharityEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case CharityRegistered e:
                Registered(e.OrgId, e.Name, recordedAt);
                SizeBand = e.SizeBand;
                Areas = [.. e.Areas];
                Causes = [.. e.Causes];
                CoProductionMeaning = e.CoProductionMeaning;
                break;
            case CharityProfileChanged e:
                Name = e.Name ?? Name;
                SizeBand = e.SizeBand ?? SizeBand;
                Areas = e.Areas is null ? Areas : [.. e.Areas];
                Causes = e.Causes is null ? Causes : [.. e.Causes];
                CoProductionMeaning = Text.Changed(CoProductionMeaning, e.CoProductionMeaning);
                CheckInIntervalDays = e.CheckInIntervalDays ?? CheckInIntervalDays;
                AreaCodes = e.AreaCodes is null ? AreaCodes : [.. e.AreaCodes];
                break;
        }
    }
}
