using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace DualCreationBot.Dialogs;

/// <summary>Where to fetch a file sent in the chat, however the channel delivers it.</summary>
public static class AttachmentSource
{
    private const string TeamsFileDownload = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>
    /// Teams puts a plain-GET download URL in the attachment's content (its contentUrl answers 403);
    /// the Emulator and Web Chat give a contentUrl, an http(s) or a <c>data:</c> URL.
    /// </summary>
    public static Uri? Of(Attachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var url = string.Equals(attachment.ContentType, TeamsFileDownload, StringComparison.OrdinalIgnoreCase)
            ? (attachment.Content as JObject)?["downloadUrl"]?.Value<string>()
            : attachment.ContentUrl;
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "data" ? uri : null;
    }
}
