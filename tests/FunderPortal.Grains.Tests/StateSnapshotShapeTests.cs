using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FunderPortal.Charities;
using FunderPortal.EventStore;
using FunderPortal.Funders;
using FunderPortal.Notifications;

namespace FunderPortal.Grains.Tests;

/// <summary>
/// Snapshots are the states as JSON: these were written before the charity and funder states shared their organisation
/// part, and must still load, and be written again exactly as they were, with only the parts added since (empty) beside.
/// </summary>
public sealed class StateSnapshotShapeTests
{
    private const string CharitySnapshot = """
        {"version":9,"lastRecordedAt":"2026-01-05T09:00:00+00:00","registeredAt":"2026-01-05T09:00:00+00:00","orgId":"GB-CHC-5550002","name":"Hope Street","sizeBand":"Small","areas":["Leeds"],"causes":["Mental health"],"coProductionMeaning":"Together","members":{"alice":"Editor","victor":"Viewer"},"workstreams":[{"id":"w1","title":"Peer support","purpose":"Purpose","startedAt":"2026-01-05T09:00:00+00:00","rungs":{"CoDesign":{"current":"Consultation","target":"CoProduction"}},"participants":{"count":0,"groupsReached":[],"roles":[]},"practices":{},"milestones":[],"barriers":[]}],"checkInIntervalDays":90,"checkIns":[],"invitations":[{"tokenHash":"HASH","role":"Viewer","expiresAt":"2026-01-19T09:00:00+00:00"}],"leadership":{},"isRegistered":true,"evidence":[],"firstGrants":{"GB-CHC-7000001":{"funderOrgId":"GB-CHC-7000001","grantId":"1","plannedStart":"2026-01-01","rungs":[{"workstreamId":"w1","activityKind":"CoDesign","current":"Consultation"}]}},"resourcingLines":[],"shares":[{"id":"s1","funderOrgId":"GB-CHC-7000001","scope":["Journey"],"sharedAt":"2026-01-05T09:00:00+00:00"}],"verification":{"verifiedBy":"admin-ann","verifiedAt":"2026-01-05T09:00:00+00:00","note":"On the register"}}
        """;

    private const string FunderSnapshot = """
        {"version":9,"lastRecordedAt":"2026-01-05T09:00:00+00:00","registeredAt":"2026-01-05T09:00:00+00:00","orgId":"GB-CHC-7000001","name":"Hope Trust","funderType":"Trust","grantIdPrefix":"360G-hopetrust","members":{"fiona":"Editor","victor":"Viewer"},"programmes":[{"id":"p1","title":"Lived experience"}],"grants":[{"id":"1","charityOrgId":"GB-CHC-5550002","charityName":"Hope Street","title":"Grant","description":"Desc","amountPence":500000,"awardDate":"2026-01-01","plannedStart":"2026-01-01","plannedEnd":"2027-01-01","type":"Project","programmeId":"p1","planLineIds":[],"workstreamIds":[],"recordedAt":"2026-01-05T09:00:00+00:00"},{"id":"2","charityOrgId":"GB-CHC-5550002","charityName":"Hope Street","title":"Round one","description":"Peer","amountPence":1000,"awardDate":"2026-01-05","plannedStart":"2026-01-05","plannedEnd":"2027-01-04","type":"Project","planLineIds":[],"workstreamIds":[],"recordedAt":"2026-01-05T09:00:00+00:00"}],"feedback":[{"id":"fb1","charityOrgId":"GB-CHC-5550002","kind":"Feedback","text":"Well done","givenAt":"2026-01-05T09:00:00+00:00","givenBy":"fiona"}],"rounds":[{"roundId":"r1","title":"Round one","createdAt":"2026-01-05T09:00:00+00:00"}],"grantIdsBySource":{"round/r1/a1":"2"},"verification":{"verifiedBy":"admin-ann","verifiedAt":"2026-01-05T09:00:00+00:00"},"isRegistered":true}
        """;

