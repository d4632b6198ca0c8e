namespace FunderPortal.Common;

/// <summary>What a line of the resourcing plan pays for.</summary>
public enum ResourcingCategory
{
    ParticipantPayment,
    Accessibility,
    TrainingAndSkills,
    StaffTime,
    SupportAndWellbeing,
    PartnerDelivery,
    Evaluation,
    Other,
}
