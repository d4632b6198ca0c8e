using System.Text;
using FunderPortal.Charities;
using FunderPortal.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Evidence;

/// <summary>
/// A plain, accessible server-rendered page for a participant's link, until the web portal replaces it:
/// the item in plain words and three choices, with room for their own words.
/// </summary>
public static class AttestationPage
{
    public static async Task<ContentHttpResult> ShowAsync(string token, IGrainFactory grains)
    {
        try
        {
            var prompt = await grains.CharityFor(token).GetAttestationPromptAsync(token);
            return Page(StatusCodes.Status200OK, $"{AttestationsApi.Encode(prompt.CharityName)} asks: is this right?", Form(token, prompt));
        }
        catch (NotFoundException e)
        {
            return Page(StatusCodes.Status404NotFound, "This link does not work", $"<p>{AttestationsApi.Encode(e.Message)}</p>");
        }
    }

    public static async Task<ContentHttpResult> AnswerAsync(string token, HttpRequest request, IGrainFactory grains)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var stance = Enum.TryParse<AttestationStance>(form["stance"], out var s) ? s : (AttestationStance?)null;
        try
        {
            await grains.CharityFor(token).AnswerAttestationAsync(token, stance, form["comment"]);
            return Page(StatusCodes.Status200OK, "Thank you", "<p>Your answer has been recorded, in your words. The charity cannot change it.</p>");
        }
        catch (NotFoundException e)
        {
            return Page(StatusCodes.Status404NotFound, "This link does not work", $"<p>{AttestationsApi.Encode(e.Message)}</p>");
        }
        catch (DomainValidationException e)
        {
            var problems = string.Join("", e.Errors.SelectMany(kv => kv.Value).Select(m => $"<li>{AttestationsApi.Encode(m)}</li>"));
            var prompt = await grains.CharityFor(token).GetAttestationPromptAsync(token);
            return Page(StatusCodes.Status400BadRequest, "Please check your answer",
                $"<div role=\"alert\"><ul>{problems}</ul></div>{Form(token, prompt)}");
        }
    }

    private static string Form(string token, AttestationPrompt p)
    {
        var html = new StringBuilder();
        html.Append("<p>Hello ").Append(AttestationsApi.Encode(p.Participant)).Append(". You took part in <strong>")
            .Append(AttestationsApi.Encode(p.WorkstreamTitle)).Append("</strong>. The charity wrote this about it:</p>");
        html.Append("<h2>").Append(AttestationsApi.Encode(p.Title)).Append("</h2>");
        if (p.Summary is not null)
            html.Append("<p>").Append(AttestationsApi.Encode(p.Summary)).Append("</p>");
        html.Append("<form method=\"post\" action=\"/attest/").Append(Uri.EscapeDataString(token)).Append("\"><fieldset><legend>Is it right?</legend>");
        foreach (var (value, label) in new[] { ("Agree", "Yes, it is right"), ("AgreeWithComment", "Yes, and I want to add something"), ("DisagreeWithComment", "No, it is not right") })
            html.Append("<p><input type=\"radio\" name=\"stance\" id=\"").Append(value).Append("\" value=\"").Append(value).Append("\"> <label for=\"")
                .Append(value).Append("\">").Append(label).Append("</label></p>");
        html.Append("</fieldset><p><label for=\"comment\">Your words (needed if you want to add something or if it is not right)</label><br>")
            .Append("<textarea id=\"comment\" name=\"comment\" rows=\"6\" cols=\"60\" maxlength=\"2000\"></textarea></p>")
            .Append("<p><button type=\"submit\">Send my answer</button></p></form>")
            .Append("<p>This link works once, until ").Append(p.ExpiresAt.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)).Append(".</p>");
        return html.ToString();
    }

    private static ContentHttpResult Page(int status, string title, string body) => TypedResults.Content(
        $"<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + $"<title>{title} – FunderPortal</title><style>body{{font-family:system-ui,sans-serif;font-size:1.2rem;line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem}}"
        + "button,textarea{font-size:1.1rem}</style></head>"
        + $"<body><main><h1>{title}</h1>{body}</main></body></html>",
        "text/html; charset=utf-8", Encoding.UTF8, status);
}