    /// <summary>
    /// The inbox, funders' feedback and grants, the names funders go by, the rounds applied to, participants asked to rate
    /// check-ins and the area codes: empty in a snapshot from before them.
    /// </summary>
    private const string CharityPartsAddedSince = """
        {"inbox":[],"funderNames":{},"feedbackFromFunders":[],"grantsFromFunders":[],"roundsAppliedTo":[],"voiceAsks":[],"areaCodes":[]}
        """;

    /// <summary>The pledges a funder offered, its grant imports and whether it publishes: none, and not, in a snapshot from before them.</summary>
    private const string FunderPartsAddedSince = """
        {"pledges":[],"grantImports":[],"publishes360Giving":false}
        """;

    [Fact]
    public void ACharitySnapshotLoadsAndIsWrittenAsItWas()
    {
        var state = JsonSerializer.Deserialize<CharityState>(CharitySnapshot, EventSerializer<CharityEvent>.Options)!;

        Assert.Equal(("Hope Street", 2, "admin-ann", 9L), (state.Name, state.Members.Count, state.Verification?.VerifiedBy, state.Version));
        Assert.Equal(Sorted(With(CharitySnapshot, CharityPartsAddedSince)), Sorted(JsonSerializer.Serialize(state, EventSerializer<CharityEvent>.Options)));
    }

    [Fact]
    public void AFunderSnapshotLoadsAndIsWrittenAsItWas()
    {
        var state = JsonSerializer.Deserialize<FunderState>(FunderSnapshot, EventSerializer<FunderEvent>.Options)!;

        Assert.Equal(("Hope Trust", 2, "admin-ann", "2"), (state.Name, state.Members.Count, state.Verification?.VerifiedBy, state.GrantIdsBySource["round/r1/a1"]));
        Assert.Equal(Sorted(With(FunderSnapshot, FunderPartsAddedSince)), Sorted(JsonSerializer.Serialize(state, EventSerializer<FunderEvent>.Options)));
    }

    /// <summary>A notification centre from before notifications were kept in words to translate (issue 21): English only.</summary>
    private const string NotificationSnapshot = """
        {"version":2,"lastRecordedAt":"2026-01-05T09:00:00+00:00","items":[{"id":"n1","position":1,"kind":"FeedbackGiven","at":"2026-01-05T09:00:00+00:00","title":"Feedback: Well done","text":"Hope Trust to Hope Street: feedback.","link":"/charities/GB-CHC-5550002/inbox","read":false,"receivedAt":"2026-01-05T09:00:00+00:00","emailedAtOnce":true,"inDigest":false}],"email":"alice@example.org","emailConfirmed":true,"language":"cy","delivery":{},"lastDigest":{},"unreadCount":1}
        """;

    [Fact]
    public void ANotificationSnapshotFromBeforeWelshLoadsIsReadInEnglishAndIsWrittenAsItWas()
    {
        var state = JsonSerializer.Deserialize<NotificationState>(NotificationSnapshot, EventSerializer<NotificationEvent>.Options)!;

        var item = Assert.Single(state.Items);
        Assert.Equal((null, null), (item.TitlePhrase, item.TextPhrase));
        Assert.Equal("Feedback: Well done", item.TitleIn(NoticeWords.Welsh));
        Assert.Equal(Sorted(NotificationSnapshot), Sorted(JsonSerializer.Serialize(state, EventSerializer<NotificationEvent>.Options)));
    }

    [Fact]
    public void ANotificationIsStoredWithItsPhrasesAndOneStoredBeforeThemStillReads()
    {
        var serializer = new EventSerializer<NotificationEvent>();
        var old = (NotificationReceived)serializer.Deserialize("NotificationReceived",
            """{"id":"n1","kind":"FeedbackGiven","at":"2026-01-05T09:00:00+00:00","title":"Feedback: Well done","text":"Hope Trust to Hope Street: feedback.","link":"/charities/x/inbox"}""");
        Assert.Equal(new NotificationReceived("n1", NotificationKind.FeedbackGiven, new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero),
            "Feedback: Well done", "Hope Trust to Hope Street: feedback.", "/charities/x/inbox"), old);

