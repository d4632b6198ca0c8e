using FunderPortal.People;

namespace FunderPortal.Charities;

/// <summary>Keeps members' indexes of their places (<see cref="IPersonGrain"/>) in step with the charity's members and name.</summary>
public sealed partial class CharityGrain
{
    private void TellPeople(IReadOnlyList<CharityEvent> events)
    {
        var renamed = events.Any(e => e is CharityProfileChanged { Name: not null });
        var joined = events.OfType<MemberRoleGranted>().Select(e => e.Subject).Concat(renamed ? State.Members.Keys : []);
        var left = events.OfType<MemberRemoved>().Select(e => e.Subject);
        PeopleIndex.Tell(GrainFactory, logger, new Place(PlaceKind.Charity, State.OrgId, State.Name), joined, left);
    }
}
