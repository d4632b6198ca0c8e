using System.Globalization;

namespace FunderPortal.Notifications;

/// <summary>
/// Words to tell a person, kept so they can be read in the reader's language: <see cref="Template"/> is the English
/// format string (also the key of its Welsh in <c>Resources/NoticeWords.cy.resx</c>) and <see cref="Values"/> fill its
/// <c>{0}</c>, <c>{1}</c>… Made with <see cref="NoticeWords.Say"/>, put in words with <see cref="In"/> when read or mailed.
/// Part of stored notifications: add members, rename nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Phrase")]
public sealed record Phrase(
    [property: Id(0)] string Template,
    [property: Id(1)] IReadOnlyList<PhraseValue> Values)
{
    /// <summary>In <paramref name="culture"/>'s language (Welsh for <c>cy</c>, else English), its dates written as there.</summary>
    public string In(CultureInfo culture) => NoticeWords.Format(this, culture, html: false);

    /// <summary>As <see cref="In"/>, for HTML: the values are encoded, the template's own markup kept.</summary>
    public string HtmlIn(CultureInfo culture) => NoticeWords.Format(this, culture, html: true);

    /// <summary>In English: what is stored beside it, and what an English reader reads (not stored twice).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string English => In(NoticeWords.English);

    /// <summary>The same template with the same values (in order): phrases are compared by what they say.</summary>
    public bool Equals(Phrase? other) =>
        other is not null && Template == other.Template && Values.SequenceEqual(other.Values);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Template);
        foreach (var value in Values)
            hash.Add(value);
        return hash.ToHashCode();
    }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Template = ").Append(Template).Append(", Values = [").AppendJoin(", ", Values).Append(']');
        return true;
    }
}

/// <summary>
/// One value of a <see cref="Phrase"/>: <see cref="Text"/> as it is (a name, a title, an amount), a <see cref="Day"/>
/// written in the reader's language, or <see cref="Words"/> that are themselves translated (a phase, what a share covers).
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.PhraseValue")]
public sealed record PhraseValue(
    [property: Id(0)] string? Text = null,
    [property: Id(1)] DateOnly? Day = null,
    [property: Id(2)] Phrase? Words = null)
{
    public static implicit operator PhraseValue(string text) => new(Text: text);

    public static implicit operator PhraseValue(int number) => new(Text: number.ToString(CultureInfo.InvariantCulture));

    public static implicit operator PhraseValue(DateOnly day) => new(Day: day);

    public static implicit operator PhraseValue(Phrase words) => new(Words: words);

    public string In(CultureInfo culture) =>
        Words?.In(culture) ?? (Day is { } day ? NoticeWords.Day(day, culture) : Text ?? "");
}
