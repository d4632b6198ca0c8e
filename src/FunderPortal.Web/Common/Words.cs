using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;
using FunderPortal.Rounds;

namespace FunderPortal.Web.Common;

/// <summary>
/// The vocabulary's friendly names: people read these, never the enum names. Each is English in the code and passes
/// through <see cref="T"/>, which gives its Welsh (Resources/Words.cy.resx) on a Welsh page.
/// </summary>
public static partial class Words
{
    private static readonly Lazy<System.Resources.ResourceSet?> Welsh = new(() => Resources.WelshResources.Of("FunderPortal.Web.Resources.Words"));

    /// <summary>
    /// <paramref name="english"/> in the language of the request (<see cref="System.Globalization.CultureInfo.CurrentUICulture"/>),
    /// formatted with <paramref name="values"/> in its culture: the static form of a page's <c>L["…"]</c>, for code that has
    /// no localizer (these helpers are called from every page).
    /// </summary>
    public static string T(string english, params object?[] values)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        var text = culture.TwoLetterISOLanguageName == "cy" ? Welsh.Value?.GetString(english) ?? english : english;
        return values.Length == 0 ? text : string.Format(System.Globalization.CultureInfo.CurrentCulture, text, values);
    }

    public static string Of(ActivityKind kind) => kind switch
    {
        ActivityKind.CoDesign => T("Designing together"),
        ActivityKind.CoDecision => T("Deciding together"),
        ActivityKind.CoDelivery => T("Delivering together"),
        ActivityKind.CoEvaluation => T("Evaluating together"),
        _ => kind.ToString(),
    };

    public static string Of(LadderRung rung) => rung switch
    {
        LadderRung.Coercion => T("Coercion"),
        LadderRung.Educating => T("Educating"),
        LadderRung.Informing => T("Informing"),
        LadderRung.Consultation => T("Consultation"),
        LadderRung.Engagement => T("Engagement"),
        LadderRung.CoDesign => T("Co-design"),
        LadderRung.CoProduction => T("Co-production"),
        _ => rung.ToString(),
    };

    public static string Of(LadderRung? rung) => rung is { } r ? Of(r) : T("not set");

    public static string Of(LadderZone zone) => zone switch
    {
        LadderZone.DoingTo => T("doing to"),
        LadderZone.DoingFor => T("doing for"),
        LadderZone.DoingWith => T("doing with"),
        _ => zone.ToString(),
    };

    public static string Of(BarrierKind kind) => kind switch
    {
        BarrierKind.TimeResourcesSkills => T("Time, resources and skills"),
        BarrierKind.ResistanceToChange => T("Resistance to change"),
        BarrierKind.LackOfUnderstanding => T("Lack of understanding"),
        BarrierKind.PowerImbalance => T("Power imbalance"),
        BarrierKind.LackOfEngagement => T("Lack of engagement"),
        BarrierKind.Accessibility => T("Accessibility"),
        BarrierKind.FundingLandscape => T("The funding landscape"),
        BarrierKind.FearOfGettingItWrong => T("Fear of getting it wrong"),
        _ => kind.ToString(),
    };

    public static string Of(BarrierStatus status) => status switch
    {
        BarrierStatus.Open => T("Open"),
        BarrierStatus.Mitigating => T("Being worked on"),
        BarrierStatus.Overcome => T("Overcome"),
        _ => status.ToString(),
    };

    public static string Of(ResourcingCategory category) => category switch
    {
        ResourcingCategory.ParticipantPayment => T("Paying participants"),
        ResourcingCategory.Accessibility => T("Accessibility"),
        ResourcingCategory.TrainingAndSkills => T("Training and skills"),
        ResourcingCategory.StaffTime => T("Staff time"),
        ResourcingCategory.SupportAndWellbeing => T("Support and wellbeing"),
        ResourcingCategory.PartnerDelivery => T("Partner delivery"),
        ResourcingCategory.Evaluation => T("Evaluation"),
        ResourcingCategory.Other => T("Other"),
        _ => category.ToString(),
    };

    public static string Of(EvidenceKind kind) => kind switch
    {
        EvidenceKind.ParticipantFeedback => T("Participant feedback"),
        EvidenceKind.DecisionRecord => T("Decision record"),
        EvidenceKind.MeetingNote => T("Meeting note"),
        EvidenceKind.CoProducedOutput => T("Something made together"),
        EvidenceKind.PaymentRecord => T("Payment record"),
        EvidenceKind.TrainingRecord => T("Training record"),
        EvidenceKind.YouSaidWeDid => T("You said, we did"),
        EvidenceKind.SurveyResult => T("Survey result"),
        EvidenceKind.CaseStudy => T("Case study"),
        _ => kind.ToString(),
    };

    public static string Of(ShareScope scope) => scope switch
    {
        ShareScope.Journey => T("Journey map"),
        ShareScope.Resourcing => T("Resourcing plan"),
        ShareScope.Evidence => T("Evidence"),
        _ => scope.ToString(),
    };

    public static string Of(LeadershipIndicator indicator) => indicator switch
    {
        LeadershipIndicator.VolunteersWhoAreOrWereServiceUsers => T("Volunteers who are or were service users"),
        LeadershipIndicator.ChairHasDisability => T("The chair has a disability"),
        LeadershipIndicator.CeoHasDisability => T("The chief executive has a disability"),
        LeadershipIndicator.TrusteesWithLivedExperience => T("Trustees with lived experience"),
        LeadershipIndicator.StaffWithLivedExperience => T("Staff with lived experience"),
        LeadershipIndicator.LivedExperienceOnEveryInterviewPanel => T("Someone with lived experience on every interview panel"),
        _ => indicator.ToString(),
    };

    public static string Of(SeldomHeardGroup group) => group switch
    {
        SeldomHeardGroup.EthnicMinorityCommunities => T("Ethnic minority communities"),
        SeldomHeardGroup.LgbtPlus => T("LGBT+ people"),
        SeldomHeardGroup.CommunicateDifferently => T("People who communicate differently"),
        SeldomHeardGroup.LivingWithDementia => T("People living with dementia"),
        SeldomHeardGroup.OlderPeopleHighCareNeeds => T("Older people with high care needs"),
        SeldomHeardGroup.Unaffiliated => T("People in no organised group"),
        SeldomHeardGroup.ResidentialCare => T("People in residential care"),
        SeldomHeardGroup.Homeless => T("People who are homeless"),
        SeldomHeardGroup.GypsyAndTraveller => T("Gypsy and Traveller communities"),
        SeldomHeardGroup.InPrison => T("People in prison"),
        _ => group.ToString(),
    };

    /// <summary>A leadership indicator's answer in words: a percentage, a number, yes or no; "not given" when unknown.</summary>
    public static string Of(IndicatorView indicator) => indicator.Unit switch
    {
        IndicatorUnit.Percent => indicator.Value is { } percent ? $"{percent}%" : T("Not given"),
        IndicatorUnit.YesNo => indicator.Answer is { } yes ? (yes ? T("Yes") : T("No")) : T("Not given"),
        _ => indicator.Value is { } count ? count.ToString(System.Globalization.CultureInfo.InvariantCulture) : T("Not given"),
    };

    /// <summary>A percentage as people write it: "9.5%", "67%".</summary>
    public static string Percent(decimal percent) => $"{percent.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}%";

    public static string Of(AttestationStance? stance) => stance switch
    {
        AttestationStance.Agree => T("Agreed"),
        AttestationStance.AgreeWithComment => T("Agreed, and added words"),
        AttestationStance.DisagreeWithComment => T("Disagreed"),
        null => T("Not answered yet"),
        _ => stance.ToString() ?? "",
    };

    public static string Of(SizeBand? band) => band switch
    {
        SizeBand.Micro => T("Micro (under £10k)"),
        SizeBand.Small => T("Small (£10k to £100k)"),
        SizeBand.Medium => T("Medium (£100k to £1m)"),
        SizeBand.Large => T("Large (£1m to £10m)"),
        SizeBand.Major => T("Major (over £10m)"),
        null => T("Not given"),
        _ => band.ToString() ?? "",
    };

    public static string Of(Visibility visibility) => visibility switch
    {
        Visibility.Private => T("Only the charity"),
        Visibility.SharedWithFunders => T("Funders it shares with"),
        Visibility.Public => T("Anyone"),
        _ => visibility.ToString(),
    };

    public static string Of(FundingKind kind) => kind switch
    {
        FundingKind.SelfFunded => T("Self-funded"),
        FundingKind.Committed => T("Committed"),
        FundingKind.Received => T("Received"),
        _ => kind.ToString(),
    };

    public static string Of(PledgeStatus status) => status switch
    {
        PledgeStatus.Offered => T("Offered"),
        PledgeStatus.Accepted => T("Accepted"),
        PledgeStatus.Declined => T("Declined"),
        PledgeStatus.Withdrawn => T("Withdrawn by the funder"),
        _ => status.ToString(),
    };

    public static string Of(InboxItemKind kind) => kind switch
    {
        InboxItemKind.FeedbackGiven => T("Feedback"),
        InboxItemKind.SupportOffered => T("An offer of support"),
        InboxItemKind.PledgeOffered => T("A pledge offered"),
        InboxItemKind.PledgeWithdrawn => T("A pledge withdrawn"),
        InboxItemKind.GrantRecorded => T("A grant recorded"),
        InboxItemKind.ReportAcknowledged => T("A report acknowledged"),
        InboxItemKind.ApplicationDiscarded => T("A draft application discarded"),
        _ => kind.ToString(),
    };

    /// <summary>What the charity does about an item, as the words of its link.</summary>
    public static string ActOn(InboxItemKind kind) => kind switch
    {
        InboxItemKind.FeedbackGiven or InboxItemKind.SupportOffered => T("Read and reply"),
        InboxItemKind.PledgeOffered => T("Accept or decline on the plan"),
        InboxItemKind.PledgeWithdrawn => T("See the plan"),
        InboxItemKind.GrantRecorded => T("See the grant"),
        InboxItemKind.ReportAcknowledged => T("See the report"),
        InboxItemKind.ApplicationDiscarded => T("See the round"),
        _ => T("Open"),
    };

    public static string Of(FeedbackKind kind) => kind switch
    {
        FeedbackKind.Feedback => T("Feedback"),
        FeedbackKind.SupportOffer => T("An offer of support"),
        _ => kind.ToString(),
    };

    public static string Of(RoundPhase phase) => phase switch
    {
        RoundPhase.Draft => T("Being set up"),
        RoundPhase.Open => T("Open for applications"),
        RoundPhase.Scoring => T("Scoring"),
        RoundPhase.Deliberation => T("Discussing the scores"),
        RoundPhase.Decided => T("Decided"),
        RoundPhase.Closed => T("Closed"),
        _ => phase.ToString(),
    };

    public static string Of(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Funded => T("Funded"),
        DecisionOutcome.NotFunded => T("Not funded"),
        DecisionOutcome.Waitlisted => T("On the waiting list"),
        _ => outcome.ToString(),
    };

    public static string Of(GrantType? type) => type switch
    {
        GrantType.Unrestricted => T("Unrestricted"),
        GrantType.Core => T("Core costs"),
        GrantType.Project => T("Project"),
        GrantType.Development => T("Development (funding the journey)"),
        null => "",
        _ => type.ToString() ?? "",
    };

    public static string Of(Principle principle) => principle switch
    {
        Principle.Equality => T("Equality"),
        Principle.Diversity => T("Diversity"),
        Principle.Access => T("Access"),
        Principle.Reciprocity => T("Reciprocity"),
        _ => principle.ToString(),
    };

    public static string Of(ReadinessAnswer answer) => answer switch
    {
        ReadinessAnswer.Yes => T("Yes"),
        ReadinessAnswer.Partly => T("Partly"),
        ReadinessAnswer.No => T("No"),
        _ => answer.ToString(),
    };

    /// <summary>
    /// A translated sentence around its one value (<c>{0}</c>): the words before it and after it, so a page can mark the
    /// value up (bold) in either language's word order.
    /// </summary>
    public static (string Before, string After) Around(string sentence)
    {
        var at = sentence.IndexOf("{0}", StringComparison.Ordinal);
        return at < 0 ? (sentence + " ", "") : (sentence[..at], sentence[(at + 3)..]);
    }

    /// <summary>
    /// <paramref name="text"/> with its first letter made small in the request's culture: one resource entry serves a phrase
    /// at the start of a sentence and inside one ("From" / "from"), since the resource build keeps only one of two keys
    /// that differ only by letter case.
    /// </summary>
    public static string LowerFirst(string text) =>
        text.Length == 0 ? text : char.ToLower(text[0], System.Globalization.CultureInfo.CurrentCulture) + text[1..];

    /// <summary>
    /// "1 participant", "3 participants": the number with the word that agrees with it. Callers pass the two English
    /// forms as literals (<c>Words.Count(n, "participant", "participants")</c>); the phrase is looked up whole, number
    /// included, as <c>"{0} participant"</c> or <c>"{0} participants"</c> in Words.cy.resx, so the Welsh can place the
    /// number and choose its own form (Welsh keeps the singular after a number: "3 cyfranogwr"). The checks find these
    /// keys by reading the calls (tests/…/Localisation/DynamicKeys.cs).
    /// </summary>
    public static string Count(int n, string one, string many) => T(n == 1 ? $"{{0}} {one}" : $"{{0}} {many}", n);

    /// <summary>"6 December 2026", "6 Rhagfyr 2026": in the request's language.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture);

    public static string Date(DateTimeOffset at) => Date(DateOnly.FromDateTime(at.UtcDateTime));

    public static string DateTime(DateTimeOffset at) =>
        at.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>A kind of notification, in words ("CheckInDue" is "Check in due"; a kind added later reads as its name split).</summary>
    public static string Of(FunderPortal.Notifications.NotificationKind kind) => kind switch
    {
        FunderPortal.Notifications.NotificationKind.CheckInDue => T("Check in due"),
        FunderPortal.Notifications.NotificationKind.CheckInOverdue => T("Check in overdue"),
        FunderPortal.Notifications.NotificationKind.ReportDue => T("Report due"),
        FunderPortal.Notifications.NotificationKind.AttestationAnswered => T("Attestation answered"),
        FunderPortal.Notifications.NotificationKind.AttestationLinkExpiring => T("Attestation link expiring"),
        FunderPortal.Notifications.NotificationKind.PledgeOffered => T("Pledge offered"),
        FunderPortal.Notifications.NotificationKind.PledgeWithdrawn => T("Pledge withdrawn"),
        FunderPortal.Notifications.NotificationKind.PledgeAnswered => T("Pledge answered"),
        FunderPortal.Notifications.NotificationKind.FeedbackGiven => T("Feedback given"),
        FunderPortal.Notifications.NotificationKind.SupportOffered => T("Support offered"),
        FunderPortal.Notifications.NotificationKind.FeedbackReplied => T("Feedback replied"),
        FunderPortal.Notifications.NotificationKind.GrantRecorded => T("Grant recorded"),
        FunderPortal.Notifications.NotificationKind.ReportAcknowledged => T("Report acknowledged"),
        FunderPortal.Notifications.NotificationKind.ShareGranted => T("Share granted"),
        FunderPortal.Notifications.NotificationKind.ShareExpiring => T("Share expiring"),
        FunderPortal.Notifications.NotificationKind.ShareExpired => T("Share expired"),
        FunderPortal.Notifications.NotificationKind.Invited => T("Invited"),
        FunderPortal.Notifications.NotificationKind.RoundPhaseChanged => T("Round phase changed"),
        FunderPortal.Notifications.NotificationKind.ScoringDeadline => T("Scoring deadline"),
        FunderPortal.Notifications.NotificationKind.DecisionMade => T("Decision made"),
        FunderPortal.Notifications.NotificationKind.ApplicationDiscarded => T("Application discarded"),
        FunderPortal.Notifications.NotificationKind.MemberJoined => T("Member joined"),
        _ => SplitName(kind.ToString()),
    };

    /// <summary>A name in words: "CheckInDue" is "Check in due".</summary>
    private static string SplitName(string name)
    {
        var words = LowerThenUpper().Replace(name, " ").ToLowerInvariant();
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static string Of(FunderPortal.Notifications.DeliveryChoice choice) => choice switch
    {
        FunderPortal.Notifications.DeliveryChoice.Immediately => T("At once"),
        FunderPortal.Notifications.DeliveryChoice.DailyDigest => T("In a daily digest"),
        FunderPortal.Notifications.DeliveryChoice.WeeklyDigest => T("In a weekly digest"),
        _ => T("Not by email"),
    };
}
