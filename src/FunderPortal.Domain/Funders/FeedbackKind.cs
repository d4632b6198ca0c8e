namespace FunderPortal.Funders;

/// <summary>What a funder gives a charity besides money.</summary>
public enum FeedbackKind
{
    /// <summary>Words on the charity's journey, plan or application.</summary>
    Feedback,
    /// <summary>An offer of non-financial support: training, mentoring, introductions, space, expertise.</summary>
    SupportOffer,
}
