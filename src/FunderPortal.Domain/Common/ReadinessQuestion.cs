namespace FunderPortal.Common;

/// <summary>Asked at every check-in.</summary>
public enum ReadinessQuestion
{
    /// <summary>Why are we doing this?</summary>
    Why,
    /// <summary>What do we want to achieve?</summary>
    WhatToAchieve,
    /// <summary>Are we accountable to people with lived experience?</summary>
    AccountableToLivedExperience,
    /// <summary>Do we understand what taking part is like for everyone?</summary>
    ParticipantExperienceUnderstood,
    /// <summary>Is there support and safeguarding for participants?</summary>
    SupportAndSafeguarding,
    /// <summary>Are the board or senior management behind it?</summary>
    BoardBuyIn,
}
