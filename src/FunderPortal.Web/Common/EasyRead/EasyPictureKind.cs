namespace FunderPortal.Web.Common.EasyRead;

/// <summary>The simple pictures the easy-read pages put beside each choice and each main idea (drawn in <see cref="EasyPicture"/>).</summary>
public enum EasyPictureKind
{
    ThumbsUp,
    ThumbsDown,
    Pencil,
    /// <summary>A face for a rating of 1 to 5, from very sad to very happy (<see cref="EasyPicture.Value"/>).</summary>
    Face,
    /// <summary>Steps filled up to <see cref="EasyPicture.Value"/> of <see cref="EasyPicture.Max"/>: a score.</summary>
    Score,
    Calendar,
    Money,
    NoMoney,
    Gift,
    Star,
    LightBulb,
    Ear,
    People,
    Person,
    Eye,
    Tick,
    Book,
    BigLetter,
    Speaker,
    Hands,
    Clock,
}
