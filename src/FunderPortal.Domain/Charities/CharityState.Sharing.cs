namespace FunderPortal.Charities;

public sealed partial class CharityState
{
    public List<Share> Shares { get; set; } = [];

    public Share? FindShare(string id) => Shares.Find(s => s.Id == id);

    partial void ApplySharing(CharityEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case SharedWithFunder e:
                Shares.Add(new Share(e.ShareId, e.FunderOrgId, [.. e.Scope], e.ExpiresAt, recordedAt, null));
                break;
            case ShareRevoked e when FindShare(e.ShareId) is { } share:
                Replace(Shares, s => s.Id == e.ShareId, share with { RevokedAt = recordedAt });
                break;
        }
    }
}
