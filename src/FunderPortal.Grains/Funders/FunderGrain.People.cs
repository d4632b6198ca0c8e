using FunderPortal.People;

namespace FunderPortal.Funders;

/// <summary>Keeps members' indexes of their places (<see cref="IPersonGrain"/>) in step with the funder's members and name.</summary>
public sealed partial class FunderGrain
{
    private async Task AppendTellingPeopleAsync(IReadOnlyList<FunderEvent> events, string actor)
    {
        await _stream.AppendAsync(events, actor);
        var renamed = events.Any(e => e is FunderProfileChanged { Name: not null });
        var joined = events.OfType<FunderMemberRoleGranted>().Select(e => e.Subject).Concat(renamed ? State.Members.Keys : []);
        var left = events.OfType<FunderMemberRemoved>().Select(e => e.Subject);
        PeopleIndex.Tell(GrainFactory, logger, new Place(PlaceKind.Funder, State.OrgId, State.Name), joined, left);
    }
}
