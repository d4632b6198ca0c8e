using FunderPortal.Charities;

namespace FunderPortal.Rounds;

/// <summary>One round a charity applied to, with its applications there (drafts, submitted and withdrawn).</summary>
public sealed record CharityRoundApplications(AppliedRound Round, IReadOnlyList<ApplicationView> Applications);

/// <summary>
/// A charity's applications across rounds, the same for the API and the web portal: the charity's index says which
/// rounds (members only), and each round answers with that charity's applications, asked in parallel.
/// </summary>
public static class CharityApplications
{
    public static async Task<IReadOnlyList<CharityRoundApplications>> GetAsync(IGrainFactory grains, string charityOrgId, string subject)
    {
        var rounds = await grains.Charity(charityOrgId).GetRoundsAppliedToAsync(subject);
        var applications = await Task.WhenAll(rounds.Select(r => grains.GetGrain<IGrantRoundGrain>(r.RoundId).GetApplicationsOfAsync(charityOrgId, subject)));
        return [.. rounds.Select((r, i) => new CharityRoundApplications(r, applications[i]))];
    }
}
