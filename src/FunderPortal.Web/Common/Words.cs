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
    private static readonly System.Resources.ResourceManager Welsh = new("FunderPortal.Web.Resources.Words", typeof(Words).Assembly);

    /// <summary>
    /// <paramref name="english"/> in the language of the request (<see cref="System.Globalization.CultureInfo.CurrentUICulture"/>),
    /// formatted with <paramref name="values"/> in its culture: the static form of a page's <c>L["…"]</c>, for code that has
    /// no localizer (these helpers are called from every page).
    /// </summary>
    public static string T(string english, params object?[] values)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        var text = culture.TwoLetterISOLanguageName == "cy" ? Welsh.GetString(english, culture) ?? english : english;
        return values.Length == 0 ? text : string.Format(System.Globalization.CultureInfo.CurrentCulture, text, values);
    }

    public static string Of(ActivityKind kind) => kind switch
    {
        ActivityKind.CoDesign => "Designing together",
        ActivityKind.CoDecision => "Deciding together",
        ActivityKind.CoDelivery => "Delivering together",
        ActivityKind.CoEvaluation => "Evaluating together",
        _ => kind.ToString(),
    };

    public static string Of(LadderRung rung) => rung switch
    {
        LadderRung.Coercion => "Coercion",
        LadderRung.Educating => "Educating",
        LadderRung.Informing => "Informing",
        LadderRung.Consultation => "Consultation",
        LadderRung.Engagement => "Engagement",
        LadderRung.CoDesign => "Co-design",
        LadderRung.CoProduction => "Co-production",
        _ => rung.ToString(),
    };

    public static string Of(LadderRung? rung) => rung is { } r ? Of(r) : "not set";

    public static string Of(LadderZone zone) => zone switch
    {
        LadderZone.DoingTo => "doing to",
        LadderZone.DoingFor => "doing for",
        LadderZone.DoingWith => "doing with",
        _ => zone.ToString(),
    };

    public static string Of(BarrierKind kind) => kind switch
    {
        BarrierKind.TimeResourcesSkills => "Time, resources and skills",
        BarrierKind.ResistanceToChange => "Resistance to change",
        BarrierKind.LackOfUnderstanding => "Lack of understanding",
        BarrierKind.PowerImbalance => "Power imbalance",
        BarrierKind.LackOfEngagement => "Lack of engagement",
        BarrierKind.Accessibility => "Accessibility",
        BarrierKind.FundingLandscape => "The funding landscape",
        BarrierKind.FearOfGettingItWrong => "Fear of getting it wrong",
        _ => kind.ToString(),
    };

    public static string Of(BarrierStatus status) => status switch
    {
        BarrierStatus.Open => "Open",
        BarrierStatus.Mitigating => "Being worked on",
        BarrierStatus.Overcome => "Overcome",
        _ => status.ToString(),
    };

    public static string Of(ResourcingCategory category) => category switch
    {
        ResourcingCategory.ParticipantPayment => "Paying participants",
        ResourcingCategory.Accessibility => "Accessibility",
        ResourcingCategory.TrainingAndSkills => "Training and skills",
        ResourcingCategory.StaffTime => "Staff time",
        ResourcingCategory.SupportAndWellbeing => "Support and wellbeing",
        ResourcingCategory.PartnerDelivery => "Partner delivery",
        ResourcingCategory.Evaluation => "Evaluation",
        ResourcingCategory.Other => "Other",
        _ => category.ToString(),
    };

    public static string Of(EvidenceKind kind) => kind switch
    {
        EvidenceKind.ParticipantFeedback => "Participant feedback",
        EvidenceKind.DecisionRecord => "Decision record",
        EvidenceKind.MeetingNote => "Meeting note",
        EvidenceKind.CoProducedOutput => "Something made together",
        EvidenceKind.PaymentRecord => "Payment record",
        EvidenceKind.TrainingRecord => "Training record",
        EvidenceKind.YouSaidWeDid => "You said, we did",
        EvidenceKind.SurveyResult => "Survey result",
        EvidenceKind.CaseStudy => "Case study",
        _ => kind.ToString(),
    };

    public static string Of(ShareScope scope) => scope switch
    {
        ShareScope.Journey => "Journey map",
        ShareScope.Resourcing => "Resourcing plan",
        ShareScope.Evidence => "Evidence",
        _ => scope.ToString(),
    };

    public static string Of(LeadershipIndicator indicator) => indicator switch
    {
        LeadershipIndicator.VolunteersWhoAreOrWereServiceUsers => "Volunteers who are or were service users",
        LeadershipIndicator.ChairHasDisability => "The chair has a disability",
        LeadershipIndicator.CeoHasDisability => "The chief executive has a disability",
        LeadershipIndicator.TrusteesWithLivedExperience => "Trustees with lived experience",
        LeadershipIndicator.StaffWithLivedExperience => "Staff with lived experience",
        LeadershipIndicator.LivedExperienceOnEveryInterviewPanel => "Someone with lived experience on every interview panel",
        _ => indicator.ToString(),
    };

    public static string Of(SeldomHeardGroup group) => group switch
    {
        SeldomHeardGroup.EthnicMinorityCommunities => "Ethnic minority communities",
        SeldomHeardGroup.LgbtPlus => "LGBT+ people",
        SeldomHeardGroup.CommunicateDifferently => "People who communicate differently",
        SeldomHeardGroup.LivingWithDementia => "People living with dementia",
        SeldomHeardGroup.OlderPeopleHighCareNeeds => "Older people with high care needs",
        SeldomHeardGroup.Unaffiliated => "People in no organised group",
        SeldomHeardGroup.ResidentialCare => "People in residential care",
        SeldomHeardGroup.Homeless => "People who are homeless",
        SeldomHeardGroup.GypsyAndTraveller => "Gypsy and Traveller communities",
        SeldomHeardGroup.InPrison => "People in prison",
        _ => group.ToString(),
    };

    /// <summary>A leadership indicator's answer in words: a percentage, a number, yes or no; "not given" when unknown.</summary>
    public static string Of(IndicatorView indicator) => indicator.Unit switch
    {
        IndicatorUnit.Percent => indicator.Value is { } percent ? $"{percent}%" : "Not given",
        IndicatorUnit.YesNo => indicator.Answer is { } yes ? (yes ? "Yes" : "No") : "Not given",
        _ => indicator.Value is { } count ? count.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Not given",
    };

    /// <summary>A percentage as people write it: "9.5%", "67%".</summary>
    public static string Percent(decimal percent) => $"{percent.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}%";

    public static string Of(AttestationStance? stance) => stance switch
    {
        AttestationStance.Agree => "Agreed",
        AttestationStance.AgreeWithComment => "Agreed, and added words",
        AttestationStance.DisagreeWithComment => "Disagreed",
        null => "Not answered yet",
        _ => stance.ToString() ?? "",
    };

    public static string Of(SizeBand? band) => band switch
    {
        SizeBand.Micro => "Micro (under £10k)",
        SizeBand.Small => "Small (£10k to £100k)",
        SizeBand.Medium => "Medium (£100k to £1m)",
        SizeBand.Large => "Large (£1m to £10m)",
        SizeBand.Major => "Major (over £10m)",
        null => "Not given",
        _ => band.ToString() ?? "",
    };

    public static string Of(Visibility visibility) => visibility switch
    {
        Visibility.Private => "Only the charity",
        Visibility.SharedWithFunders => "Funders it shares with",
        Visibility.Public => "Anyone",
        _ => visibility.ToString(),
    };

    public static string Of(FundingKind kind) => kind switch
    {
        FundingKind.SelfFunded => "Self-funded",
        FundingKind.Committed => "Committed",
        FundingKind.Received => "Received",
        _ => kind.ToString(),
    };

    public static string Of(PledgeStatus status) => status switch
    {
        PledgeStatus.Offered => "Offered",
        PledgeStatus.Accepted => "Accepted",
        PledgeStatus.Declined => "Declined",
        PledgeStatus.Withdrawn => "Withdrawn by the funder",
        _ => status.ToString(),
    };

    public static string Of(InboxItemKind kind) => kind switch
    {
        InboxItemKind.FeedbackGiven => "Feedback",
        InboxItemKind.SupportOffered => "An offer of support",
        InboxItemKind.PledgeOffered => "A pledge offered",
        InboxItemKind.PledgeWithdrawn => "A pledge withdrawn",
        InboxItemKind.GrantRecorded => "A grant recorded",
        InboxItemKind.ReportAcknowledged => "A report acknowledged",
        InboxItemKind.ApplicationDiscarded => "A draft application discarded",
        _ => kind.ToString(),
    };

    /// <summary>What the charity does about an item, as the words of its link.</summary>
    public static string ActOn(InboxItemKind kind) => kind switch
    {
        InboxItemKind.FeedbackGiven or InboxItemKind.SupportOffered => "Read and reply",
        InboxItemKind.PledgeOffered => "Accept or decline on the plan",
        InboxItemKind.PledgeWithdrawn => "See the plan",
        InboxItemKind.GrantRecorded => "See the grant",
        InboxItemKind.ReportAcknowledged => "See the report",
        InboxItemKind.ApplicationDiscarded => "See the round",
        _ => "Open",
    };

    public static string Of(FeedbackKind kind) => kind switch
    {
        FeedbackKind.Feedback => "Feedback",
        FeedbackKind.SupportOffer => "An offer of support",
        _ => kind.ToString(),
    };

    public static string Of(RoundPhase phase) => phase switch
    {
        RoundPhase.Draft => "Being set up",
        RoundPhase.Open => "Open for applications",
        RoundPhase.Scoring => "Scoring",
        RoundPhase.Deliberation => "Discussing the scores",
        RoundPhase.Decided => "Decided",
        RoundPhase.Closed => "Closed",
        _ => phase.ToString(),
    };

    public static string Of(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Funded => "Funded",
        DecisionOutcome.NotFunded => "Not funded",
        DecisionOutcome.Waitlisted => "On the waiting list",
        _ => outcome.ToString(),
    };

    public static string Of(GrantType? type) => type switch
    {
        GrantType.Unrestricted => "Unrestricted",
        GrantType.Core => "Core costs",
        GrantType.Project => "Project",
        GrantType.Development => "Development (funding the journey)",
        null => "",
        _ => type.ToString() ?? "",
    };

    public static string Of(Principle principle) => principle.ToString();

    public static string Of(ReadinessAnswer answer) => answer switch
    {
        ReadinessAnswer.Yes => "Yes",
        ReadinessAnswer.Partly => "Partly",
        ReadinessAnswer.No => "No",
        _ => answer.ToString(),
    };

    /// <summary>"1 participant", "3 participants": the number with the word that agrees with it.</summary>
    public static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    /// <summary>"6 December 2026", "6 Rhagfyr 2026": in the request's language.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture);

    public static string Date(DateTimeOffset at) => Date(DateOnly.FromDateTime(at.UtcDateTime));

    public static string DateTime(DateTimeOffset at) =>
        at.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>A kind of notification, in words (its name split: "CheckInDue" is "Check in due").</summary>
    public static string Of(FunderPortal.Notifications.NotificationKind kind)
    {
        var words = System.Text.RegularExpressions.Regex.Replace(kind.ToString(), "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static string Of(FunderPortal.Notifications.DeliveryChoice choice) => choice switch
    {
        FunderPortal.Notifications.DeliveryChoice.Immediately => "At once",
        FunderPortal.Notifications.DeliveryChoice.DailyDigest => "In a daily digest",
        FunderPortal.Notifications.DeliveryChoice.WeeklyDigest => "In a weekly digest",
        _ => "Not by email",
    };
}
