namespace FunderPortal.Common;

/// <summary>What a piece of evidence is.</summary>
public enum EvidenceKind
{
    ParticipantFeedback,
    /// <summary>What was decided and by whom, how many with lived experience.</summary>
    DecisionRecord,
    MeetingNote,
    CoProducedOutput,
    PaymentRecord,
    TrainingRecord,
    /// <summary>"You said, we did".</summary>
    YouSaidWeDid,
    SurveyResult,
    /// <summary>Structured: context, what we did, who took part, what changed, lessons.</summary>
    CaseStudy,
}
