using System.Text;
using FunderPortal.Common;

namespace FunderPortal.Domain.Tests;

public class FileTypesTests
{
    private static byte[] Bytes(string ascii) => Encoding.ASCII.GetBytes(ascii.PadRight(FileTypes.HeadLength, ' '));

    [Theory]
    [InlineData("%PDF-1.7", "report.pdf", "application/pdf")]
    [InlineData("GIF89a", "photo.gif", "image/gif")]
    [InlineData("RIFF\0\0\0\0WEBPVP8 ", "photo.webp", "image/webp")]
    [InlineData("RIFF\0\0\0\0WAVEfmt ", "voice.wav", "audio/wav")]
    [InlineData("ID3\u0004", "voice.mp3", "audio/mpeg")]
    [InlineData("OggS", "voice.ogg", "audio/ogg")]
    [InlineData("\0\0\0\u0018ftypisom", "video.mp4", "video/mp4")]
    [InlineData("\0\0\0\u0018ftypM4A ", "voice.m4a", "audio/mp4")]
    [InlineData("PK\u0003\u0004", "minutes.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    public void AcceptedFilesAreRecognisedByTheirContent(string head, string name, string contentType) =>
        Assert.Equal(contentType, FileTypes.Detect(Bytes(head), name));

    [Fact]
    public void ImagesWithBinaryMagicAreRecognised()
    {
        Assert.Equal("image/png", FileTypes.Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0], "a.PNG"));
        Assert.Equal("image/jpeg", FileTypes.Detect([0xFF, 0xD8, 0xFF, 0xE0, 0, 0], "a.jpeg"));
        Assert.Equal("application/msword", FileTypes.Detect([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "old.doc"));
    }

    [Theory]
    [InlineData("%PDF-1.7", "report.png")]
    [InlineData("PK\u0003\u0004", "archive.zip")]
    [InlineData("<html><script>", "page.pdf")]
    [InlineData("MZ\u0090\0", "setup.exe")]
    [InlineData("", "empty.pdf")]
    public void AnythingElseOrAMismatchedNameIsRefused(string head, string name) =>
        Assert.Null(FileTypes.Detect(Encoding.ASCII.GetBytes(head), name));

    [Theory]
    [InlineData("WEBVTT\n\n00:00.000 --> 00:02.000\nHello", "talk.vtt", true)]
    [InlineData("\uFEFFWEBVTT - captions\n", "talk.VTT", true)]
    [InlineData("WEBVTT\n", "talk.txt", false)]
    [InlineData("WEBVTTX\n", "talk.vtt", false)]
    [InlineData("1\n00:00:00,000 --> 00:00:02,000\n", "talk.vtt", false)] // SubRip, not WebVTT
    public void CaptionsAreWebVttByTheirFirstLineAndName(string text, string name, bool accepted) =>
        Assert.Equal(accepted ? "text/vtt" : null, FileTypes.DetectCaptions(Encoding.UTF8.GetBytes(text), name));
}
