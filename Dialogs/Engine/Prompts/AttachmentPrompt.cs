using DualCreationBot.Dialogs.Resources;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace DualCreationBot.Dialogs.Engine.Prompts;

/// <summary>One or more files sent as attachments; the result is the list of attachments.</summary>
public sealed class AttachmentPrompt(string id, PromptValidator<IReadOnlyList<Attachment>>? validator = null)
    : Prompt<IReadOnlyList<Attachment>>(id, validator)
{
    protected override string DefaultHelp => Strings.HelpAttachment;

    protected override Recognition<IReadOnlyList<Attachment>> Recognize(ITurnContext context, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Teams adds a text/html rendering of the message itself; that is not a file.
        var files = (context.Activity.Attachments ?? [])
            .Where(a => !string.Equals(a.ContentType, "text/html", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return files.Count > 0
            ? Recognition<IReadOnlyList<Attachment>>.Success(files)
            : Recognition<IReadOnlyList<Attachment>>.Failure(Strings.AttachmentMissing);
    }
}