        var title = NoticeWords.Say("{0}'s check-in is due on {1}", "Hope Street", new DateOnly(2026, 3, 2));
        var text = NoticeWords.Say("“{0}” is now {1}", "Round one", NoticeWords.Say("being scored"));
        var received = new NotificationReceived("n2", NotificationKind.CheckInDue, old.At, title.English, text.English, "/charities/x/check-in", title, text);
        var (type, data) = serializer.Serialize(received);

        var stored = JsonNode.Parse(data)!;
        Assert.Equal("""{"template":"{0}'s check-in is due on {1}","values":[{"text":"Hope Street"},{"day":"2026-03-02"}]}""",
            stored["titlePhrase"]!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal("""{"template":"“{0}” is now {1}","values":[{"text":"Round one"},{"words":{"template":"being scored","values":[]}}]}""",
            stored["textPhrase"]!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal(received, serializer.Deserialize(type, data));
    }

    [Fact]
    public void EventsAreStoredUnderTheNamesTheyHadAlways()
    {
        Assert.Equal(
            """
            AttestationAnswered AttestationReplyAdded AttestationsRequested BarrierRecorded BarrierUpdated CharityProfileChanged
            CharityRegistered CheckInRecorded EvidenceAttachmentAdded EvidenceChanged EvidenceConsentRecorded EvidenceConsentWithdrawn
            EvidenceRecorded FeedbackReceived FeedbackReplied FunderGrantNoted FunderGrantReceived InboxItemReceived InvitationAccepted
            InvitationReissued LeadershipRecorded LineFundingChanged LineFundingRecorded
            LineFundingRemoved MemberInvited MemberRemoved MemberRoleGranted MilestonePlanned MilestoneUpdated OrganisationVerified
            ParticipantCheckInAnswered ParticipantCheckInLinksMade ParticipantsRecorded PledgeAccepted PledgeDeclined PledgeOffered PledgeWithdrawn PracticesSet ResourcingLineChanged ResourcingLinePlanned
            ResourcingLineWithdrawn RoundApplicationNoted RungsSet ShareRevoked SharedWithFunder VerificationWithdrawn WorkstreamChanged WorkstreamStarted
            """.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries), NamesOf<CharityEvent>());
        Assert.Equal(
            """
            FeedbackGiven FeedbackReplyReceived FunderMemberRemoved FunderMemberRoleGranted FunderProfileChanged FunderRegistered
            FunderVerificationWithdrawn FunderVerified GrantImportQueued GrantRecorded GrantReportAcknowledged PledgeMade ProgrammeAdded ProgrammeChanged
            RoundListed ThreeSixtyGivingPublicationChanged
            """.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries), NamesOf<FunderEvent>());
    }

    /// <summary>The stored names, each checked to be its event's own type name (so renaming a type cannot rename its events).</summary>
    private static string[] NamesOf<TEvent>()
    {
        var derived = typeof(TEvent).GetCustomAttributes(typeof(JsonDerivedTypeAttribute), inherit: false).Cast<JsonDerivedTypeAttribute>().ToList();
        Assert.All(derived, d => Assert.Equal(d.DerivedType.Name, d.TypeDiscriminator));
        return [.. derived.Select(d => (string)d.TypeDiscriminator!).Order(StringComparer.Ordinal)];
    }

    /// <summary>The snapshot with the top-level members of <paramref name="added"/> beside its own.</summary>
    private static string With(string snapshot, string added)
    {
        var state = JsonNode.Parse(snapshot)!.AsObject();
        foreach (var (name, value) in JsonNode.Parse(added)!.AsObject())
            state[name] = value?.DeepClone();
        return state.ToJsonString();
    }

    /// <summary>The JSON with every object's properties in name order: the order a serialiser writes them in is no part of the shape.</summary>
    private static string Sorted(string json) => Sort(JsonNode.Parse(json))?.ToJsonString() ?? "null";

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sort(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sort)]),
        _ => node?.DeepClone(),
    };
}
